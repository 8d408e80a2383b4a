import type { IDataObject, IExecuteFunctions, INode } from 'n8n-workflow';
import { jsonParse } from 'n8n-workflow';

import { wordedError } from '../errors';
import { eventNotAnObject, invalidEventJson, nestedTooDeep } from '../messages';
import { formatPath, shownValue } from '../schema/formatIssues';

/* The event as given, before anything walks it: JSON mode's text, and the shape it must have. */

/** The JSON mode's event: an object from an expression, or JSON text typed into the field. */
export function eventFromJson(this: IExecuteFunctions, itemIndex: number): unknown {
	const value = this.getNodeParameter('eventJson', itemIndex, '') as unknown;
	if (typeof value !== 'string') return value;
	try {
		return jsonParse<unknown>(value);
	} catch (error) {
		const parserMessage = (error as Error).message.slice(0, 200);
		throw wordedError(this.getNode(), itemIndex, invalidEventJson, parserMessage);
	}
}

export function isPlainObject(value: unknown): value is IDataObject {
	return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/**
 * Gong's deepest documented shape is about 6 levels (crmContext[0].objects[0].fields[0].value); 32
 * leaves room for values passed through, and keeps pruning, zod and JSON far from the stack limit.
 */
const MAX_NESTING_DEPTH = 32;

const isContainer = (value: unknown): value is object =>
	Array.isArray(value) ||
	(value !== null &&
		typeof value === 'object' &&
		[Object.prototype, null].includes(Object.getPrototypeOf(value)));

/**
 * The first path nested deeper than `limit` levels (the event is level 1), walked with its own
 * stack so 10,000 levels cannot overflow it. Class instances (Date, DateTime) are values.
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

/** The event built from an item: an object shallow enough to walk, or the item's error. */
export function eventObject(node: INode, built: unknown, itemIndex: number): IDataObject {
	if (!isPlainObject(built)) {
		// An expression that resolves to nothing gives undefined: said so, not "an undefined".
		const shown = built === undefined ? 'nothing' : shownValue(built);
		throw wordedError(node, itemIndex, eventNotAnObject, { shown, isArray: Array.isArray(built) });
	}
	// Before anything walks it: 10,000 levels get this, not "Maximum call stack size exceeded".
	const tooDeep = pathNestedTooDeep(built);
	if (!tooDeep) return built;
	throw wordedError(node, itemIndex, nestedTooDeep, formatPath(tooDeep), MAX_NESTING_DEPTH);
}
