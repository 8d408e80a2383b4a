import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { itemError, wordedError } from '../errors';
import { deriveEventId } from '../helpers/eventIds';
import { eventFromJson, eventObject } from '../helpers/eventInput';
import { normalizeEvent } from '../helpers/normalizeEvent';
import {
	invalidEventDescription,
	invalidEventMessage,
	invalidTimeZone,
	itemPrefix,
	noOneNamed,
} from '../messages';
import { type LabelOf, validateEvent } from '../schema';
import { shownValue } from '../schema/formatIssues';
import { isValidTimeZone } from '../schema/timestamp';
import type { PreparedEvent } from '../transport/delivery';
import type { EventOperation } from './node.type';

/** An event ready to send; whether its eventId is the user's, and whether it names no one. */
export type PreparedItem = PreparedEvent & { eventIdGiven: boolean; namesNoOne: boolean };

interface ItemStep {
	context: IExecuteFunctions;
	operationName: string;
	operation: EventOperation;
	itemIndex: number;
	inputMode: string;
}

/** Problems named in a message, and listed in a description; the rest are counted. */
const MAX_PROBLEMS_IN_MESSAGE = 5;
const MAX_PROBLEMS_IN_DESCRIPTION = 50;
/** n8n's own errors are cut to this, like every value quoted in a message. */
const MAX_FOREIGN_MESSAGE_LENGTH = 300;

/** Steps 1–4 for one item: its event, ready to send, or the error that names what is wrong. */
export function prepareEvent(
	context: IExecuteFunctions,
	operationName: string,
	operation: EventOperation,
	itemIndex: number,
	optionsOf: OptionsReader,
): PreparedItem {
	const inputMode = context.getNodeParameter('inputMode', itemIndex, 'fields') as string;
	const step: ItemStep = { context, operationName, operation, itemIndex, inputMode };
	// 1–2. The event built from the parameters: an object, shallow enough to walk.
	const built = eventObject(
		context.getNode(),
		inputMode === 'json'
			? eventFromJson.call(context, itemIndex)
			: operation.fields.event(context, itemIndex),
		itemIndex,
	);
	const timeZone = timeZoneFor(step, optionsOf);
	const normalized = normalizeEvent(built, timeZone, operation.timestampField) as IDataObject;
	const eventIdGiven = normalized.eventId !== undefined;
	// 3b. Without one, a stable eventId derived from what makes it the same event.
	const time = normalized[operation.timestampField];
	normalized.eventId ??= deriveEventId(operationName, operation.identity(normalized), time);
	const payload = validate(step, normalized, built);
	const namesNoOne = namesNoOneAllowed(step, payload);
	const timestamp = payload[operation.timestampField] as string;
	return { itemIndex, payload, timestamp, eventIdGiven, namesNoOne };
}

/** 4. validate: the event as the schema accepts it, or every problem with it. */
function validate(step: ItemStep, normalized: IDataObject, built: IDataObject) {
	const { context, operation, itemIndex } = step;
	// Fields mode names the form's labels first (rows numbered as built, before pruning); JSON
	// mode's paths are the user's own.
	const labelOf: LabelOf | undefined =
		step.inputMode === 'json' ? undefined : (path) => operation.fields.label(path, built);
	const result = validateEvent(operation.definition, normalized, labelOf);
	if (result.valid) return result.event as IDataObject & { eventId: string };
	const { problems } = result;
	const message = invalidEventMessage(itemIndex, problems, MAX_PROBLEMS_IN_MESSAGE);
	const description = invalidEventDescription(problems, MAX_PROBLEMS_IN_DESCRIPTION);
	throw itemError(context.getNode(), message, { itemIndex, description });
}

/** 4b. Whether the event names no one and goes anyway (with a hint); refused when not allowed. */
function namesNoOneAllowed(step: ItemStep, payload: IDataObject): boolean {
	const { context, operationName, itemIndex } = step;
	const { namingFields, personChoice, otherwise } = step.operation.placement;
	const chosen =
		step.inputMode === 'fields' && personChoice
			? context.getNodeParameter(personChoice.parameter, itemIndex, '')
			: undefined;
	if (namingFields.some((field) => payload[field] !== undefined)) return false;
	const choseSomeone = personChoice && chosen !== undefined && chosen !== personChoice.none;
	if (choseSomeone || otherwise === 'refuse')
		throw wordedError(context.getNode(), itemIndex, noOneNamed, operationName);
	return true;
}

export type OptionsReader = (itemIndex: number) => IDataObject;

/** An item's Options, read once for Time Zone and Include Input Fields; failed reads not kept. */
export function optionsReader(context: IExecuteFunctions): OptionsReader {
	const read = new Map<number, IDataObject>();
	return (itemIndex) => {
		if (!read.has(itemIndex))
			read.set(itemIndex, context.getNodeParameter('options', itemIndex, {}) as IDataObject);
		return read.get(itemIndex) as IDataObject;
	};
}

/** Options → Time Zone, or the workflow's: the zone a date without offset is read in. */
function timeZoneFor({ context, itemIndex }: ItemStep, optionsOf: OptionsReader): string {
	const { timeZone: option } = optionsOf(itemIndex);
	const given = typeof option === 'string' ? option.trim() : option;
	const timeZone = given || context.getTimezone();
	if (typeof timeZone === 'string' && isValidTimeZone(timeZone)) return timeZone;
	throw wordedError(context.getNode(), itemIndex, invalidTimeZone, shownValue(timeZone));
}

/** Every item error starts with `item N: `; n8n's own (a broken expression) get it, cut short. */
export function errorNamingItem(
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
