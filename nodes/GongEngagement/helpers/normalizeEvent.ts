import { isPlainObject } from './eventInput';
import { toGongTimestamp } from '../schema/timestamp';

export type JsonRecord = Record<string, unknown>;

/**
 * Drops what Gong should not receive: empty strings, null, empty arrays and objects. Upstream data
 * and left-empty UI fields produce them all the time; Gong documents `trackingId` as "absent or
 * null" beside a viewer, and absent is the one form every endpoint agrees on.
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

/** Property and custom-field lists: dates as ISO-8601 with offset, numbers and booleans as strings. */
function normalizeValueList(list: unknown, timeZone: string): unknown {
	if (!Array.isArray(list)) return list;
	return list.map((entry) => {
		if (!isPlainObject(entry)) return entry;
		const { value, dataType } = entry;
		const date =
			dataType === 'date' || dataType === 'DATE' ? toGongTimestamp(value, timeZone) : undefined;
		if (date !== undefined) return { ...entry, value: date };
		// A number no date was read from is written out too, so the refusal says why as for text.
		if (typeof value === 'number' || typeof value === 'boolean') {
			return { ...entry, value: String(value) };
		}
		return entry;
	});
}

/** Where value lists live in each event type's body. */
const VALUE_LIST_PATHS = [
	['contentProperties'],
	['eventProperties'],
	['customFields'],
	['content', 'contentCustomFields'],
	['person', 'personCustomFields'],
];

/**
 * What both input modes share before validation: empty values pruned, the timestamp and date
 * values turned into ISO-8601 with offset, numbers in value lists written as strings. Values that
 * cannot be converted stay as they are, so the schema names them.
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
	for (const [first, second] of VALUE_LIST_PATHS) {
		if (second === undefined) {
			if (event[first] !== undefined) event[first] = normalizeValueList(event[first], timeZone);
		} else if (isPlainObject(event[first]) && (event[first] as JsonRecord)[second] !== undefined) {
			const parent = { ...(event[first] as JsonRecord) };
			parent[second] = normalizeValueList(parent[second], timeZone);
			event[first] = parent;
		}
	}
	return event;
}
