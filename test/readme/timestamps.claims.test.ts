import type { INodeParameters } from 'n8n-workflow';

import { requiredFromItem, runOnSandbox, useSandbox, viewItem } from '../harness/fixtures';
import { outcomes, runJsonEvents, viewed } from './readmeRuns';

/*
 * The forms Event Timestamp accepts, and the JSON field's hint "the timestamp may take any
 * form the fields mode accepts". The workflow's time zone is America/New_York (UTC-5 in January).
 */

const state = useSandbox();

async function sentTimestamp(eventTimestamp: string, options: INodeParameters = {}) {
	const run = await runOnSandbox(state, {
		parameters: { ...requiredFromItem, eventTimestamp, options },
		items: [viewItem(0)],
		continueOnFail: true,
	});
	return (run.items[0].json.eventTimestamp ?? run.items[0].json.error) as string;
}

describe('forms the fields mode reads', () => {
	test.each([
		['HTTP date, RFC 850 form', 'Thursday, 15-Jan-26 10:00:00 GMT', '2026-01-15T10:00:00Z'],
		['HTTP date, asctime form', 'Thu Jan 15 10:00:00 2026', '2026-01-15T10:00:00Z'],
		[
			'SQL-style without a Time Zone option: the workflow time zone',
			'2026-01-15 10:00:00',
			'2026-01-15T10:00:00-05:00',
		],
		[
			'ISO with milliseconds and no offset: the workflow time zone',
			'2026-01-15T10:00:00.123',
			'2026-01-15T10:00:00.123-05:00',
		],
		['epoch seconds with surrounding spaces', ' 1768471200 ', '2026-01-15T10:00:00Z'],
	])('%s', async (_form, given, expected) => {
		expect(await sentTimestamp(given)).toBe(expected);
	});

	test("the Time Zone option wins over the workflow's zone, and a value with an offset keeps it", async () => {
		expect(await sentTimestamp('2026-01-15 10:00:00', { timeZone: 'Asia/Tokyo' })).toBe(
			'2026-01-15T10:00:00+09:00',
		);
		expect(await sentTimestamp('2026-01-15T10:00:00+02:00', { timeZone: 'Asia/Tokyo' })).toBe(
			'2026-01-15T10:00:00+02:00',
		);
	});
});

describe('UI hint of Event (JSON): the timestamp may take any form the fields mode accepts', () => {
	test.each([
		['epoch milliseconds (number)', 1768471200000, '2026-01-15T10:00:00Z'],
		['epoch seconds (digits)', '1768471200', '2026-01-15T10:00:00Z'],
		['RFC 2822', 'Thu, 15 Jan 2026 10:00:00 +0200', '2026-01-15T10:00:00+02:00'],
		['HTTP date', 'Thu, 15 Jan 2026 10:00:00 GMT', '2026-01-15T10:00:00Z'],
		['SQL-style, in the workflow time zone', '2026-01-15 10:00:00', '2026-01-15T10:00:00-05:00'],
	])('%s', async (_form, eventTimestamp, expected) => {
		const [item] = await runJsonEvents(state, 'contentViewed', [viewed({ eventTimestamp })]);
		expect(outcomes([item])).toEqual(['reported']);
		expect(state.sandbox.received[0].body.eventTimestamp).toBe(expected);
	});

	test.each([
		[
			'a JS Date',
			'={{ { ...$json.event, eventTimestamp: new Date(Date.UTC(2026, 0, 15, 10)) } }}',
			'2026-01-15T10:00:00Z',
		],
		[
			'a luxon DateTime',
			'={{ { ...$json.event, eventTimestamp: DateTime.fromISO("2026-01-15T10:00:00", { zone: "Asia/Tokyo" }) } }}',
			'2026-01-15T10:00:00+09:00',
		],
	])('%s from an expression', async (_form, eventJson, expected) => {
		const run = await runOnSandbox(state, {
			parameters: { inputMode: 'json', eventJson },
			items: [{ event: viewed() }],
			continueOnFail: true,
		});
		expect(outcomes([run.items[0].json])).toEqual(['reported']);
		expect(state.sandbox.received[0].body.eventTimestamp).toBe(expected);
	});
});
