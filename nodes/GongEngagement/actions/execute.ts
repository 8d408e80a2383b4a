import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { itemError, wordedError } from '../errors';
import { sharedEventIds } from '../helpers/eventIds';
import {
	customApiCall,
	eventIdShared,
	invalidItemsDescription,
	invalidItemsMessage,
	unsupportedOperation,
} from '../messages';
import { quoted } from '../schema/formatIssues';
import { deliverEvents } from '../transport/delivery';
import { deliverySetupOrErrorItems } from './deliveryOptions';
import { operations } from './engagementEvent';
import type { EventOperation } from './node.type';
import { hintNamesNoOne, type ItemResult, outputItem, outputItems } from './output';
import type { OptionsReader, PreparedItem } from './prepareEvent';
import { errorNamingItem, optionsReader, prepareEvent } from './prepareEvent';

/*
 * An item's way: 1. read the parameters 2. build the event 3. normalize, eventId 4. validate,
 * placement (prepareEvent.ts) 5. deliver 6. output (output.ts). Steps 1–4 run for every item first:
 * without Continue On Fail one bad item stops the node before a half-sent batch exists.
 */
export async function execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	const items = this.getInputData();
	const operationName = operationNameOf(this);
	const operation = operations[operationName];
	if (!operation) throw new NodeOperationError(this.getNode(), unsupportedOperation(operationName));
	const continueOnFail = this.continueOnFail();
	const optionsOf = optionsReader(this);
	// By item index: each item's one result, set by the step that finished it.
	const results: ItemResult[] = [];
	const run: Run = { context: this, operationName, operation, continueOnFail, results };
	const toSend = prepareAll(run, items.length, optionsOf);
	await deliver(run, toSend);
	hintNamesNoOne(this, toSend, results);
	return [outputItems(this, items, results, optionsOf)];
}

interface Run {
	context: IExecuteFunctions;
	operationName: string;
	operation: EventOperation;
	continueOnFail: boolean;
	results: ItemResult[];
}

/** The value n8n gives the "Custom API Call" choice it adds to Resource and Operation. */
const CUSTOM_API_CALL = '__CUSTOM_API_CALL__';
/** Bad items named in the message; the description lists every one (each message is bounded). */
const MAX_ITEMS_IN_MESSAGE = 3;

function operationNameOf(context: IExecuteFunctions): string {
	// Custom API Call on Resource hides Operation: reading it then fails with n8n's bare
	// "Could not get parameter", so Resource is read first.
	const resource = context.getNodeParameter('resource', 0, 'engagementEvent') as string;
	const name =
		resource === CUSTOM_API_CALL ? resource : (context.getNodeParameter('operation', 0) as string);
	if (name !== CUSTOM_API_CALL) return name;
	const { message, description } = customApiCall;
	throw new NodeOperationError(context.getNode(), message, { description });
}

/** Steps 1–4 for every item, then no two events under one given ID; bad items stop it here. */
function prepareAll(run: Run, itemCount: number, optionsOf: OptionsReader): PreparedItem[] {
	const { context, operationName, operation, continueOnFail, results } = run;
	const ready: PreparedItem[] = [];
	const invalid: NodeOperationError[] = [];
	const fail = (itemIndex: number, error: NodeOperationError, errorDetails: IDataObject) => {
		if (!continueOnFail) invalid.push(error);
		results[itemIndex] = { itemIndex, error, errorDetails };
	};
	for (let itemIndex = 0; itemIndex < itemCount; itemIndex++) {
		try {
			ready.push(prepareEvent(context, operationName, operation, itemIndex, optionsOf));
		} catch (caught) {
			fail(itemIndex, errorNamingItem(context, caught, itemIndex), { sent: false });
		}
	}
	// Only given IDs: a derived one is shared on purpose, by the same content, person and instant.
	const shared = sharedEventIds(ready.filter(({ eventIdGiven }) => eventIdGiven));
	for (const { itemIndex, firstItemIndex, eventId } of shared) {
		const shown = quoted(eventId);
		const error = wordedError(context.getNode(), itemIndex, eventIdShared, shown, firstItemIndex);
		fail(itemIndex, error, { sent: false, eventId });
	}
	if (invalid.length > 0) throw invalidItemsError(context, invalid);
	return ready.filter(({ itemIndex }) => results[itemIndex] === undefined);
}

/** One bad item: its error. Several: the first few named, every one described, in item order. */
function invalidItemsError(context: IExecuteFunctions, errors: NodeOperationError[]) {
	const inOrder = [...errors].sort(
		(a, b) => (a.context.itemIndex as number) - (b.context.itemIndex as number),
	);
	if (inOrder.length === 1) return inOrder[0];
	const messages = inOrder.map((error) => error.message);
	return itemError(context.getNode(), invalidItemsMessage(messages, MAX_ITEMS_IN_MESSAGE), {
		itemIndex: inOrder[0].context.itemIndex as number | undefined,
		description: invalidItemsDescription(messages),
	});
}

/** 5. deliver: a dry run shows what would be sent; otherwise each event goes to Gong. */
async function deliver(run: Run, toSend: PreparedItem[]): Promise<void> {
	const { context, continueOnFail, results } = run;
	const { endpoint } = run.operation;
	const delivery = context.getNodeParameter('delivery', 0, {}) as IDataObject;
	if (delivery.dryRun === true) {
		const { method, path } = endpoint;
		for (const { itemIndex, payload: event } of toSend)
			results[itemIndex] = { itemIndex, json: { status: 'dryRun', method, path, event } };
		return;
	}
	if (toSend.length === 0) return;
	const setup = await deliverySetupOrErrorItems(context, delivery, toSend, continueOnFail, results);
	if (!setup) return;
	const sent = await deliverEvents(context, setup.connection, endpoint, toSend, setup.settings);
	for (const result of sent) results[result.event.itemIndex] = outputItem(result);
}
