import type { IDataObject } from 'n8n-workflow';

import { useSandbox } from '../harness/fixtures';
import { interaction, runJsonEvents, viewed } from './readmeRuns';

/*
 * An Event ID left empty is derived: n8n- + 40 hex characters from the event's identity (the
 * operation, the instant, and per operation its identity fields). Each case: a base event, one
 * that differs only in an identity field (another ID), one that differs only elsewhere (same ID).
 */

const state = useSandbox();

const shared = (overrides: IDataObject = {}) =>
	viewed({
		sharer: { email: 'sam@vendor.example' },
		recipients: [{ email: 'jane@acme.example' }],
		...overrides,
	});
const action = (overrides: IDataObject = {}) => ({
	reportingSystem: 'docusign',
	eventTimestamp: '2026-03-02T15:04:05Z',
	actionName: 'Contract Signed',
	actor: { email: 'jane@acme.example' },
	...overrides,
});

/** Each event in its own execution (dry run), as a re-run would be: its derived ID. */
async function derivedIds(operation: string, events: IDataObject[]): Promise<string[]> {
	const ids: string[] = [];
	for (const event of events) {
		const [item] = await runJsonEvents(state, operation, [event], { delivery: { dryRun: true } });
		const { eventId } = (item.event ?? {}) as { eventId?: string };
		expect(eventId).toMatch(/^n8n-[0-9a-f]{40}$/);
		ids.push(eventId!);
	}
	return ids;
}

test.each([
	[
		'contentViewed',
		'views: reporting system',
		viewed(),
		viewed({ reportingSystem: 'pandadoc' }),
		viewed({ viewActionTitle: 'Opened' }),
	],
	[
		'contentViewed',
		'views: content',
		viewed(),
		viewed({ contentId: 'env-2' }),
		viewed({ userAgent: 'Mozilla/5.0' }),
	],
	[
		'contentViewed',
		'views: viewer',
		viewed({ viewer: { email: 'a@acme.example' } }),
		viewed({ viewer: { email: 'b@acme.example' } }),
		viewed({ viewer: { email: 'a@acme.example' }, shareId: 's-1' }),
	],
	[
		'contentViewed',
		'views: tracking ID',
		viewed({ trackingId: 't-1' }),
		viewed({ trackingId: 't-2' }),
		viewed({ trackingId: 't-1', mobileAppId: 'com.x' }),
	],
	[
		'contentViewed',
		'the instant',
		viewed(),
		viewed({ eventTimestamp: '2026-03-02T15:04:06Z' }),
		viewed({ eventTimestamp: '2026-03-02T16:04:05+01:00' }),
	],
	[
		'contentShared',
		'shares: share',
		shared(),
		shared({ shareId: 'share-2' }),
		shared({ actionName: 'Sent' }),
	],
	[
		'contentShared',
		'shares: sharer',
		shared(),
		shared({ sharer: { email: 'kim@vendor.example' } }),
		shared({ sharingMessageSubject: 'Hi' }),
	],
	[
		'contentShared',
		'shares: recipients',
		shared(),
		shared({ recipients: [{ email: 'carl@acme.example' }] }),
		shared({ shareInfoUrl: 'https://e.example/s' }),
	],
	[
		'customAction',
		'custom actions: action',
		action(),
		action({ actionName: 'Meeting Booked' }),
		action({ eventInfoUrl: 'https://e.example/i' }),
	],
	[
		'customAction',
		'custom actions: content',
		action(),
		action({ contentId: 'env-9' }),
		action({ userAgent: 'curl' }),
	],
	[
		'customAction',
		'custom actions: actor',
		action(),
		action({ actor: { email: 'carl@acme.example' } }),
		action({
			crmContext: [{ system: 'Generic', objects: [{ objectType: 'Account', objectId: 'a-1' }] }],
		}),
	],
])(
	'%s, %s: changing it changes the ID; changing another field keeps it',
	async (operation, _claim, base, otherIdentity, sameIdentity) => {
		const [baseId, otherId, sameId] = await derivedIds(operation, [
			base,
			otherIdentity,
			sameIdentity,
		]);
		expect(otherId).not.toBe(baseId);
		expect(sameId).toBe(baseId);
	},
);

test.each([
	[
		'event type',
		interaction({ eventType: 'Demo Booked' }),
		interaction({ sessionId: 'session-1' }),
	],
	[
		'content',
		interaction({ content: { contentTitle: 'Plans' } }),
		interaction({ customFields: [{ name: 'c', value: 'v', dataType: 'STRING' }] }),
	],
	[
		'person',
		interaction({ person: { email: 'carl@acme.example' } }),
		interaction({ device: 'PC' }),
	],
])(
	'digital interactions, %s: changing it changes the ID; changing another field keeps it',
	async (_claim, otherIdentity, sameIdentity) => {
		const base = { ...interaction({ person: { email: 'jane@acme.example' } }) };
		delete base.eventId;
		const withPerson = (event: IDataObject) => {
			const copy: IDataObject = { person: { email: 'jane@acme.example' }, ...event };
			delete copy.eventId;
			return copy;
		};
		const [baseId, otherId, sameId] = await derivedIds('digitalInteraction', [
			base,
			withPerson(otherIdentity),
			withPerson(sameIdentity),
		]);
		expect(otherId).not.toBe(baseId);
		expect(sameId).toBe(baseId);
	},
);

test('the operation is part of the identity: one body sent as a view and as a share gets two IDs', async () => {
	// A CRM record: a share that names no one is refused, a view is not.
	const body = viewed({
		crmContext: [{ system: 'Generic', objects: [{ objectType: 'Account', objectId: 'a-1' }] }],
	});
	const [asView] = await derivedIds('contentViewed', [body]);
	const [asShare] = await derivedIds('contentShared', [body]);
	expect(asShare).not.toBe(asView);
});
