import { toGongTimestamp } from '../schema/timestamp';
import { isPlainObject } from './eventInput';

/**
 * Drops empty strings, null, empty arrays and objects (left-empty fields make them all the time).
 * Gong documents `trackingId` as "absent or null" beside a viewer; every endpoint takes absent.
 */
export function pruneEmpty(value: unknown): unknown {
	if (typeof value === 'string') return value.trim() === '' ? undefined : value;
	if (value === null || value === undefined) return undefined;
	if (Array.isArray(value)) {
		const kept = value.map(pruneEmpty).filter((entry) => entry !== undefined);
		return kept.length > 0 ? kept : undefined;
	}
	if (isPlainObject(value) && Object.getPrototypeOf(value) === Object.prototype) {
		// fromEntries keeps a "__proto__" key a key (the schema refuses it), not the prototype.
		const kept = Object.fromEntries(
			Object.entries(value)
				.map(([key, entry]) => [key, pruneEmpty(entry)])
				.filter(([, entry]) => entry !== undefined),
		);
		return Object.keys(kept).length > 0 ? kept : undefined;
	}
	return value;
}

/** Property and custom-field lists: dates as ISO-8601 with offset, numbers and booleans as text. */
function normalizeValueList(list: unknown, timeZone: string): unknown {
	if (!Array.isArray(list)) return list;
	return list.map((entry) => {
		if (!isPlainObject(entry)) return entry;
		const { value, dataType } = entry;
		const date =
			dataType === 'date' || dataType === 'DATE' ? toGongTimestamp(value, timeZone) : undefined;
		if (date !== undefined) return { ...entry, value: date };
		// A number no date was read from is written out too, so the refusal says why as for text.
		if (typeof value === 'number' || typeof value === 'boolean')
			return { ...entry, value: String(value) };
		return entry;
	});
}

/** Where value lists live in each event type's body: at the top, or inside content or person. */
const VALUE_LISTS = [
	[undefined, 'contentProperties'],
	[undefined, 'eventProperties'],
	[undefined, 'customFields'],
	['content', 'contentCustomFields'],
	['person', 'personCustomFields'],
] as const;

/**
 * Both input modes before validation: empty values pruned, dates as ISO-8601 with offset, numbers
 * in value lists as text. A value that cannot be converted stays, for the schema to name.
 */
export function normalizeEvent(
	raw: unknown,
	timeZone: string,
	timestampField = 'eventTimestamp',
): unknown {
	const pruned = pruneEmpty(raw);
	if (!isPlainObject(pruned)) return pruned ?? {};
	const event: Record<string, unknown> = { ...pruned };
	const time = event[timestampField];
	if (time !== undefined) event[timestampField] = toGongTimestamp(time, timeZone) ?? time;
	for (const [parentKey, key] of VALUE_LISTS) {
		const parent = parentKey === undefined ? event : event[parentKey];
		if (!isPlainObject(parent) || parent[key] === undefined) continue;
		const list = normalizeValueList(parent[key], timeZone);
		if (parentKey === undefined) event[key] = list;
		else event[parentKey] = { ...parent, [key]: list };
	}
	return event;
}
