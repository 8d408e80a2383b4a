import { waitUnlessCancelled } from './waiting';

/*
 * Spaces call starts so no 1-second window holds more than the allowed calls, from the very first
 * call: no burst. Slots are reserved synchronously and in the order calls ask for them, so
 * concurrent senders share one schedule and events go out in input order.
 *
 * The first call goes alone. It pays for connection set-up, so it reaches Gong later after its
 * start than the calls that follow; had those been scheduled from its start, Gong would see more
 * than `rate` of them inside one second. The schedule is anchored on its answer instead.
 *
 * After a 429 the whole schedule holds until Retry-After (calls already waiting take new slots
 * after it) and the spacing widens a little; it narrows back after a run of accepted calls.
 */

/** Spacing margin per call, for timer and network jitter. */
const MARGIN_MS = 2;
const SLOWDOWN_FACTOR = 1.03;
const RECOVERY_FACTOR = 0.98;
const ACCEPTED_BEFORE_RECOVERY = 20;
const MAX_INTERVAL_MS = 10_000;

export class CallPacer {
	private readonly baseIntervalMs: number;
	private intervalMs: number;
	private nextStartAt = 0;
	private heldUntil = 0;
	private acceptedSinceSlowdown = 0;
	private firstCall?: { startedAt: number; answered: boolean };
	/** Calls that asked for a slot while the first call was out, in order. */
	private readonly waitingForFirst: Array<(startAt: number) => void> = [];

	constructor(private readonly callsPerSecond: number) {
		this.baseIntervalMs = callsPerSecond > 0 ? 1000 / callsPerSecond + MARGIN_MS : 0;
		this.intervalMs = this.baseIntervalMs;
	}

	/** Resolves when this call may start, or early when the execution is cancelled. */
	async acquire(signal?: AbortSignal): Promise<'waited' | 'cancelled'> {
		if (this.baseIntervalMs === 0) return signal?.aborted ? 'cancelled' : 'waited';
		let startAt: number;
		if (!this.firstCall) {
			this.firstCall = { startedAt: Date.now(), answered: false };
			return 'waited';
		} else if (!this.firstCall.answered) {
			const reserved = new Promise<number>((resolve) => this.waitingForFirst.push(resolve));
			const outcome = await untilOrCancelled(reserved, signal);
			if (outcome === 'cancelled') return 'cancelled';
			startAt = outcome;
		} else {
			startAt = this.reserve();
		}
		for (;;) {
			if ((await waitUnlessCancelled(startAt - Date.now(), signal)) === 'cancelled')
				return 'cancelled';
			if (Date.now() >= this.heldUntil) return 'waited';
			startAt = this.reserve();
		}
	}

	/** Every call reports its answer (or failure); the first one anchors the schedule. */
	callAnswered(): void {
		const first = this.firstCall;
		if (!first || first.answered) return;
		first.answered = true;
		// The first call reached Gong at the latest now: it and the next `rate - 1` calls must not
		// fit into one second from here.
		const fromStart = first.startedAt + this.intervalMs;
		const fromAnswer = Date.now() + 1000 - (this.callsPerSecond - 1) * this.intervalMs;
		this.nextStartAt = Math.max(this.nextStartAt, fromStart, fromAnswer);
		for (const grant of this.waitingForFirst.splice(0)) grant(this.reserve());
	}

	/** Gong said 429: nobody starts before `resumeAt`, and calls are spaced wider from then on. */
	holdUntil(resumeAt: number): void {
		this.heldUntil = Math.max(this.heldUntil, resumeAt);
		this.nextStartAt = Math.max(this.nextStartAt, resumeAt);
		if (this.baseIntervalMs > 0) {
			this.intervalMs = Math.min(this.intervalMs * SLOWDOWN_FACTOR, MAX_INTERVAL_MS);
		}
		this.acceptedSinceSlowdown = 0;
	}

	recordAccepted(): void {
		if (this.intervalMs <= this.baseIntervalMs) return;
		this.acceptedSinceSlowdown++;
		if (this.acceptedSinceSlowdown >= ACCEPTED_BEFORE_RECOVERY) {
			this.intervalMs = Math.max(this.baseIntervalMs, this.intervalMs * RECOVERY_FACTOR);
			this.acceptedSinceSlowdown = 0;
		}
	}

	private reserve(): number {
		const startAt = Math.max(Date.now(), this.nextStartAt);
		this.nextStartAt = startAt + this.intervalMs;
		return startAt;
	}
}

async function untilOrCancelled<T>(
	promise: Promise<T>,
	signal?: AbortSignal,
): Promise<T | 'cancelled'> {
	if (!signal) return await promise;
	if (signal.aborted) return 'cancelled';
	let onAbort = () => {};
	const aborted = new Promise<'cancelled'>((resolve) => {
		onAbort = () => resolve('cancelled');
		signal.addEventListener('abort', onAbort, { once: true });
	});
	try {
		return await Promise.race([promise, aborted]);
	} finally {
		signal.removeEventListener('abort', onAbort);
	}
}
