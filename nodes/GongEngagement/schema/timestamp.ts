import { DateTime } from 'luxon';
import { z } from 'zod';

import { dateTimeReason } from '../messages';
import { addIssue, because, shownValue } from './formatIssues';

/*
 * Epoch values are read only between 1973-03-03 and 2286-11-20 (seconds from 1e8, milliseconds
 * from 1e11): outside it the two overlap, and a number is more likely a date as digits (20260302),
 * a year, or 0 for nothing than an instant; not sent as 1970.
 */
const EPOCH_SECONDS = { from: 1e8, below: 1e10 };
const EPOCH_MILLIS = { from: 1e11, below: 1e13 };
/** A refusal names the instant a value outside the window would naively be: seconds below this. */
const NAIVE_SECONDS_LIMIT = 1e11;
const EPOCH_DIGITS = /^-?\d+(\.\d+)?$/;
const MAX_DATE_LENGTH = 100;
/** The largest offset a date-time may carry (java.time's bound; real zones span -12 to +14). */
const MAX_OFFSET_MINUTES = 18 * 60;
const ISO_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})$/;
const WALL_CLOCK = ['year', 'month', 'day', 'hour', 'minute', 'second', 'millisecond'] as const;
/** Tried in this order, each only when the ones before failed: most values are ISO. */
const PARSERS = [
	DateTime.fromISO.bind(DateTime),
	DateTime.fromRFC2822.bind(DateTime),
	DateTime.fromHTTP.bind(DateTime),
	DateTime.fromSQL.bind(DateTime),
];

const inWindow = (epoch: number, { from, below }: { from: number; below: number }) =>
	epoch >= from && epoch < below;

function fromEpoch(epoch: number): DateTime | undefined {
	if (inWindow(epoch, EPOCH_SECONDS)) return DateTime.fromMillis(epoch * 1000, { zone: 'utc' });
	if (inWindow(epoch, EPOCH_MILLIS)) return DateTime.fromMillis(epoch, { zone: 'utc' });
	return undefined;
}

/** The first format that reads the text, keeping its offset; without one, read in `timeZone`. */
function parseText(text: string, timeZone: string): DateTime | undefined {
	const options = { zone: timeZone, setZone: true };
	for (const parse of PARSERS) {
		const candidate = parse(text, options);
		if (candidate.isValid) return candidate;
	}
	return undefined;
}

/**
 * Whether luxon moved a local time the zone skips (02:30 on the night clocks go forward becomes
 * 03:30): read without a zone, the text shows another wall-clock time than it was read as.
 */
function wasMovedOutOfGap(text: string, read: DateTime): boolean {
	if (read.zone.isUniversal) return false;
	const asWritten = parseText(text, 'UTC');
	return asWritten !== undefined && WALL_CLOCK.some((unit) => asWritten[unit] !== read[unit]);
}

function fromString(text: string, timeZone: string): DateTime | undefined {
	const trimmed = text.trim();
	// No date format is longer; a huge value is not parsed four ways only to be refused.
	if (trimmed === '' || trimmed.length > MAX_DATE_LENGTH) return undefined;
	if (EPOCH_DIGITS.test(trimmed)) return fromEpoch(Number(trimmed));
	const read = parseText(trimmed, timeZone);
	if (!read || Math.abs(read.offset) > MAX_OFFSET_MINUTES || wasMovedOutOfGap(trimmed, read))
		return undefined;
	return read;
}

const isoOf = (read: DateTime) =>
	read.isValid ? (read.toISO({ suppressMilliseconds: true }) ?? undefined) : undefined;

type LuxonLike = { toISO: () => string | null };

/**
 * ISO with or without offset, epoch seconds or milliseconds (numbers or digit strings), RFC 2822
 * and HTTP dates, JS Date, luxon DateTime (from any copy of luxon) as ISO-8601 with offset;
 * undefined when it is no date, for the schema to say.
 */
export function toGongTimestamp(value: unknown, timeZone: string): string | undefined {
	let parsed: DateTime | undefined;
	if (typeof value === 'number') parsed = fromEpoch(value);
	else if (typeof value === 'string') parsed = fromString(value, timeZone);
	else if (value instanceof Date) parsed = DateTime.fromJSDate(value, { zone: 'utc' });
	else if (typeof value === 'object' && typeof (value as LuxonLike | null)?.toISO === 'function') {
		const iso = (value as LuxonLike).toISO();
		parsed = iso ? DateTime.fromISO(iso, { setZone: true }) : undefined;
	}
	return parsed && parsed.year >= 0 && parsed.year <= 9999 ? isoOf(parsed) : undefined;
}

/** Why toGongTimestamp read no date from a value it almost could; undefined for no date at all. */
export function timestampProblem(value: unknown): string | undefined {
	const text = typeof value === 'string' ? value.trim() : undefined;
	if (typeof value === 'number' || (text !== undefined && EPOCH_DIGITS.test(text))) {
		const epoch = Number(text ?? value);
		if (!Number.isFinite(epoch)) return undefined;
		const millis = Math.abs(epoch) < NAIVE_SECONDS_LIMIT ? epoch * 1000 : epoch;
		return dateTimeReason.epochOutsideWindow(isoOf(DateTime.fromMillis(millis, { zone: 'utc' })));
	}
	if (text === undefined || text.length > MAX_DATE_LENGTH) return undefined;
	const inUtc = parseText(text, 'UTC');
	if (!inUtc) return undefined;
	// A text without offset takes each zone's: read in UTC but refused, it fell into a zone's gap.
	if (parseText(text, 'UTC+1')?.offset !== inUtc.offset) return dateTimeReason.localTimeSkipped;
	if (Math.abs(inUtc.offset) > MAX_OFFSET_MINUTES)
		return dateTimeReason.offsetTooLarge(inUtc.toFormat('ZZ'));
	if (inUtc.year < 0 || inUtc.year > 9999) return dateTimeReason.yearOutOfRange(inUtc.year);
	return undefined;
}

export function isIsoDateTimeWithOffset(value: string): boolean {
	if (!ISO_WITH_OFFSET.test(value)) return false;
	const parsed = DateTime.fromISO(value, { setZone: true });
	return parsed.isValid && Math.abs(parsed.offset) <= MAX_OFFSET_MINUTES;
}

const DATE_TIME =
	'a date-time: ISO-8601 (with or without offset), epoch seconds or milliseconds, RFC 2822 or an HTTP date';

/**
 * The event's own time, after toGongTimestamp, in the epoch window: no view happened before 1973,
 * and 0001-01-01 or 9999-12-31 stand for a missing date (a property date may be a birthday).
 */
export const eventTimestamp = z.unknown().superRefine((value, ctx) => {
	if (value === undefined) return addIssue(ctx, 'is required');
	const refuse = (reason: string | undefined) =>
		addIssue(ctx, `must be ${DATE_TIME}; got ${shownValue(value)}${because(reason)}`);
	if (typeof value !== 'string' || !isIsoDateTimeWithOffset(value))
		return refuse(timestampProblem(value));
	if (!inWindow(DateTime.fromISO(value, { setZone: true }).toMillis(), EPOCH_MILLIS))
		refuse(dateTimeReason.outsideEventWindow);
}) as unknown as z.ZodType<string>;

/** Each zone name is checked once while n8n runs; past 1000 names, checked again, not kept. */
const validTimeZones = new Map<string, boolean>();
const MAX_REMEMBERED_TIME_ZONES = 1000;

export function isValidTimeZone(timeZone: string): boolean {
	const known = validTimeZones.get(timeZone);
	if (known !== undefined) return known;
	const valid = DateTime.now().setZone(timeZone).isValid;
	if (validTimeZones.size < MAX_REMEMBERED_TIME_ZONES) validTimeZones.set(timeZone, valid);
	return valid;
}
