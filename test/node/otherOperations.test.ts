import { searchWorkspaces } from '../../nodes/GongEngagement/methods/listSearch';
import { accessKeyCredentials, runOnSandbox, useSandbox } from '../harness/fixtures';
import {
	expectedInteractionBody,
	expectedSharedBody,
	interactionParameters,
	shareItem,
	sharedParameters,
} from '../harness/operationFixtures';
import { loadOptionsContext } from '../harness/runWorkflow';

/* Content Shared, Custom Action and Digital Interaction through n8n's engine to the sandbox. */

const state = useSandbox({
	workspaces: [
		{ id: '623457276584334', name: 'Sales', description: 'North America' },
		{ id: '723457276584335', name: 'Customer Success' },
	],
});

test('Content Shared: every field arrives as mapped', async () => {
	const { sandbox } = state;
	const run = await runOnSandbox(state, {
		parameters: sharedParameters,
		items: [shareItem],
	});
	expect(run.error).toBeUndefined();
	expect(sandbox.received.map((event) => [event.path, event.body])).toEqual([
		['/v2/customer-engagement/content/shared', expectedSharedBody],
	]);
	expect(run.items[0].json).toMatchObject({
		status: 'reported',
		integrationId: '7782342274025937895',
		eventId: 'share-evt-1',
	});
});

test('Content Shared: a recipient without email is refused before sending', async () => {
	const { sandbox } = state;
	const run = await runOnSandbox(state, {
		parameters: {
			operation: 'contentShared',
			inputMode: 'json',
			eventJson: JSON.stringify({
				reportingSystem: 'x',
				eventTimestamp: '2026-03-01T09:13:02Z',
				contentId: 'd',
				contentUrl: 'https://e.com/d',
				contentTitle: 't',
				recipients: [{ email: 'jane@acme.example' }, { name: 'No Email' }],
			}),
		},
	});
	expect(run.error?.message).toBe('item 0: recipients[1].email is required');
	expect(sandbox.requestLog).toHaveLength(0);
});

test('Content Shared in the form: a recipient row without email is refused naming the row', async () => {
	const { sandbox } = state;
	const run = await runOnSandbox(state, {
		parameters: {
			...sharedParameters,
			recipients: { recipient: [{ email: 'jane@acme.example' }, { name: 'No Email' }] },
		},
		items: [shareItem],
	});
	expect(run.error?.message).toBe(
		'item 0: Recipients #2 → Email is required (recipients[1].email)',
	);
	expect(sandbox.requestLog).toHaveLength(0);
});

test('Custom Action: actor, optional content and the workspace by ID arrive as mapped; the derived eventId is stable', async () => {
	const { sandbox } = state;
	const parameters = {
		operation: 'customAction',
		reportingSystem: 'docusign',
		eventTimestamp: '2026-03-04T11:00:00Z',
		actionName: 'Contract Signed',
		actorIdentification: 'actor',
		actor: { email: 'jane@acme.example', name: 'Jane Buyer' },
		crmContext: { record: [{ system: 'Generic', objectType: 'Account', objectId: 'acct-9' }] },
		eventProperties: {
			property: [{ name: 'Signed At', value: '2026-03-04T11:00:00Z', dataType: 'date' }],
		},
		additionalFields: {
			contentId: 'env-1',
			contentTitle: 'MSA',
			contentUrl: 'https://app.docusign.com/documents/details/env-1',
			eventInfoUrl: 'https://app.docusign.com/documents/details/env-1/history',
			workspaceId: { __rl: true, mode: 'id', value: '723457276584335' },
		},
	};
	const first = await runOnSandbox(state, { parameters });
	const again = await runOnSandbox(state, { parameters });
	expect(first.error).toBeUndefined();
	const { eventId, ...body } = sandbox.received[0].body;
	expect(sandbox.received[0].path).toBe('/v2/customer-engagement/action');
	expect(body).toEqual({
		reportingSystem: 'docusign',
		eventTimestamp: '2026-03-04T11:00:00Z',
		actionName: 'Contract Signed',
		actor: { email: 'jane@acme.example', name: 'Jane Buyer' },
		crmContext: [{ system: 'Generic', objects: [{ objectType: 'Account', objectId: 'acct-9' }] }],
		eventProperties: [{ name: 'Signed At', value: '2026-03-04T11:00:00Z', dataType: 'date' }],
		contentId: 'env-1',
		contentTitle: 'MSA',
		contentUrl: 'https://app.docusign.com/documents/details/env-1',
		eventInfoUrl: 'https://app.docusign.com/documents/details/env-1/history',
		workspaceId: '723457276584335',
	});
	expect(eventId).toMatch(/^n8n-[0-9a-f]{40}$/);
	expect(again.items[0].json).toMatchObject({ status: 'alreadyReported', eventId });
	expect(sandbox.received).toHaveLength(1);
});

test('Digital Interaction: every field arrives as mapped, on POST /v2/digital-interaction', async () => {
	const { sandbox } = state;
	const run = await runOnSandbox(state, {
		parameters: interactionParameters,
		items: [{ id: 'di-1', at: 1767261600000 }],
	});
	expect(run.error).toBeUndefined();
	expect(sandbox.received.map((event) => [event.path, event.body])).toEqual([
		['/v2/digital-interaction', expectedInteractionBody],
	]);
	expect(run.items[0].json).toMatchObject({
		status: 'reported',
		eventId: 'di-1',
		eventTimestamp: '2026-01-01T10:00:00Z',
	});
});

test('Digital Interaction in JSON mode, with a tracking ID; delivery rules apply (dry run, then 409 on repeat)', async () => {
	const { sandbox } = state;
	const event = {
		eventId: 'di-json-1',
		timestamp: '2026-01-01T10:00:00+01:00',
		eventType: 'Demo Booked',
		content: { contentTitle: 'Book a demo' },
		trackingId: 'anon-42',
	};
	const dry = await runOnSandbox(state, {
		parameters: {
			operation: 'digitalInteraction',
			inputMode: 'json',
			eventJson: JSON.stringify(event),
			delivery: { dryRun: true },
		},
	});
	expect(dry.items[0].json).toEqual({
		status: 'dryRun',
		method: 'POST',
		path: '/v2/digital-interaction',
		event,
	});
	expect(sandbox.requestLog).toHaveLength(0);
	const parameters = {
		operation: 'digitalInteraction',
		inputMode: 'json',
		eventJson: JSON.stringify(event),
	};
	await runOnSandbox(state, { parameters });
	const again = await runOnSandbox(state, { parameters });
	expect(sandbox.received.map((received) => received.body)).toEqual([event]);
	expect(again.items[0].json).toMatchObject({ status: 'alreadyReported', httpStatus: 409 });
});

test('workspace picker: From List searches GET /v2/workspaces by name or ID', async () => {
	const { sandbox } = state;
	const context = loadOptionsContext(
		{ parameters: {}, credentials: accessKeyCredentials(sandbox) },
		'parameters.additionalFields.workspaceId',
	);
	expect(await searchWorkspaces.call(context)).toEqual({
		results: [
			{ name: 'Sales', value: '623457276584334', description: 'North America' },
			{ name: 'Customer Success', value: '723457276584335', description: undefined },
		],
	});
	expect(
		(await searchWorkspaces.call(context, 'success')).results.map((result) => result.value),
	).toEqual(['723457276584335']);
	expect(
		(await searchWorkspaces.call(context, '6234')).results.map((result) => result.name),
	).toEqual(['Sales']);
});

test('workspace picker: a credential without the workspace scope gets an error that says so', async () => {
	const { sandbox } = state;
	sandbox.answerNext({
		status: 403,
		body: { requestId: 'r-403', errors: ['Token lacks the scope api:workspaces:read'] },
	});
	const context = loadOptionsContext(
		{ parameters: {}, credentials: accessKeyCredentials(sandbox) },
		'parameters.additionalFields.workspaceId',
	);
	await expect(searchWorkspaces.call(context)).rejects.toThrow(
		'Gong answered 403 to the workspace list: Token lacks the scope api:workspaces:read (requestId r-403)',
	);
});
