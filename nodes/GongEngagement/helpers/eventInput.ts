import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { NodeOperationError, jsonParse } from 'n8n-workflow';

/** The JSON mode's event: an object from an expression, or JSON text typed into the field. */
export function eventFromJson(this: IExecuteFunctions, itemIndex: number): unknown {
	const value = this.getNodeParameter('eventJson', itemIndex, '') as unknown;
	if (typeof value !== 'string') return value;
	try {
		return jsonParse<unknown>(value);
	} catch (error) {
		throw new NodeOperationError(
			this.getNode(),
			`item ${itemIndex}: Event (JSON) is not valid JSON: ${(error as Error).message.slice(0, 200)}`,
			{
				itemIndex,
				description:
					'Give a JSON object, or an expression that returns one, e.g. {{ $json.event }}',
			},
		);
	}
}

export function isPlainObject(value: unknown): value is IDataObject {
	return value !== null && typeof value === 'object' && !Array.isArray(value);
}
