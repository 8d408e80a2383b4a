import {
	accessKeyCredentials,
	requiredFromItem,
	runOnSandbox,
	useSandbox,
	viewItem,
} from '../harness/fixtures';
import { runNode } from '../harness/runWorkflow';

/*
 * What the form sends when fields are added but left as they start: nothing. And the starting
 * points the form offers (each operation's JSON example) are events Gong accepts.
 */

const state = useSandbox();

test('Digital Interaction without an Event ID: a stable ID is derived, and a re-run is a repeat', async () => {
	const { sandbox } = state;
	const parameters = {
		operation: 'digitalInteraction',
		timestamp: '2026-01-01T10:00:00Z',
		eventType: 'Pricing Page Viewed',
		contentTitle: 'Pricing',
		// Added in the form and left as they start: empty numbers, "Not Specified" choices.
		content: { numericValue: '', numericRangeFrom: '', numericType: '' },
		person: { email: 'jane@acme.example', personCrmObjectId: '' },
		additionalFields: { device: '' },
	};
	const credentials = accessKeyCredentials(sandbox);
	const first = await runNode({ parameters, items: [{}], credentials });
	expect(first.error).toBeUndefined();
	const eventId = first.items[0].json.eventId;
	expect(eventId).toMatch(/^n8n-[0-9a-f]{40}$/);
	expect(sandbox.received.map((event) => event.body)).toEqual([
		{
			eventId,
			timestamp: '2026-01-01T10:00:00Z',
			eventType: 'Pricing Page Viewed',
			content: { contentTitle: 'Pricing' },
			person: { email: 'jane@acme.example' },
		},
	]);

	const again = await runNode({ parameters, items: [{}], credentials });
	expect(again.items[0].json).toMatchObject({ status: 'alreadyReported', eventId });
});

test('an Agent Platform added but left at Not Specified is not sent', async () => {
	const { sandbox } = state;
	const run = await runOnSandbox(state, {
		parameters: { ...requiredFromItem, additionalFields: { agentPlatform: '' } },
		items: [viewItem(1)],
	});
	expect(run.error).toBeUndefined();
	expect(sandbox.received).toHaveLength(1);
	expect(sandbox.received[0].body).not.toHaveProperty('agentPlatform');
});

test.each([
	['contentViewed', '/v2/customer-engagement/content/viewed', 'contentUrl'],
	['contentShared', '/v2/customer-engagement/content/shared', 'recipients'],
	['customAction', '/v2/customer-engagement/action', 'actionName'],
	['digitalInteraction', '/v2/digital-interaction', 'eventType'],
])(
	"%s: the JSON mode's example is an event of its own kind that passes validation",
	async (operation, path, ownField) => {
		const { sandbox } = state;
		const run = await runOnSandbox(state, {
			parameters: { operation, inputMode: 'json', delivery: { dryRun: true } },
			items: [{}],
		});
		expect(run.error).toBeUndefined();
		expect(run.items[0].json).toMatchObject({ status: 'dryRun', path });
		expect(run.items[0].json.event).toHaveProperty(ownField);
		expect(sandbox.received).toHaveLength(0);
	},
);
