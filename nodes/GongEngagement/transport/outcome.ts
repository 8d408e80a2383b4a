import type { IDataObject, INode, JsonObject } from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';

import { keepMessage } from '../errors';
import type { GongResponseBody } from './gongResponse';
import { adviceFor, descriptionAsText, gongAnsweredMessage, NO_ERROR_TEXT } from '../messages';
import { redact } from './redact';

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
	const errors = body.errors?.length ? redact(body.errors.join('; ')) : NO_ERROR_TEXT;
	const message = gongAnsweredMessage(itemIndex, statusCode, errors, body.requestId, extra);
	const description = adviceFor(statusCode, path);
	const response: JsonObject = {
		message,
		httpCode: String(statusCode),
		requestId: body.requestId ?? null,
		errors: (body.errors ?? []).map((text) => redact(text)),
	};
	const error = new NodeApiError(node, response, {
		itemIndex,
		message,
		description,
		httpCode: String(statusCode),
	});
	return keepMessage(error, message);
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
			// n8n's error view reads HTML; an item's JSON holds plain lines.
			...(error.description ? { description: descriptionAsText(error.description) } : {}),
			...details,
		}) as IDataObject,
	};
}
