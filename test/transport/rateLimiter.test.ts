import {
	type CallSlot,
	type Grant,
	SharedRateLimiter,
} from '../../nodes/GongEngagement/transport/rateLimiter';
import { useVirtualClock } from '../harness/virtualClock';

/*
 * The shared limiter's rules, one at a time. Congestion arithmetic runs on a clock the test moves;
 * Retry-After, budgets and sharing run on the virtual clock (it moves straight to the limiter's
 * next wake-up) and are checked by the same lower bounds as on the wall clock.
 */

function manualClock(start = 1_000_000) {
	const clock = { now: start, read: () => clock.now };
	return clock;
}

async function granted(grant: Promise<Grant>): Promise<CallSlot> {
	const result = await grant;
	if (result.kind !== 'granted') throw new Error(`expected a grant, got ${result.kind}`);
	return result.call;
}

const unpaced = { callsPerSecond: 0, rateLimitBudgetMs: 60_000 };
const paced = { callsPerSecond: 3, rateLimitBudgetMs: 600_000 };

const sleepReal = async (ms: number) => await new Promise((resolve) => setTimeout(resolve, ms));

describe('congestion: multiplicative decrease per episode, additive recovery, floor', () => {
	test('a burst of 429s for calls already in flight is one episode: one decrease', async () => {
		const clock = manualClock();
		const limiter = new SharedRateLimiter(clock.read, () => 0);
		const client = limiter.client(unpaced);
		const calls = await Promise.all([1, 2, 3].map(() => granted(client.acquire())));
		clock.now += 100;
		for (const call of calls) call.rateLimited(0);
		expect(limiter.rateScale).toBe(0.5);

		// A call started after that decrease and answered 429 again is a new episode.
		clock.now += 100;
		const probe = await granted(client.acquire());
		clock.now += 50;
		probe.rateLimited(0);
		expect(limiter.rateScale).toBe(0.25);
		client.close();
	});

	test('the rate never drops below its floor, and calls are still granted there', async () => {
		const clock = manualClock();
		const limiter = new SharedRateLimiter(clock.read, () => 0);
		const client = limiter.client(unpaced);
		for (let episode = 0; episode < 20; episode++) {
			const call = await granted(client.acquire());
			clock.now += 10;
			call.rateLimited(0);
		}
		expect(limiter.rateScale).toBeCloseTo(0.1, 5);
		const call = await granted(client.acquire());
		call.answered();
		client.close();
	});

	test('answered calls bring the rate back to the configured one within 20 s', async () => {
		const clock = manualClock();
		const limiter = new SharedRateLimiter(clock.read, () => 0);
		const client = limiter.client(unpaced);
		for (let episode = 0; episode < 20; episode++) {
			const call = await granted(client.acquire());
			clock.now += 10;
			call.rateLimited(0);
		}
		const congestedAt = clock.now;
		// Answers as fast as the slowed rate allows: from one per 3.3 s at the floor upwards.
		while (limiter.rateScale < 0.9) {
			clock.now += Math.min(1000, 1000 / (3 * limiter.rateScale));
			const call = await granted(client.acquire());
			call.answered();
		}
		expect(clock.now - congestedAt).toBeLessThanOrEqual(20_000);
		// Idle time is not evidence that Gong recovered: one answer after a long gap adds little.
		const slowed = new SharedRateLimiter(clock.read, () => 0);
		const other = slowed.client(unpaced);
		const first = await granted(other.acquire());
		first.rateLimited(0);
		clock.now += 600_000;
		const next = await granted(other.acquire());
		next.answered();
		expect(slowed.rateScale).toBeLessThan(0.7);
		client.close();
		other.close();
	});

	/** Drives a paced client through `episodes` 429s, each for a call started after the last. */
	async function congest(clock: { now: number }, limiter: SharedRateLimiter, episodes: number) {
		const client = limiter.client(paced);
		const paces: number[] = [];
		for (let episode = 0; episode < episodes; episode++) {
			clock.now += 5_000;
			const call = await granted(client.acquire());
			clock.now += 10;
			call.rateLimited(0);
			paces.push(Number((limiter.rateScale * paced.callsPerSecond).toFixed(3)));
		}
		return { client, paces };
	}

	test('at 3 calls/s a decrease halves the pace in whole calls per second: 3 → 2 → 1 → 0.5 → floor', async () => {
		const clock = manualClock();
		const limiter = new SharedRateLimiter(clock.read, () => 0);
		const { client, paces } = await congest(clock, limiter, 5);
		expect(paces).toEqual([2, 1, 0.5, 0.3, 0.3]);
		client.close();
	});

	test('after congestion calls are spaced for whole calls per second (2.4/s paces as 2/s)', async () => {
		const clock = manualClock();
		const limiter = new SharedRateLimiter(clock.read, () => 0);
		const { client } = await congest(clock, limiter, 1);
		// 1.1 s of answered calls later the scale is above 2/3 of 3 calls/s, below the full rate.
		clock.now += 1_100;
		const probe = await granted(client.acquire());
		const probeStartedAt = clock.now;
		probe.answered();
		expect(limiter.rateScale * 3).toBeGreaterThan(2.2);
		expect(limiter.rateScale).toBeLessThan(1);

		// At 2.4/s the next call could start 417 ms later; at whole calls, not before 500 ms.
		clock.now = probeStartedAt + 450;
		let next: CallSlot | undefined;
		const pending = granted(client.acquire()).then((call) => (next = call));
		await new Promise((resolve) => setImmediate(resolve));
		await sleepReal(100);
		expect(next).toBeUndefined();
		// (The pump measures the jump of this test's clock as timer lateness, so the margin grows.)
		clock.now = probeStartedAt + 1_000;
		await pending;
		expect(next).toBeDefined();
		next!.answered();
		client.close();
	});

	test('a probe that gets through after the floor restores at least one call per second', async () => {
		const clock = manualClock();
		const limiter = new SharedRateLimiter(clock.read, () => 0);
		const { client, paces } = await congest(clock, limiter, 6);
		expect(paces[paces.length - 1]).toBe(0.3);
		clock.now += 5_000;
		const probe = await granted(client.acquire());
		probe.answered();
		expect(limiter.rateScale * 3).toBeGreaterThanOrEqual(1);
		// A later 429 is a new episode and halves from there.
		clock.now += 5_000;
		const call = await granted(client.acquire());
		clock.now += 10;
		call.rateLimited(0);
		expect(limiter.rateScale * 3).toBeLessThan(1);
		client.close();
	});
});

describe('Retry-After', () => {
	const time = useVirtualClock();

	test('no call starts before Retry-After has passed, and the wait carries jitter', async () => {
		const limiter = new SharedRateLimiter(
			() => time.clock.now(),
			() => 1,
		);
		const client = limiter.client(unpaced);
		const call = await granted(client.acquire());
		const answeredAt = time.clock.now();
		call.rateLimited(300);
		const probe = await granted(client.acquire());
		// Jitter with random() = 1 is 100 + 300/5 = 160 ms on top of the 300 ms asked for.
		expect(time.clock.now() - answeredAt).toBeGreaterThanOrEqual(300 + 150);
		probe.answered();
		client.close();
	});

	test('after a wait one probe goes alone: the next call waits for its answer', async () => {
		const limiter = new SharedRateLimiter(
			() => time.clock.now(),
			() => 0,
		);
		const client = limiter.client(unpaced);
		const first = await granted(client.acquire());
		first.rateLimited(50);
		const probe = await granted(client.acquire());
		let secondGranted = false;
		const second = client.acquire().then((grant) => {
			secondGranted = true;
			return grant;
		});
		// Unpaced calls are otherwise granted at once; this one waits for the probe's answer.
		await new Promise((resolve) => setImmediate(resolve));
		await new Promise((resolve) => setImmediate(resolve));
		expect(secondGranted).toBe(false);
		probe.answered();
		expect((await second).kind).toBe('granted');
		client.close();
	});
});

describe('the execution budget for waiting on 429s', () => {
	const time = useVirtualClock();
	test('a wait longer than the budget ends the waiting calls at once', async () => {
		const limiter = new SharedRateLimiter(
			() => time.clock.now(),
			() => 0,
		);
		const client = limiter.client({ callsPerSecond: 3, rateLimitBudgetMs: 1000 });
		const call = await granted(client.acquire());
		const startedWaiting = time.clock.now();
		call.rateLimited(3_600_000);
		const grant = await client.acquire();
		expect(grant.kind).toBe('budgetSpent');
		expect(grant.kind === 'budgetSpent' && grant.holdMs).toBeGreaterThan(3_000_000);
		// "At once": far less than the hour Gong asked for, with room for a loaded machine.
		expect(time.clock.now() - startedWaiting).toBeLessThan(60_000);
		client.close();
	});

	test('waits add up: once their total passes the budget, the calls stop', async () => {
		const limiter = new SharedRateLimiter(
			() => time.clock.now(),
			() => 0,
		);
		const client = limiter.client({ callsPerSecond: 0, rateLimitBudgetMs: 700 });
		let probes = 0;
		let grant = await client.acquire();
		while (grant.kind === 'granted') {
			probes++;
			grant.call.rateLimited(300);
			grant = await client.acquire();
		}
		expect(grant.kind).toBe('budgetSpent');
		// Each wait is at least 300 ms: the 700 ms budget affords two of them, then refuses.
		expect(probes).toBeLessThanOrEqual(3);
		expect(client.rateLimitWaitMs(time.clock.now())).toBeGreaterThanOrEqual(600 - 20);
		client.close();
	});

	test('a waiting call of a cancelled execution is let go at once', async () => {
		const limiter = new SharedRateLimiter(
			() => time.clock.now(),
			() => 0,
		);
		const client = limiter.client({ callsPerSecond: 3, rateLimitBudgetMs: 600_000 });
		const call = await granted(client.acquire());
		call.rateLimited(120_000);
		const controller = new AbortController();
		const waiting = client.acquire(controller.signal);
		controller.abort();
		expect((await waiting).kind).toBe('cancelled');
		client.close();
	});
});

describe('sharing between executions', () => {
	const time = useVirtualClock();
	test('waiting executions are served in turn, each in its own order', async () => {
		const limiter = new SharedRateLimiter(
			() => time.clock.now(),
			() => 0,
		);
		const paced = { callsPerSecond: 3, rateLimitBudgetMs: 60_000 };
		const backfill = limiter.client(paced);
		const single = limiter.client(paced);
		const order: string[] = [];
		const backfillCalls = [0, 1, 2, 3].map((index) =>
			granted(backfill.acquire()).then((call) => {
				order.push(`backfill-${index}`);
				call.answered();
			}),
		);
		// The backfill's first call took the free slot; the single one is next, not fifth.
		const singleCall = granted(single.acquire()).then((call) => {
			order.push('single');
			call.answered();
		});
		await Promise.all([...backfillCalls, singleCall]);
		expect(order.indexOf('single')).toBeLessThanOrEqual(1);
		expect(order.filter((name) => name !== 'single')).toEqual([
			'backfill-0',
			'backfill-1',
			'backfill-2',
			'backfill-3',
		]);
		backfill.close();
		single.close();
	});

	test('at 3 calls per second, no 1-second window holds more than 3 call starts', async () => {
		const limiter = new SharedRateLimiter();
		const clients = [1, 2, 3].map(() =>
			limiter.client({ callsPerSecond: 3, rateLimitBudgetMs: 60_000 }),
		);
		const starts: number[] = [];
		await Promise.all(
			clients.flatMap((client) =>
				[0, 1, 2].map(async () => {
					const call = await granted(client.acquire());
					starts.push(time.clock.now());
					call.answered();
				}),
			),
		);
		starts.sort((a, b) => a - b);
		for (let index = 3; index < starts.length; index++) {
			expect(starts[index] - starts[index - 3]).toBeGreaterThanOrEqual(1000);
		}
		for (const client of clients) client.close();
	});
});
