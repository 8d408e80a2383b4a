import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	NodeApiError,
	NodeOperationError,
} from 'n8n-workflow';

import { descriptionAsText, noOneNamedHint } from '../messages';
import type { DeliveryOutcome } from '../transport/delivery';
import { redact } from '../transport/redact';
import type { OptionsReader, PreparedItem } from './prepareEvent';

/** One item's result, set by the step that finished it: its output json, or its error. */
export interface ItemResult {
	itemIndex: number;
	json?: IDataObject;
	error?: NodeApiError | NodeOperationError;
	/** Extra fields for the error item: requestId, httpStatus, sent or not. */
	errorDetails?: IDataObject;
}

/** A delivered event's output: what Gong answered, with the event's ID and time as sent. */
export function outputItem({ event, answer, error, errorDetails }: DeliveryOutcome): ItemResult {
	const { itemIndex } = event;
	if (!answer) return { itemIndex, error, errorDetails };
	const { status, httpStatus, requestId, integrationId, attempts, warning } = answer;
	return {
		itemIndex,
		json: {
			status,
			httpStatus,
			requestId,
			...(integrationId !== undefined ? { integrationId } : {}),
			eventId: event.payload.eventId,
			eventTimestamp: event.timestamp,
			attempts,
			...(warning ? { warning } : {}),
		},
	};
}

function redactDetails(value: unknown): unknown {
	if (typeof value === 'string') return redact(value);
	if (Array.isArray(value)) return value.map(redactDetails);
	if (value === null || typeof value !== 'object') return value;
	return Object.fromEntries(
		Object.entries(value).map(([key, entry]) => [key, redactDetails(entry)]),
	);
}

/**
 * The json of an error item for continueOnFail: only `error` (the message) and `details`, the
 * shape n8n's "Continue (using error output)" routes to the error output (an item carrying an
 * Error object would have its json replaced by the bare message).
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

/** Items a hint names; more are counted. */
const MAX_ITEMS_IN_HINT = 10;

/**
 * 6. output: per input item, paired to it, its result's json or n8n's error item. n8n adds the
 * input's fields to what goes to the error output, which takes only error/message/details keys.
 */
export function outputItems(
	context: IExecuteFunctions,
	items: INodeExecutionData[],
	results: ItemResult[],
	optionsOf: OptionsReader,
): INodeExecutionData[] {
	const errorOutput = context.getNode().onError === 'continueErrorOutput';
	return items.map((input, itemIndex) => {
		const { json, error, errorDetails } = results[itemIndex];
		const result = json ?? errorItemJson(error as Error, errorDetails);
		const withInput =
			includeInputFields(optionsOf, itemIndex) && (json !== undefined || !errorOutput)
				? { ...input.json, ...result }
				: result;
		const [item] = context.helpers.constructExecutionMetaData(
			context.helpers.returnJsonArray(withInput),
			{ itemData: { item: itemIndex } },
		);
		return item;
	});
}

/** Options → Include Input Fields; an item whose Options did not resolve gets its error only. */
function includeInputFields(optionsOf: OptionsReader, itemIndex: number): boolean {
	try {
		return optionsOf(itemIndex).includeInputFields === true;
	} catch {
		return false;
	}
}

/** Sent (or, in a dry run, ready) although they name no one: n8n shows a hint on the output. */
export function hintNamesNoOne(
	context: IExecuteFunctions,
	toSend: PreparedItem[],
	results: ItemResult[],
): void {
	const unplaced = toSend
		.filter(({ itemIndex, namesNoOne }) => namesNoOne && results[itemIndex].json !== undefined)
		.map(({ itemIndex }) => itemIndex);
	if (unplaced.length === 0) return;
	context.addExecutionHints({
		message: noOneNamedHint(unplaced, MAX_ITEMS_IN_HINT),
		type: 'warning',
		location: 'outputPane',
	});
}
