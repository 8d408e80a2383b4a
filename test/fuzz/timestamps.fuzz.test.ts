import fc from 'fast-check';
import { DateTime } from 'luxon';

import { toGongTimestamp } from '../../nodes/GongEngagement/schema/timestamp';

/*
 * What a timestamp becomes, over many values: a time sent is the time given (same instant, or same
 * wall clock in the zone it is read in), or nothing is sent. Seeded, as the other fuzz tests.
 */

const seed = Number(process.env.FUZZ_SEED ?? 20261125);
const ZONES = [
	'America/New_York',
	'Europe/Berlin',
	'Australia/Lord_Howe', // a 30-minute daylight-saving shift
	'America/Santiago', // skips midnight
	'Asia/Kolkata',
	'Pacific/Chatham',
	'UTC',
];
const instant = (iso: string) => DateTime.fromISO(iso, { setZone: true }).toMillis();

test('an epoch value inside the window is that instant; outside it nothing is read', () => {
	fc.assert(
		fc.property(fc.double({ min: -1e15, max: 1e15, noNaN: true }), (epoch) => {
			const sent = toGongTimestamp(epoch, 'UTC');
			const seconds = epoch >= 1e8 && epoch < 1e10;
			const millis = epoch >= 1e11 && epoch < 1e13;
			if (!seconds && !millis) return sent === undefined;
			const expected = seconds ? epoch * 1000 : epoch;
			// toISO keeps milliseconds: within one of the value.
			return sent !== undefined && Math.abs(instant(sent) - expected) < 1;
		}),
		{ seed, numRuns: 2000 },
	);
});

test('a local time without offset is sent with its own wall clock, or refused (a gap)', () => {
	const localTime = fc
		.date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2100-01-01T00:00:00Z') })
		.filter((date) => !Number.isNaN(date.getTime()))
		.map((date) => date.toISOString().slice(0, 19));
	// Random times rarely fall into a gap: times in some zone's gap of 2026 are mixed in.
	const inSomeGap = fc.constantFrom(
		'2026-03-08T02:30:00',
		'2026-03-29T02:15:00',
		'2026-10-04T02:10:00',
		'2026-09-06T00:45:00',
	);
	const localText = fc.oneof(localTime, inSomeGap);
	fc.assert(
		fc.property(localText, fc.constantFrom(...ZONES), fc.boolean(), (text, zone, sql) => {
			const written = sql ? text.replace('T', ' ') : text;
			const sent = toGongTimestamp(written, zone);
			if (sent === undefined) {
				// Refused only where the zone skips that wall-clock time.
				const read = DateTime.fromISO(text, { zone });
				return read.toISO({ includeOffset: false })?.slice(0, 19) !== text;
			}
			return sent.slice(0, 19) === text;
		}),
		{ seed, numRuns: 3000 },
	);
});

test('every day of a year, every half hour, in zones with gaps: refusals are exactly the gaps', () => {
	for (const zone of ['America/New_York', 'Australia/Lord_Howe', 'America/Santiago']) {
		let refused = 0;
		for (let minutes = 0; minutes < 365 * 24 * 60; minutes += 30) {
			const text = DateTime.fromMillis(Date.UTC(2026, 0, 1) + minutes * 60_000, { zone: 'utc' })
				.toISO({ includeOffset: false, suppressMilliseconds: true })!
				.slice(0, 19);
			if (toGongTimestamp(text, zone) === undefined) refused++;
		}
		// One gap a year: an hour (two half hours), or Lord Howe's half hour (one).
		expect(refused).toBe(zone === 'Australia/Lord_Howe' ? 1 : 2);
	}
});
