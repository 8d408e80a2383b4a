import { rmSync } from 'fs';

import { GongSandbox } from '../sandbox/server';
import {
	ACCESS_KEY,
	ACCESS_KEY_SECRET,
	expectedFullBody,
	fullFieldParameters,
	requiredFromItem,
	viewItem,
} from '../harness/fixtures';
import {
	expectedInteractionBody,
	expectedSharedBody,
	interactionParameters,
	shareItem,
	sharedParameters,
} from '../harness/operationFixtures';
import {
	createN8nEnvironment,
	executeWorkflow,
	exportCredential,
	importCredentials,
	importWorkflows,
	type N8nEnvironment,
	type N8nServer,
	ownerSession,
	publishWorkflow,
	startServer,
	waitForWebhook,
	testAccessKeyCredential,
} from './n8nRuntime';
import {
	exampleWorkflow,
	googleDriveExampleFedBySample,
	gongNode,
	oauthWorkflow,
	sandboxKeyCredential,
	workflowFeeding,
} from './workflows';

async function until(condition: () => boolean, timeoutMs = 20_000): Promise<void> {
	const deadline = Date.now() + timeoutMs;
	while (!condition()) {
		if (Date.now() > deadline) throw new Error('timed out waiting for the sandbox');
		await new Promise((resolve) => setTimeout(resolve, 100));
	}
}

/*
 * The package as users run it: packed, installed into a real n8n 2.x, credentials and workflows
 * imported, executed by n8n itself, against the Gong sandbox.
 */

let sandbox: GongSandbox;
let n8n: N8nEnvironment;

const OAUTH_CLIENT = { clientId: 'e2e-client', clientSecret: 'e2e-client-secret' };

beforeAll(async () => {
	sandbox = await new GongSandbox({
		accessKey: ACCESS_KEY,
		accessKeySecret: ACCESS_KEY_SECRET,
		oauthClient: {
			...OAUTH_CLIENT,
			refreshTokens: ['e2e-refresh-1'],
			scopes: ['api:engagement-data:write', 'api:workspaces:read'],
		},
	}).start();
	n8n = await createN8nEnvironment({
		// n8n's own credential overwrite mechanism: the OAuth2 token URL points at the sandbox.
		CREDENTIALS_OVERWRITE_DATA: JSON.stringify({
			gongEngagementOAuth2Api: { accessTokenUrl: `${sandbox.url}/oauth2/generate-customer-token` },
		}),
	});
	await importCredentials(n8n, [
		sandboxKeyCredential(sandbox),
		{
			id: 'gongSandboxOAuth1',
			name: 'gongSandboxOAuth1',
			type: 'gongEngagementOAuth2Api',
			data: {
				...OAUTH_CLIENT,
				grantType: 'authorizationCode',
				authUrl: 'https://app.gong.io/oauth2/authorize',
				accessTokenUrl: `${sandbox.url}/oauth2/generate-customer-token`,
				scope: 'api:engagement-data:write api:workspaces:read',
				authentication: 'header',
				authQueryParameters: '',
				// Unreachable on purpose: calls must go to the tenant URL from the token.
				baseUrl: 'https://api.gong.io',
				oauthTokenData: {
					access_token: 'e2e-expired-access-token',
					refresh_token: 'e2e-refresh-1',
					token_type: 'bearer',
					api_base_url_for_customer: sandbox.url,
				},
			},
		},
	]);
	await importWorkflows(n8n, [
		workflowFeeding(
			'e2eFields0000001',
			[viewItem(0)],
			gongNode('Gong', { parameters: fullFieldParameters }),
		),
		workflowFeeding(
			'e2eJsonMode00001',
			[{ event: { ...expectedFullBody, eventId: 'json-mode-1', contentId: 'json-1' } }],
			gongNode('Gong', { parameters: { inputMode: 'json', eventJson: '={{ $json.event }}' } }),
		),
		workflowFeeding(
			'e2eMixedBatch001',
			[
				viewItem(10),
				viewItem(11, { envelopeId: '' }),
				viewItem(12),
				viewItem(13, { viewedAt: 'next week' }),
				viewItem(14),
			],
			gongNode('Gong', {
				parameters: { ...requiredFromItem, delivery: { maxRetries: 0 } },
				onError: 'continueErrorOutput',
			}),
		),
		googleDriveExampleFedBySample(),
		workflowFeeding(
			'e2eShared0000001',
			[shareItem],
			gongNode('Gong', { parameters: sharedParameters }),
		),
		workflowFeeding(
			'e2eAction0000001',
			[{ signedAt: '2026-03-04T12:00:00+01:00' }],
			gongNode('Gong', { parameters: actionParameters }),
		),
		workflowFeeding(
			'e2eDigitalInter1',
			[{ id: 'di-1', at: 1767261600000 }],
			gongNode('Gong', { parameters: interactionParameters }),
		),
	]);
}, 600_000);

afterAll(async () => {
	await sandbox?.stop();
	if (n8n) rmSync(n8n.home, { recursive: true, force: true });
});

beforeEach(() => sandbox.reset());

const outputOf = (result: Awaited<ReturnType<typeof executeWorkflow>>, output = 0) =>
	result.run?.data.resultData.runData.Gong?.[0]?.data?.main[output] ?? [];

test('fields mode: every field arrives in Gong exactly as mapped', async () => {
	const result = await executeWorkflow(n8n, 'e2eFields0000001');
	expect(result.run?.status).toBe('success');
	expect(sandbox.received.map((event) => event.body)).toEqual([expectedFullBody]);
	expect(outputOf(result)[0].json).toMatchObject({
		status: 'reported',
		httpStatus: 200,
		integrationId: '7782342274025937895',
		requestId: sandbox.received[0].requestId,
		eventId: 'view-env-0',
	});
});

test('JSON mode: the event given as JSON arrives as given', async () => {
	const result = await executeWorkflow(n8n, 'e2eJsonMode00001');
	expect(result.run?.status).toBe('success');
	expect(sandbox.received.map((event) => event.body)).toEqual([
		{ ...expectedFullBody, eventId: 'json-mode-1', contentId: 'json-1' },
	]);
});

test('mixed batch with continueOnFail: good items on the main output, failures on the error output', async () => {
	sandbox.answerNext({
		status: 500,
		body: { requestId: 'req-e2e-500', errors: ['Unexpected error'] },
		onlyFor: (body) => body.contentId === 'env-12',
	});
	const result = await executeWorkflow(n8n, 'e2eMixedBatch001');
	expect(result.run?.status).toBe('success');
	const succeeded = outputOf(result, 0);
	const failed = outputOf(result, 1);
	expect(succeeded.map((item) => [item.json.status, item.pairedItem])).toEqual([
		['reported', { item: 0 }],
		['reported', { item: 4 }],
	]);
	expect(failed.map((item) => [item.json.error, item.pairedItem])).toEqual([
		['item 1: Content ID is required (contentId)', { item: 1 }],
		[
			'item 2: Gong answered 500 Internal Server Error: Unexpected error (requestId req-e2e-500)',
			{ item: 2 },
		],
		[
			expect.stringMatching(/^item 3: Event Timestamp must be a date-time: .* \(eventTimestamp\)$/),
			{ item: 3 },
		],
	]);
	expect(sandbox.received.map((event) => event.body.contentId)).toEqual(['env-10', 'env-14']);
});

test('Google Drive example: a changed file becomes a Content Viewed event; one without its editor or their email comes out of Not Reported saying which', async () => {
	const result = await executeWorkflow(n8n, 'e2eDriveExample1');
	expect(result.run?.status).toBe('success');
	const notReported =
		result.run?.data.resultData.runData['Not Reported: Editor Unknown']?.[0]?.data?.main[0] ?? [];
	expect(notReported.map((item) => [item.json.error, item.json.id])).toEqual([
		[
			'Not reported: Drive named no last editor of "Acme Corp - Security Questionnaire" (lastModifyingUser is absent), so Gong could place the edit on no timeline.',
			'1Kp7nQ2rS9tU4vW6xY8zA0bC3dE5fG7hI',
		],
		[
			'Not reported: Drive gave no email for Jordan Buyer of "Acme Corp - Pricing Notes" (lastModifyingUser.emailAddress is absent), so Gong could place the edit on no timeline.',
			'1Mw3xY5zA7bC9dE1fG3hI5jK7lM9nO1pQ',
		],
	]);
	expect(sandbox.received.map((event) => event.body)).toEqual([
		{
			reportingSystem: 'google-drive',
			eventTimestamp: '2026-03-03T16:41:27.904Z',
			eventId: 'drive:1Zq9mK3xT7vB2nR5pL8wQ4sY6uH0jC1dE:184',
			contentId: '1Zq9mK3xT7vB2nR5pL8wQ4sY6uH0jC1dE',
			contentUrl:
				'https://docs.google.com/document/d/1Zq9mK3xT7vB2nR5pL8wQ4sY6uH0jC1dE/edit?usp=drivesdk',
			contentTitle: 'Acme Corp - Proposal Q3 2026',
			viewActionTitle: 'Document Edited',
			viewer: { email: 'jane.buyer@acme.example', name: 'Jane Buyer' },
			contentProperties: [
				{ name: 'File Type', value: 'application/vnd.google-apps.document', dataType: 'string' },
			],
		},
	]);
});

const actionParameters = {
	operation: 'customAction',
	reportingSystem: 'docusign',
	eventTimestamp: '={{ $json.signedAt }}',
	actionName: 'Contract Signed',
	actorIdentification: 'actor',
	actor: { email: 'jane@acme.example' },
	additionalFields: {
		eventId: 'signed-1',
		workspaceId: { __rl: true, mode: 'id', value: '623457276584334' },
	},
};

test.each([
	[
		'Content Shared',
		'e2eShared0000001',
		'/v2/customer-engagement/content/shared',
		expectedSharedBody,
	],
	[
		'Custom Action',
		'e2eAction0000001',
		'/v2/customer-engagement/action',
		{
			reportingSystem: 'docusign',
			eventTimestamp: '2026-03-04T12:00:00+01:00',
			eventId: 'signed-1',
			actionName: 'Contract Signed',
			actor: { email: 'jane@acme.example' },
			workspaceId: '623457276584334',
		},
	],
	['Digital Interaction', 'e2eDigitalInter1', '/v2/digital-interaction', expectedInteractionBody],
])(
	'%s: every field arrives at its endpoint from a real n8n',
	async (_operation, workflowId, path, body) => {
		const result = await executeWorkflow(n8n, workflowId);
		expect(result.run?.status).toBe('success');
		expect(sandbox.received.map((event) => [event.path, event.body])).toEqual([[path, body]]);
		expect(outputOf(result)[0].json).toMatchObject({ status: 'reported', httpStatus: 200 });
	},
);

describe('in a running n8n (n8n start): webhooks, OAuth2 refresh, credential test', () => {
	let server: N8nServer;
	let cookie: string;

	beforeAll(async () => {
		await importWorkflows(n8n, [
			exampleWorkflow('webhook-to-gong', 'e2eWebhookExmpl1'),
			oauthWorkflow(),
		]);
		for (const id of ['e2eWebhookExmpl1', 'e2eOAuth2Webhook']) await publishWorkflow(n8n, id);
		server = await startServer(n8n);
		cookie = await ownerSession(server);
		for (const webhook of ['document-viewed', 'oauth2-view']) await waitForWebhook(server, webhook);
	}, 300_000);

	afterAll(async () => await server?.stop());

	const post = async (pathName: string, body: unknown) =>
		await fetch(`${server.url}/webhook/${pathName}`, {
			method: 'POST',
			headers: { 'Content-Type': 'application/json' },
			body: JSON.stringify(body),
		});

	test('generic webhook example: a posted view event arrives in Gong', async () => {
		const response = await post('document-viewed', {
			documentId: 'deck-42',
			documentTitle: 'Q3 Proposal',
			documentUrl: 'https://docs.example.com/d/deck-42',
			viewerEmail: 'jane@acme.example',
			viewerName: 'Jane Buyer',
			viewedAt: 1767261600,
			secondsViewed: 95,
			viewId: 'v-9f2',
		});
		expect(response.status).toBe(200);
		await until(() => sandbox.received.length > 0);
		expect(sandbox.received.map((event) => event.body)).toEqual([
			{
				reportingSystem: 'document-portal',
				eventTimestamp: '2026-01-01T10:00:00Z',
				eventId: 'v-9f2',
				contentId: 'deck-42',
				contentUrl: 'https://docs.example.com/d/deck-42',
				contentTitle: 'Q3 Proposal',
				viewActionTitle: 'Document Viewed',
				viewer: { email: 'jane@acme.example', name: 'Jane Buyer' },
				eventProperties: [{ name: 'Seconds Viewed', value: '95', dataType: 'number' }],
			},
		]);
	});

	test('OAuth2: an expired token is refreshed at the token endpoint (client as Basic) and calls go to the tenant URL', async () => {
		const response = await post('oauth2-view', viewItem(20));
		const output = (await response.json()) as Record<string, unknown>;
		expect(output).toMatchObject({ status: 'reported', httpStatus: 200 });
		expect(sandbox.issuedTokens).toHaveLength(1);
		expect(sandbox.received).toHaveLength(1);
		expect(sandbox.received[0].auth).toBe('bearer');
		// n8n stored the rotated pair: the next refresh will use the new single-use token.
		const stored = await exportCredential(n8n, 'gongSandboxOAuth1');
		expect((stored.oauthTokenData as Record<string, unknown>).refresh_token).toBe(
			sandbox.issuedTokens[0].refresh_token,
		);
	});

	test('credential test: n8n tests the access-key credential against GET /v2/workspaces', async () => {
		const test = async (data: Record<string, unknown>) =>
			await testAccessKeyCredential(server, cookie, data);
		const good = await test({
			baseUrl: `${sandbox.url}/`,
			accessKey: ACCESS_KEY,
			accessKeySecret: ACCESS_KEY_SECRET,
		});
		expect(good.status).toBe('OK');
		expect(
			sandbox.requestLog.some(
				(entry) =>
					entry.method === 'GET' && entry.path === '/v2/workspaces' && entry.status === 200,
			),
		).toBe(true);
		const bad = await test({
			baseUrl: sandbox.url,
			accessKey: ACCESS_KEY,
			accessKeySecret: 'wrong',
		});
		expect(bad.status).toBe('Error');
	});
});
