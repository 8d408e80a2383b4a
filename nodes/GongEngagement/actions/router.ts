import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { eventFromJson, isPlainObject } from '../helpers/eventInput';
import { deriveEventId } from '../helpers/eventId';
import { fieldsModeProblems } from '../helpers/fieldsModeProblems';
import { invalidItemsError } from '../helpers/invalidItems';
import { isValidTimeZone } from '../helpers/eventTimestamp';
import { MAX_NESTING_DEPTH, pathNestedTooDeep } from '../helpers/nestingDepth';
import { normalizeEvent } from '../helpers/normalizeEvent';
import { validateEvent } from '../schema';
import { formatPath, shownValue } from '../schema/formatIssues';
import type { GongConnection } from '../transport';
import { openConnection } from '../transport';
import type { DeliveryOutcome, DeliverySettings, PreparedEvent } from '../transport/delivery';
import { deliverEvents } from '../transport/delivery';
import { errorItemJson } from '../transport/outcome';
import { operations } from './engagementEvent';
import type { EventOperation } from './node.type';

function timeZoneFor(context: IExecuteFunctions, itemIndex: number): string {
	const options = context.getNodeParameter('options', itemIndex, {}) as IDataObject;
	const given = typeof options.timeZone === 'string' ? options.timeZone.trim() : options.timeZone;
	const timeZone = given || context.getTimezone();
	if (typeof timeZone !== 'string' || !isValidTimeZone(timeZone)) {
		throw new NodeOperationError(
			context.getNode(),
			`item ${itemIndex}: options.timeZone ${shownValue(timeZone)} is not an IANA time zone`,
			{
				itemIndex,
				description: 'Use a name such as Europe/Berlin or America/New_York',
			},
		);
	}
	return timeZone;
}

/** Problems named in an error's message, and listed in its description; the rest are counted. */
const MAX_PROBLEMS_IN_MESSAGE = 5;
const MAX_PROBLEMS_IN_DESCRIPTION = 50;
/** n8n's own errors are passed on cut to this, like every value quoted in a message. */
const MAX_FOREIGN_MESSAGE_LENGTH = 300;

/** One item's event, built, normalized and validated — or the error that names what is wrong. */
function prepareEvent(
	context: IExecuteFunctions,
	operation: EventOperation,
	kind: string,
	itemIndex: number,
): PreparedEvent {
	const inputMode = context.getNodeParameter('inputMode', itemIndex, 'fields') as string;
	const raw =
		inputMode === 'json'
			? eventFromJson.call(context, itemIndex)
			: operation.eventFromFields.call(context, itemIndex);
	if (!isPlainObject(raw)) {
		throw new NodeOperationError(
			context.getNode(),
			`item ${itemIndex}: the event must be a JSON object`,
			{ itemIndex },
		);
	}
	// Before anything walks the event recursively: a 10,000-level input must get this message,
	// not "Maximum call stack size exceeded".
	const tooDeep = pathNestedTooDeep(raw);
	if (tooDeep) {
		throw new NodeOperationError(
			context.getNode(),
			`item ${itemIndex}: ${formatPath(tooDeep)} is nested more than ${MAX_NESTING_DEPTH} levels deep`,
			{
				itemIndex,
				description: `Nothing was sent for this item. Gong's events nest about 6 levels deep; pass a flatter value.`,
			},
		);
	}
	const { timestampField } = operation;
	const normalized = normalizeEvent(
		raw,
		timeZoneFor(context, itemIndex),
		timestampField,
	) as IDataObject;
	// Every event gets an eventId before it is checked: the source's own, or a stable derived one.
	if (isPlainObject(normalized) && normalized.eventId === undefined) {
		// A timestamp that is still no string fails validation below; String() of an object with
		// its own toString key would throw before that could say so.
		const timestamp = normalized[timestampField];
		normalized.eventId = deriveEventId(
			kind,
			operation.identity(normalized),
			typeof timestamp === 'string' ? timestamp : '',
		);
	}
	const result = validateEvent(operation.definition, normalized);
	if (!result.valid) {
		// Fields mode names the form's labels first; JSON mode's paths are the user's own.
		const problems =
			inputMode === 'json'
				? result.problems
				: fieldsModeProblems(kind, operation.definition, normalized, raw);
		const [first, ...others] = problems;
		const named = others.slice(0, MAX_PROBLEMS_IN_MESSAGE - 1);
		const more = others.length
			? ` (and ${others.length} more: ${named.join('; ')}${others.length > named.length ? '; …' : ''})`
			: '';
		const listed = problems.slice(0, MAX_PROBLEMS_IN_DESCRIPTION);
		const unlisted = problems.length - listed.length;
		throw new NodeOperationError(context.getNode(), `item ${itemIndex}: ${first}${more}`, {
			itemIndex,
			description: `Nothing was sent for this item. Problems found:\n- ${listed.join('\n- ')}${unlisted ? `\n- … and ${unlisted} more` : ''}`,
		});
	}
	const payload = result.event as IDataObject & { eventId: string };
	return { itemIndex, payload, timestamp: payload[timestampField] as string };
}

function tryPrepareEvent(
	context: IExecuteFunctions,
	operation: EventOperation,
	kind: string,
	itemIndex: number,
): PreparedEvent | { error: NodeOperationError } {
	try {
		return prepareEvent(context, operation, kind, itemIndex);
	} catch (caught) {
		// Parameter resolution can throw n8n's own errors (a broken expression), without the item
		// in the message: every error this node gives starts with it.
		const error = caught as Error & { description?: string | null };
		const prefix = `item ${itemIndex}: `;
		if (error instanceof NodeOperationError && error.message.startsWith(prefix)) return { error };
		return {
			error: new NodeOperationError(
				context.getNode(),
				`${prefix}${String(error.message).slice(0, MAX_FOREIGN_MESSAGE_LENGTH)}`,
				{ itemIndex, description: error.description ?? undefined },
			),
		};
	}
}

function deliverySettings(delivery: IDataObject, stopOnFirstFailure: boolean): DeliverySettings {
	const number = (name: string, fallback: number) =>
		typeof delivery[name] === 'number' && Number.isFinite(delivery[name])
			? (delivery[name] as number)
			: fallback;
	return {
		callsPerSecond: Math.max(0, number('callsPerSecond', 3)),
		maxConcurrentCalls: Math.max(1, Math.floor(number('maxConcurrentCalls', 3))),
		maxRetries: Math.max(0, Math.floor(number('maxRetries', 5))),
		// Workflows saved before Retry Delay (Seconds) hold retryDelayMs; it still counts.
		retryDelayMs: Math.max(0, number('retryDelayMs', number('retryDelaySeconds', 1) * 1000)),
		maxRateLimitWaitMs: Math.max(0, number('maxRateLimitWaitSeconds', 300)) * 1000,
		timeoutMs: Math.max(1, number('timeoutSeconds', 30)) * 1000,
		alreadyReportedIsError: delivery.alreadyReportedIsError === true,
		stopOnFirstFailure,
	};
}

/**
 * The credential and its base URL concern the whole node. Under continueOnFail a problem there
 * still yields one error item per item that would have been sent, so n8n's "Continue" modes get
 * `{ error, details }` items (on the error output when chosen) instead of the input passed through.
 */
async function openConnectionFor(
	context: IExecuteFunctions,
	prepared: PreparedEvent[],
	continueOnFail: boolean,
	outcomes: Map<number, DeliveryOutcome>,
): Promise<GongConnection | undefined> {
	try {
		return await openConnection(context);
	} catch (error) {
		const problem =
			error instanceof NodeOperationError
				? error
				: new NodeOperationError(context.getNode(), error as Error);
		if (!continueOnFail) throw problem;
		for (const { itemIndex, payload } of prepared) {
			const itemError = new NodeOperationError(
				context.getNode(),
				`item ${itemIndex}: not sent: ${problem.message}`,
				{ itemIndex, description: problem.description ?? undefined },
			);
			outcomes.set(itemIndex, {
				itemIndex,
				error: itemError,
				errorDetails: { sent: false, eventId: payload.eventId },
			});
		}
		return undefined;
	}
}

export async function router(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	const items = this.getInputData();
	const operationName = this.getNodeParameter('operation', 0) as string;
	const operation = operations[operationName];
	if (!operation) {
		throw new NodeOperationError(
			this.getNode(),
			`The operation "${operationName}" is not supported`,
		);
	}
	const continueOnFail = this.continueOnFail();
	const outcomes = new Map<number, DeliveryOutcome>();

	// Every item is validated before anything is sent: without continueOnFail, one bad item
	// stops the node before a half-sent batch exists.
	const prepared: PreparedEvent[] = [];
	const invalid: NodeOperationError[] = [];
	for (let itemIndex = 0; itemIndex < items.length; itemIndex++) {
		const preparation = tryPrepareEvent(this, operation, operationName, itemIndex);
		if ('payload' in preparation) {
			prepared.push(preparation);
			continue;
		}
		if (!continueOnFail) invalid.push(preparation.error);
		outcomes.set(itemIndex, { itemIndex, error: preparation.error, errorDetails: { sent: false } });
	}
	if (invalid.length > 0) throw invalidItemsError(this.getNode(), invalid);

	const delivery = this.getNodeParameter('delivery', 0, {}) as IDataObject;
	if (delivery.dryRun === true) {
		for (const { itemIndex, payload } of prepared) {
			outcomes.set(itemIndex, {
				itemIndex,
				json: {
					status: 'dryRun',
					method: operation.endpoint.method,
					path: operation.endpoint.path,
					event: payload,
				},
			});
		}
	} else if (prepared.length > 0) {
		const connection = await openConnectionFor(this, prepared, continueOnFail, outcomes);
		if (connection) {
			const settings = deliverySettings(delivery, !continueOnFail);
			const delivered = await deliverEvents(
				this,
				connection,
				operation.endpoint,
				prepared,
				settings,
			);
			for (const outcome of delivered) outcomes.set(outcome.itemIndex, outcome);
		}
	}

	// One output item per input item, in order, each paired to its input.
	const returnData: INodeExecutionData[] = [];
	for (let itemIndex = 0; itemIndex < items.length; itemIndex++) {
		const outcome = outcomes.get(itemIndex);
		const [item] = this.helpers.constructExecutionMetaData(
			this.helpers.returnJsonArray(
				outcome?.json ??
					errorItemJson(outcome?.error ?? new Error('not processed'), outcome?.errorDetails),
			),
			{ itemData: { item: itemIndex } },
		);
		returnData.push(item);
	}
	return [returnData];
}
