import { clock as transportClock } from './clock';

/*
 * One limiter per Gong company in this n8n process (sharedLimiterFor, below). Why it works this way:
 * - Gong counts calls per company in a sliding 1-second window, clocked when a call arrives. A call
 *   may start when fewer than `rate` calls started within the last second plus a margin; a call
 *   whose answer took longer than the fastest one may have arrived that much later, so it counts
 *   from `start + (roundTrip - fastestRoundTrip)` (in flight: assumed late). The margin grows with
 *   measured timer lateness: on a loaded machine the other end's clock reads are as late as ours.
 * - Waiting executions are served in turn: a one-event execution does not wait behind a backfill.
 * - Other processes are seen only through 429s. Like congestion control: one halving per episode
 *   (to whole calls per second above one: Gong counts whole calls, so 2/s and 1/s share a window
 *   without a 429 while 2.4/s and 1.2/s do not), recovery over about 8 s of answered calls, a
 *   floor that still finishes the work, Retry-After honoured with jitter so processes do not wake
 *   together, and one probe call alone after each wait. A probe that gets through restores at
 *   least one call per second: the window someone else filled has room again.
 * - An execution's 429 waits have a budget (Max Rate-Limit Wait); a wait it cannot afford ends its
 *   waiting calls at once instead of sleeping through it.
 */

const WINDOW_MS = 1000;
const BASE_MARGIN_MS = 4;
const MAX_MARGIN_MS = 250;
const MAX_ARRIVAL_DELAY_MS = 500; // the latest after its start a call is counted
const DECREASE_FACTOR = 0.5;
const FLOOR_SCALE = 0.1;
const RECOVERY_MS = 8_000; // answered calls' time from a zero rate back to the configured one
const MAX_RECOVERY_STEP_MS = 1500; // per answer: an idle gap is not evidence
const MAX_RETRY_AFTER_JITTER_MS = 1000;
const MIN_SPACING_SHARE = 0.75; // of the even spacing, between consecutive starts
const LOG_SIZE = 64;
const WARM_UP_ANSWERS = 5;
const LATENESS_SAMPLES = 40;

export type Clock = () => number;

/** A pace above one call per second, as whole calls per second. */
const wholeCalls = (callsPerSecond: number): number =>
	callsPerSecond >= 1 ? Math.floor(callsPerSecond + 1e-9) : callsPerSecond;

/** The scale after one congestion episode: half the pace, rounded up to whole calls per second. */
function decreasedScale(scale: number, callsPerSecond: number): number {
	if (callsPerSecond <= 0) return Math.max(FLOOR_SCALE, scale * DECREASE_FACTOR);
	const pace = wholeCalls(callsPerSecond * scale);
	const halved = pace > 1 ? Math.ceil(pace * DECREASE_FACTOR) : pace * DECREASE_FACTOR;
	return Math.max(FLOOR_SCALE, halved / callsPerSecond);
}

type CallRecord = { startedAt: number; roundTripMs?: number };
type Waiter = { resolve: (grant: Grant) => void; signal?: AbortSignal; onAbort?: () => void };

export type Grant =
	| { kind: 'granted'; call: CallSlot }
	| { kind: 'cancelled' }
	/** The execution cannot afford the wait Gong asks for: holdMs left, spentMs already waited. */
	| { kind: 'budgetSpent'; holdMs: number; spentMs: number };

export interface LimiterClientOptions {
	callsPerSecond: number; // 0: no pacing, only Gong's 429 waits
	rateLimitBudgetMs: number; // total time the execution may wait on 429s
}

/** One execution's place at the limiter. */
export class LimiterClient {
	readonly waiters: Waiter[] = [];
	private spentMs = 0; // on 429s, not counting a wait in progress
	private waitingSince?: number;
	private ownRateLimit = false; // a call got a 429 and none was answered otherwise since
	private heldByOthers = false; // its calls sit out a hold another execution's 429 started

	constructor(
		readonly limiter: SharedRateLimiter,
		readonly options: LimiterClientOptions,
	) {}

	/** Resolves when a call may start, the execution is cancelled, or its budget is spent. */
	async acquire(signal?: AbortSignal): Promise<Grant> {
		return await this.limiter.enqueue(this, signal);
	}

	/** Time waited on 429s so far, counting a wait in progress. */
	rateLimitWaitMs(now: number): number {
		return this.spentMs + (this.waitingSince === undefined ? 0 : now - this.waitingSince);
	}

	/** The budget left while it waits on 429s; undefined while it does not. */
	budgetLeftMs(now: number): number | undefined {
		if (this.waitingSince === undefined) return undefined;
		return Math.max(0, this.options.rateLimitBudgetMs - this.rateLimitWaitMs(now));
	}

	/** It waits on 429s from its own 429 until a call is answered otherwise, and while held. */
	note(change: { ownRateLimit?: boolean; heldByOthers?: boolean }, now: number): void {
		this.ownRateLimit = change.ownRateLimit ?? this.ownRateLimit;
		this.heldByOthers = change.heldByOthers ?? this.heldByOthers;
		const waiting = this.ownRateLimit || this.heldByOthers;
		if (waiting && this.waitingSince === undefined) this.waitingSince = now;
		if (!waiting && this.waitingSince !== undefined) {
			this.spentMs += now - this.waitingSince;
			this.waitingSince = undefined;
		}
	}

	/** Ends this client's place: unused waiters are told the execution is over. */
	close(): void {
		this.limiter.removeClient(this);
	}
}

/** A granted call tells how it went, so the limiter learns timing and congestion. */
export interface CallSlot {
	/** Gong answered with anything but 429 (or the call failed on the network). */
	answered(): void;
	/** Gong answered 429: every call is held for Retry-After (with jitter). */
	rateLimited(retryAfterMs: number): void;
	/** The slot was granted but the call was not started. */
	release(): void;
}

export class SharedRateLimiter {
	private readonly calls: CallRecord[] = [];
	private readonly clients: LimiterClient[] = [];
	private nextClient = 0;
	private heldUntil = 0;
	private holdStartedAt = 0;
	private probing = false; // after a hold, one call goes alone until it is answered
	private inFlight = 0;
	private scale = 1; // share of each client's configured rate in use, lower after congestion
	private lastDecreaseAt = Number.NEGATIVE_INFINITY;
	private lastIncreaseAt = 0;
	private readonly lateness: number[] = [];
	private pumping = false;
	private wake?: AbortController;

	constructor(
		private readonly clock: Clock = () => transportClock.now(),
		private readonly random: () => number = Math.random,
	) {}

	client(options: LimiterClientOptions): LimiterClient {
		const client = new LimiterClient(this, options);
		this.clients.push(client);
		return client;
	}

	/** For tests and the benchmark. */
	get rateScale(): number {
		return this.scale;
	}

	/** Margin added to the 1-second window, from measured timer lateness. */
	get marginMs(): number {
		if (this.lateness.length === 0) return BASE_MARGIN_MS;
		const sorted = [...this.lateness].sort((a, b) => a - b);
		const typical = sorted[Math.floor(sorted.length * 0.75)];
		return Math.min(MAX_MARGIN_MS, BASE_MARGIN_MS + typical);
	}

	async enqueue(client: LimiterClient, signal?: AbortSignal): Promise<Grant> {
		if (signal?.aborted) return { kind: 'cancelled' };
		return await new Promise<Grant>((resolve) => {
			const waiter: Waiter = { resolve, signal };
			if (signal) {
				waiter.onAbort = () => {
					const index = client.waiters.indexOf(waiter);
					if (index >= 0) client.waiters.splice(index, 1);
					this.kick(); // the loop may be asleep through a long hold for nobody now
					resolve({ kind: 'cancelled' });
				};
				signal.addEventListener('abort', waiter.onAbort, { once: true });
			}
			client.waiters.push(waiter);
			this.kick();
		});
	}

	removeClient(client: LimiterClient): void {
		for (const waiter of client.waiters.splice(0)) this.settle(waiter, { kind: 'cancelled' });
		const index = this.clients.indexOf(client);
		if (index >= 0) this.clients.splice(index, 1);
		if (this.nextClient > index && index >= 0) this.nextClient--;
		this.kick();
	}

	/** A call's answer: a 429 (with Retry-After) or anything else. */
	private callAnswered(client: LimiterClient, record: CallRecord, retryAfterMs?: number) {
		const now = this.clock();
		client.note({ ownRateLimit: retryAfterMs !== undefined }, now);
		if (record.roundTripMs === undefined) {
			record.roundTripMs = Math.max(0, now - record.startedAt);
			this.inFlight = Math.max(0, this.inFlight - 1);
		}
		const callsPerSecond = client.options.callsPerSecond;
		if (retryAfterMs !== undefined) {
			const jitter = this.random() * Math.min(MAX_RETRY_AFTER_JITTER_MS, 100 + retryAfterMs / 5);
			if (now >= this.heldUntil) this.holdStartedAt = now;
			this.heldUntil = Math.max(this.heldUntil, now + retryAfterMs + jitter);
			this.probing = true;
			// 429s for calls started before the last decrease belong to the same episode.
			if (record.startedAt >= this.lastDecreaseAt) {
				this.scale = decreasedScale(this.scale, callsPerSecond);
				this.lastDecreaseAt = now;
				this.lastIncreaseAt = now;
			}
		} else {
			// The probe (a call started after the 429 that began the hold) got through.
			if (this.probing && record.startedAt >= this.holdStartedAt) {
				this.probing = false;
				if (callsPerSecond > 0) this.scale = Math.max(this.scale, Math.min(1, 1 / callsPerSecond));
			}
			if (this.scale < 1) {
				const step = Math.min(MAX_RECOVERY_STEP_MS, Math.max(0, now - this.lastIncreaseAt));
				this.scale = Math.min(1, this.scale + step / RECOVERY_MS);
				this.lastIncreaseAt = now;
			}
		}
		this.kick();
	}

	private forgetCall(record: CallRecord): void {
		const index = this.calls.indexOf(record);
		if (index >= 0) this.calls.splice(index, 1);
		if (record.roundTripMs === undefined) this.inFlight = Math.max(0, this.inFlight - 1);
		this.kick();
	}

	private settle(waiter: Waiter, grant: Grant): void {
		if (waiter.onAbort) waiter.signal?.removeEventListener('abort', waiter.onAbort);
		waiter.resolve(grant);
	}

	/** Wakes the scheduling loop (or starts it). */
	private kick(): void {
		if (this.pumping) this.wake?.abort();
		else void this.pump();
	}

	private async pump(): Promise<void> {
		this.pumping = true;
		try {
			while (this.clients.some((client) => client.waiters.length > 0)) {
				const now = this.clock();
				const waitMs = this.serve(now);
				if (waitMs === 0) continue;
				this.wake = new AbortController();
				try {
					await transportClock.sleep(waitMs, this.wake.signal);
					this.lateness.push(Math.max(0, this.clock() - (now + waitMs)));
					if (this.lateness.length > LATENESS_SAMPLES) this.lateness.shift();
				} catch {
					// Woken early: nothing learnt about timer lateness.
				}
			}
		} finally {
			this.pumping = false;
			this.wake = undefined;
		}
	}

	/** Grants one call if one may start now (returns 0), else returns how long to wait. */
	private serve(now: number): number {
		const held = now < this.heldUntil;
		let soonest = held ? this.heldUntil : Number.POSITIVE_INFINITY;
		for (const client of this.clients) {
			if (client.waiters.length === 0) continue;
			client.note({ heldByOthers: held }, now);
			const budgetLeft = client.budgetLeftMs(now);
			if (budgetLeft === undefined) continue;
			const startAt = Math.max(
				this.heldUntil,
				this.earliestStart(client.options.callsPerSecond, now),
			);
			const holdMs = Math.max(0, startAt - now);
			if (holdMs <= budgetLeft) soonest = Math.min(soonest, now + budgetLeft + 1);
			else {
				const grant: Grant = { kind: 'budgetSpent', holdMs, spentMs: client.rateLimitWaitMs(now) };
				for (const waiter of client.waiters.splice(0)) this.settle(waiter, grant);
			}
		}
		if (held) return Math.max(1, Math.ceil(soonest - now));
		if (this.probing && this.inFlight > 0) return Math.min(MAX_ARRIVAL_DELAY_MS, soonest - now);

		const count = this.clients.length;
		for (let turn = 0; turn < count; turn++) {
			const index = (this.nextClient + turn) % count;
			const client = this.clients[index];
			if (client.waiters.length === 0) continue;
			const startAt = this.earliestStart(client.options.callsPerSecond, now);
			if (startAt <= now) {
				this.nextClient = (index + 1) % count;
				this.grant(client, now);
				return 0;
			}
			soonest = Math.min(soonest, startAt);
		}
		return Math.max(1, Math.ceil(soonest - now));
	}

	private grant(client: LimiterClient, now: number): void {
		const waiter = client.waiters.shift()!;
		const record: CallRecord = { startedAt: now };
		this.calls.push(record);
		if (this.calls.length > LOG_SIZE) this.calls.shift();
		this.inFlight++;
		const call: CallSlot = {
			answered: () => this.callAnswered(client, record),
			rateLimited: (retryAfterMs) => this.callAnswered(client, record, retryAfterMs),
			release: () => this.forgetCall(record),
		};
		this.settle(waiter, { kind: 'granted', call });
	}

	/** When a call at `callsPerSecond` (scaled by congestion) may start. */
	private earliestStart(callsPerSecond: number, now: number): number {
		if (callsPerSecond <= 0 || this.calls.length === 0) return now;
		const margin = this.marginMs;
		const fastest = this.fastestRoundTrip();
		const countedFrom = (record: CallRecord) =>
			record.startedAt +
			(record.roundTripMs === undefined
				? MAX_ARRIVAL_DELAY_MS
				: Math.min(MAX_ARRIVAL_DELAY_MS, Math.max(0, record.roundTripMs - fastest)));
		let startAt = now;
		// At most `rate` calls in any second (for a rate such as 1.5: one call in any 667 ms).
		const perWindow = Math.max(1, Math.floor(callsPerSecond));
		const windowMs = (perWindow * WINDOW_MS) / callsPerSecond;
		if (this.calls.length >= perWindow) {
			const oldestInWindow = this.calls[this.calls.length - perWindow];
			startAt = Math.max(startAt, countedFrom(oldestInWindow) + windowMs + margin);
		}
		const last = this.calls[this.calls.length - 1];
		const rate = this.scale < 1 ? wholeCalls(callsPerSecond * this.scale) : callsPerSecond;
		if (this.scale < 1 || callsPerSecond < 1) {
			// After congestion (or below one call per second): evenly spaced calls.
			return Math.max(startAt, countedFrom(last) + WINDOW_MS / rate + margin);
		}
		// No bursts: calls spread over the window, yet a late call's successor may catch up.
		return Math.max(startAt, last.startedAt + (MIN_SPACING_SHARE * WINDOW_MS) / rate);
	}

	/** The part of every round trip that is not delay; 0 until a few calls are answered. */
	private fastestRoundTrip(): number {
		const answered = this.calls.flatMap(({ roundTripMs }) => roundTripMs ?? []);
		return answered.length >= WARM_UP_ANSWERS ? Math.min(...answered) : 0;
	}
}

/*
 * Gong's limit is per company, shared by every execution: one limiter per credential and base URL
 * for this n8n process (each queue-mode worker has its own and learns of the others through 429s).
 */
const limiters = new Map<string, SharedRateLimiter>();

export function sharedLimiterFor(credentialId: string, baseUrl: string): SharedRateLimiter {
	const key = JSON.stringify([credentialId, baseUrl]);
	const limiter = limiters.get(key) ?? new SharedRateLimiter();
	limiters.set(key, limiter);
	return limiter;
}
