import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { itemError } from '../errors';
import { deriveEventId } from '../helpers/eventId';
import { eventFromJson, isPlainObject } from '../helpers/eventInput';
import { isValidTimeZone } from '../helpers/eventTimestamp';
import { fieldsModeProblems } from '../helpers/fieldsModeProblems';
import { invalidItemsError } from '../helpers/invalidItems';
import { MAX_NESTING_DEPTH, pathNestedTooDeep } from '../helpers/nestingDepth';
import { normalizeEvent } from '../helpers/normalizeEvent';
import { sharedEventIds } from '../helpers/sharedEventIds';
import { placementVerdict } from '../helpers/timelinePlacement';
import {
	connectionNotSent,
	customApiCall,
	deliveryOptionInvalid,
	eventIdShared,
	eventNotAnObject,
	invalidEventDescription,
	invalidEventMessage,
	invalidTimeZone,
	itemPrefix,
	nestedTooDeep,
	noOneNamed,
	noOneNamedHint,
	unsupportedOperation,
} from '../messages';
import { validateEvent } from '../schema';
import { formatPath, quoted, shownValue } from '../schema/formatIssues';
import type { GongConnection } from '../transport';
import { openConnection } from '../transport';
import type { DeliveryOutcome, DeliverySettings, PreparedEvent } from '../transport/delivery';
import { deliverEvents } from '../transport/delivery';
import { errorItemJson } from '../transport/outcome';
import { operations } from './engagementEvent';
import { delivery as deliveryProperty } from './engagementEvent/common.description';
import type { EventOperation } from './node.type';

/*
 * The node's execution, in the order an item goes through it:
 *   1. read the parameters   2. build the event   3. normalize   4. validate
 *   5. deliver               6. output (one item per input item, in order)
 * Steps 1–4 run for every item before anything is sent: without Continue On Fail one bad item
 * stops the node before a half-sent batch exists.
 */
export async function execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	const items = this.getInputData();
	// Custom API Call on Resource hides Operation: reading it then fails with n8n's bare
	// "Could not get parameter", so Resource is read first.
	const resource = this.getNodeParameter('resource', 0, 'engagementEvent') as string;
	const operationName =
		resource === CUSTOM_API_CALL ? resource : (this.getNodeParameter('operation', 0) as string);
	if (operationName === CUSTOM_API_CALL) {
		throw new NodeOperationError(this.getNode(), customApiCall.message, {
			description: customApiCall.description,
		});
	}
	const operation = operations[operationName];
	if (!operation) throw new NodeOperationError(this.getNode(), unsupportedOperation(operationName));
	const continueOnFail = this.continueOnFail();
	const optionsOf = optionsReader(this);

	// Index by item: every item gets exactly one result, set by the step that finished it.
	const results: DeliveryOutcome[] = [];
	const readyToSend: PreparedItem[] = [];
	const invalid: NodeOperationError[] = [];
	for (let itemIndex = 0; itemIndex < items.length; itemIndex++) {
		try {
			readyToSend.push(prepareEvent(this, operationName, operation, itemIndex, optionsOf));
		} catch (caught) {
			const error = errorNamingItem(this, caught, itemIndex);
			if (!continueOnFail) invalid.push(error);
			results[itemIndex] = { itemIndex, error, errorDetails: { sent: false } };
		}
	}
	// Different events under one given ID: Gong would answer all but the first with 409. A derived
	// ID is shared on purpose: by events of the same content, person and instant.
	const givenIds = readyToSend.filter(({ eventIdGiven }) => eventIdGiven);
	for (const { itemIndex, firstItemIndex, eventId } of sharedEventIds(givenIds)) {
		const message = eventIdShared.message(itemIndex, quoted(eventId), firstItemIndex);
		const { description } = eventIdShared;
		const error = itemError(this.getNode(), message, { itemIndex, description });
		if (!continueOnFail) invalid.push(error);
		results[itemIndex] = { itemIndex, error, errorDetails: { sent: false, eventId } };
	}
	if (invalid.length > 0) throw invalidItemsError(this.getNode(), inItemOrder(invalid));
	const toSend = readyToSend.filter(({ itemIndex }) => results[itemIndex] === undefined);

	// 5. deliver
	const delivery = this.getNodeParameter('delivery', 0, {}) as IDataObject;
	if (delivery.dryRun === true) {
		for (const { itemIndex, payload } of toSend) {
			const { method, path } = operation.endpoint;
			results[itemIndex] = { itemIndex, json: { status: 'dryRun', method, path, event: payload } };
		}
	} else if (toSend.length > 0) {
		const setup = await deliverySetupOrErrorItems(this, delivery, toSend, continueOnFail, results);
		if (setup) {
			const { connection, settings } = setup;
			const sent = await deliverEvents(this, connection, operation.endpoint, toSend, settings);
			for (const result of sent) results[result.itemIndex] = result;
		}
	}

	// Sent (or, in a dry run, ready) although they name no one: n8n shows a hint on the output.
	const unplaced = toSend
		.filter(({ itemIndex, namesNoOne }) => namesNoOne && results[itemIndex].json !== undefined)
		.map(({ itemIndex }) => itemIndex);
	if (unplaced.length > 0) {
		this.addExecutionHints({
			message: noOneNamedHint(unplaced, MAX_ITEMS_IN_HINT),
			type: 'warning',
			location: 'outputPane',
		});
	}

	// 6. output: a result's json, or its error as n8n's error item; paired to its input item
	// n8n adds the input item's fields to what it routes to the error output itself, and routes
	// only items whose keys are error/message/details: those are left as they are.
	const errorOutput = this.getNode().onError === 'continueErrorOutput';
	const output = items.map((input, itemIndex) => {
		const { json, error, errorDetails } = results[itemIndex];
		const result = json ?? errorItemJson(error as Error, errorDetails);
		const withInput =
			includeInputFields(optionsOf, itemIndex) && (json !== undefined || !errorOutput)
				? { ...input.json, ...result }
				: result;
		const [item] = this.helpers.constructExecutionMetaData(
			this.helpers.returnJsonArray(withInput),
			{ itemData: { item: itemIndex } },
		);
		return item;
	});
	return [output];
}

/** The value n8n gives the "Custom API Call" choice it adds to Resource and Operation. */
const CUSTOM_API_CALL = '__CUSTOM_API_CALL__';

/** Steps 1–4 for one item: its event, ready to send, or the error that names what is wrong. */
function prepareEvent(
	context: IExecuteFunctions,
	operationName: string,
	operation: EventOperation,
	itemIndex: number,
	optionsOf: OptionsReader,
): PreparedItem {
	// 1. read the parameters, 2. build the event
	const inputMode = context.getNodeParameter('inputMode', itemIndex, 'fields') as string;
	const built =
		inputMode === 'json'
			? eventFromJson.call(context, itemIndex)
			: operation.eventFromFields.call(context, itemIndex);
	if (!isPlainObject(built)) {
		// An expression that resolves to nothing gives undefined: said so, not "an undefined".
		const shown = built === undefined ? 'nothing' : shownValue(built);
		const message = eventNotAnObject.message(itemIndex, shown);
		const description = eventNotAnObject.description(Array.isArray(built));
		throw itemError(context.getNode(), message, { itemIndex, description });
	}
	// Before anything walks the event recursively: a 10,000-level input must get this message,
	// not "Maximum call stack size exceeded".
	const tooDeep = pathNestedTooDeep(built);
	if (tooDeep) {
		const message = nestedTooDeep.message(itemIndex, formatPath(tooDeep), MAX_NESTING_DEPTH);
		const { description } = nestedTooDeep;
		throw itemError(context.getNode(), message, { itemIndex, description });
	}

	// 3. normalize: a plain object in, a plain object out
	const { timestampField } = operation;
	const timeZone = timeZoneFor(context, optionsOf, itemIndex);
	const normalized = normalizeEvent(built, timeZone, timestampField) as IDataObject;
	// Every event gets an eventId before it is checked: the source's own, or a stable derived one.
	const eventIdGiven = normalized.eventId !== undefined;
	if (!eventIdGiven) {
		// A timestamp that is still no string fails validation below; String() of an object with
		// its own toString key would throw before that could say so.
		const timestamp = normalized[timestampField];
		normalized.eventId = deriveEventId(
			operationName,
			operation.identity(normalized),
			typeof timestamp === 'string' ? timestamp : '',
		);
	}

	// 4. validate
	const result = validateEvent(operation.definition, normalized);
	if (!result.valid) {
		// Fields mode names the form's labels first; JSON mode's paths are the user's own.
		const problems =
			inputMode === 'json'
				? result.problems
				: fieldsModeProblems(operationName, operation.definition, normalized, built);
		// The problems quote the user's values: itemError stops n8n rewording one holding "EPERM".
		const message = invalidEventMessage(itemIndex, problems, MAX_PROBLEMS_IN_MESSAGE);
		const description = invalidEventDescription(problems, MAX_PROBLEMS_IN_DESCRIPTION);
		throw itemError(context.getNode(), message, { itemIndex, description });
	}
	const payload = result.event as IDataObject & { eventId: string };

	// 4b. who the event names: Gong places events on timelines by them (helpers/timelinePlacement)
	const { placement } = operation;
	const chosen =
		inputMode === 'fields' && placement.personChoice
			? context.getNodeParameter(placement.personChoice.parameter, itemIndex, '')
			: undefined;
	const verdict = placementVerdict(placement, payload, chosen);
	if (verdict === 'refuse') {
		const message = noOneNamed.message(itemIndex, operationName);
		const { description } = noOneNamed;
		throw itemError(context.getNode(), message, { itemIndex, description });
	}
	return {
		itemIndex,
		payload,
		timestamp: payload[timestampField] as string,
		eventIdGiven,
		namesNoOne: verdict === 'hint',
	};
}

/**
 * An event ready to send, whether its eventId came from the user (not derived), and whether it
 * names no one (sent because the user chose so; the output gets a hint).
 */
type PreparedItem = PreparedEvent & { eventIdGiven: boolean; namesNoOne: boolean };

/** Items a hint names one by one; more are counted. */
const MAX_ITEMS_IN_HINT = 10;

const inItemOrder = (errors: NodeOperationError[]) =>
	[...errors].sort((a, b) => (a.context.itemIndex as number) - (b.context.itemIndex as number));

/** Problems named in an error's message, and listed in its description; the rest are counted. */
const MAX_PROBLEMS_IN_MESSAGE = 5;
const MAX_PROBLEMS_IN_DESCRIPTION = 50;
/** n8n's own errors are passed on cut to this, like every value quoted in a message. */
const MAX_FOREIGN_MESSAGE_LENGTH = 300;

type OptionsReader = (itemIndex: number) => IDataObject;

/**
 * The Options collection of an item, read once per item: Time Zone is read while the event is
 * prepared, Include Input Fields when the output is built. A read that throws is not kept.
 */
function optionsReader(context: IExecuteFunctions): OptionsReader {
	const read = new Map<number, IDataObject>();
	return (itemIndex) => {
		if (!read.has(itemIndex))
			read.set(itemIndex, context.getNodeParameter('options', itemIndex, {}) as IDataObject);
		return read.get(itemIndex) as IDataObject;
	};
}

/**
 * Options → Include Input Fields. An Options expression that fails has already failed its item
 * (the time zone is read from the same collection): that error item is given without them.
 */
function includeInputFields(optionsOf: OptionsReader, itemIndex: number): boolean {
	try {
		return optionsOf(itemIndex).includeInputFields === true;
	} catch {
		return false;
	}
}

function timeZoneFor(
	context: IExecuteFunctions,
	optionsOf: OptionsReader,
	itemIndex: number,
): string {
	const options = optionsOf(itemIndex);
	const given = typeof options.timeZone === 'string' ? options.timeZone.trim() : options.timeZone;
	const timeZone = given || context.getTimezone();
	if (typeof timeZone !== 'string' || !isValidTimeZone(timeZone)) {
		const message = invalidTimeZone.message(itemIndex, shownValue(timeZone));
		const { description } = invalidTimeZone;
		throw itemError(context.getNode(), message, { itemIndex, description });
	}
	return timeZone;
}

/**
 * Every error about an item starts with `item N: `. Parameter resolution can throw n8n's own
 * errors (a broken expression) without it: those get it, cut to a readable length.
 */
function errorNamingItem(
	context: IExecuteFunctions,
	caught: unknown,
	itemIndex: number,
): NodeOperationError {
	const error = caught as Error & { description?: string | null };
	const prefix = itemPrefix(itemIndex);
	if (error instanceof NodeOperationError && error.message.startsWith(prefix)) return error;
	const message = `${prefix}${String(error.message).slice(0, MAX_FOREIGN_MESSAGE_LENGTH)}`;
	return itemError(context.getNode(), message, { itemIndex, description: error.description });
}

/** The form's numeric Delivery options by name: label, range and default in one place. */
const deliveryNumberOptions = new Map(
	(deliveryProperty.options as INodeProperties[])
		.filter((option) => option.type === 'number')
		.map((option) => [option.name, option]),
);

/**
 * A numeric Delivery option: the form keeps it in range, an expression may not. Out of range, or
 * no number at all, is refused instead of being quietly replaced; a numeric text is read.
 */
function deliveryNumber(context: IExecuteFunctions, delivery: IDataObject, name: string): number {
	const option = deliveryNumberOptions.get(name) as INodeProperties;
	const given = delivery[name];
	if (given === undefined || given === null || given === '') return option.default as number;
	const value = typeof given === 'string' && given.trim() !== '' ? Number(given) : given;
	const { minValue, maxValue } = option.typeOptions ?? {};
	const inRange =
		typeof value === 'number' &&
		Number.isFinite(value) &&
		(minValue === undefined || value >= minValue) &&
		(maxValue === undefined || value <= maxValue);
	if (!inRange) {
		const message = deliveryOptionInvalid(
			option.displayName,
			name,
			minValue,
			maxValue,
			shownValue(given),
		);
		// The message quotes the value: itemError stops n8n rewording one holding "EPERM".
		throw itemError(context.getNode(), message);
	}
	return value as number;
}

function deliverySettings(
	context: IExecuteFunctions,
	delivery: IDataObject,
	stopOnFirstFailure: boolean,
): DeliverySettings {
	const number = (name: string) => deliveryNumber(context, delivery, name);
	return {
		callsPerSecond: number('callsPerSecond'),
		maxConcurrentCalls: Math.floor(number('maxConcurrentCalls')),
		maxRetries: Math.floor(number('maxRetries')),
		retryDelayMs: number('retryDelaySeconds') * 1000,
		maxRateLimitWaitMs: number('maxRateLimitWaitSeconds') * 1000,
		timeoutMs: number('timeoutSeconds') * 1000,
		alreadyReportedIsError: delivery.alreadyReportedIsError === true,
		stopOnFirstFailure,
	};
}

/**
 * The Delivery options, the credential and its base URL concern the whole node. Under
 * continueOnFail a problem there still yields one error item per item that would have been sent,
 * so n8n's "Continue" modes get `{ error, details }` items (on the error output when chosen)
 * instead of the input passed through.
 */
async function deliverySetupOrErrorItems(
	context: IExecuteFunctions,
	delivery: IDataObject,
	readyToSend: PreparedEvent[],
	continueOnFail: boolean,
	results: DeliveryOutcome[],
): Promise<{ settings: DeliverySettings; connection: GongConnection } | undefined> {
	try {
		const settings = deliverySettings(context, delivery, !continueOnFail);
		return { settings, connection: await openConnection(context) };
	} catch (error) {
		const problem =
			error instanceof NodeOperationError
				? error
				: new NodeOperationError(context.getNode(), error as Error);
		if (!continueOnFail) throw problem;
		for (const { itemIndex, payload } of readyToSend) {
			const message = connectionNotSent(itemIndex, problem.message);
			const { description } = problem;
			results[itemIndex] = {
				itemIndex,
				error: itemError(context.getNode(), message, { itemIndex, description }),
				errorDetails: { sent: false, eventId: payload.eventId },
			};
		}
		return undefined;
	}
}
