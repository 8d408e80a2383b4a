import type { INodeParameters } from 'n8n-workflow';

import { itemPrefix, noOneNamed } from '../../nodes/GongEngagement/messages';
import type { NodeRun } from '../harness/runWorkflow';
import { requiredFromItem, runOnSandbox, useSandbox, viewItem } from '../harness/fixtures';

/*
 * An event that names no person, no tracking ID and no CRM record lands on no timeline in Gong.
 * Content Shared and a Digital Interaction whose form chose a person are refused, saying what to
 * add; events the user chose to send anonymously go out with n8n's execution hint on the output.
 */

const state = useSandbox();

const hintsOf = (run: NodeRun) =>
	(run.run.data.resultData.runData.Gong?.[0]?.hints ?? []).map((hint) => hint.message);

const HINT_ITEM_0 =
	'Item 0 names no person, tracking ID or CRM record: Gong may place it on no timeline. To place an event, name a person (by email) or a CRM record.';

const interaction: INodeParameters = {
	operation: 'digitalInteraction',
	timestamp: '2026-03-02T15:04:05Z',
	eventType: 'Pricing Page Viewed',
	contentTitle: 'Pricing',
};

const share: INodeParameters = {
	...requiredFromItem,
	operation: 'contentShared',
};

describe('Digital Interaction', () => {
	test('Person Details chosen and left empty: refused, saying what to add; nothing sent', async () => {
		const run = await runOnSandbox(state, {
			parameters: { ...interaction, personIdentification: 'person', person: { email: '' } },
		});
		expect(run.error?.message).toBe(itemPrefix(0) + noOneNamed.message('digitalInteraction'));
		expect(run.error?.message).toContain('set Identify Person By to Neither');
		expect(state.sandbox.requestLog).toHaveLength(0);
	});

	test('Tracking ID chosen and left empty: refused the same way', async () => {
		const run = await runOnSandbox(state, {
			parameters: { ...interaction, personIdentification: 'trackingId', trackingId: '' },
		});
		expect(run.error?.message).toBe(itemPrefix(0) + noOneNamed.message('digitalInteraction'));
	});

	test('Neither: sent, with a hint on the output that Gong may place it on no timeline', async () => {
		const run = await runOnSandbox(state, {
			parameters: { ...interaction, personIdentification: 'none' },
		});
		expect(run.items[0].json.status).toBe('reported');
		expect(hintsOf(run)).toEqual([HINT_ITEM_0]);
	});

	test('a person with an email: sent, no hint', async () => {
		const run = await runOnSandbox(state, {
			parameters: { ...interaction, person: { email: 'jane@acme.example' } },
		});
		expect(run.items[0].json.status).toBe('reported');
		expect(hintsOf(run)).toEqual([]);
	});

	test('JSON mode without person or tracking ID: sent, with the hint', async () => {
		const run = await runOnSandbox(state, {
			parameters: {
				operation: 'digitalInteraction',
				inputMode: 'json',
				eventJson: JSON.stringify({
					eventId: 'visit-anonymous',
					timestamp: '2026-03-02T15:04:05Z',
					eventType: 'Pricing Page Viewed',
					content: { contentTitle: 'Pricing' },
				}),
			},
		});
		expect(run.items[0].json.status).toBe('reported');
		expect(hintsOf(run)).toEqual([HINT_ITEM_0]);
	});
});

describe('Content Shared', () => {
	test('no sharer and no recipients: refused, saying what to add; nothing sent', async () => {
		const run = await runOnSandbox(state, { parameters: share, items: [viewItem(0)] });
		expect(run.error?.message).toBe(
			'item 0: a Recipient (with its Email) or a CRM Context record is required: Gong places a share by them, and a share naming no one lands on no timeline (recipients)',
		);
		expect(state.sandbox.requestLog).toHaveLength(0);
	});

	test('a sharer alone (your own user) names no customer: refused too', async () => {
		const run = await runOnSandbox(state, {
			parameters: { ...share, sharer: { email: 'seller@example.com' } },
			items: [viewItem(0)],
		});
		expect(run.error?.message).toBe(itemPrefix(0) + noOneNamed.message('contentShared'));
	});

	test('a recipient: sent, no hint', async () => {
		const run = await runOnSandbox(state, {
			parameters: { ...share, recipients: { recipient: [{ email: 'buyer@acme.example' }] } },
			items: [viewItem(0)],
		});
		expect(run.items[0].json.status).toBe('reported');
		expect(hintsOf(run)).toEqual([]);
	});

	test('a CRM Context record and no recipient: sent, no hint', async () => {
		const run = await runOnSandbox(state, {
			parameters: {
				...share,
				crmContext: { record: [{ system: 'Generic', objectType: 'Account', objectId: 'a-1' }] },
			},
			items: [viewItem(0)],
		});
		expect(run.items[0].json.status).toBe('reported');
	});
});

describe('Content Viewed', () => {
	test('no viewer and no CRM record (the saved form as it was): sent, with one hint naming the items', async () => {
		const run = await runOnSandbox(state, {
			parameters: requiredFromItem,
			items: [viewItem(0), viewItem(1), viewItem(2)],
		});
		expect(run.items.map((item) => item.json.status)).toEqual(['reported', 'reported', 'reported']);
		expect(hintsOf(run)).toEqual([
			'Items 0, 1, 2 name no person, tracking ID or CRM record: Gong may place them on no timeline. To place an event, name a person (by email) or a CRM record.',
		]);
	});

	test("a viewer's email: sent, no hint", async () => {
		const run = await runOnSandbox(state, {
			parameters: { ...requiredFromItem, viewer: { email: '={{ $json.email }}' } },
			items: [viewItem(0)],
		});
		expect(run.items[0].json.status).toBe('reported');
		expect(hintsOf(run)).toEqual([]);
	});
});
