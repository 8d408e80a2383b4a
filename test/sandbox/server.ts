import { randomBytes } from 'crypto';
import http, { type IncomingMessage, type ServerResponse } from 'http';
import type { AddressInfo } from 'net';

import { clock } from '../../nodes/GongEngagement/transport/clock';
import { serverDelay } from '../harness/virtualClock';
import { gongSemanticErrors } from './gongRules';
import { loadSpecValidators, type SpecValidator, specErrors } from './gongSpec';
import { TIMELINE_PAGE } from './timelinePage';

/*
 * A local server that behaves like Gong's engagement endpoints: auth, validation against Gong's
 * (corrected) OpenAPI document, 409 for repeats, 429 past a per-second and per-day budget, and a
 * record of everything it accepted and rejected. Used in-process by tests and as a standalone
 * process by the demo. Its rate window and stalls run on the transport's clock: the real one, or
 * the virtual clock a test installed (test/harness/virtualClock.ts), so both sides count the same
 * seconds.
 */

export interface SandboxOptions {
	port?: number;
	host?: string;
	accessKey?: string;
	accessKeySecret?: string;
	/** Bearer tokens accepted, each with its scopes. */
	bearerTokens?: Record<string, string[]>;
	/** Calls allowed in any 1-second window; 0 = unlimited. */
	callsPerSecond?: number;
	/** Calls allowed per day (UTC); 0 = unlimited. */
	callsPerDay?: number;
	/** Written as a raw JSON number in 200 answers: above 2^53 so truncation shows. */
	integrationId?: string;
	faults?: FaultOptions;
	workspaces?: Array<{ id: string; name: string; description?: string }>;
	/** OAuth client allowed at the token endpoint (Basic auth), and its valid refresh tokens. */
	oauthClient?: {
		clientId: string;
		clientSecret: string;
		refreshTokens: string[];
		scopes: string[];
	};
}

/**
 * Seeded fault injection on event calls: each request draws one number and gets at most one fault.
 * Rates are shares of requests (0..1).
 */
export interface FaultOptions {
	seed: number;
	/** 500/502/503 with a Gong-style body; the event is not stored. */
	serverErrorRate?: number;
	/** 429 with Retry-After: rateLimitRetryAfterSeconds; not stored. */
	rateLimitRate?: number;
	rateLimitRetryAfterSeconds?: number;
	/** The connection is destroyed before the request is processed; not stored. */
	connectionResetRate?: number;
	/** The answer comes after stallMs (longer than the client's timeout), then is processed. */
	stallRate?: number;
	stallMs?: number;
	/** The event is stored, then the connection is destroyed: the client never sees the 200. */
	lostResponseRate?: number;
}

export type FaultKind = 'serverError' | 'rateLimit' | 'connectionReset' | 'stall' | 'lostResponse';

/** mulberry32: a small seeded generator, so a fault run can be repeated. */
function seededRandom(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** A canned answer for the next event call, instead of processing it. */
export interface ScriptedAnswer {
	/** Store the event, then destroy the connection instead of answering (a lost 200). */
	loseResponse?: boolean;
	status: number;
	body?: unknown;
	headers?: Record<string, string>;
	/** Only for a request whose JSON body passes this test (default: the next event call). */
	onlyFor?: (body: Record<string, unknown>) => boolean;
}

export interface ReceivedEvent {
	kind: EventKind;
	path: string;
	body: Record<string, unknown>;
	requestId: string;
	receivedAt: string;
	auth: 'basic' | 'bearer';
}

export interface RejectedRequest {
	status: number;
	path: string;
	method: string;
	body: unknown;
	requestId: string;
	errors: string[];
	receivedAt: string;
}

type EventKind = 'viewed' | 'shared' | 'action' | 'digitalInteraction';

const EVENT_ROUTES: Record<string, { method: string; kind: EventKind; scope: string }> = {
	'/v2/customer-engagement/content/viewed': {
		method: 'PUT',
		kind: 'viewed',
		scope: 'api:engagement-data:write',
	},
	'/v2/customer-engagement/content/shared': {
		method: 'PUT',
		kind: 'shared',
		scope: 'api:engagement-data:write',
	},
	'/v2/customer-engagement/action': {
		method: 'PUT',
		kind: 'action',
		scope: 'api:engagement-data:write',
	},
	'/v2/digital-interaction': {
		method: 'POST',
		kind: 'digitalInteraction',
		scope: 'api:digital-interactions:write',
	},
};

export const DEFAULT_INTEGRATION_ID = '7782342274025937895';

const newRequestId = () => randomBytes(10).toString('hex').slice(0, 19);

export class GongSandbox {
	readonly options: Required<SandboxOptions>;
	readonly received: ReceivedEvent[] = [];
	readonly rejected: RejectedRequest[] = [];
	/** Every request that reached the server, in order: method, path, time. */
	readonly requestLog: Array<{ method: string; path: string; at: number; status: number }> = [];
	private readonly validators = loadSpecValidators();
	private readonly seenEventIds = new Set<string>();
	private readonly callTimes: number[] = [];
	private dailyCalls = 0;
	private dailyWindowStart = clock.now();
	private server?: http.Server;
	private readonly script: ScriptedAnswer[] = [];
	private random = seededRandom(1);
	/** How often each fault fired since the last reset. */
	readonly faultCounts: Record<FaultKind, number> = {
		serverError: 0,
		rateLimit: 0,
		connectionReset: 0,
		stall: 0,
		lostResponse: 0,
	};
	/** Token responses the OAuth endpoint issued, newest last. */
	readonly issuedTokens: Array<{ access_token: string; refresh_token: string }> = [];

	/** The next event calls get these answers, in order (after auth, before validation). */
	answerNext(...answers: ScriptedAnswer[]): void {
		this.script.push(...answers);
	}

	/** The options as constructed: reset() returns to them. */
	private readonly initialOptions: Required<SandboxOptions>;

	constructor(options: SandboxOptions = {}) {
		this.options = {
			port: 0,
			host: '127.0.0.1',
			accessKey: 'sandbox-access-key',
			accessKeySecret: 'sandbox-access-key-secret',
			bearerTokens: {},
			callsPerSecond: 0,
			callsPerDay: 0,
			integrationId: DEFAULT_INTEGRATION_ID,
			faults: { seed: 1 },
			workspaces: [{ id: '623457276584334', name: 'Sales', description: 'Sandbox workspace' }],
			oauthClient: {
				clientId: 'sandbox-client',
				clientSecret: 'sandbox-client-secret',
				refreshTokens: [],
				scopes: [],
			},
			...options,
		};
		this.initialOptions = structuredClone(this.options);
	}

	get url(): string {
		const address = this.server?.address() as AddressInfo | undefined;
		if (!address) throw new Error('The sandbox is not listening');
		return `http://${this.options.host}:${address.port}`;
	}

	async start(): Promise<this> {
		this.server = http.createServer((request, response) => {
			this.handle(request, response).catch((error: Error) => {
				this.send(response, 500, { requestId: newRequestId(), errors: [error.message] });
			});
		});
		this.server.keepAliveTimeout = 5000;
		await new Promise<void>((resolve) =>
			this.server!.listen(this.options.port, this.options.host, resolve),
		);
		return this;
	}

	async stop(): Promise<void> {
		if (!this.server) return;
		this.server.closeAllConnections();
		await new Promise<void>((resolve) => this.server!.close(() => resolve()));
		this.server = undefined;
	}

	/** Back to the state just after construction: records, limits, faults, script and tokens. */
	reset(): void {
		Object.assign(this.options, structuredClone(this.initialOptions));
		this.issuedTokens.length = 0;
		this.dailyWindowStart = clock.now();
		this.received.length = 0;
		this.rejected.length = 0;
		this.requestLog.length = 0;
		this.seenEventIds.clear();
		this.callTimes.length = 0;
		this.dailyCalls = 0;
		this.script.length = 0;
		for (const kind of Object.keys(this.faultCounts) as FaultKind[]) this.faultCounts[kind] = 0;
		this.random = seededRandom(this.options.faults.seed);
	}

	/** Lets tests change limits and faults between runs. */
	configure(options: Partial<SandboxOptions>): void {
		Object.assign(this.options, options);
		if (options.faults) this.random = seededRandom(options.faults.seed);
	}

	private drawFault(): FaultKind | undefined {
		const faults = this.options.faults;
		const shares: Array<[FaultKind, number | undefined]> = [
			['serverError', faults.serverErrorRate],
			['rateLimit', faults.rateLimitRate],
			['connectionReset', faults.connectionResetRate],
			['stall', faults.stallRate],
			['lostResponse', faults.lostResponseRate],
		];
		if (shares.every(([, rate]) => !rate)) return undefined;
		let draw = this.random();
		for (const [kind, rate] of shares) {
			if (draw < (rate ?? 0)) {
				this.faultCounts[kind]++;
				return kind;
			}
			draw -= rate ?? 0;
		}
		return undefined;
	}

	private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
		const url = new URL(request.url ?? '/', 'http://sandbox');
		const bodyText = await readBody(request);
		const method = request.method ?? 'GET';
		const arrivedAt = clock.now();
		const reply = (status: number, body: unknown, headers: Record<string, string> = {}) => {
			this.requestLog.push({ method, path: url.pathname, at: arrivedAt, status });
			this.send(response, status, body, headers);
		};

		if ((url.pathname === '/' || url.pathname === '/timeline') && method === 'GET') {
			response.writeHead(200, {
				'Content-Type': 'text/html; charset=utf-8',
				'Cache-Control': 'no-store',
			});
			return void response.end(TIMELINE_PAGE);
		}
		if (url.pathname.startsWith('/__sandbox/')) {
			return this.handleControl(url.pathname, method, reply);
		}
		if (url.pathname === '/oauth2/generate-customer-token' && method === 'POST') {
			return this.handleToken(request.headers.authorization, bodyText, reply);
		}

		const route = EVENT_ROUTES[url.pathname];
		const isWorkspaces = url.pathname === '/v2/workspaces' && method === 'GET';
		if (!isWorkspaces && (!route || route.method !== method)) {
			return reply(404, {
				requestId: newRequestId(),
				errors: [`No route ${method} ${url.pathname}`],
			});
		}

		const requestId = newRequestId();
		const reject = (
			status: number,
			errors: string[],
			body: unknown,
			headers?: Record<string, string>,
		) => {
			this.rejected.push({
				status,
				path: url.pathname,
				method,
				body,
				requestId,
				errors,
				receivedAt: new Date().toISOString(),
			});
			reply(status, { requestId, errors }, headers);
		};

		const auth = this.authenticate(
			request.headers.authorization,
			route?.scope ?? 'api:workspaces:read',
		);
		if (auth.status !== 200) return reject(auth.status, [auth.error], bodyText);

		const limited = this.takeCall(arrivedAt);
		if (limited)
			return reject(429, [limited.error], bodyText, { 'Retry-After': String(limited.retryAfter) });

		const fault = route ? this.drawFault() : undefined;
		if (fault === 'connectionReset') {
			this.requestLog.push({ method, path: url.pathname, at: arrivedAt, status: 0 });
			return void request.socket.destroy();
		}
		if (fault === 'serverError') {
			const status = [500, 502, 503][Math.floor(this.random() * 3)];
			return reject(
				status,
				['Failed to complete the operation due to an unexpected error'],
				bodyText,
			);
		}
		if (fault === 'rateLimit') {
			const retryAfter = String(this.options.faults.rateLimitRetryAfterSeconds ?? 1);
			return reject(429, ['API rate limit exceeded'], bodyText, { 'Retry-After': retryAfter });
		}
		if (fault === 'stall') await serverDelay(this.options.faults.stallMs ?? 5000, request);

		const scripted = route || isWorkspaces ? this.takeScripted(bodyText) : undefined;
		if (scripted && !scripted.loseResponse) {
			const body = scripted.body ?? { requestId, errors: [`scripted ${scripted.status}`] };
			if (scripted.status >= 400) {
				const errors = (body as { errors?: string[] }).errors ?? [];
				this.rejected.push({
					status: scripted.status,
					path: url.pathname,
					method,
					body: bodyText,
					requestId,
					errors,
					receivedAt: new Date().toISOString(),
				});
			}
			return reply(scripted.status, body, scripted.headers);
		}

		if (isWorkspaces) {
			return reply(200, { requestId, workspaces: this.options.workspaces });
		}

		let body: Record<string, unknown>;
		try {
			body = JSON.parse(bodyText) as Record<string, unknown>;
		} catch {
			return reject(400, ['Request body is not valid JSON'], bodyText);
		}
		const validate = this.validatorFor(route.kind);
		const errors = validate(body) ? [] : specErrors(validate);
		if (body !== null && typeof body === 'object')
			errors.push(...gongSemanticErrors(route.kind, body));
		if (errors.length > 0) return reject(400, errors, body);

		const dedupeKey = this.dedupeKey(route.kind, body);
		if (dedupeKey && this.seenEventIds.has(dedupeKey)) {
			return reject(409, ['Event was already reported in the past'], body);
		}
		if (dedupeKey) this.seenEventIds.add(dedupeKey);
		this.received.push({
			kind: route.kind,
			path: url.pathname,
			body,
			requestId,
			receivedAt: new Date().toISOString(),
			auth: auth.kind,
		});
		if (fault === 'lostResponse' || scripted?.loseResponse) {
			this.requestLog.push({ method, path: url.pathname, at: arrivedAt, status: 0 });
			return void request.socket.destroy();
		}
		// Written by hand: integrationId must go out as a raw JSON number past 2^53, as Gong sends it.
		this.requestLog.push({ method, path: url.pathname, at: arrivedAt, status: 200 });
		this.sendRaw(
			response,
			200,
			`{"requestId":"${requestId}","integrationId":${this.options.integrationId}}`,
		);
	}

	private handleControl(
		pathname: string,
		method: string,
		reply: (status: number, body: unknown) => void,
	) {
		if (pathname === '/__sandbox/events' && method === 'GET') {
			return reply(200, {
				received: this.received,
				rejected: this.rejected,
				requestLog: this.requestLog,
			});
		}
		if (pathname === '/__sandbox/reset' && method === 'POST') {
			this.reset();
			return reply(200, { reset: true });
		}
		return reply(404, { errors: ['unknown control path'] });
	}

	private takeScripted(bodyText: string): ScriptedAnswer | undefined {
		if (this.script.length === 0) return undefined;
		let body: Record<string, unknown> = {};
		try {
			body = JSON.parse(bodyText) as Record<string, unknown>;
		} catch {
			// An unparsable body matches only answers without a condition.
		}
		const index = this.script.findIndex((answer) => !answer.onlyFor || answer.onlyFor(body));
		return index < 0 ? undefined : this.script.splice(index, 1)[0];
	}

	/** Gong's token endpoint: client credentials as Basic, refresh tokens single-use (rotated). */
	private handleToken(
		header: string | undefined,
		bodyText: string,
		reply: (status: number, body: unknown) => void,
	) {
		const client = this.options.oauthClient;
		const expected = Buffer.from(`${client.clientId}:${client.clientSecret}`).toString('base64');
		if (header !== `Basic ${expected}`) return reply(401, { error: 'invalid_client' });
		const form = new URLSearchParams(bodyText);
		const refreshToken = form.get('refresh_token') ?? '';
		const index = client.refreshTokens.indexOf(refreshToken);
		if (form.get('grant_type') !== 'refresh_token' || index < 0)
			return reply(400, { error: 'invalid_grant' });
		client.refreshTokens.splice(index, 1);
		const issued = {
			access_token: `access-${newRequestId()}`,
			refresh_token: `refresh-${newRequestId()}`,
		};
		client.refreshTokens.push(issued.refresh_token);
		this.options.bearerTokens[issued.access_token] = client.scopes;
		this.issuedTokens.push(issued);
		return reply(200, {
			...issued,
			token_type: 'bearer',
			scope: client.scopes.join(' '),
			expires_in: 86400,
			api_base_url_for_customer: this.url,
		});
	}

	private validatorFor(kind: EventKind): SpecValidator {
		const byKind: Record<EventKind, SpecValidator> = {
			viewed: this.validators.contentViewed,
			shared: this.validators.contentShared,
			action: this.validators.customAction,
			digitalInteraction: this.validators.digitalInteraction,
		};
		return byKind[kind];
	}

	private dedupeKey(kind: EventKind, body: Record<string, unknown>): string | undefined {
		if (typeof body.eventId !== 'string' || body.eventId === '') return undefined;
		return JSON.stringify([kind, body.reportingSystem ?? '', body.eventId]);
	}

	private authenticate(
		header: string | undefined,
		scope: string,
	): { status: 200; kind: 'basic' | 'bearer' } | { status: 401 | 403; error: string } {
		const [scheme, value] = (header ?? '').split(' ');
		if (scheme === 'Basic' && value) {
			const expected = Buffer.from(
				`${this.options.accessKey}:${this.options.accessKeySecret}`,
			).toString('base64');
			return value === expected
				? { status: 200, kind: 'basic' }
				: { status: 401, error: 'Access denied: invalid access key' };
		}
		if (scheme === 'Bearer' && value) {
			const scopes = this.options.bearerTokens[value];
			if (!scopes) return { status: 401, error: 'Access denied: invalid or expired token' };
			if (!scopes.includes(scope)) return { status: 403, error: `Token lacks the scope ${scope}` };
			return { status: 200, kind: 'bearer' };
		}
		return { status: 401, error: 'Access denied: no credentials' };
	}

	/** A 1-second sliding window and a daily budget, like Gong's per-company limits. */
	/** Counted at `now`, the same clock read the request log records as the arrival. */
	private takeCall(now: number): { error: string; retryAfter: number } | undefined {
		if (now - this.dailyWindowStart >= 86_400_000) {
			this.dailyWindowStart = now;
			this.dailyCalls = 0;
		}
		const { callsPerDay, callsPerSecond } = this.options;
		if (callsPerDay > 0 && this.dailyCalls >= callsPerDay) {
			const secondsLeft = Math.ceil((this.dailyWindowStart + 86_400_000 - now) / 1000);
			return { error: 'API daily limit exceeded', retryAfter: secondsLeft };
		}
		while (this.callTimes.length > 0 && now - this.callTimes[0] >= 1000) this.callTimes.shift();
		if (callsPerSecond > 0 && this.callTimes.length >= callsPerSecond) {
			return { error: 'API rate limit exceeded', retryAfter: 1 };
		}
		this.callTimes.push(now);
		this.dailyCalls++;
		return undefined;
	}

	private send(
		response: ServerResponse,
		status: number,
		body: unknown,
		headers: Record<string, string> = {},
	) {
		this.sendRaw(response, status, JSON.stringify(body), headers);
	}

	private sendRaw(
		response: ServerResponse,
		status: number,
		text: string,
		headers: Record<string, string> = {},
	) {
		response.writeHead(status, {
			'Content-Type': 'application/json',
			'Content-Length': Buffer.byteLength(text),
			...headers,
		});
		response.end(text);
	}
}

async function readBody(request: IncomingMessage): Promise<string> {
	const chunks: Buffer[] = [];
	for await (const chunk of request) chunks.push(chunk as Buffer);
	return Buffer.concat(chunks).toString('utf8');
}
