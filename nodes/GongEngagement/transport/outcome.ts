import type { IDataObject, INode, JsonObject } from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';

import type { GongResponseBody } from './gongResponse';

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

const WHAT_TO_DO: Record<number, string> = {
	400: 'Gong rejected the event body; its errors name the field. Fix the mapping for this item.',
	401: "Check the access key and secret (or reconnect the OAuth2 credential) and that the base URL is your tenant's API address.",
	403: 'The credential lacks the scope api:engagement-data:write. Grant it in Gong and reconnect.',
	404: "Gong does not know this path at the base URL: check the credential's base URL.",
	409: 'Gong already has an event with this reporting system and event ID.',
	429: "Gong's rate limit (3 calls/s, 10,000 calls/day per company) was exceeded.",
};

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
): NodeApiError {
	const errors = body.errors?.length ? body.errors.join('; ') : 'no error text';
	const requestId = body.requestId ? ` (requestId ${body.requestId})` : '';
	const message = `item ${itemIndex}: Gong answered ${describeStatus(statusCode)}: ${errors}${requestId}${extra ? ` — ${extra}` : ''}`;
	const description =
		WHAT_TO_DO[statusCode] ??
		(statusCode >= 500
			? 'Gong failed to process the request; it is safe to retry later.'
			: undefined);
	const response: JsonObject = {
		message,
		httpCode: String(statusCode),
		requestId: body.requestId ?? null,
		errors: body.errors ?? [],
	};
	return new NodeApiError(node, response, {
		itemIndex,
		message,
		description,
		httpCode: String(statusCode),
	});
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
	return {
		error: error.message,
		details: {
			status: 'failed',
			...(error.description ? { description: error.description } : {}),
			...details,
		},
	};
}
