import type {
	ICredentialsDecrypted,
	IExecuteFunctions,
	IHttpRequestMethods,
	IHttpRequestOptions,
	ILoadOptionsFunctions,
} from 'n8n-workflow';

import { itemError } from '../errors';
import { baseUrlFromCredentials } from './baseUrl';
import { clock } from './clock';
import type { GongHttpResponse } from './gongResponse';
import { credentialSecrets, redact } from './redact';
import { readBody } from './responseBody';

/*
 * The only module that talks HTTP. It sends one request and reports what came back; what a status
 * means for delivery (retry, wait, fail) is decided by the delivery module.
 */

export type GongCredentialType = 'gongEngagementApi' | 'gongEngagementOAuth2Api';

export interface GongConnection {
	credentialType: GongCredentialType;
	baseUrl: string;
	/**
	 * The access-key credential, read once per execution and handed to every call, so n8n does not
	 * fetch and decrypt it again for each event. OAuth2 credentials are always read fresh: their
	 * token may be refreshed between calls.
	 */
	credentialsDecrypted?: ICredentialsDecrypted;
	/**
	 * What the credential holds that must never be shown (key, secret, Basic value, tokens), read
	 * once here so every answer can be redacted before anyone sees it.
	 */
	secrets: string[];
}

export interface GongRequest {
	method: IHttpRequestMethods;
	path: string;
	body?: object;
	qs?: Record<string, string>;
	timeoutMs: number;
}

export type GongExchange =
	| { kind: 'response'; response: GongHttpResponse }
	| { kind: 'networkFailure'; code: string; message: string };

type Context = IExecuteFunctions | ILoadOptionsFunctions;

export function credentialTypeFor(authentication: unknown): GongCredentialType {
	return authentication === 'oAuth2' ? 'gongEngagementOAuth2Api' : 'gongEngagementApi';
}

/** Reads the credential once per execution and fixes the one base URL it may be sent to. */
export async function openConnection(context: Context): Promise<GongConnection> {
	const credentialType = credentialTypeFor(
		context.getNodeParameter('authentication', 0, 'accessKey'),
	);
	const credentials = await context.getCredentials(credentialType);
	const secrets = credentialSecrets(credentials);
	const checked = baseUrlFromCredentials(credentials);
	if ('problem' in checked) {
		const message = redact(checked.problem, secrets);
		// The URL is the user's text: "deepermind" holds EPERM, which n8n would swap for its own words.
		throw itemError(context.getNode(), message, {
			description:
				"Nothing was sent. Fix the credential's Base URL: it should look like https://us-12345.api.gong.io (Gong's API settings page shows yours).",
		});
	}
	const reference = context.getNode().credentials?.[credentialType];
	const credentialsDecrypted =
		credentialType === 'gongEngagementApi' && reference?.id
			? { id: reference.id, name: reference.name, type: credentialType, data: credentials }
			: undefined;
	return { credentialType, baseUrl: checked.url, credentialsDecrypted, secrets };
}

interface ErrorWithResponse {
	code?: string;
	message?: string;
	response?: { status?: number; headers?: Record<string, unknown>; data?: unknown };
	cause?: ErrorWithResponse;
}

/** The code a request aborted by its own timeout reports: retried like any other timeout. */
export const TIMEOUT_CODE = 'ETIMEDOUT';
/** The code a request aborted because the execution was cancelled reports. */
export const CANCELED_CODE = 'ERR_CANCELED';

/** Aborts when any of the signals does; AbortSignal.any where Node has it (20.3+). */
function anySignal(signals: AbortSignal[]): AbortSignal {
	if (typeof AbortSignal.any === 'function') return AbortSignal.any(signals);
	const controller = new AbortController();
	for (const signal of signals) {
		if (signal.aborted) {
			controller.abort(signal.reason);
			break;
		}
		signal.addEventListener('abort', () => controller.abort(signal.reason), { once: true });
	}
	return controller.signal;
}

/**
 * n8n-core's httpRequestWithAuthentication replaces options.abortSignal with the context's
 * execution cancel signal. A view of the context whose cancel signal is the request's own (timeout
 * or cancel) keeps the timeout in force; everything else is the context itself.
 */
function contextWithSignal(context: Context, signal: AbortSignal): Context {
	return Object.create(context, {
		getExecutionCancelSignal: { value: () => signal },
	}) as Context;
}

function redactHeaders(headers: Record<string, unknown>, secrets: string[]) {
	return Object.fromEntries(
		Object.entries(headers).map(([name, value]) => [
			name,
			Array.isArray(value)
				? value.map((entry) => redact(String(entry), secrets))
				: redact(String(value), secrets),
		]),
	);
}

/**
 * Non-2xx answers arrive as thrown errors (that is what lets n8n refresh an OAuth token on 401);
 * their response is unwrapped here into the same shape as a success. Only the status, headers
 * and body are kept: the raw error also holds the request, with its Authorization header. Headers
 * and body are redacted here, where the answer enters the node, so no later step sees a secret.
 *
 * Request Timeout bounds the whole exchange, body included: axios's own timeout only notices a
 * silent socket, and a server that drips one byte a second keeps it alive forever. The body comes
 * as a stream and is read up to a size limit (see responseBody.ts).
 */
export async function sendToGong(
	context: Context,
	connection: GongConnection,
	request: GongRequest,
	cancelSignal?: AbortSignal,
): Promise<GongExchange> {
	const executionSignal =
		cancelSignal ??
		('getExecutionCancelSignal' in context ? context.getExecutionCancelSignal() : undefined);
	const timeoutSignal = clock.timeout(request.timeoutMs);
	const signal = anySignal(executionSignal ? [timeoutSignal, executionSignal] : [timeoutSignal]);
	const options: IHttpRequestOptions = {
		method: request.method,
		baseURL: connection.baseUrl,
		url: request.path,
		qs: request.qs,
		body: request.body,
		headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
		encoding: 'stream',
		json: false,
		returnFullResponse: true,
		disableFollowRedirect: true,
		timeout: request.timeoutMs,
		abortSignal: signal,
	};
	const { secrets } = connection;
	const answer = async (
		statusCode: number,
		headers: Record<string, unknown> | undefined,
		data: unknown,
	): Promise<GongExchange> => {
		const body = await readBody(data, signal);
		return {
			kind: 'response',
			response: {
				statusCode,
				headers: redactHeaders(headers ?? {}, secrets),
				bodyText: redact(body.text, secrets),
				...(body.cutOff ? { cutOff: true } : {}),
			},
		};
	};
	const failed = (error: unknown): GongExchange => {
		const failure = error as ErrorWithResponse;
		if (signal.aborted) {
			// Which signal fired decides: the execution's cancel wins over a timeout at the same time.
			return executionSignal?.aborted
				? { kind: 'networkFailure', code: CANCELED_CODE, message: 'the execution was cancelled' }
				: {
						kind: 'networkFailure',
						code: TIMEOUT_CODE,
						message: `no complete answer within ${request.timeoutMs} ms`,
					};
		}
		const code = failure.cause?.code ?? failure.code ?? 'UNKNOWN';
		return {
			kind: 'networkFailure',
			code,
			message: redact(failure.cause?.message ?? failure.message ?? code, secrets),
		};
	};
	let full: { statusCode: number; headers: Record<string, unknown>; body: unknown };
	try {
		full = (await context.helpers.httpRequestWithAuthentication.call(
			contextWithSignal(context, signal),
			connection.credentialType,
			options,
			connection.credentialsDecrypted
				? { credentialsDecrypted: connection.credentialsDecrypted }
				: undefined,
		)) as typeof full;
	} catch (error) {
		const failure = error as ErrorWithResponse;
		const response = failure.cause?.response ?? failure.response;
		if (response?.status === undefined) return failed(error);
		try {
			return await answer(response.status, response.headers, response.data);
		} catch (bodyError) {
			return failed(bodyError);
		}
	}
	try {
		return await answer(full.statusCode, full.headers, full.body);
	} catch (bodyError) {
		return failed(bodyError);
	}
}
