import diagnosticsChannel from 'diagnostics_channel';
import type { ClientRequest, IncomingMessage } from 'http';

import {
	clock as transportClock,
	type TransportClock,
} from '../../nodes/GongEngagement/transport/clock';

/*
 * A virtual clock for tests about order and counts: the transport's pacing, Retry-After holds,
 * backoff and Request Timeout (and the sandbox's rate window and stalls) run on it instead of the
 * wall clock. It advances on its own, straight to the next wait, once all work is waiting: no
 * HTTP request of this process is in flight (counted from the start of the client request to its
 * end, minus requests a test server deliberately holds on this clock), nothing read or set the
 * clock for a millisecond of real time, and the event loop went round twice (I/O that was ready
 * got its turn) without touching it either. So a pacing of 3 calls per second takes no wall time, yet
 * every call still happens in the same order and at the same virtual times as on the real clock.
 *
 * Request Timeout's timers are weak: alone they never move the clock (a request that is still
 * working is never timed out by idling), but when the clock moves for another wait, a timeout
 * due first fires first.
 */

/** Real quiet time before the clock moves (the machine may be busy; this costs each wait). */
const QUIET_MS = 1;

interface Timer {
	at: number;
	/** A weak timer (a timeout) never makes the clock move by itself. */
	weak: boolean;
	fire: () => void;
}

const realSetTimeout = setTimeout;
const realClearTimeout = clearTimeout;

export class VirtualClock implements TransportClock {
	private time: number;
	private timers: Timer[] = [];
	private activity = 0;
	private pauses = 0;
	private ticker?: ReturnType<typeof setTimeout>;
	private checking = false;
	/** Client requests of this process from start to close. */
	private readonly requests = new Set<ClientRequest>();
	/** Those a test server holds on this clock. */
	private readonly held = new Set<ClientRequest>();

	constructor(start = Date.now()) {
		this.time = start;
	}

	now(): number {
		this.touch();
		return this.time;
	}

	async sleep(ms: number, signal?: AbortSignal): Promise<void> {
		await new Promise<void>((resolve, reject) => {
			if (signal?.aborted) return reject(abortReason(signal));
			const onAbort = () => {
				this.remove(timer);
				this.touch();
				reject(abortReason(signal!));
			};
			const timer = this.add(ms, false, () => {
				signal?.removeEventListener('abort', onAbort);
				resolve();
			});
			signal?.addEventListener('abort', onAbort, { once: true });
			this.touch();
		});
	}

	timeout(ms: number): AbortSignal {
		const controller = new AbortController();
		this.add(ms, true, () =>
			controller.abort(new DOMException('The operation timed out.', 'TimeoutError')),
		);
		this.touch();
		return controller.signal;
	}

	/**
	 * A test server holding a request on this clock (a stall): that request does not count as in
	 * flight meanwhile, or the clock would wait for it forever. `clientPort` is the port the request
	 * came from (the server's `socket.remotePort`), which names the client request in this process.
	 */
	async holdRequest(ms: number, clientPort: number | undefined): Promise<void> {
		const request = [...this.requests].find((open) => open.socket?.localPort === clientPort);
		if (request) this.held.add(request);
		try {
			await this.sleep(ms);
		} finally {
			if (request) this.held.delete(request);
			this.touch();
		}
	}

	/** While paused the clock does not move; a test uses this to act at one instant. */
	pause(): void {
		this.pauses++;
	}

	resume(): void {
		this.pauses--;
		this.touch();
	}

	/** Resolves once no HTTP request of this process is in flight (held ones aside). */
	async requestsSettled(): Promise<void> {
		while (this.requests.size > this.held.size)
			await new Promise((resolve) => setImmediate(resolve));
	}

	/** Counts HTTP requests of this process in flight (from start to close). */
	onClientRequest = (message: unknown): void => {
		const { request } = message as { request: ClientRequest };
		if (this.requests.has(request)) return;
		this.requests.add(request);
		this.touch();
		request.once('close', () => {
			this.requests.delete(request);
			this.held.delete(request);
			this.touch();
		});
	};

	/** A new client socket (before its request is counted): activity, so the clock waits. */
	onClientSocket = (): void => this.touch();

	private touch(): void {
		this.activity++;
		this.schedule();
	}

	private add(ms: number, weak: boolean, fire: () => void): Timer {
		const timer: Timer = { at: this.time + Math.max(0, ms), weak, fire };
		// After every timer due at the same time or earlier: equal times fire in the order set.
		let low = 0;
		for (let high = this.timers.length; low < high; ) {
			const middle = (low + high) >> 1;
			if (this.timers[middle].at <= timer.at) low = middle + 1;
			else high = middle;
		}
		this.timers.splice(low, 0, timer);
		return timer;
	}

	private remove(timer: Timer): void {
		const index = this.timers.indexOf(timer);
		if (index >= 0) this.timers.splice(index, 1);
	}

	private schedule(): void {
		if (this.ticker || this.checking || !this.timers.some((timer) => !timer.weak)) return;
		const mark = this.activity;
		this.ticker = realSetTimeout(() => {
			this.ticker = undefined;
			this.checking = true;
			// Two turns of the event loop: I/O that was ready when the timer fired gets its turn first.
			setImmediate(() =>
				setImmediate(() => {
					this.checking = false;
					if (this.activity === mark && this.idle()) this.advance();
					this.schedule();
				}),
			);
		}, QUIET_MS);
	}

	private idle(): boolean {
		return this.pauses === 0 && this.requests.size === this.held.size;
	}

	/** Moves to the earliest timer and fires every timer due then. */
	private advance(): void {
		if (!this.timers.some((timer) => !timer.weak)) return;
		this.time = Math.max(this.time, this.timers[0].at);
		const due = this.timers.filter((timer) => timer.at <= this.time);
		this.timers = this.timers.filter((timer) => timer.at > this.time);
		this.activity++;
		for (const timer of due) timer.fire();
	}

	/** Stops its own timer (the clock no longer moves). */
	dispose(): void {
		if (this.ticker) realClearTimeout(this.ticker);
		this.ticker = undefined;
		this.timers = [];
	}
}

function abortReason(signal: AbortSignal): Error {
	return signal.reason instanceof Error ? signal.reason : new Error(String(signal.reason));
}

/** The virtual clock a test file installed, if any (for serverDelay). */
let installed: VirtualClock | undefined;

/**
 * This file's transport (and sandbox) run on a virtual clock, installed for the whole file. The
 * returned object gives the clock in use, for tests that read it or pause it.
 */
export function useVirtualClock() {
	const state: { clock: VirtualClock } = {} as never;
	const requestStart = diagnosticsChannel.channel('http.client.request.start');
	const socketCreated = diagnosticsChannel.channel('net.client.socket');
	const real = { ...transportClock };
	beforeAll(() => {
		const virtual = new VirtualClock();
		state.clock = virtual;
		installed = virtual;
		requestStart.subscribe(virtual.onClientRequest);
		socketCreated.subscribe(virtual.onClientSocket);
		// The transport looks the clock's methods up on every call: replacing them moves it.
		Object.assign(transportClock, {
			now: () => virtual.now(),
			sleep: async (ms: number, signal?: AbortSignal) => await virtual.sleep(ms, signal),
			timeout: (ms: number) => virtual.timeout(ms),
		});
	});
	afterAll(() => {
		Object.assign(transportClock, real);
		requestStart.unsubscribe(state.clock.onClientRequest);
		socketCreated.unsubscribe(state.clock.onClientSocket);
		state.clock.dispose();
		installed = undefined;
	});
	return state;
}

/** A test server's deliberate delay: on the virtual clock when one is installed, else real time. */
export async function serverDelay(ms: number, request: IncomingMessage): Promise<void> {
	if (installed) return await installed.holdRequest(ms, request.socket.remotePort);
	await new Promise((resolve) => realSetTimeout(resolve, ms));
}
