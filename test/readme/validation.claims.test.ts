import type { INodeParameters } from 'n8n-workflow';

import { requiredFromItem, runOnSandbox, useSandbox, viewItem } from '../harness/fixtures';
import { useVirtualClock } from '../harness/virtualClock';
import { interaction, outcomes, runJsonEvents, viewed } from './readmeRuns';

/* Validation and the operations' fields: what is refused, and how it is worded. */

/** Pacing, retry delays and 429 waits run on a virtual clock (see test/harness/virtualClock.ts). */
useVirtualClock();
const state = useSandbox();

const crmLink = (objectId: string) => ({ system: 'Generic', objectType: 'Contact', objectId });
const jsonCrmObject = (objectId: string) => ({ objectType: 'Contact', objectId });

describe('a rejected item names the item (from 0), the field and what was expected', () => {
	test('fields mode: item 3: Viewer CRM Links #2 → Object ID is required (viewer.context[0].objects[1].objectId)', async () => {
		const run = await runOnSandbox(state, {
			parameters: {
				...requiredFromItem,
				viewer: { email: '={{ $json.email }}' },
				viewerCrmLinks: {
					link: [crmLink('0033600001abcDEAAY'), crmLink('={{ $json.objectId }}')],
				},
			},
			items: [0, 1, 2, 3].map((index) =>
				viewItem(index, { objectId: index === 3 ? '' : `003360000${index}` }),
			),
			continueOnFail: true,
		});
		expect(outcomes(run.items.map((item) => item.json))).toEqual([
			'reported',
			'reported',
			'reported',
			'item 3: Viewer CRM Links #2 → Object ID is required (viewer.context[0].objects[1].objectId)',
		]);
	});

	test('JSON mode: item 3: viewer.context[0].objects[1].objectId is required', async () => {
		const viewer = (objectId: string) => ({
			email: 'jane@acme.example',
			context: [
				{ system: 'Generic', objects: [jsonCrmObject('contact-1'), jsonCrmObject(objectId)] },
			],
		});
		const events = [0, 1, 2, 3].map((index) =>
			viewed({ contentId: `c-${index}`, viewer: viewer(index === 3 ? '' : `0033600${index}`) }),
		);
		const [, , , fourth] = outcomes(await runJsonEvents(state, 'contentViewed', events));
		expect(fourth).toBe('item 3: viewer.context[0].objects[1].objectId is required');
		expect(state.sandbox.received).toHaveLength(3);
	});
});

describe('fields Gong lists but does not document for an event are refused in JSON mode, with a pointer', () => {
	// Every key is quoted in messages ("keys are always quoted").
	test.each([
		[
			'contentViewed',
			viewed({ actionName: 'Viewed' }),
			'"actionName" is not a field Gong accepts here (use viewActionTitle on Content Viewed)',
		],
		[
			'contentViewed',
			viewed({ sharer: { email: 'sam@vendor.example' } }),
			'"sharer" is not a field Gong accepts here (belongs to a Content Shared event)',
		],
		[
			'contentShared',
			viewed({ viewActionTitle: 'Sent' }),
			'"viewActionTitle" is not a field Gong accepts here (use actionName on Content Shared)',
		],
		[
			'customAction',
			{
				reportingSystem: 'x',
				eventTimestamp: '2026-03-02T15:04:05Z',
				actionName: 'Signed',
				viewInfoUrl: 'https://e.example/1',
			},
			'"viewInfoUrl" is not a field Gong accepts here (use eventInfoUrl on Custom Action)',
		],
		[
			'digitalInteraction',
			interaction({ eventTimestamp: '2026-01-01T10:00:00Z' }),
			'"eventTimestamp" is not a field Gong accepts here (use timestamp on Digital Interaction)',
		],
	])('%s refuses it: %#', async (operation, event, problem) => {
		const [outcome] = outcomes(await runJsonEvents(state, operation, [event]));
		expect(outcome).toBe(`item 0: ${problem}`);
		expect(state.sandbox.requestLog).toHaveLength(0);
	});
});

describe('Custom Action requires Action Name, though Gong does not', () => {
	// n8n itself refuses a literally empty required field; a mapping that resolves empty reaches the node.
	test('fields mode: an Action Name mapped to nothing is refused before sending', async () => {
		const run = await runOnSandbox(state, {
			parameters: {
				operation: 'customAction',
				reportingSystem: 'docusign',
				eventTimestamp: '2026-03-04T11:00:00Z',
				actionName: '={{ $json.action }}',
			},
			items: [{ action: '' }],
			continueOnFail: true,
		});
		expect(run.items[0].json.error).toBe('item 0: Action Name is required (actionName)');
		expect(state.sandbox.requestLog).toHaveLength(0);
	});

	test('JSON mode: an event without actionName is refused before sending', async () => {
		const [outcome] = outcomes(
			await runJsonEvents(state, 'customAction', [
				{ reportingSystem: 'docusign', eventTimestamp: '2026-03-04T11:00:00Z' },
			]),
		);
		expect(outcome).toBe('item 0: actionName is required');
		expect(state.sandbox.requestLog).toHaveLength(0);
	});
});

test('Content Shared recipients need an email each (fields mode names the row)', async () => {
	const run = await runOnSandbox(state, {
		items: [{ email: '' }],
		parameters: {
			operation: 'contentShared',
			reportingSystem: 'x',
			eventTimestamp: '2026-03-01T09:13:02Z',
			contentId: 'd',
			contentUrl: 'https://e.example/d',
			contentTitle: 't',
			recipients: {
				recipient: [
					{ email: 'jane@acme.example' },
					{ email: '={{ $json.email }}', name: 'No Email' },
				],
			},
		},
		continueOnFail: true,
	});
	expect(run.items[0].json.error).toMatch(
		/^item 0: Recipients #2 → Email is required \(recipients\[1\]\.email\)$/,
	);
	expect(state.sandbox.requestLog).toHaveLength(0);
});

describe('a property value is checked against its Data Type (String, Number, Date, URL)', () => {
	const withProperty = (value: string, dataType: string) =>
		viewed({ contentProperties: [{ name: 'p', value, dataType }] });

	test('a number, a date and a URL that are not are refused; a string takes anything', async () => {
		const items = await runJsonEvents(state, 'contentViewed', [
			withProperty('twelve', 'number'),
			withProperty('yesterday', 'date'),
			withProperty('not a url', 'url'),
			withProperty('anything at all', 'string'),
		]);
		const [number, date, url, text] = outcomes(items);
		expect(number).toMatch(/^item 0: contentProperties\[0\]\.value .*number/);
		expect(date).toMatch(/^item 1: contentProperties\[0\]\.value .*date/);
		expect(url).toMatch(/^item 2: contentProperties\[0\]\.value .*URL/i);
		expect(text).toBe('reported');
		expect(state.sandbox.received).toHaveLength(1);
	});
});

describe('a person is given one way or the other, never both', () => {
	test('Custom Action in the fields mode: Identify Actor By Tracking ID sends the tracking ID and no actor', async () => {
		const run = await runOnSandbox(state, {
			parameters: {
				operation: 'customAction',
				reportingSystem: 'docusign',
				eventTimestamp: '2026-03-04T11:00:00Z',
				actionName: 'Signed',
				actorIdentification: 'trackingId',
				trackingId: 'trk-9',
				actor: { email: 'jane@acme.example' },
			},
		});
		expect(run.error).toBeUndefined();
		expect(state.sandbox.received[0].body.trackingId).toBe('trk-9');
		expect(state.sandbox.received[0].body).not.toHaveProperty('actor');
	});

	test('Custom Action in JSON mode: actor and trackingId together are refused', async () => {
		const [outcome] = outcomes(
			await runJsonEvents(state, 'customAction', [
				{
					reportingSystem: 'x',
					eventTimestamp: '2026-03-04T11:00:00Z',
					actionName: 'Signed',
					actor: { email: 'jane@acme.example' },
					trackingId: 'trk-1',
				},
			]),
		);
		expect(outcome).toBe(
			'item 0: trackingId must be left empty when actor is given (Gong accepts an actor or a trackingId, never both)',
		);
	});

	test('Digital Interaction in JSON mode: person and trackingId together are refused', async () => {
		const [outcome] = outcomes(
			await runJsonEvents(state, 'digitalInteraction', [
				interaction({ person: { email: 'jane@acme.example' }, trackingId: 'trk-1' }),
			]),
		);
		expect(outcome).toMatch(/^item 0: trackingId must be left empty when person is given/);
		expect(state.sandbox.requestLog).toHaveLength(0);
	});
});

describe('Digital Interaction content details', () => {
	const withContent = (content: Record<string, unknown>) =>
		interaction({ content: { contentTitle: 'Pricing', ...content } });

	test('numeric value within the range, current step one of the available steps, search domain when any search detail is given', async () => {
		const items = await runJsonEvents(state, 'digitalInteraction', [
			withContent({ numericContentDetails: { value: 11, rangeFrom: 0, rangeTo: 10 } }),
			withContent({ stepContentDetails: { value: 'Ship', availableSteps: ['Plan', 'Pay'] } }),
			withContent({ searchObjectDetails: { name: 'Acme' } }),
			withContent({ numericContentDetails: { value: 10, rangeFrom: 0, rangeTo: 10 } }),
		]);
		const [range, step, search, valid] = outcomes(items);
		expect(range).toMatch(
			/^item 0: content\.numericContentDetails\.value .*(range|between|within)/,
		);
		expect(step).toMatch(/^item 1: content\.stepContentDetails\.value .*availableSteps/);
		// Search Name, Object Type and Domain go together (Gong's schema and the node).
		expect(search).toContain('content.searchObjectDetails.domain is required');
		expect(valid).toBe('reported');
		expect(state.sandbox.received).toHaveLength(1);
	});

	test('custom fields: the value is checked against BOOLEAN, DURATION (seconds), NUMBER, DATE and URL', async () => {
		const withField = (value: string, dataType: string) =>
			withContent({ contentCustomFields: [{ name: 'f', value, dataType }] });
		const items = await runJsonEvents(state, 'digitalInteraction', [
			withField('maybe', 'BOOLEAN'),
			withField('a while', 'DURATION'),
			withField('many', 'NUMBER'),
			withField('someday', 'DATE'),
			withField('nowhere', 'URL'),
			withField('true', 'BOOLEAN'),
		]);
		const results = outcomes(items);
		results
			.slice(0, 5)
			.forEach((outcome, index) =>
				expect(outcome).toMatch(
					new RegExp(`^item ${index}: content\\.contentCustomFields\\[0\\]\\.value `),
				),
			);
		expect(results[5]).toBe('reported');
	});

	test('Labels are comma-separated in the form and sent as an array', async () => {
		const run = await runOnSandbox(state, {
			parameters: {
				operation: 'digitalInteraction',
				eventId: 'di-labels',
				timestamp: '2026-01-01T10:00:00Z',
				eventType: 'Pricing Page Viewed',
				contentTitle: 'Pricing',
				content: { contentLabel: 'pricing, enterprise ,trial' },
				person: { email: 'jane@acme.example' },
				delivery: { dryRun: true },
			},
		});
		expect(run.items[0].json.event).toMatchObject({
			content: { contentLabel: ['pricing', 'enterprise', 'trial'] },
		});
	});
});

describe('UI hints of Digital Interaction search details: Search Domain and Search Name are "needed with any search detail"', () => {
	const searchParameters = (content: INodeParameters): INodeParameters => ({
		operation: 'digitalInteraction',
		eventId: 'di-search',
		timestamp: '2026-01-01T10:00:00Z',
		eventType: 'Vendor Searched',
		contentTitle: 'Search',
		content,
		delivery: { dryRun: true },
	});

	test('a search name without a domain is refused, naming Search Domain', async () => {
		const run = await runOnSandbox(state, {
			parameters: searchParameters({ searchName: 'Acme' }),
			continueOnFail: true,
		});
		expect(run.items[0].json.error).toMatch(
			/^item 0: .*Search Domain.*\(content\.searchObjectDetails\.domain\)/,
		);
	});

	test('a search domain without a name is refused, naming Search Name', async () => {
		const run = await runOnSandbox(state, {
			parameters: searchParameters({ searchDomain: 'acme.example' }),
			continueOnFail: true,
		});
		expect(run.items[0].json.error).toMatch(
			/^item 0: .*Search Name.*\(content\.searchObjectDetails\.name\)/,
		);
	});
});

describe('timestamps', () => {
	test('epoch milliseconds given as digits are read ("number or digits")', async () => {
		const run = await runOnSandbox(state, {
			parameters: { ...requiredFromItem, eventTimestamp: '1768471200000' },
			items: [viewItem(0)],
		});
		expect(state.sandbox.received[0].body.eventTimestamp).toBe('2026-01-15T10:00:00Z');
		expect(run.items[0].json.eventTimestamp).toBe('2026-01-15T10:00:00Z');
	});

	test('fields mode: text that is no date fails with "Event Timestamp must be a date-time: … (eventTimestamp)"', async () => {
		const run = await runOnSandbox(state, {
			parameters: requiredFromItem,
			items: [viewItem(0, { viewedAt: 'next tuesday' })],
			continueOnFail: true,
		});
		expect(run.items[0].json.error).toMatch(
			/^item 0: Event Timestamp must be a date-time: .+ \(eventTimestamp\)$/,
		);
	});

	test('JSON mode: text that is no date fails naming the forms read, ending in got "…"', async () => {
		const [outcome] = outcomes(
			await runJsonEvents(state, 'contentViewed', [viewed({ eventTimestamp: 'next tuesday' })]),
		);
		expect(outcome).toBe(
			'item 0: eventTimestamp must be a date-time: ISO-8601 (with or without offset), epoch seconds or milliseconds, RFC 2822 or an HTTP date; got "next tuesday"',
		);
	});
});

describe('the derived Event ID', () => {
	test('the same instant written with another offset gets the same ID; another viewer gets another one', async () => {
		// One execution each, as re-runs: a batch check may refuse two bodies sharing an ID.
		const events = [
			viewed({ eventTimestamp: '2026-03-02T15:04:05+01:00', viewer: { email: 'a@acme.example' } }),
			viewed({ eventTimestamp: '2026-03-02T14:04:05Z', viewer: { email: 'a@acme.example' } }),
			viewed({ eventTimestamp: '2026-03-02T14:04:05Z', viewer: { email: 'b@acme.example' } }),
		];
		const items = [];
		for (const event of events)
			items.push(
				...(await runJsonEvents(state, 'contentViewed', [event], { delivery: { dryRun: true } })),
			);
		const ids = items.map((item) => (item.event as { eventId: string }).eventId);
		ids.forEach((id) => expect(id).toMatch(/^n8n-[0-9a-f]{40}$/));
		expect(ids[1]).toBe(ids[0]);
		expect(ids[2]).not.toBe(ids[1]);
	});

	test('an Event ID given is sent as given, not replaced', async () => {
		const [item] = await runJsonEvents(state, 'contentViewed', [viewed({ eventId: 'src-77' })]);
		expect(item).toMatchObject({ status: 'reported', eventId: 'src-77' });
		expect(state.sandbox.received[0].body.eventId).toBe('src-77');
	});
});
