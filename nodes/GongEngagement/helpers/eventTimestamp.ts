import { DateTime } from 'luxon';

/** Epoch values below this are seconds, above it milliseconds (1e11 s is the year 5138). */
const SECONDS_LIMIT = 1e11;
const MAX_DATE_LENGTH = 100;

function fromEpoch(epoch: number): DateTime {
	const millis = Math.abs(epoch) < SECONDS_LIMIT ? epoch * 1000 : epoch;
	return DateTime.fromMillis(millis, { zone: 'utc' });
}

function isLuxonLike(value: object): value is { toISO: () => string | null } {
	return typeof (value as { toISO?: unknown }).toISO === 'function';
}

function fromString(text: string, timeZone: string): DateTime | undefined {
	const trimmed = text.trim();
	// No date format is longer; a huge value is not parsed four ways only to be refused.
	if (trimmed === '' || trimmed.length > MAX_DATE_LENGTH) return undefined;
	if (/^-?\d+(\.\d+)?$/.test(trimmed)) return fromEpoch(Number(trimmed));
	// setZone keeps the offset the source wrote; strings without one are read in `timeZone`.
	const options = { zone: timeZone, setZone: true };
	// Tried in this order, each only when the ones before failed: most values are ISO, and
	// building the others (each computes its zone's offset) is most of the time per event.
	for (const parse of PARSERS) {
		const candidate = parse(trimmed, options);
		if (candidate.isValid) return candidate;
	}
	return undefined;
}

const PARSERS = [
	DateTime.fromISO.bind(DateTime),
	DateTime.fromRFC2822.bind(DateTime),
	DateTime.fromHTTP.bind(DateTime),
	DateTime.fromSQL.bind(DateTime),
];

/**
 * Turns whatever an upstream node hands over — ISO strings with or without offset, epoch seconds
 * or milliseconds (numbers or digit strings), RFC 2822 and HTTP dates, JS Date, luxon DateTime
 * (from any copy of luxon) — into the ISO-8601-with-offset string Gong wants. Returns undefined
 * when the value is no date, so the schema can say what was expected.
 */
export function toGongTimestamp(value: unknown, timeZone: string): string | undefined {
	let parsed: DateTime | undefined;
	if (typeof value === 'number' && Number.isFinite(value)) parsed = fromEpoch(value);
	else if (typeof value === 'string') parsed = fromString(value, timeZone);
	else if (value instanceof Date) parsed = DateTime.fromJSDate(value, { zone: 'utc' });
	else if (value !== null && typeof value === 'object' && isLuxonLike(value)) {
		const iso = value.toISO();
		parsed = iso ? DateTime.fromISO(iso, { setZone: true }) : undefined;
	}
	if (!parsed?.isValid) return undefined;
	return parsed.toISO({ suppressMilliseconds: true }) ?? undefined;
}

/** Whether a zone name is valid does not change while n8n runs: each name is checked once. */
const validTimeZones = new Map<string, boolean>();
/** Enough for every zone a workflow names; past it, names are checked again, not remembered. */
const MAX_REMEMBERED_TIME_ZONES = 1000;

export function isValidTimeZone(timeZone: string): boolean {
	const known = validTimeZones.get(timeZone);
	if (known !== undefined) return known;
	const valid = DateTime.now().setZone(timeZone).isValid;
	if (validTimeZones.size < MAX_REMEMBERED_TIME_ZONES) validTimeZones.set(timeZone, valid);
	return valid;
}
