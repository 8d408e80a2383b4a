import { sleep } from 'n8n-workflow';

/*
 * The one place the transport reads the time and waits (pacing, Retry-After holds, backoff,
 * Request Timeout). Callers look its methods up on each call, so a test can run the same code on
 * a virtual clock by replacing them.
 */
export const clock = {
	now: (): number => Date.now(),
	/** Resolves after `ms`, or rejects with the signal's reason when it aborts first. */
	sleep: async (ms: number, signal?: AbortSignal): Promise<void> => await sleep(ms, signal),
	/** A signal that aborts (TimeoutError) after `ms`. */
	timeout: (ms: number): AbortSignal => AbortSignal.timeout(ms),
};

export type TransportClock = typeof clock;
