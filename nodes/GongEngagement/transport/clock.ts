import { sleep } from 'n8n-workflow';

/*
 * The one place the transport reads the time and waits: pacing, Retry-After holds, backoff and
 * Request Timeout all go through `clock`. In n8n it is always the real clock. Tests about order and
 * counts swap in a virtual one (see setClockForTests) so that the same code runs without the wall
 * clock's seconds.
 */

export interface TransportClock {
	/** Milliseconds since the epoch. */
	now(): number;
	/** Resolves after `ms`, or rejects with the signal's reason when it aborts first. */
	sleep(ms: number, signal?: AbortSignal): Promise<void>;
	/** A signal that aborts (TimeoutError) after `ms`. */
	timeout(ms: number): AbortSignal;
}

const realClock: TransportClock = {
	now: () => Date.now(),
	sleep: async (ms, signal) => await sleep(ms, signal),
	timeout: (ms) => AbortSignal.timeout(ms),
};

let current = realClock;

export const clock: TransportClock = {
	now: () => current.now(),
	sleep: async (ms, signal) => await current.sleep(ms, signal),
	timeout: (ms) => current.timeout(ms),
};

/** Tests only: run the transport on another clock; without an argument, the real one again. */
export function setClockForTests(replacement?: TransportClock): void {
	current = replacement ?? realClock;
}
