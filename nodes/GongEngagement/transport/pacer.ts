import { waitUnlessCancelled } from './waiting';

/*
 * Spaces call starts so no 1-second window holds more than the allowed calls — from the very first
 * call, with no burst. Slots are reserved synchronously, so concurrent senders share one schedule.
 * After a 429 the whole schedule holds until Retry-After and the spacing widens; it narrows back
 * after a run of calls Gong accepted.
 */

const SLOWDOWN_FACTOR = 1.25;
const RECOVERY_FACTOR = 0.95;
const SUCCESSES_BEFORE_RECOVERY = 20;
const MAX_INTERVAL_MS = 10_000;

export class CallPacer {
	private readonly baseIntervalMs: number;
	private intervalMs: number;
	private nextStartAt = 0;
	private successesSinceSlowdown = 0;

	constructor(callsPerSecond: number) {
		// One millisecond of margin: Gong's window is 1 s, spacing 1000/rate exactly could put
		// rate+1 starts on its two edges.
		this.baseIntervalMs = callsPerSecond > 0 ? 1000 / callsPerSecond + 1 : 0;
		this.intervalMs = this.baseIntervalMs;
	}

	/** Resolves when this call may start, or early when the execution is cancelled. */
	async acquire(signal?: AbortSignal): Promise<'waited' | 'cancelled'> {
		const now = Date.now();
		const startAt = Math.max(now, this.nextStartAt);
		this.nextStartAt = startAt + this.intervalMs;
		return await waitUnlessCancelled(startAt - now, signal);
	}

	/** Gong said 429: nobody starts before `resumeAt`, and calls are spaced wider from then on. */
	holdUntil(resumeAt: number): void {
		this.nextStartAt = Math.max(this.nextStartAt, resumeAt);
		if (this.baseIntervalMs > 0) {
			this.intervalMs = Math.min(this.intervalMs * SLOWDOWN_FACTOR, MAX_INTERVAL_MS);
		}
		this.successesSinceSlowdown = 0;
	}

	recordAccepted(): void {
		if (this.intervalMs <= this.baseIntervalMs) return;
		this.successesSinceSlowdown++;
		if (this.successesSinceSlowdown >= SUCCESSES_BEFORE_RECOVERY) {
			this.intervalMs = Math.max(this.baseIntervalMs, this.intervalMs * RECOVERY_FACTOR);
			this.successesSinceSlowdown = 0;
		}
	}

	get currentIntervalMs(): number {
		return this.intervalMs;
	}
}
