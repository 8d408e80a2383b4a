import { searchWorkspaces } from '../../nodes/GongEngagement/methods/listSearch';
import { accessKeyCredentials, useSandbox } from '../harness/fixtures';
import { loadOptionsContext, runNode } from '../harness/runWorkflow';

/* Content Shared, Custom Action and Digital Interaction through n8n's engine to the sandbox. */

const state = useSandbox({
	workspaces: [
		{ id: '623457276584334', name: 'Sales', description: 'North America' },
		{ id: '723457276584335', name: 'Customer Success' },
	],
});

const share = {
	docId: 'doc-7',
	title: 'Proposal v3',
	sharedAt: '2026-03-01 09:13:02',
	seller: 'sam@vendor.example',
};

test('Content Shared: every field arrives as mapped', async () => {
	const { sandbox } = state;
	const run = await runNode({
		parameters: {
			operation: 'contentShared',
			reportingSystem: 'hubspot-docs',
			eventTimestamp: '={{ $json.sharedAt }}',
			contentId: '={{ $json.docId }}',
			contentUrl: '={{ "https://docs.example.com/" + $json.docId }}',
			contentTitle: '={{ $json.title }}',
			sharer: { id: '234599484848423', email: '={{ $json.seller }}', name: 'Sam Seller' },
			recipients: {
				recipient: [
					{
						email: 'jane@acme.example',
						name: 'Jane Buyer',
						title: 'VP',
						crmLinks: {
							link: [
								{ system: 'Salesforce', objectType: 'Contact', objectId: '0033600001abcDEAAY' },
							],
						},
					},
					{ email: 'carl@acme.example' },
				],
			},
			crmContext: {
				record: [
					{ system: 'Salesforce', objectType: 'Opportunity', objectId: '0063600000dsPyWAAU' },
				],
			},
			contentProperties: { property: [{ name: 'Pages', value: '12', dataType: 'number' }] },
			additionalFields: {
				actionName: 'Document Sent',
				shareId: 'share-1',
				shareInfoUrl: 'https://docs.example.com/doc-7/shares/1',
				sharingMessageSubject: 'Our proposal',
				sharingMessageBody: '<p>Hi Jane, <b>here it is</b>.</p>',
				workspaceId: { __rl: true, mode: 'list', value: '623457276584334' },
				eventId: 'share-evt-1',
			},
		},
		items: [share],
		credentials: accessKeyCredentials(sandbox),
	});
	expect(run.error).toBeUndefined();
	expect(sandbox.received.map((event) => [event.path, event.body])).toEqual([
		[
			'/v2/customer-engagement/content/shared',
			{
				reportingSystem: 'hubspot-docs',
				eventTimestamp: '2026-03-01T09:13:02-05:00',
				eventId: 'share-evt-1',
				contentId: 'doc-7',
				contentUrl: 'https://docs.example.com/doc-7',
				contentTitle: 'Proposal v3',
				sharer: { id: '234599484848423', email: 'sam@vendor.example', name: 'Sam Seller' },
				recipients: [
					{
						email: 'jane@acme.example',
						name: 'Jane Buyer',
						title: 'VP',
						context: [
							{
								system: 'Salesforce',
								objects: [{ objectType: 'Contact', objectId: '0033600001abcDEAAY' }],
							},
						],
					},
					{ email: 'carl@acme.example' },
				],
				crmContext: [
					{
						system: 'Salesforce',
						objects: [{ objectType: 'Opportunity', objectId: '0063600000dsPyWAAU' }],
					},
				],
				contentProperties: [{ name: 'Pages', value: '12', dataType: 'number' }],
				actionName: 'Document Sent',
				shareId: 'share-1',
				shareInfoUrl: 'https://docs.example.com/doc-7/shares/1',
				sharingMessageSubject: 'Our proposal',
				sharingMessageBody: '<p>Hi Jane, <b>here it is</b>.</p>',
				workspaceId: '623457276584334',
			},
		],
	]);
	expect(run.items[0].json).toMatchObject({
		status: 'reported',
		integrationId: '7782342274025937895',
		eventId: 'share-evt-1',
	});
});

test('Content Shared: a recipient without email is refused before sending', async () => {
	const { sandbox } = state;
	const run = await runNode({
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
		credentials: accessKeyCredentials(sandbox),
	});
	expect(run.error?.message).toBe('item 0: recipients[1].email is required');
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
	const first = await runNode({ parameters, credentials: accessKeyCredentials(sandbox) });
	const again = await runNode({ parameters, credentials: accessKeyCredentials(sandbox) });
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

const interactionParameters = {
	operation: 'digitalInteraction',
	eventId: '={{ $json.id }}',
	timestamp: '={{ $json.at }}',
	eventType: 'Pricing Page Viewed',
	contentTitle: 'Pricing',
	content: {
		contentId: 'pricing',
		contentUrl: 'https://example.com/pricing',
		contentAdditionalInfoUrl: 'https://example.com/analytics/pricing',
		contentLabel: 'pricing, enterprise',
		numericContentDetails: { details: { value: 9, rangeFrom: 0, rangeTo: 10, numericType: 'NPS' } },
		stepContentDetails: { details: { value: 'Plan', availableSteps: 'Plan, Pay, Done' } },
		searchObjectDetails: {
			details: { name: 'Acme', objectType: 'VENDOR', domain: 'acme.example' },
		},
		contentCustomFields: {
			field: [{ name: 'Seconds On Page', value: '={{ 95 }}', dataType: 'DURATION' }],
		},
	},
	personIdentification: 'person',
	person: {
		name: 'Jane Buyer',
		email: 'jane@acme.example',
		phoneNumber: '+1 512 555 0100',
		personId: 'visitor-77',
		personBusinessContext: {
			record: { objectType: 'CONTACT', objectId: '0033600001abcDEAAY', systemName: 'Salesforce' },
		},
		country: 'US',
		city: 'Austin',
		companyName: 'Acme',
		companyDomain: 'acme.example',
		companyBusinessContexts: {
			record: [{ objectType: 'ACCOUNT', objectId: '0013601230sV7grAAC', systemName: 'Salesforce' }],
		},
		personCustomFields: { field: [{ name: 'Returning', value: 'true', dataType: 'BOOLEAN' }] },
	},
	additionalFields: {
		sessionId: 'session-5',
		device: 'PC',
		sourceSystemName: 'Zapier',
		customFields: { field: [{ name: 'Campaign', value: 'spring', dataType: 'STRING' }] },
	},
};

test('Digital Interaction: every field arrives as mapped, on POST /v2/digital-interaction', async () => {
	const { sandbox } = state;
	const run = await runNode({
		parameters: interactionParameters,
		items: [{ id: 'di-1', at: 1767261600000 }],
		credentials: accessKeyCredentials(sandbox),
	});
	expect(run.error).toBeUndefined();
	expect(sandbox.received.map((event) => [event.path, event.body])).toEqual([
		[
			'/v2/digital-interaction',
			{
				eventId: 'di-1',
				timestamp: '2026-01-01T10:00:00Z',
				eventType: 'Pricing Page Viewed',
				sourceSystemName: 'Zapier',
				sessionId: 'session-5',
				device: 'PC',
				content: {
					contentId: 'pricing',
					contentTitle: 'Pricing',
					contentLabel: ['pricing', 'enterprise'],
					contentUrl: 'https://example.com/pricing',
					contentAdditionalInfoUrl: 'https://example.com/analytics/pricing',
					numericContentDetails: { value: 9, rangeFrom: 0, rangeTo: 10, numericType: 'NPS' },
					stepContentDetails: { value: 'Plan', availableSteps: ['Plan', 'Pay', 'Done'] },
					searchObjectDetails: { name: 'Acme', objectType: 'VENDOR', domain: 'acme.example' },
					contentCustomFields: [{ name: 'Seconds On Page', value: '95', dataType: 'DURATION' }],
				},
				person: {
					name: 'Jane Buyer',
					email: 'jane@acme.example',
					phoneNumber: '+1 512 555 0100',
					personId: 'visitor-77',
					personBusinessContext: {
						objectType: 'CONTACT',
						objectId: '0033600001abcDEAAY',
						systemName: 'Salesforce',
					},
					location: { country: 'US', city: 'Austin' },
					company: {
						name: 'Acme',
						domain: 'acme.example',
						companyBusinessContexts: [
							{ objectType: 'ACCOUNT', objectId: '0013601230sV7grAAC', systemName: 'Salesforce' },
						],
					},
					personCustomFields: [{ name: 'Returning', value: 'true', dataType: 'BOOLEAN' }],
				},
				customFields: [{ name: 'Campaign', value: 'spring', dataType: 'STRING' }],
			},
		],
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
	const dry = await runNode({
		parameters: {
			operation: 'digitalInteraction',
			inputMode: 'json',
			eventJson: JSON.stringify(event),
			delivery: { dryRun: true },
		},
		credentials: accessKeyCredentials(sandbox),
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
	await runNode({ parameters, credentials: accessKeyCredentials(sandbox) });
	const again = await runNode({ parameters, credentials: accessKeyCredentials(sandbox) });
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
