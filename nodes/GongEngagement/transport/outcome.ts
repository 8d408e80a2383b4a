import type { IDataObject, INode, JsonObject } from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';

import type { GongResponseBody } from './gongResponse';
import { redact } from './redact';

const STATUS_TEXT: Record<number, string> = {
	400: 'Bad Request',
	401: 'Unauthorized',
	403: 'Forbidden',
	404: 'Not Found',
	408: 'Request Timeout',
	409: 'Conflict',
	429: 'Too Many Requests',
	500: 'Internal Server Error',
	502: 'Bad Gateway',
	503: 'Service Unavailable',
	504: 'Gateway Timeout',
};

/** The scope each Gong path needs; advice on 401/403/404 names the one of the call that failed. */
const SCOPE_BY_PATH: Record<string, string> = {
	'/v2/customer-engagement/content/viewed': 'api:engagement-data:write',
	'/v2/customer-engagement/content/shared': 'api:engagement-data:write',
	'/v2/customer-engagement/action': 'api:engagement-data:write',
	'/v2/digital-interaction': 'api:digital-interactions:write',
	'/v2/workspaces': 'api:workspaces:read',
};

/** The scope a path needs; events default to the engagement scope, the node's most common call. */
export function scopeFor(path: string | undefined): string {
	return (path && SCOPE_BY_PATH[path]) ?? 'api:engagement-data:write';
}

export const BASE_URL_HINT = 'it should look like https://us-12345.api.gong.io';

/** What to do about a status, for the call to `path`. One home for this wording. */
export function adviceFor(statusCode: number, path?: string): string | undefined {
	const scope = scopeFor(path);
	switch (statusCode) {
		case 400:
			return 'Gong rejected the event body; its errors name the field. Fix the mapping for this item.';
		case 401:
			return `Check the access key and secret (or reconnect the OAuth2 credential), that the key has the scope ${scope}, and that the base URL is your tenant's API address (${BASE_URL_HINT}).`;
		case 403:
			return `The credential lacks the scope ${scope}. Grant it in Gong and reconnect.`;
		case 404:
			return `Gong does not know this path at the base URL: check the credential's base URL (${BASE_URL_HINT}). The call needs the scope ${scope}.`;
		case 409:
			return 'Gong already has an event with this reporting system and event ID.';
		case 429:
			return "Gong's rate limit (3 calls/s, 10,000 calls/day per company) was exceeded.";
		default:
			return statusCode >= 500
				? 'Gong failed to process the request; it is safe to retry later.'
				: undefined;
	}
}

export function describeStatus(statusCode: number): string {
	return `${statusCode}${STATUS_TEXT[statusCode] ? ` ${STATUS_TEXT[statusCode]}` : ''}`;
}

/**
 * An API error built only from Gong's answer — never from the HTTP client's error, which carries
 * the request and its Authorization header. Gong's requestId is in the message: support asks for it.
 */
export function gongApiError(
	node: INode,
	itemIndex: number,
	statusCode: number,
	body: GongResponseBody,
	extra?: string,
	/** The path called, so the advice names the scope that call needs. */
	path?: string,
): NodeApiError {
	const errors = body.errors?.length ? redact(body.errors.join('; ')) : 'no error text';
	const requestId = body.requestId ? ` (requestId ${body.requestId})` : '';
	const message = `item ${itemIndex}: Gong answered ${describeStatus(statusCode)}: ${errors}${requestId}${extra ? ` — ${extra}` : ''}`;
	const description = adviceFor(statusCode, path);
	const response: JsonObject = {
		message,
		httpCode: String(statusCode),
		requestId: body.requestId ?? null,
		errors: (body.errors ?? []).map((text) => redact(text)),
	};
	return new NodeApiError(node, response, {
		itemIndex,
		message,
		description,
		httpCode: String(statusCode),
	});
}

function redactDetails(value: unknown): unknown {
	if (typeof value === 'string') return redact(value);
	if (Array.isArray(value)) return value.map(redactDetails);
	if (value !== null && typeof value === 'object')
		return Object.fromEntries(
			Object.entries(value).map(([key, entry]) => [key, redactDetails(entry)]),
		);
	return value;
}

/**
 * The json of an error item for continueOnFail: `error` (the message) and `details` (what failed,
 * Gong's requestId and errors, whether it was sent). Only those two keys, because that is the
 * shape n8n's "Continue (using error output)" routes to the error output; an item carrying an
 * Error object instead would have its json replaced by the bare message.
 */
export function errorItemJson(
	error: Error & { description?: string | null },
	details: IDataObject = {},
): IDataObject {
	// Error objects may carry text from anywhere (a server, n8n, a library): redacted once more.
	return {
		error: redact(error.message),
		details: redactDetails({
			status: 'failed',
			...(error.description ? { description: error.description } : {}),
			...details,
		}) as IDataObject,
	};
}
