import http, { type IncomingMessage, type ServerResponse } from 'http';
import type { AddressInfo } from 'net';

import { useFreshCredentialId } from '../harness/runWorkflow';

/*
 * A local server on 127.0.0.1 that misbehaves on purpose: echoes the request headers into its
 * errors, answers 2xx with something that is not Gong's answer, drips its body, redirects. Each
 * test sets the handler; every request is recorded with its headers.
 */

export interface HostileRequest {
	method: string;
	path: string;
	headers: http.IncomingHttpHeaders;
	body: string;
}

export type HostileHandler = (
	request: HostileRequest,
	response: ServerResponse,
	raw: IncomingMessage,
) => void | Promise<void>;

export class HostileServer {
	readonly requests: HostileRequest[] = [];
	private handler: HostileHandler = (_request, response) => answer(response, 404, 'not set');
	private server?: http.Server;

	async start(): Promise<this> {
		this.server = http.createServer((raw, response) => {
			const chunks: Buffer[] = [];
			raw.on('data', (chunk: Buffer) => chunks.push(chunk));
			raw.on('end', () => {
				const request: HostileRequest = {
					method: raw.method ?? '',
					path: raw.url ?? '',
					headers: raw.headers,
					body: Buffer.concat(chunks).toString('utf8'),
				};
				this.requests.push(request);
				void Promise.resolve(this.handler(request, response, raw)).catch(() => response.destroy());
			});
		});
		await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
		return this;
	}

	get url(): string {
		const address = this.server?.address() as AddressInfo | undefined;
		if (!address) throw new Error('The hostile server is not listening');
		return `http://127.0.0.1:${address.port}`;
	}

	/** Sets how the next requests are answered, and forgets the requests seen so far. */
	handle(handler: HostileHandler): void {
		this.handler = handler;
		this.requests.length = 0;
	}

	async stop(): Promise<void> {
		if (!this.server) return;
		this.server.closeAllConnections();
		await new Promise<void>((resolve) => this.server!.close(() => resolve()));
		this.server = undefined;
	}
}

export function answer(
	response: ServerResponse,
	status: number,
	body: unknown,
	headers: Record<string, string> = {},
): void {
	const text = typeof body === 'string' ? body : JSON.stringify(body);
	response.writeHead(status, {
		'Content-Type': typeof body === 'string' ? 'text/html' : 'application/json',
		...headers,
	});
	response.end(text);
}

/**
 * One server per test file. Each test starts as a fresh n8n process would: no 429 hold or
 * slowdown left in the shared limiter by the test before.
 */
export function useHostileServer() {
	const state: { server: HostileServer } = {} as never;
	beforeAll(async () => {
		state.server = await new HostileServer().start();
	});
	beforeEach(() => useFreshCredentialId());
	afterAll(async () => await state.server.stop());
	return state;
}

/** What a debugging proxy or a WAF page shows: the request headers, as lines of text. */
export function headerLines(request: HostileRequest): string {
	return Object.entries(request.headers)
		.map(([name, value]) => `${name}: ${String(value)}`)
		.join('\n');
}
