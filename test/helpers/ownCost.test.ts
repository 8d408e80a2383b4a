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
