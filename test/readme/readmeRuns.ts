import type { IDataObject, INodeParameters } from 'n8n-workflow';

import { runOnSandbox } from '../harness/fixtures';
import type { GongSandbox } from '../sandbox/server';

/* Shared steps of these behaviour tests: run events in JSON mode, read what each item became. */

export const viewed = (overrides: IDataObject = {}): IDataObject => ({
	reportingSystem: 'docusign',
	eventTimestamp: '2026-03-02T15:04:05Z',
	contentId: 'env-1',
	contentUrl: 'https://docs.example.com/env-1',
	contentTitle: 'Proposal',
	...overrides,
});

export const interaction = (overrides: IDataObject = {}): IDataObject => ({
	eventId: 'di-1',
	timestamp: '2026-01-01T10:00:00Z',
	eventType: 'Pricing Page Viewed',
	content: { contentTitle: 'Pricing' },
	...overrides,
});

/** Each event as one input item in JSON mode, with Continue On Fail: one output per item. */
export async function runJsonEvents(
	state: { sandbox: GongSandbox },
	operation: string,
	events: IDataObject[],
	extra: INodeParameters = {},
) {
	const run = await runOnSandbox(state, {
		parameters: { operation, inputMode: 'json', eventJson: '={{ $json.event }}', ...extra },
		items: events.map((event) => ({ event })),
		continueOnFail: true,
	});
	expect(run.error).toBeUndefined();
	expect(run.items).toHaveLength(events.length);
	return run.items.map((item) => item.json);
}

/** The error text of each item, or its status when it was not an error. */
export const outcomes = (items: IDataObject[]) =>
	items.map((item) => (item.error as string | undefined) ?? (item.status as string));
