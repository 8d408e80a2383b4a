import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { jsonParse } from 'n8n-workflow';

import { invalidEventJson } from '../messages';
import { itemError } from '../errors';

/** The JSON mode's event: an object from an expression, or JSON text typed into the field. */
export function eventFromJson(this: IExecuteFunctions, itemIndex: number): unknown {
	const value = this.getNodeParameter('eventJson', itemIndex, '') as unknown;
	if (typeof value !== 'string') return value;
	try {
		return jsonParse<unknown>(value);
	} catch (error) {
		const message = invalidEventJson.message(itemIndex, (error as Error).message.slice(0, 200));
		const { description } = invalidEventJson;
		throw itemError(this.getNode(), message, { itemIndex, description });
	}
}

export function isPlainObject(value: unknown): value is IDataObject {
	return value !== null && typeof value === 'object' && !Array.isArray(value);
}
