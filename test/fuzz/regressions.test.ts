import type { IDataObject } from 'n8n-workflow';

import { isEmailAddress } from '../../nodes/GongEngagement/schema/fieldRules';
import { accessKeyCredentials, requiredFromItem, useSandbox, viewItem } from '../harness/fixtures';
import { runNode } from '../harness/runWorkflow';

/*
 * Input that once broke a promise of the node (numbers past int32, objects posing as text, deep
 * nesting, huge values, and what the fuzz suite found): each comes out as an error item naming the
 * item and the field, and nothing is sent for it.
 */

const state = useSandbox();

const viewed = (index: number, overrides: IDataObject = {}): IDataObject => ({
	reportingSystem: 'docusign',
	eventTimestamp: '2026-03-02T15:04:05+01:00',
	contentId: `env-${index}`,
	contentUrl: `https://docs.example.com/env-${index}`,
	contentTitle: `Proposal ${index}`,
	...overrides,
});

const interaction = (overrides: IDataObject = {}): IDataObject => ({
	eventId: 'di-1',
	timestamp: '2026-01-01T10:00:00Z',
	eventType: 'Rated',
	...overrides,
});

/** JSON mode: each item's `event` is the body; item 0 is valid, so delivery still happens. */
async function runJsonEvents(operation: string, events: IDataObject[]) {
	const run = await runNode({
		parameters: {
			operation,
			inputMode: 'json',
			eventJson: '={{ $json.event }}',
			delivery: { callsPerSecond: 0 },
		},
		items: events.map((event) => ({ event })),
		credentials: accessKeyCredentials(state.sandbox),
		continueOnFail: true,
	});
	expect(run.error).toBeUndefined();
	expect(run.items.map((item) => item.pairedItem)).toEqual(events.map((_, item) => ({ item })));
	return run.items.map((item) => item.json);
}

const DATE_TIME =
	'must be a date-time: ISO-8601 (with or without offset), epoch seconds or milliseconds, RFC 2822 or an HTTP date';

const description = (json: IDataObject) => (json.details as IDataObject).description as string;

const deeplyNested = (levels: number): IDataObject => {
	let value: IDataObject = { leaf: 'x' };
	for (let level = 0; level < levels; level++) value = { a: value };
	return value;
};

test('Digital Interaction numbers past int32 are refused locally, with the range; the valid one is sent', async () => {
	const details = (rangeTo: number) => ({
		contentTitle: 'Views',
		numericContentDetails: { value: 1, rangeFrom: 0, rangeTo },
	});
	const out = await runJsonEvents('digitalInteraction', [
		interaction({ content: details(2 ** 31 - 1) }),
		interaction({ eventId: 'di-2', content: details(2 ** 31) }),
	]);
	expect(out[0].status).toBe('reported');
	expect(out[1].error).toBe(
		'item 1: content.numericContentDetails.rangeTo must be a whole number from -2147483648 to 2147483647 (int32); got 2147483648',
	);
	expect(state.sandbox.received).toHaveLength(1);
	expect(state.sandbox.rejected).toEqual([]);
});

test('an eventTimestamp object with its own toString key is named, not a crash', async () => {
	const out = await runJsonEvents('contentViewed', [
		viewed(0),
		viewed(1, { eventTimestamp: { toString: 'x', valueOf: 1 } }),
	]);
	expect(out[1].error).toBe(`item 1: eventTimestamp ${DATE_TIME}; got an object`);
});

test('an eventTimestamp object with its own toString key through a Fields-mode expression is named', async () => {
	const run = await runNode({
		parameters: requiredFromItem,
		items: [viewItem(0), viewItem(1, { viewedAt: { toString: 'x' } })],
		credentials: accessKeyCredentials(state.sandbox),
		continueOnFail: true,
	});
	expect(run.items[0].json.status).toBe('reported');
	expect(run.items[1].json.error).toBe(
		`item 1: Event Timestamp ${DATE_TIME}; got an object (eventTimestamp)`,
	);
});

test('input nested 10,000 levels deep is refused with the item and the path, not a stack overflow', async () => {
	// Typed into Event (JSON) as text: JSON.parse reads any depth, so this is what reaches the node.
	const deepText = `${'{"a":'.repeat(10_000)}1${'}'.repeat(10_000)}`;
	const body = JSON.stringify({ ...viewed(0), actionName: 'Signed', eventProperties: ['DEEP'] });
	const run = await runNode({
		parameters: {
			operation: 'customAction',
			inputMode: 'json',
			eventJson: body.replace('"DEEP"', deepText),
		},
		credentials: accessKeyCredentials(state.sandbox),
		continueOnFail: true,
	});
	expect(run.items.map((item) => item.json.error)).toEqual([
		`item 0: eventProperties[0]${'.a'.repeat(30)} is nested more than 32 levels deep`,
	]);
	expect(state.sandbox.requestLog).toHaveLength(0);
});

test('32 levels are read (the schema then names what is wrong); 33 are refused as too deep', async () => {
	// event (1) > crmContext (2) > [0] (3) > objects (4) > [0] (5) > n more objects below it.
	const nested = (levelsBelow: number) =>
		viewed(0, { crmContext: [{ system: 'Generic', objects: [deeplyNested(levelsBelow)] }] });
	const out = await runJsonEvents('contentViewed', [nested(27), nested(28)]);
	expect(out[0].error).toContain('crmContext[0].objects[0]: "a" is not a field Gong accepts here');
	expect(out[1].error).toBe(
		`item 1: crmContext[0].objects[0]${'.a'.repeat(28)} is nested more than 32 levels deep`,
	);
});

test('keys are quoted, so an empty key is visible; __proto__ and constructor are fields like any other', async () => {
	const out = await runJsonEvents('contentViewed', [
		viewed(0, { '': 'x' }),
		JSON.parse(JSON.stringify(viewed(1)).replace('{', '{"__proto__":{"polluted":1},')),
		viewed(2, { viewer: { constructor: 'x' } }),
	]);
	expect(out[0].error).toBe('item 0: "" is not a field Gong accepts here');
	expect(out[1].error).toBe('item 1: "__proto__" is not a field Gong accepts here');
	expect(out[2].error).toBe('item 2: viewer: "constructor" is not a field Gong accepts here');
	expect(({} as IDataObject).polluted).toBeUndefined();
	expect(state.sandbox.received).toHaveLength(0);
});

test('an invalid 1 MB value gives a short message that says how long it was', async () => {
	const huge = 'W'.repeat(1024 * 1024);
	const out = await runJsonEvents('contentViewed', [
		viewed(0, { agentPlatform: huge }),
		viewed(1, { [huge]: 'x' }),
		viewed(2, { contentUrl: huge }),
	]);
	expect(out[0].error).toBe(
		`item 0: agentPlatform must be one of Android, iOS, Linux, MacOS, Windows; got "${'W'.repeat(100)}…" (1048576 characters)`,
	);
	expect(out[1].error).toBe(
		`item 1: "${'W'.repeat(40)}…" (1048576 characters) is not a field Gong accepts here`,
	);
	for (const item of out) expect(JSON.stringify(item).length).toBeLessThan(2000);
});

test('many problems in one item: the message names five, the description lists fifty and counts the rest', async () => {
	const unknown = Object.fromEntries(Array.from({ length: 500 }, (_, index) => [`x${index}`, 1]));
	const contexts = Array.from({ length: 200 }, () => ({ system: 'SAP' }));
	const out = await runJsonEvents('contentViewed', [
		viewed(0, unknown),
		viewed(1, { viewer: { email: 'nobody', context: contexts } }),
	]);
	expect(out[0].error).toBe(
		`item 0: ${[0, 1, 2, 3, 4].map((index) => `"x${index}" is not a field Gong accepts here`).join('; ')}; and 495 more fields Gong does not accept`,
	);
	const error = out[1].error as string;
	expect(error).toMatch(
		/^item 1: viewer\.email must be an email address; got "nobody" \(and 200 more: (viewer\.context\[\d\]\.system must be one of [^;]*; got "SAP"; ){4}…\)$/,
	);
	expect(error.length).toBeLessThan(1000);
	expect(description(out[1]).split('\n- ')).toHaveLength(1 + 50 + 1);
	expect(description(out[1])).toMatch(/\n- … and 151 more$/);
});

test('an email check that does not backtrack: a 200,000-character dotted value is refused at once', () => {
	// The former pattern needed minutes on this (quadratic); a second is a wide margin.
	const value = `a@${'b.'.repeat(100_000)} `;
	const started = Date.now();
	expect(isEmailAddress(value)).toBe(false);
	expect(Date.now() - started).toBeLessThan(1000);
	expect(isEmailAddress('jane@acme.example')).toBe(true);
	expect(isEmailAddress('jane@acme.')).toBe(false);
	expect(isEmailAddress('ja ne@acme.example')).toBe(false);
	expect(isEmailAddress('jane@ac@me.example')).toBe(false);
});

describe('careless values from upstream, through both input modes (input audit)', () => {
	test('Fields mode: a date written as digits, a local time the clocks skip and a URL with a trailing space are refused; nothing of them is sent', async () => {
		// Before: item 1 went out as 1970-08-23, item 2 as 03:30-04:00, item 3 with the space.
		const run = await runNode({
			parameters: { ...requiredFromItem, contentUrl: '={{ $json.url }}' },
			items: [
				viewItem(0, { url: 'https://docs.example.com/env-0' }),
				viewItem(1, { url: 'https://docs.example.com/env-1', viewedAt: 20260302 }),
				viewItem(2, { url: 'https://docs.example.com/env-2', viewedAt: '2026-03-08 02:30:00' }),
				viewItem(3, { url: 'https://docs.example.com/env-3 ' }),
			],
			credentials: accessKeyCredentials(state.sandbox),
			continueOnFail: true,
		});
		expect(run.items.map((item) => item.json.error ?? item.json.status)).toEqual([
			'reported',
			`item 1: Event Timestamp ${DATE_TIME}; got 20260302 (as an epoch value that is 1970-08-23T11:51:42Z: epoch seconds and milliseconds are read between 1973 and 2286 only) (eventTimestamp)`,
			`item 2: Event Timestamp ${DATE_TIME}; got "2026-03-08 02:30:00" (that local time does not exist in the time zone it is read in: the clocks skip it for daylight saving time; give an offset, or check Options → Time Zone) (eventTimestamp)`,
			'item 3: Content URL must be an absolute http(s) URL; got "https://docs.example.com/env-3 " (it contains white space; encode a space as %20) (contentUrl)',
		]);
		expect(state.sandbox.received.map((entry) => entry.body.contentId)).toEqual(['env-0']);
	});

	test('JSON mode without Continue On Fail: a URL with a space inside stops the batch before anything is sent', async () => {
		// Before: items 0 and 1 were sent, and item 2 with "a b" in its URL.
		const events = [
			viewed(0),
			viewed(1),
			viewed(2, { contentUrl: 'https://docs.example.com/a b' }),
		];
		const run = await runNode({
			parameters: {
				operation: 'contentViewed',
				inputMode: 'json',
				eventJson: '={{ $json.event }}',
			},
			items: events.map((event) => ({ event })),
			credentials: accessKeyCredentials(state.sandbox),
		});
		expect(run.error?.message).toBe(
			'item 2: contentUrl must be an absolute http(s) URL; got "https://docs.example.com/a b" (it contains white space; encode a space as %20)',
		);
		expect(state.sandbox.requestLog).toHaveLength(0);
	});

	test('JSON mode, Digital Interaction: epoch 0 and an offset of +25:00 are refused (were sent as 1970 and +25:00)', async () => {
		const out = await runJsonEvents('digitalInteraction', [
			interaction({ content: { contentTitle: 'Pricing' } }),
			interaction({ eventId: 'di-2', timestamp: 0, content: { contentTitle: 'Pricing' } }),
			interaction({
				eventId: 'di-3',
				timestamp: '2026-01-01T10:00:00+25:00',
				content: { contentTitle: 'Pricing' },
			}),
		]);
		expect(out.map((json) => json.error ?? json.status)).toEqual([
			'reported',
			`item 1: timestamp ${DATE_TIME}; got 0 (as an epoch value that is 1970-01-01T00:00:00Z: epoch seconds and milliseconds are read between 1973 and 2286 only)`,
			`item 2: timestamp ${DATE_TIME}; got "2026-01-01T10:00:00+25:00" (its offset +25:00 is beyond ±18:00)`,
		]);
		expect(state.sandbox.received).toHaveLength(1);
	});
});

test('an expression typed without "=" is refused in both modes, not sent as its characters', async () => {
	const fields = await runNode({
		parameters: { ...requiredFromItem, contentId: '{{ $json.envelopeId }}' },
		items: [viewItem(0)],
		credentials: accessKeyCredentials(state.sandbox),
		continueOnFail: true,
	});
	expect(fields.items[0].json.error).toBe(
		'item 0: Content ID must be a value, not an expression; got "{{ $json.envelopeId }}" (it was not evaluated: switch the field to Expression, or start it with =) (contentId)',
	);
	const json = await runNode({
		parameters: {
			operation: 'contentViewed',
			inputMode: 'json',
			eventJson: JSON.stringify(viewed(0, { contentTitle: '{{ $json.subject }}' })),
		},
		credentials: accessKeyCredentials(state.sandbox),
		continueOnFail: true,
	});
	expect(json.items[0].json.error).toBe(
		'item 0: contentTitle must be a value, not an expression; got "{{ $json.subject }}" (it was not evaluated: switch the field to Expression, or start it with =)',
	);
	expect(state.sandbox.requestLog).toHaveLength(0);
});
