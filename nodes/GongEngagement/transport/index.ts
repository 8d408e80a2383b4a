import type {
	ICredentialsDecrypted,
	IExecuteFunctions,
	IHttpRequestMethods,
	IHttpRequestOptions,
	ILoadOptionsFunctions,
} from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { baseUrlFromCredentials } from './baseUrl';
import type { GongHttpResponse } from './gongResponse';

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
	const checked = baseUrlFromCredentials(credentials);
	if ('problem' in checked) throw new NodeOperationError(context.getNode(), checked.problem);
	const reference = context.getNode().credentials?.[credentialType];
	const credentialsDecrypted =
		credentialType === 'gongEngagementApi' && reference?.id
			? { id: reference.id, name: reference.name, type: credentialType, data: credentials }
			: undefined;
	return { credentialType, baseUrl: checked.url, credentialsDecrypted };
}

interface ErrorWithResponse {
	code?: string;
	message?: string;
	response?: { status?: number; headers?: Record<string, unknown>; data?: unknown };
	cause?: ErrorWithResponse;
}

const asText = (data: unknown) =>
	typeof data === 'string'
		? data
		: Buffer.isBuffer(data)
			? data.toString('utf8')
			: JSON.stringify(data ?? '');

/**
 * Non-2xx answers arrive as thrown errors (that is what lets n8n refresh an OAuth token on 401);
 * their response is unwrapped here into the same shape as a success. Only the status, headers
 * and body are kept: the raw error also holds the request, with its Authorization header.
 */
export async function sendToGong(
	context: Context,
	connection: GongConnection,
	request: GongRequest,
): Promise<GongExchange> {
	const options: IHttpRequestOptions = {
		method: request.method,
		baseURL: connection.baseUrl,
		url: request.path,
		qs: request.qs,
		body: request.body,
		headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
		encoding: 'text',
		json: false,
		returnFullResponse: true,
		disableFollowRedirect: true,
		timeout: request.timeoutMs,
	};
	try {
		const full = (await context.helpers.httpRequestWithAuthentication.call(
			context,
			connection.credentialType,
			options,
			connection.credentialsDecrypted
				? { credentialsDecrypted: connection.credentialsDecrypted }
				: undefined,
		)) as { statusCode: number; headers: Record<string, unknown>; body: unknown };
		return {
			kind: 'response',
			response: {
				statusCode: full.statusCode,
				headers: full.headers ?? {},
				bodyText: asText(full.body),
			},
		};
	} catch (error) {
		const failure = error as ErrorWithResponse;
		const response = failure.cause?.response ?? failure.response;
		if (response?.status !== undefined) {
			return {
				kind: 'response',
				response: {
					statusCode: response.status,
					headers: response.headers ?? {},
					bodyText: asText(response.data),
				},
			};
		}
		const code = failure.cause?.code ?? failure.code ?? 'UNKNOWN';
		return {
			kind: 'networkFailure',
			code,
			message: failure.cause?.message ?? failure.message ?? code,
		};
	}
}
