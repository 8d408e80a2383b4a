import type {
	ICredentialsDecrypted,
	IExecuteFunctions,
	IHttpRequestMethods,
	IHttpRequestOptions,
	ILoadOptionsFunctions,
} from 'n8n-workflow';

import { itemError } from '../errors';
import { baseUrlProblem, requestAborted } from '../messages';
import { baseUrlFromCredentials } from './baseUrl';
import { clock } from './clock';
import type { GongHttpResponse } from './gongResponse';
import { credentialSecrets, redact } from './redact';
import { readBody } from './responseBody';

/* The only module that talks HTTP: it sends one request and reports what came back. */

export interface GongConnection {
	credentialType: 'gongEngagementApi' | 'gongEngagementOAuth2Api';
	baseUrl: string;
	/** The access key, decrypted once per execution (OAuth2 is read fresh: its token may change). */
	credentialsDecrypted?: ICredentialsDecrypted;
	secrets: string[]; // what the credential holds, redacted from every answer
}

export interface GongRequest {
	method: IHttpRequestMethods;
	path: string;
	body?: object;
	timeoutMs: number;
}

export type GongExchange =
	| { kind: 'response'; response: GongHttpResponse }
	| { kind: 'networkFailure'; code: string; message: string };

type Context = IExecuteFunctions | ILoadOptionsFunctions;

/** The codes of a request aborted by its own timeout (retried as any timeout) or by a cancel. */
export const TIMEOUT_CODE = 'ETIMEDOUT';
export const CANCELED_CODE = 'ERR_CANCELED';

/** Reads the credential once per execution and fixes the one base URL it may be sent to. */
export async function openConnection(context: Context): Promise<GongConnection> {
	const authentication = context.getNodeParameter('authentication', 0, 'accessKey');
	const credentialType =
		authentication === 'oAuth2' ? 'gongEngagementOAuth2Api' : 'gongEngagementApi';
	const credentials = await context.getCredentials(credentialType);
	const secrets = credentialSecrets(credentials);
	const checked = baseUrlFromCredentials(credentials);
	if ('problem' in checked) {
		// The URL is the user's text: "deepermind" holds EPERM, which n8n would swap for its own words.
		const { description } = baseUrlProblem;
		throw itemError(context.getNode(), redact(checked.problem, secrets), { description });
	}
	const reference = context.getNode().credentials?.[credentialType];
	const credentialsDecrypted =
		credentialType === 'gongEngagementApi' && reference?.id
			? { id: reference.id, name: reference.name, type: credentialType, data: credentials }
			: undefined;
	return { credentialType, baseUrl: checked.url, credentialsDecrypted, secrets };
}

/** An answer as n8n's request helper gives it, on a thrown error too. */
type RawAnswer = { status: number; headers?: Record<string, unknown>; data?: unknown };

/** What n8n's request helper throws: a non-2xx answer, or a network failure's code. */
interface ErrorWithResponse {
	code?: string;
	message?: string;
	response?: Partial<RawAnswer>;
	cause?: ErrorWithResponse;
}

interface ExchangeState {
	signal: AbortSignal;
	executionSignal?: AbortSignal;
	secrets: string[];
	timeoutMs: number;
}

/** An answer's status, headers and body (read up to its size limit), redacted as they enter. */
async function readAnswer(answer: RawAnswer, { signal, secrets }: ExchangeState) {
	const body = await readBody(answer.data, signal);
	const clean = (value: unknown) => redact(String(value), secrets);
	const headers = Object.entries(answer.headers ?? {}).map(([name, value]) => [
		name,
		Array.isArray(value) ? value.map(clean) : clean(value),
	]);
	const response: GongHttpResponse = {
		statusCode: answer.status,
		headers: Object.fromEntries(headers),
		bodyText: redact(body.text, secrets),
		...(body.cutOff ? { cutOff: true } : {}),
	};
	return { kind: 'response', response } satisfies GongExchange;
}

/** No answer: the network's code, else the request's own timeout or the execution's cancel. */
function failedExchange(error: unknown, state: ExchangeState): GongExchange {
	if (!state.signal.aborted) {
		const failure = error as ErrorWithResponse;
		const code = failure.cause?.code ?? failure.code ?? 'UNKNOWN';
		const message = failure.cause?.message ?? failure.message ?? code;
		return { kind: 'networkFailure', code, message: redact(message, state.secrets) };
	}
	// Which signal fired decides: the execution's cancel wins over a timeout at the same time.
	if (state.executionSignal?.aborted)
		return { kind: 'networkFailure', code: CANCELED_CODE, message: requestAborted.cancelled };
	const message = requestAborted.timedOut(state.timeoutMs);
	return { kind: 'networkFailure', code: TIMEOUT_CODE, message };
}

/** The request as n8n's helper takes it: redirects never followed, the body read as a stream. */
function requestOptions(
	connection: GongConnection,
	request: GongRequest,
	signal: AbortSignal,
): IHttpRequestOptions {
	return {
		method: request.method,
		baseURL: connection.baseUrl,
		url: request.path,
		body: request.body,
		headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
		encoding: 'stream',
		json: false,
		returnFullResponse: true,
		disableFollowRedirect: true,
		timeout: request.timeoutMs,
		abortSignal: signal,
	};
}

/**
 * Sends one request. Non-2xx answers arrive as thrown errors (that lets n8n refresh an OAuth token
 * on 401) and are unwrapped into the same shape as a success; only status, headers and body are
 * kept, since the raw error also holds the request with its Authorization header.
 *
 * Request Timeout bounds the whole exchange, body included: axios's own timeout only notices a
 * silent socket, and a server that drips one byte a second keeps it alive forever.
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
	const signal = AbortSignal.any(
		executionSignal ? [timeoutSignal, executionSignal] : [timeoutSignal],
	);
	const { secrets } = connection;
	const state = { signal, executionSignal, secrets, timeoutMs: request.timeoutMs };
	let answer: RawAnswer;
	try {
		// n8n-core replaces abortSignal with the context's cancel signal: a view of the context whose
		// cancel signal is the request's own keeps the timeout in force.
		const full = (await context.helpers.httpRequestWithAuthentication.call(
			Object.create(context, { getExecutionCancelSignal: { value: () => signal } }) as Context,
			connection.credentialType,
			requestOptions(connection, request, signal),
			connection.credentialsDecrypted && { credentialsDecrypted: connection.credentialsDecrypted },
		)) as { statusCode: number; headers: Record<string, unknown>; body: unknown };
		answer = { status: full.statusCode, headers: full.headers, data: full.body };
	} catch (error) {
		const failure = error as ErrorWithResponse;
		const response = failure.cause?.response ?? failure.response;
		if (response?.status === undefined) return failedExchange(error, state);
		answer = response as RawAnswer;
	}
	return await readAnswer(answer, state).catch((bodyError) => failedExchange(bodyError, state));
}
