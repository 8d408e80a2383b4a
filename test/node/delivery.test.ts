import type { IDataObject } from 'n8n-workflow';

import { startNodeRun } from '../harness/runWorkflow';
import {
	accessKeyCredentials,
	requiredFromItem,
	runOnSandbox,
	useSandbox,
	viewItem,
} from '../harness/fixtures';
import { useVirtualClock } from '../harness/virtualClock';

/*
 * Delivery you can trust: pacing, 429 waits, retries, exactly-once, budget exhaustion, cancellation.
 * Waits run on a virtual clock the node and the sandbox share: times below are that clock's.
 */

const time = useVirtualClock();
const state = useSandbox();

const items = (count: number) => Array.from({ length: count }, (_, index) => viewItem(index));

/** The most request arrivals the sandbox saw inside any 1-second window. */
function busiestSecond(times: number[]): number {
	let most = 0;
	for (let start = 0; start < times.length; start++) {
		let end = start;
		while (end < times.length && times[end] - times[start] < 1000) end++;
		most = Math.max(most, end - start);
	}
	return most;
}

afterEach(() =>
	state.sandbox.configure({ callsPerSecond: 0, callsPerDay: 0, faults: { seed: 1 } }),
);

test('default pacing stays under 3 calls per second from the first call: no burst', async () => {
	const { sandbox } = state;
	sandbox.configure({ callsPerSecond: 3 });
	const run = await runOnSandbox(state, {
		parameters: requiredFromItem,
		items: items(8),
	});
	expect(run.error).toBeUndefined();
	expect(run.items.map((item) => item.json.status)).toEqual(Array(8).fill('reported'));
	// Every request that reached the sandbox counts, refused ones too: a burst would put a fourth
	// call into some second, on the sandbox's clock, which is what Gong's limit counts.
	expect(busiestSecond(sandbox.requestLog.map((entry) => entry.at))).toBeLessThanOrEqual(3);
	expect(sandbox.requestLog.filter((entry) => entry.status === 429)).toHaveLength(0);
	expect(sandbox.received).toHaveLength(8);
});

test.each([
	['seconds', () => '1'],
	['an HTTP date', () => new Date(time.clock.now() + 2000).toUTCString()],
])(
	'429 with Retry-After in %s: the event is sent again after the wait',
	async (_form, retryAfter) => {
		const { sandbox } = state;
		sandbox.answerNext({
			status: 429,
			body: { requestId: 'r-429', errors: ['API rate limit exceeded'] },
			headers: { 'Retry-After': retryAfter() },
		});
		const run = await runOnSandbox(state, {
			parameters: requiredFromItem,
			items: [viewItem(0)],
		});
		expect(run.items[0].json).toMatchObject({ status: 'reported', attempts: 2 });
		const [first, second] = sandbox.requestLog.map((entry) => entry.at);
		// Retry-After "1" or a date ~2 s ahead (second resolution): never earlier than a second later.
		expect(second - first).toBeGreaterThanOrEqual(950);
	},
);

test('5xx is retried with backoff and the event arrives once', async () => {
	const { sandbox } = state;
	sandbox.answerNext({ status: 503 }, { status: 500 });
	const run = await runOnSandbox(state, {
		parameters: { ...requiredFromItem, delivery: { retryDelaySeconds: 0.02 } },
		items: [viewItem(0)],
	});
	expect(run.items[0].json).toMatchObject({ status: 'reported', attempts: 3 });
	expect(sandbox.received).toHaveLength(1);
});

test('a lost 200 (stored, connection dropped) is retried and comes out alreadyReported, stored once', async () => {
	const { sandbox } = state;
	sandbox.answerNext({ status: 200, loseResponse: true });
	const run = await runOnSandbox(state, {
		parameters: { ...requiredFromItem, delivery: { retryDelaySeconds: 0.02 } },
		items: [viewItem(0)],
	});
	expect(run.items[0].json).toMatchObject({
		status: 'alreadyReported',
		httpStatus: 409,
		attempts: 2,
	});
	expect(sandbox.received).toHaveLength(1);
});

test('a re-run of the same workflow is recognised: derived eventIds are stable', async () => {
	const { sandbox } = state;
	const first = await runOnSandbox(state, {
		parameters: requiredFromItem,
		items: items(3),
	});
	const again = await runOnSandbox(state, {
		parameters: requiredFromItem,
		items: items(3),
	});
	expect(first.items.map((item) => item.json.status)).toEqual(['reported', 'reported', 'reported']);
	expect(again.items.map((item) => item.json.status)).toEqual([
		'alreadyReported',
		'alreadyReported',
		'alreadyReported',
	]);
	expect(again.items.map((item) => item.json.eventId)).toEqual(
		first.items.map((item) => item.json.eventId),
	);
	expect(sandbox.received).toHaveLength(3);
});

test('Dry Run outputs the exact body per item and sends nothing', async () => {
	const { sandbox } = state;
	const run = await runOnSandbox(state, {
		parameters: { ...requiredFromItem, delivery: { dryRun: true } },
		items: [viewItem(0)],
	});
	expect(sandbox.requestLog).toHaveLength(0);
	expect(run.items[0].json).toEqual({
		status: 'dryRun',
		method: 'PUT',
		path: '/v2/customer-engagement/content/viewed',
		event: {
			reportingSystem: 'docusign',
			eventTimestamp: '2026-03-02T15:04:05+01:00',
			contentId: 'env-0',
			contentUrl: 'https://docs.example.com/envelopes/env-0',
			contentTitle: 'Proposal 0',
			eventId: expect.stringMatching(/^n8n-[0-9a-f]{40}$/),
		},
	});
});

describe('daily budget spent (Retry-After in hours)', () => {
	test('the node fails fast, saying so and how many items were not sent', async () => {
		const { sandbox } = state;
		sandbox.configure({ callsPerDay: 3 });
		const run = await runOnSandbox(state, {
			parameters: requiredFromItem,
			items: items(7),
		});
		expect(run.error?.message).toMatch(
			/^item 3: Gong answered 429 Too Many Requests: API daily limit exceeded \(requestId \w+\) — Gong asks to wait 2\d h \d+ min \(Retry-After\), longer than Max Rate-Limit Wait \(5 min\): the daily budget of 10,000 calls per company is probably spent\. 4 item\(s\) were not sent\.$/,
		);
		expect(sandbox.received).toHaveLength(3);
	});

	test('with continueOnFail the unsent items come out as error items marked not sent', async () => {
		const { sandbox } = state;
		sandbox.configure({ callsPerDay: 3 });
		const run = await runOnSandbox(state, {
			parameters: requiredFromItem,
			items: items(6),
			continueOnFail: true,
		});
		const status = (json: IDataObject) => json.status ?? (json.details as IDataObject).status;
		expect(run.items.map((item) => status(item.json))).toEqual([
			'reported',
			'reported',
			'reported',
			'failed',
			'failed',
			'failed',
		]);
		expect(run.items.slice(3).map((item) => (item.json.details as IDataObject).sent)).toEqual([
			false,
			false,
			false,
		]);
		expect(run.items[3].json.error).toMatch(
			/^item 3: Gong answered 429 .* 3 item\(s\) were not sent\.$/,
		);
		expect(run.items[4].json.error).toMatch(
			/^item 4: not sent: Gong's rate limit asks to wait 2\d h \d+ min \(see item 3\)$/,
		);
		expect(run.items.map((item) => item.pairedItem)).toEqual(items(6).map((_, item) => ({ item })));
	});
});

test('stopping the workflow during a long Retry-After wait ends the node promptly', async () => {
	const { sandbox } = state;
	sandbox.answerNext({
		status: 429,
		body: { requestId: 'r', errors: ['API rate limit exceeded'] },
		headers: { 'Retry-After': '120' },
	});
	const execution = startNodeRun({
		parameters: requiredFromItem,
		items: [viewItem(0)],
		credentials: accessKeyCredentials(sandbox),
	});
	while (sandbox.requestLog.length === 0) await new Promise((resolve) => setImmediate(resolve));
	const cancelledAt = time.clock.now();
	execution.cancel();
	const outcome = await execution.result.then(
		(run) => ({ message: run.error?.message, items: run.items.length }),
		(error: Error) => ({ message: error.message, items: 0 }),
	);
	const settledAfterMs = time.clock.now() - cancelledAt;
	// The node itself stopped waiting and said so; had it ignored the stop, it would wait out the
	// 120 s and end with Gong's answer instead. The test's limit is above that wait, so such a node
	// fails on these lines, and half the wait is an honest bound for "promptly" on a loaded machine.
	expect(outcome).toEqual({
		message: 'The execution was cancelled; 1 of 1 events were not sent or not confirmed',
		items: 0,
	});
	expect(settledAfterMs).toBeLessThan(60_000);
	// Another 1.5 s on the node's clock: no call goes out after the stop.
	await time.clock.sleep(1500);
	expect(sandbox.requestLog).toHaveLength(1);
}, 150_000);

test('fault run: 500 events with every fault on arrive exactly once, every item accounted for', async () => {
	const { sandbox } = state;
	sandbox.configure({
		faults: {
			seed: 20261124,
			serverErrorRate: 0.05,
			rateLimitRate: 0.02,
			rateLimitRetryAfterSeconds: 1,
			connectionResetRate: 0.05,
			stallRate: 0.02,
			stallMs: 1500,
			lostResponseRate: 0.05,
		},
	});
	const count = 500;
	const run = await runOnSandbox(state, {
		parameters: {
			...requiredFromItem,
			delivery: {
				callsPerSecond: 0,
				maxConcurrentCalls: 8,
				maxRetries: 10,
				retryDelaySeconds: 0.01,
				timeoutSeconds: 1,
			},
		},
		items: items(count),
		continueOnFail: true,
	});

	// Every fault kind actually happened.
	for (const kind of Object.keys(sandbox.faultCounts) as Array<keyof typeof sandbox.faultCounts>) {
		expect(sandbox.faultCounts[kind]).toBeGreaterThan(0);
	}
	// Every input item is accounted for, once, in order.
	expect(run.items).toHaveLength(count);
	expect(run.items.map((item) => item.pairedItem)).toEqual(
		items(count).map((_, item) => ({ item })),
	);
	const statuses = run.items.map((item) => item.json.status);
	expect(statuses.every((status) => status === 'reported' || status === 'alreadyReported')).toBe(
		true,
	);
	expect(statuses.filter((status) => status === 'alreadyReported').length).toBeGreaterThan(0);
	// The sandbox holds each event exactly once.
	const storedIds = sandbox.received.map((event) => event.body.eventId);
	expect(new Set(storedIds).size).toBe(storedIds.length);
	expect(new Set(storedIds)).toEqual(new Set(run.items.map((item) => item.json.eventId)));
	expect(new Set(sandbox.received.map((event) => event.body.contentId)).size).toBe(count);
}, 120_000);

describe("Delivery options from expressions are held to the form's ranges", () => {
	// Own content IDs: a call the chaos test above abandoned may still be stored late.
	const optionItem = (index: number, overrides: IDataObject = {}) =>
		viewItem(index, { envelopeId: `delivery-option-${index}`, ...overrides });
	const receivedOf = (received: Array<{ body: Record<string, unknown> }>) =>
		received.filter((event) => String(event.body.contentId).startsWith('delivery-option-'));
	test.each([
		[
			{ maxConcurrentCalls: '={{ 50 }}' },
			'Delivery → Max Concurrent Calls must be a number from 1 to 10; got 50 (delivery.maxConcurrentCalls)',
		],
		[
			{ maxRetries: '={{ -1 }}' },
			'Delivery → Max Retries must be a number from 0 to 20; got -1 (delivery.maxRetries)',
		],
		[
			{ timeoutSeconds: '={{ "soon" }}' },
			'Delivery → Request Timeout (Seconds) must be a number of at least 1; got "soon" (delivery.timeoutSeconds)',
		],
		[
			// n8n rewords a message holding a Node error code such as EPERM unless the node keeps it.
			{ retryDelaySeconds: '={{ "sleepermode" }}' },
			'Delivery → Retry Delay (Seconds) must be a number of at least 0; got "sleepermode" (delivery.retryDelaySeconds)',
		],
		[
			{ callsPerSecond: '={{ $json.rate }}' },
			'Delivery → Calls Per Second must be a number of at least 0; got an object (delivery.callsPerSecond)',
		],
	])('%j is refused before anything is sent', async (delivery, message) => {
		const { sandbox } = state;
		const run = await runOnSandbox(state, {
			parameters: { ...requiredFromItem, delivery },
			items: [optionItem(0, { rate: { per: 'second' } }), optionItem(1)],
		});
		expect(run.error?.message).toBe(message);
		expect(receivedOf(sandbox.received)).toHaveLength(0);
	});

	test('with Continue On Fail, every item comes out as an error item saying why it was not sent', async () => {
		const { sandbox } = state;
		const run = await runOnSandbox(state, {
			parameters: { ...requiredFromItem, delivery: { maxConcurrentCalls: '={{ 0 }}' } },
			items: [optionItem(0), optionItem(1)],
			continueOnFail: true,
		});
		expect(run.error).toBeUndefined();
		expect(run.items.map((item) => [item.json.error, item.pairedItem])).toEqual([
			[
				'item 0: not sent: Delivery → Max Concurrent Calls must be a number from 1 to 10; got 0 (delivery.maxConcurrentCalls)',
				{ item: 0 },
			],
			[
				'item 1: not sent: Delivery → Max Concurrent Calls must be a number from 1 to 10; got 0 (delivery.maxConcurrentCalls)',
				{ item: 1 },
			],
		]);
		expect(receivedOf(sandbox.received)).toHaveLength(0);
	});

	test('a number given as text is read as that number', async () => {
		const { sandbox } = state;
		const run = await runOnSandbox(state, {
			parameters: { ...requiredFromItem, delivery: { maxConcurrentCalls: '={{ "2" }}' } },
			items: [optionItem(0), optionItem(1)],
		});
		expect(run.error).toBeUndefined();
		expect(run.items.map((item) => item.json.status)).toEqual(['reported', 'reported']);
		expect(receivedOf(sandbox.received)).toHaveLength(2);
	});
});
