import { toGongTimestamp } from './eventTimestamp';

export type JsonRecord = Record<string, unknown>;

const isRecord = (value: unknown): value is JsonRecord =>
	value !== null && typeof value === 'object' && !Array.isArray(value);

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
	if (isRecord(value) && Object.getPrototypeOf(value) === Object.prototype) {
		const kept: JsonRecord = {};
		for (const [key, entry] of Object.entries(value)) {
			const prunedEntry = pruneEmpty(entry);
			if (prunedEntry !== undefined) kept[key] = prunedEntry;
		}
		return Object.keys(kept).length > 0 ? kept : undefined;
	}
	return value;
}

function normalizeProperties(properties: unknown, timeZone: string): unknown {
	if (!Array.isArray(properties)) return properties;
	return properties.map((property) => {
		if (!isRecord(property)) return property;
		const { value, dataType } = property;
		if (dataType === 'date' && value !== undefined) {
			return { ...property, value: toGongTimestamp(value, timeZone) ?? value };
		}
		if (typeof value === 'number' || typeof value === 'boolean') {
			return { ...property, value: String(value) };
		}
		return property;
	});
}

/**
 * What both input modes share before validation: empty values pruned, the timestamp and date
 * properties turned into ISO-8601 with offset, numbers in properties written as strings. Values
 * that cannot be converted stay as they are, so the schema names them.
 */
export function normalizeEvent(raw: unknown, timeZone: string): unknown {
	const pruned = pruneEmpty(raw);
	if (!isRecord(pruned)) return pruned ?? {};
	const event: JsonRecord = { ...pruned };
	if (event.eventTimestamp !== undefined) {
		event.eventTimestamp = toGongTimestamp(event.eventTimestamp, timeZone) ?? event.eventTimestamp;
	}
	for (const key of ['contentProperties', 'eventProperties']) {
		if (event[key] !== undefined) event[key] = normalizeProperties(event[key], timeZone);
	}
	return event;
}
