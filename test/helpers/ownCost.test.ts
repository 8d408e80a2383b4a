import fc from 'fast-check';
import { isDeepStrictEqual } from 'util';

import { remembered } from '../../nodes/GongEngagement/actions/parametersReadOnce';
import { isValidTimeZone, toGongTimestamp } from '../../nodes/GongEngagement/schema/timestamp';
import { credentialSecrets, redact } from '../../nodes/GongEngagement/transport/redact';

/*
 * The shortcuts taken per item (work remembered once, formats tried only when the ones before
 * failed) give what the full work gave.
 */

describe('timestamps: each format is still read, in the same order', () => {
	test.each([
		['2026-03-02T15:04:05+01:00', 'UTC', '2026-03-02T15:04:05+01:00'],
		['2026-03-02T15:04:05', 'Europe/Berlin', '2026-03-02T15:04:05+01:00'],
		['Mon, 02 Mar 2026 15:04:05 +0100', 'UTC', '2026-03-02T15:04:05+01:00'],
		['Mon, 02 Mar 2026 14:04:05 GMT', 'Europe/Berlin', '2026-03-02T14:04:05Z'],
		['2026-03-02 15:04:05', 'Europe/Berlin', '2026-03-02T15:04:05+01:00'],
		['1772460245', 'UTC', '2026-03-02T14:04:05Z'],
	])('%s in %s → %s', (text, zone, expected) => {
		expect(toGongTimestamp(text, zone)).toBe(expected);
	});

	test('a value no format reads stays unread, however often it is asked', () => {
		for (let attempt = 0; attempt < 3; attempt++) {
			expect(toGongTimestamp('next Tuesday', 'UTC')).toBeUndefined();
		}
	});
});

test('a time zone name is valid or not on every check, not only the first', () => {
	for (let attempt = 0; attempt < 3; attempt++) {
		expect(isValidTimeZone('Europe/Berlin')).toBe(true);
		expect(isValidTimeZone('Europe/Atlantis')).toBe(false);
	}
});

test('redaction notices a secrets list that changed since it was last used', () => {
	const secrets = credentialSecrets({ accessKey: 'AK-FIRSTKEY1', accessKeySecret: 'first-secret' });
	expect(redact('AK-FIRSTKEY1 first-secret', secrets)).toBe('[redacted] [redacted]');
	secrets.push('later-token-1234');
	expect(redact('AK-FIRSTKEY1 later-token-1234', secrets)).toBe('[redacted] [redacted]');
	secrets[0] = 'AK-SWAPPEDKEY';
	expect(redact('AK-SWAPPEDKEY', secrets)).toBe('[redacted]');
});

describe('remembered parameter values: each caller gets its own copy of the value', () => {
	const anyValue = fc.oneof(
		fc.jsonValue(),
		fc.dictionary(
			fc.constantFrom('__proto__', 'constructor', 'toString', 'a', 'b'),
			fc.jsonValue(),
		),
		fc.array(fc.oneof(fc.constant(undefined), fc.double(), fc.string())),
	);

	test('the same value, a new object each time', () => {
		fc.assert(
			fc.property(anyValue, (value) => {
				const entry = remembered(value);
				const first = entry.copy();
				const second = entry.copy();
				// Node's deep equality (own keys, values, prototypes): jest's toStrictEqual reads a
				// "constructor" key as the object's type.
				expect(isDeepStrictEqual(first, structuredClone(value))).toBe(true);
				expect(isDeepStrictEqual(second, first)).toBe(true);
				if (value !== null && typeof value === 'object') {
					expect(first).not.toBe(second);
					expect(first).not.toBe(value);
				}
			}),
			{ numRuns: 300 },
		);
	});

	test('a copy changed by its caller leaves the next copy as saved', () => {
		const entry = remembered({ timeZone: 'Europe/Berlin', nested: { list: [1, 2] } });
		const first = entry.copy() as { timeZone: string; nested: { list: number[] } };
		first.timeZone = 'changed';
		first.nested.list.push(3);
		expect(entry.copy()).toEqual({ timeZone: 'Europe/Berlin', nested: { list: [1, 2] } });
	});

	test('shared references and non-plain values are copied as structuredClone copies them', () => {
		const shared = { a: 1 };
		const copy = remembered({ left: shared, right: shared }).copy() as Record<string, object>;
		expect(copy.left).toBe(copy.right);
		const date = new Date('2026-03-02T15:04:05Z');
		expect(remembered({ at: date }).copy()).toEqual({ at: date });
	});
});
