import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import { noOneNamedHint } from '../messages';
import { errorItemJson, type ItemResult } from './outputItem';
import type { OptionsReader, PreparedItem } from './prepareEvent';

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
