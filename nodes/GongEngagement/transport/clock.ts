import { sleep } from 'n8n-workflow';

export interface TransportClock {
	/** Milliseconds since the epoch. */
	now(): number;
	/** Resolves after `ms`, or rejects with the signal's reason when it aborts first. */
	sleep(ms: number, signal?: AbortSignal): Promise<void>;
	/** A signal that aborts (TimeoutError) after `ms`. */
	timeout(ms: number): AbortSignal;
}

/*
 * The one place the transport reads the time and waits (pacing, Retry-After holds, backoff,
 * Request Timeout). Callers look its methods up on each call, so a test can run the same code on
 * a virtual clock by replacing them.
 */
export const clock: TransportClock = {
	now: () => Date.now(),
	sleep: async (ms, signal) => await sleep(ms, signal),
	timeout: (ms) => AbortSignal.timeout(ms),
};
