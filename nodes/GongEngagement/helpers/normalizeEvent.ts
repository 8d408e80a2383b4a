import { toGongTimestamp } from '../schema/timestamp';
import { isPlainObject } from './eventInput';

export type JsonRecord = Record<string, unknown>;

/**
 * Drops what Gong should not receive: empty strings, null, empty arrays and objects, which upstream
 * data and left-empty fields produce all the time. Gong documents `trackingId` as "absent or null"
 * beside a viewer; absent is the one form every endpoint agrees on.
 */
export function pruneEmpty(value: unknown): unknown {
	if (typeof value === 'string') return value.trim() === '' ? undefined : value;
	if (value === null || value === undefined) return undefined;
	if (Array.isArray(value)) {
		const kept = value.map(pruneEmpty).filter((entry) => entry !== undefined);
		return kept.length > 0 ? kept : undefined;
	}
	if (isPlainObject(value) && Object.getPrototypeOf(value) === Object.prototype) {
		// fromEntries defines own properties: a "__proto__" key stays a key (which the schema
		// refuses by name) instead of becoming the object's prototype.
		const kept = Object.fromEntries(
			Object.entries(value)
				.map(([key, entry]) => [key, pruneEmpty(entry)])
				.filter(([, entry]) => entry !== undefined),
		) as JsonRecord;
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
 * What both input modes share before validation: empty values pruned, the timestamp and date
 * values as ISO-8601 with offset, numbers in value lists as text. A value that cannot be converted
 * stays as it is, for the schema to name.
 */
export function normalizeEvent(
	raw: unknown,
	timeZone: string,
	timestampField = 'eventTimestamp',
): unknown {
	const pruned = pruneEmpty(raw);
	if (!isPlainObject(pruned)) return pruned ?? {};
	const event: JsonRecord = { ...pruned };
	if (event[timestampField] !== undefined) {
		event[timestampField] =
			toGongTimestamp(event[timestampField], timeZone) ?? event[timestampField];
	}
	for (const [parentKey, key] of VALUE_LISTS) {
		const parent = parentKey === undefined ? event : event[parentKey];
		if (!isPlainObject(parent) || parent[key] === undefined) continue;
		const list = normalizeValueList(parent[key], timeZone);
		if (parentKey === undefined) event[key] = list;
		else event[parentKey] = { ...parent, [key]: list };
	}
	return event;
}
