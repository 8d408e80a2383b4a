import { normalizeEvent } from '../../nodes/GongEngagement/helpers/normalizeEvent';
import { eventSchemas, validateEvent } from '../../nodes/GongEngagement/schema';

/*
 * Careless input an upstream node hands over: values that used to be sent changed or broken, or
 * refused with a message that named the wrong expectation. Each is now refused with the field and
 * why, or read as the user meant.
 */

const valid = {
	reportingSystem: 'docusign',
	eventTimestamp: '2026-03-02T15:04:05+01:00',
	contentId: 'env-1',
	contentUrl: 'https://docs.example.com/env-1',
	contentTitle: 'Proposal',
};

const DATE_TIME =
	'must be a date-time: ISO-8601 (with or without offset), epoch seconds or milliseconds, RFC 2822 or an HTTP date';

/** The body that would be sent, or the problems, for Content Viewed read in `timeZone`. */
function outcome(change: Record<string, unknown>, timeZone = 'America/New_York') {
	const result = validateEvent(
		eventSchemas.contentViewed,
		normalizeEvent({ ...valid, ...change }, timeZone),
	);
	return result.valid ? { sent: result.event as Record<string, unknown> } : result;
}

describe('epoch values are read only where seconds and milliseconds cannot be confused', () => {
	test.each([
		[1767261600, '2026-01-01T10:00:00Z'],
		['1767261600', '2026-01-01T10:00:00Z'],
		[1767261600000, '2026-01-01T10:00:00Z'],
		['1767261600.5', '2026-01-01T10:00:00.500Z'],
		// The window's edges: 1e8 s and 1e11 ms are the same instant, so are 1e10 s and 1e13 ms.
		[1e8, '1973-03-03T09:46:40Z'],
		[1e11, '1973-03-03T09:46:40Z'],
		[1e10 - 1, '2286-11-20T17:46:39Z'],
		[1e13 - 1, '2286-11-20T17:46:39.999Z'],
	])('%s is read as %s', (value, sent) => {
		expect(outcome({ eventTimestamp: value })).toEqual({
			sent: expect.objectContaining({ eventTimestamp: sent }),
		});
	});

	// Before: "20260302" went out as 1970-08-23, "2026" as 1970-01-01T00:33:46Z, 0 (a missing
	// value turned into a number) as 1970-01-01, 99999999999 as the year 5138.
	test.each([
		['20260302', '"20260302"', '1970-08-23T11:51:42Z'],
		[20260302, '20260302', '1970-08-23T11:51:42Z'],
		['2026', '"2026"', '1970-01-01T00:33:46Z'],
		[0, '0', '1970-01-01T00:00:00Z'],
		[99999999999, '99999999999', '5138-11-16T09:46:39Z'],
		[-1767261600, '-1767261600', '1913-12-31T14:00:00Z'],
	])('%s is refused, naming what it would have been', (value, shown, readAs) => {
		expect(outcome({ eventTimestamp: value })).toEqual({
			valid: false,
			problems: [
				`eventTimestamp ${DATE_TIME}; got ${shown} (as an epoch value that is ${readAs}: epoch seconds and milliseconds are read between 1973 and 2286 only)`,
			],
		});
	});

	test('a number past what a date can hold says the same, not "must be a string"', () => {
		expect(outcome({ eventTimestamp: 1e20 })).toEqual({
			valid: false,
			problems: [
				`eventTimestamp ${DATE_TIME}; got 100000000000000000000 (epoch seconds and milliseconds are read between 1973 and 2286 only)`,
			],
		});
	});

	test('a value of the wrong type names the date-time it should be', () => {
		expect(outcome({ eventTimestamp: true })).toEqual({
			valid: false,
			problems: [`eventTimestamp ${DATE_TIME}; got true`],
		});
		expect(outcome({ eventTimestamp: { toString: 'x' } })).toEqual({
			valid: false,
			problems: [`eventTimestamp ${DATE_TIME}; got an object`],
		});
	});
});

describe('a local time the clocks skip is refused, not moved an hour', () => {
	test.each(['2026-03-08T02:30:00', '2026-03-08 02:30:00'])(
		'%s in America/New_York (was sent as 03:30-04:00)',
		(text) => {
			expect(outcome({ eventTimestamp: text })).toEqual({
				valid: false,
				problems: [
					`eventTimestamp ${DATE_TIME}; got "${text}" (that local time does not exist in the time zone it is read in: the clocks skip it for daylight saving time; give an offset, or check Options → Time Zone)`,
				],
			});
		},
	);

	test('the same text in a zone without the gap, and the hour after the gap, are read', () => {
		expect(outcome({ eventTimestamp: '2026-03-08T02:30:00' }, 'Europe/Berlin')).toEqual({
			sent: expect.objectContaining({ eventTimestamp: '2026-03-08T02:30:00+01:00' }),
		});
		expect(outcome({ eventTimestamp: '2026-03-08T03:30:00' })).toEqual({
			sent: expect.objectContaining({ eventTimestamp: '2026-03-08T03:30:00-04:00' }),
		});
		// The hour that occurs twice is read as its second occurrence (standard time), as luxon does.
		expect(outcome({ eventTimestamp: '2026-11-01T01:30:00' })).toEqual({
			sent: expect.objectContaining({ eventTimestamp: '2026-11-01T01:30:00-05:00' }),
		});
	});

	test('a date property in the gap is refused the same way', () => {
		const property = { name: 'Signed', value: '2026-03-08 02:30:00', dataType: 'date' };
		expect(outcome({ eventProperties: [property] })).toEqual({
			valid: false,
			problems: [
				'eventProperties[0].value must be an ISO-8601 date-time with offset, e.g. 2021-02-17T02:30:00-08:00 (dataType is date); got "2026-03-08 02:30:00" (that local time does not exist in the time zone it is read in: the clocks skip it for daylight saving time; give an offset, or check Options → Time Zone)',
			],
		});
	});
});

test('an offset no place on earth has is refused (was sent as +25:00)', () => {
	expect(outcome({ eventTimestamp: '2026-03-02T15:04:05+25:00' })).toEqual({
		valid: false,
		problems: [
			`eventTimestamp ${DATE_TIME}; got "2026-03-02T15:04:05+25:00" (its offset +25:00 is beyond ±18:00)`,
		],
	});
	expect(outcome({ eventTimestamp: '2026-03-02T15:04:05+14:00' })).toEqual({
		sent: expect.objectContaining({ eventTimestamp: '2026-03-02T15:04:05+14:00' }),
	});
});

describe('URLs: white space and an empty host are refused wherever they are', () => {
	// Before: a leading space was refused, but a trailing one, a space, tab or line break inside,
	// and "https:///host" (which the URL parser silently rewrites) were sent as written.
	test.each([
		['https://docs.example.com/a ', ' (it contains white space; encode a space as %20)'],
		[' https://docs.example.com/a', ' (it contains white space; encode a space as %20)'],
		['https://docs.example.com/a b', ' (it contains white space; encode a space as %20)'],
		['https://docs.example.com/a\tb', ' (it contains white space; encode a space as %20)'],
		['https://docs.example.com/a\nb', ' (it contains white space; encode a space as %20)'],
		['https:///docs.example.com/a', ''],
		['docs.example.com/a', ''],
	])('%j', (url, reason) => {
		expect(outcome({ contentUrl: url })).toEqual({
			valid: false,
			problems: [`contentUrl must be an absolute http(s) URL; got ${JSON.stringify(url)}${reason}`],
		});
	});

	test.each([
		'https://docs.example.com/a%20b?q=1#top',
		'HTTPS://docs.example.com/a',
		'http://127.0.0.1:8080/x',
		'https://bücher.example/x',
	])('%j is sent as written', (url) => {
		expect(outcome({ contentUrl: url })).toEqual({
			sent: expect.objectContaining({ contentUrl: url }),
		});
	});

	test('a url property and a Digital Interaction URL follow the same rule', () => {
		const property = { name: 'Link', value: 'https://x.example/a b', dataType: 'url' };
		expect(outcome({ contentProperties: [property] })).toEqual({
			valid: false,
			problems: [
				'contentProperties[0].value must be an absolute http(s) URL (dataType is url); got "https://x.example/a b" (it contains white space; encode a space as %20)',
			],
		});
		const interaction = validateEvent(
			eventSchemas.digitalInteraction,
			normalizeEvent(
				{
					eventId: 'di-1',
					timestamp: '2026-01-01T10:00:00Z',
					eventType: 'Viewed',
					content: { contentTitle: 'Pricing', contentUrl: 'https://example.com/pricing ' },
				},
				'UTC',
				'timestamp',
			),
		);
		expect(interaction).toEqual({
			valid: false,
			problems: [
				'content.contentUrl must be an absolute http(s) URL; got "https://example.com/pricing " (it contains white space; encode a space as %20)',
			],
		});
	});
});

describe('near misses say what was meant', () => {
	test.each([
		[
			{ agentPlatform: 'macos' },
			'agentPlatform must be one of Android, iOS, Linux, MacOS, Windows; got "macos" (write it "MacOS")',
		],
		[
			{ agentPlatform: ' Windows' },
			'agentPlatform must be one of Android, iOS, Linux, MacOS, Windows; got " Windows" (write it "Windows")',
		],
		[
			{ eventProperties: [{ name: 'n', value: '1', dataType: 'Number' }] },
			'eventProperties[0].dataType must be one of date, number, string, url; got "Number" (write it "number")',
		],
		[
			{ crmContext: [{ system: 'salesforce' }] },
			'crmContext[0].system must be one of Salesforce, HubSpot, MicrosoftDynamic, Generic; got "salesforce" (write it "Salesforce")',
		],
		[
			{ agentPlatform: 'BeOS' },
			'agentPlatform must be one of Android, iOS, Linux, MacOS, Windows; got "BeOS"',
		],
	])('an enum value in the wrong case or with spaces: %j', (change, problem) => {
		expect(outcome(change)).toEqual({ valid: false, problems: [problem] });
	});

	test('an email with white space around it says so', () => {
		expect(outcome({ viewer: { email: ' jane@acme.example ' } })).toEqual({
			valid: false,
			problems: [
				'viewer.email must be an email address; got " jane@acme.example " (it begins or ends with white space)',
			],
		});
		expect(outcome({ viewer: { email: 'jane at acme' } })).toEqual({
			valid: false,
			problems: ['viewer.email must be an email address; got "jane at acme"'],
		});
	});

	test('an expression typed where it is not evaluated is refused, not sent as text', () => {
		// Before: contentId "{{ $json.id }}" went to Gong as those characters.
		expect(outcome({ contentId: '{{ $json.id }}', contentTitle: ' {{$json.title}} ' })).toEqual({
			valid: false,
			problems: [
				'contentId must be a value, not an expression; got "{{ $json.id }}" (it was not evaluated: switch the field to Expression, or start it with =)',
				'contentTitle must be a value, not an expression; got " {{$json.title}} " (it was not evaluated: switch the field to Expression, or start it with =)',
			],
		});
		// Braces inside a text are text.
		expect(outcome({ contentTitle: 'Offer {{draft}} v2' })).toEqual({
			sent: expect.objectContaining({ contentTitle: 'Offer {{draft}} v2' }),
		});
	});
});

test('a number where Gong wants text says how to give it, and when digits are already lost', () => {
	expect(outcome({ contentId: 12345, workspaceId: Number('7234572765843351234') })).toEqual({
		valid: false,
		problems: [
			// In the schema's order of fields: workspaceId comes first.
			'workspaceId must be a string; got the number 7234572765843352000 (give it as text; a number this long has already lost digits)',
			'contentId must be a string; got the number 12345 (give it as text: "12345")',
		],
	});
});

describe('an event time no engagement can have is refused; date properties keep any date', () => {
	const WINDOW =
		'an event time lies between 1973 and 2286; a date such as 0001-01-01 or 1970-01-01 usually stands for a missing one';
	// Before: each went to Gong as written (C# DateTime.MinValue/MaxValue, JavaScript's new Date(0)).
	test.each([
		['0001-01-01T00:00:00Z', '0001-01-01T00:00:00Z'],
		['9999-12-31T23:59:59Z', '9999-12-31T23:59:59Z'],
		['1970-01-01 00:00:00', '1970-01-01T00:00:00-05:00'],
		[new Date(0), '1970-01-01T00:00:00Z'],
	])('%s', (value, shown) => {
		expect(outcome({ eventTimestamp: value })).toEqual({
			valid: false,
			problems: [`eventTimestamp ${DATE_TIME}; got "${shown}" (${WINDOW})`],
		});
	});

	test('the window edges are read; a birth date property from 1960 is sent', () => {
		expect(outcome({ eventTimestamp: '1973-03-03T09:46:40Z' })).toEqual({
			sent: expect.objectContaining({ eventTimestamp: '1973-03-03T09:46:40Z' }),
		});
		expect(outcome({ eventTimestamp: '2286-11-20T17:46:39Z' })).toEqual({
			sent: expect.objectContaining({ eventTimestamp: '2286-11-20T17:46:39Z' }),
		});
		const born = { name: 'Born', value: '1960-05-01T00:00:00Z', dataType: 'date' };
		expect(outcome({ eventProperties: [born] })).toEqual({
			sent: expect.objectContaining({ eventProperties: [born] }),
		});
	});
});
