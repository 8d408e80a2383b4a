import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { jsonParse } from 'n8n-workflow';

import { itemError } from '../errors';
import { invalidEventJson } from '../messages';

/* The event as given, before anything walks it: JSON mode's text, and the shape it must have. */

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

/**
 * How deep an event may nest objects and arrays. Gong's deepest documented shape is about 6 levels
 * (crmContext[0].objects[0].fields[0].value); 32 leaves room for values passed through as they are,
 * and keeps every later step (pruning, zod, JSON) far from the call-stack limit.
 */
export const MAX_NESTING_DEPTH = 32;

const isContainer = (value: unknown): value is object =>
	Array.isArray(value) ||
	(value !== null &&
		typeof value === 'object' &&
		[Object.prototype, null].includes(Object.getPrototypeOf(value)));

/**
 * The path to the first object or array nested deeper than `limit` levels (the event itself is
 * level 1), or undefined. Walks with its own stack, so a 10,000-level input cannot overflow it.
 * Class instances (Date, luxon DateTime) are leaves: they are values, not structure.
 */
export function pathNestedTooDeep(
	value: unknown,
	limit = MAX_NESTING_DEPTH,
): Array<string | number> | undefined {
	const pending: Array<{ value: unknown; path: Array<string | number> }> = [{ value, path: [] }];
	while (pending.length > 0) {
		const { value: current, path } = pending.pop()!;
		if (!isContainer(current)) continue;
		if (path.length >= limit) return path;
		const entries: Array<[string | number, unknown]> = Array.isArray(current)
			? current.map((entry, index) => [index, entry])
			: Object.entries(current);
		// Pushed last to first, so the first deep path in reading order is found first.
		for (let index = entries.length - 1; index >= 0; index--) {
			const [key, entry] = entries[index];
			if (isContainer(entry)) pending.push({ value: entry, path: [...path, key] });
		}
	}
	return undefined;
}
