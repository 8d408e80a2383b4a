import { randomUUID } from 'crypto';
import { rmSync } from 'fs';

import { GongSandbox } from '../sandbox/server';
import { ACCESS_KEY, ACCESS_KEY_SECRET } from '../harness/fixtures';
import {
	connectHmacCredential,
	connectMessage,
	connectRequestFixture,
	connectSignature,
	postToConnectWebhook,
	signedHeaders,
} from './docusignConnect';
import {
	createN8nEnvironment,
	importCredentials,
	importWorkflows,
	type N8nEnvironment,
	type N8nServer,
	ownerSession,
	publishWorkflow,
	startServer,
	waitForWebhook,
} from './n8nRuntime';
import { exampleWorkflow, sandboxKeyCredential } from './workflows';

/*
 * The DocuSign example as a user imports it, published in a running n8n, fed by Connect posts
 * shaped from DocuSign's JSON SIM model and signed with the test's Connect key: each variation
 * gives exactly the Gong bodies it should, once; forged or unsigned posts are answered 401 and
 * reach nothing; messages Gong cannot use end as items saying why. A signed post is answered only
 * after the Gong nodes ran: 200 when nothing is left for a resend, 503 when Gong did not take an
 * event, so Connect sends the message again and Gong's 409 absorbs what it already has.
 */

const CONNECT_KEY = 'e2eConnectKey+dGVzdC1vbmx5LW5vdC1hLXNlY3JldA=';
const WORKFLOW_ID = 'e2eDocuSignConn1';
const ENVELOPE = '93be49ab-5a1e-4f1c-9e3b-1c2d3e4f5a6b';
// The developer-account address, set in the example's DocuSign Settings node as a user would.
const WEB_URL = 'https://appdemo.docusign.com';
/** n8n's own behaviour, outside the example: two Respond to Webhook nodes in one execution. */
const TWO_RESPONSES_ID = 'e2eTwoResponses1';
const TWO_RESPONSES_PATH = 'two-responses';
/** The nodes of the example that answer the post: exactly one of them runs per execution. */
const RESPONDERS = ['Accept (200)', 'Reject (401)', 'Resend Later (503)'];

let sandbox: GongSandbox;
let n8n: N8nEnvironment;
let server: N8nServer;
let cookie: string;

function exampleForDeveloperAccount() {
	const example = exampleWorkflow('docusign-to-gong', WORKFLOW_ID);
	const settings = example.nodes.find((node) => node.name === 'DocuSign Settings')!;
	const assignments = (settings.parameters.assignments as { assignments: Array<{ value: string }> })
		.assignments;
	assignments[0].value = WEB_URL;
	return example;
}

/** Webhook → Respond "first" (200) → Respond "second" (503): which answer does the caller get? */
function twoResponsesWorkflow() {
	const respond = (name: string, text: string, code: number, x: number) => ({
		id: `${TWO_RESPONSES_ID}-${text}`,
		name,
		type: 'n8n-nodes-base.respondToWebhook',
		typeVersion: 1.1,
		position: [x, 0],
		parameters: { respondWith: 'text', responseBody: text, options: { responseCode: code } },
	});
	return {
		id: TWO_RESPONSES_ID,
		name: TWO_RESPONSES_ID,
		active: false,
		settings: { executionOrder: 'v1' },
		nodes: [
			{
				id: `${TWO_RESPONSES_ID}-hook`,
				name: 'Webhook',
				type: 'n8n-nodes-base.webhook',
				typeVersion: 2,
				position: [0, 0],
				webhookId: '4d3c1f0e-docu-sign-0000-000000000002',
				parameters: { httpMethod: 'POST', path: TWO_RESPONSES_PATH, responseMode: 'responseNode' },
			},
			respond('First Response', 'first', 200, 220),
			respond('Second Response', 'second', 503, 440),
		],
		connections: {
			Webhook: { main: [[{ node: 'First Response', type: 'main', index: 0 }]] },
			'First Response': { main: [[{ node: 'Second Response', type: 'main', index: 0 }]] },
		},
	};
}

beforeAll(async () => {
	sandbox = await new GongSandbox({
		accessKey: ACCESS_KEY,
		accessKeySecret: ACCESS_KEY_SECRET,
	}).start();
	n8n = await createN8nEnvironment();
	await importCredentials(n8n, [sandboxKeyCredential(sandbox), connectHmacCredential(CONNECT_KEY)]);
	await importWorkflows(n8n, [exampleForDeveloperAccount(), twoResponsesWorkflow()]);
	await publishWorkflow(n8n, WORKFLOW_ID);
	await publishWorkflow(n8n, TWO_RESPONSES_ID);
	server = await startServer(n8n);
	cookie = await ownerSession(server);
	await waitForWebhook(server, 'docusign-connect');
	await waitForWebhook(server, TWO_RESPONSES_PATH);
}, 600_000);

afterAll(async () => {
	await server?.stop();
	await sandbox?.stop();
	if (n8n) rmSync(n8n.home, { recursive: true, force: true });
});

beforeEach(() => sandbox.reset());

type Item = { json: Record<string, unknown> };
interface Execution {
	status: string;
	/** Items on each output of each node that ran, by node name. */
	outputs: Record<string, Item[][]>;
}

/**
 * n8n keeps execution data in the "flatted" form: a JSON array whose first entry is the root and in
 * which every string inside an object or array is the index of the entry holding it.
 */
function unflatten(text: string): unknown {
	const table = JSON.parse(text) as unknown[];
	const entry = (value: unknown): unknown => {
		if (Array.isArray(value)) return value.map(reference);
		if (value && typeof value === 'object')
			return Object.fromEntries(
				Object.entries(value).map(([key, inner]) => [key, reference(inner)]),
			);
		return value;
	};
	const reference = (value: unknown): unknown =>
		typeof value === 'string' ? entry(table[Number(value)]) : value;
	return entry(table[0]);
}

async function rest<T>(pathAndQuery: string): Promise<T> {
	const response = await fetch(`${server.url}/rest/${pathAndQuery}`, { headers: { cookie } });
	if (!response.ok) throw new Error(`GET /rest/${pathAndQuery}: ${response.status}`);
	return ((await response.json()) as { data: T }).data;
}

async function executionIds(workflowId = WORKFLOW_ID): Promise<string[]> {
	const filter = encodeURIComponent(JSON.stringify({ workflowId }));
	const { results } = await rest<{ results: Array<{ id: string }> }>(
		`executions?filter=${filter}&limit=100`,
	);
	return results.map((execution) => execution.id);
}

/**
 * Each post carries its own id in this header (Connect signs only the body, so it changes nothing
 * the example checks); its execution is the one whose webhook output holds it. Counting "new"
 * executions instead mistook an earlier post's execution, recorded late on a busy machine, for it.
 */
const POST_HEADER = 'x-e2e-post';

type RunData = Record<string, Array<{ data?: { main: Item[][] } }>>;

function postIdIn(runData: RunData): unknown {
	for (const runs of Object.values(runData)) {
		const headers = (runs[0]?.data?.main?.[0]?.[0]?.json as { headers?: Record<string, unknown> })
			?.headers;
		if (headers?.[POST_HEADER] !== undefined) return headers[POST_HEADER];
	}
	return undefined;
}

/** Waits for the execution the post `postId` started to finish, and returns what each node gave. */
async function executionAfter(
	seen: string[],
	postId: string,
	workflowId = WORKFLOW_ID,
): Promise<Execution> {
	const deadline = Date.now() + 60_000;
	const others = new Set(seen);
	for (;;) {
		for (const id of (await executionIds(workflowId)).filter((id) => !others.has(id))) {
			const execution = await rest<{ status: string; data: string }>(`executions/${id}`);
			if (['new', 'running', 'waiting', 'unknown'].includes(execution.status)) continue;
			const runData = (unflatten(execution.data) as { resultData: { runData: RunData } }).resultData
				.runData;
			if (postIdIn(runData) !== postId) {
				others.add(id);
				continue;
			}
			const outputs = Object.fromEntries(
				Object.entries(runData).map(([node, runs]) => [
					node,
					(runs[0]?.data?.main ?? []).map((output) => output ?? []),
				]),
			);
			return { status: execution.status, outputs };
		}
		if (Date.now() > deadline) throw new Error('the post started no execution that finished');
		await new Promise((resolve) => setTimeout(resolve, 250));
	}
}

/** Posts to the example's webhook and waits for the execution it starts to finish. */
async function deliver(rawBody: string, headers: Record<string, string>) {
	const seen = await executionIds();
	const postId = randomUUID();
	const response = await postToConnectWebhook(`${server.url}/webhook/docusign-connect`, rawBody, {
		...headers,
		[POST_HEADER]: postId,
	});
	const text = await response.text();
	const execution = await executionAfter(seen, postId);
	// Every path through the example ends in one Respond to Webhook node, never two or none.
	expect(RESPONDERS.filter((node) => node in execution.outputs)).toHaveLength(1);
	return { status: response.status, text, execution };
}

const deliverSigned = async (fixture: string) => {
	const rawBody = connectMessage(fixture);
	return await deliver(rawBody, signedHeaders(rawBody, CONNECT_KEY));
};

const bodiesAt = (path: string) =>
	sandbox.received.filter((event) => event.path === path).map((event) => event.body);
const VIEWED = '/v2/customer-engagement/content/viewed';
const SHARED = '/v2/customer-engagement/content/shared';

const envelopeContent = {
	reportingSystem: 'docusign',
	contentId: ENVELOPE,
	contentUrl: `${WEB_URL}/documents/details/${ENVELOPE}`,
	contentTitle: 'Please DocuSign: Acme Corp - Master Services Agreement 2026.pdf',
	crmContext: [
		{
			system: 'Salesforce',
			objects: [
				{ objectType: 'Opportunity', objectId: '0063600000dsPyWAAU' },
				{ objectType: 'Account', objectId: '0013601230sV7grAAC' },
			],
		},
	],
	contentProperties: [{ name: 'Documents', value: '2', dataType: 'number' }],
};

const openedBy = (recipientId: string, viewer: { email: string; name: string }) => ({
	...envelopeContent,
	eventTimestamp: '2026-03-02T14:04:05.123Z',
	eventId: `${ENVELOPE}:${recipientId}:recipient-delivered`,
	viewActionTitle: 'Envelope Opened',
	viewer,
});

const gongNodesRan = (execution: Execution) =>
	['Report View to Gong', 'Report Send to Gong'].filter((node) => node in execution.outputs);

describe('signed Connect posts', () => {
	test('a signer opening the envelope (with the envelope summary) is one Content Viewed on the deal', async () => {
		const { status, execution } = await deliverSigned('recipient-delivered-signer');
		expect(status).toBe(200);
		expect(execution.status).toBe('success');
		expect(sandbox.received.map((event) => [event.path, event.body])).toEqual([
			[VIEWED, openedBy('1', { email: 'jane.buyer@acme.example', name: 'Jane Buyer' })],
		]);
		expect(execution.outputs['Report View to Gong'][0].map((item) => item.json.status)).toEqual([
			'reported',
		]);
	});

	test.each([
		[
			'a certified delivery',
			'recipient-delivered-certified-delivery',
			'3',
			'lena.legal@acme.example',
			'Lena Legal',
		],
		// The in-person signer, not the signing host (the sender's own user) whose email DocuSign
		// also puts on that recipient.
		[
			'an in-person signer',
			'recipient-delivered-in-person-signer',
			'4',
			'olga.owner@acme.example',
			'Olga Owner',
		],
		[
			'an editor',
			'recipient-delivered-editor',
			'5',
			'erin.procurement@acme.example',
			'Erin Procurement',
		],
		[
			'an agent',
			'recipient-delivered-agent',
			'6',
			'aaron.assistant@acme.example',
			'Aaron Assistant',
		],
		[
			'an intermediary',
			'recipient-delivered-intermediary',
			'7',
			'ivy.reseller@partner.example',
			'Ivy Reseller',
		],
		['a witness', 'recipient-delivered-witness', '8', 'walt.witness@acme.example', 'Walt Witness'],
	])(
		'%s opening the envelope is one Content Viewed with that recipient as the viewer',
		async (_type, fixture, recipientId, email, name) => {
			const { status, execution } = await deliverSigned(fixture);
			expect(status).toBe(200);
			expect(execution.status).toBe('success');
			expect(sandbox.received.map((event) => [event.path, event.body])).toEqual([
				[VIEWED, openedBy(recipientId, { email, name })],
			]);
		},
	);

	test('a recipient completing is one Content Viewed "Envelope Completed" at the signing time', async () => {
		const { status } = await deliverSigned('recipient-completed-signer');
		expect(status).toBe(200);
		expect(bodiesAt(VIEWED)).toEqual([
			{
				...envelopeContent,
				eventTimestamp: '2026-03-03T10:21:40.447Z',
				eventId: `${ENVELOPE}:1:recipient-completed`,
				viewActionTitle: 'Envelope Completed',
				viewer: { email: 'jane.buyer@acme.example', name: 'Jane Buyer' },
			},
		]);
	});

	test('envelope-sent is one Content Shared: the sender shares it with every recipient', async () => {
		const { status, execution } = await deliverSigned('envelope-sent');
		expect(status).toBe(200);
		expect(execution.status).toBe('success');
		expect(sandbox.received.map((event) => [event.path, event.body])).toEqual([
			[
				SHARED,
				{
					...envelopeContent,
					eventTimestamp: '2026-03-01T09:13:02.560Z',
					eventId: `${ENVELOPE}:envelope-sent`,
					actionName: 'Envelope Sent',
					sharingMessageSubject: envelopeContent.contentTitle,
					sharer: { email: 'sam.seller@vendor.example', name: 'Sam Seller' },
					recipients: [
						{ email: 'jane.buyer@acme.example', name: 'Jane Buyer' },
						{ email: 'carl.finance@acme.example', name: 'Carl Finance' },
					],
				},
			],
		]);
	});

	test("envelope-completed reports what each recipient did under the recipient events' IDs, so a later recipient event is kept once", async () => {
		const completed = await deliverSigned('envelope-completed');
		expect(completed.status).toBe(200);
		const jane = { email: 'jane.buyer@acme.example', name: 'Jane Buyer' };
		// The carbon copy has neither opened nor signed: nothing for them.
		expect(bodiesAt(VIEWED)).toEqual([
			openedBy('1', jane),
			{
				...envelopeContent,
				eventTimestamp: '2026-03-03T10:21:40.447Z',
				eventId: `${ENVELOPE}:1:recipient-completed`,
				viewActionTitle: 'Envelope Completed',
				viewer: jane,
			},
		]);

		const repeat = await deliverSigned('recipient-delivered-signer');
		expect(repeat.status).toBe(200);
		expect(repeat.execution.status).toBe('success');
		expect(
			repeat.execution.outputs['Report View to Gong'][0].map((item) => item.json.status),
		).toEqual(['alreadyReported']);
		expect(bodiesAt(VIEWED)).toHaveLength(2);
	});

	test('without the envelope summary nothing is sent; the item says which Connect option to turn on', async () => {
		const { status, execution } = await deliverSigned('recipient-delivered-without-summary');
		expect(status).toBe(200);
		expect(execution.status).toBe('success');
		expect(sandbox.received).toEqual([]);
		expect(gongNodesRan(execution)).toEqual([]);
		expect(execution.outputs['Cannot Report'][0].map((item) => item.json)).toEqual([
			{
				route: 'cannotReport',
				error: `DocuSign "recipient-delivered" for envelope ${ENVELOPE}: the message carries no envelope summary (data.envelopeSummary), so the recipients and their emails are unknown. In the DocuSign Connect configuration, under Include Data, turn on "Recipients" (and "Custom Fields" for the deal context).`,
				event: 'recipient-delivered',
				envelopeId: ENVELOPE,
				recipientId: '1',
			},
		]);
	});

	test('an in-person signer without their own email (signerEmail is optional) is not reported as the host; the item says why', async () => {
		const message = JSON.parse(connectMessage('recipient-delivered-in-person-signer'));
		delete message.data.envelopeSummary.recipients.inPersonSigners[0].signerEmail;
		const rawBody = JSON.stringify(message);
		const { status, execution } = await deliver(rawBody, signedHeaders(rawBody, CONNECT_KEY));
		expect(status).toBe(200);
		expect(execution.status).toBe('success');
		expect(sandbox.received).toEqual([]);
		expect(execution.outputs['Cannot Report'][0].map((item) => item.json.error)).toEqual([
			`DocuSign "recipient-delivered" for envelope ${ENVELOPE}: recipient 4 (inPersonSigners) has no email in DocuSign; Gong needs the viewer's email`,
		]);
	});

	test('an event the example does not report (envelope-voided) sends nothing and says so', async () => {
		const { status, execution } = await deliverSigned('envelope-voided');
		expect(status).toBe(200);
		expect(execution.status).toBe('success');
		expect(sandbox.received).toEqual([]);
		expect(execution.outputs['Not Reported'][0].map((item) => item.json.reason)).toEqual([
			`DocuSign "envelope-voided" for envelope ${ENVELOPE}: not an event this workflow reports`,
		]);
	});

	test.each([
		['an empty object', '{}'],
		['no data', JSON.stringify({ event: 'recipient-delivered' })],
		['data without ids', JSON.stringify({ event: 'envelope-completed', data: {} })],
	])(
		'a signed post with %s sends nothing and the execution does not fail',
		async (_case, rawBody) => {
			const { status, execution } = await deliver(rawBody, signedHeaders(rawBody, CONNECT_KEY));
			expect(status).toBe(200);
			expect(execution.status).toBe('success');
			expect(sandbox.received).toEqual([]);
			expect(gongNodesRan(execution)).toEqual([]);
		},
	);

	test('during a key rotation, a post whose second signature is made with this key is accepted', async () => {
		const rawBody = connectMessage('recipient-delivered-editor');
		const { status } = await deliver(rawBody, {
			'X-DocuSign-Signature-1': connectSignature(rawBody, 'the other active Connect key'),
			'X-DocuSign-Signature-2': connectSignature(rawBody, CONNECT_KEY),
		});
		expect(status).toBe(200);
		expect(bodiesAt(VIEWED)).toHaveLength(1);
	});
});

describe('DocuSign gets its answer after the Gong nodes ran', () => {
	const COMPLETED_ID = `${ENVELOPE}:1:recipient-completed`;
	const jane = { email: 'jane.buyer@acme.example', name: 'Jane Buyer' };
	const janeCompleted = {
		...envelopeContent,
		eventTimestamp: '2026-03-03T10:21:40.447Z',
		eventId: COMPLETED_ID,
		viewActionTitle: 'Envelope Completed',
		viewer: jane,
	};
	const viewStatuses = (execution: Execution) =>
		(execution.outputs['Report View to Gong']?.[0] ?? []).map((item) => item.json.status);

	test("Gong failing one event (5xx on the try and the retry) answers 503; Connect's resend delivers each event once, the earlier one as alreadyReported", async () => {
		const failCompleted = {
			status: 503,
			onlyFor: (body: Record<string, unknown>) => body.eventId === COMPLETED_ID,
		};
		sandbox.answerNext(failCompleted, failCompleted);

		const first = await deliverSigned('envelope-completed');
		expect(first.status).toBe(503);
		expect(first.text).toBe(
			'Gong did not take every event of this message; DocuSign Connect, send it again later',
		);
		// The failure is an item on the Gong node's error output, not a failed execution.
		expect(first.execution.status).toBe('success');
		expect(first.execution.outputs['Resend Later (503)']).toBeDefined();
		expect(
			first.execution.outputs['Report View to Gong'][1].map((item) => item.json.error),
		).toHaveLength(1);
		expect(sandbox.rejected.map((rejected) => rejected.status)).toEqual([503, 503]);
		expect(bodiesAt(VIEWED)).toEqual([openedBy('1', jane)]);

		// Connect sends the same message again; the sandbox is healthy now.
		const resend = await deliverSigned('envelope-completed');
		expect(resend.status).toBe(200);
		expect(resend.execution.outputs['Accept (200)']).toBeDefined();
		expect(viewStatuses(resend.execution)).toEqual(['alreadyReported', 'reported']);
		expect(bodiesAt(VIEWED)).toEqual([openedBy('1', jane), janeCompleted]);
	});

	test('Gong answering 5xx to every call: the send is answered 503 and nothing is stored; the resend delivers it once', async () => {
		sandbox.configure({ faults: { seed: 7, serverErrorRate: 1 } });
		const down = await deliverSigned('envelope-sent');
		expect(down.status).toBe(503);
		expect(down.execution.outputs['Report Send to Gong'][1]).toHaveLength(1);
		expect(sandbox.received).toEqual([]);
		expect(sandbox.faultCounts.serverError).toBeGreaterThan(0);

		sandbox.configure({ faults: { seed: 1 } });
		const resend = await deliverSigned('envelope-sent');
		expect(resend.status).toBe(200);
		expect(
			resend.execution.outputs['Report Send to Gong'][0].map((item) => item.json.status),
		).toEqual(['reported']);
		expect(bodiesAt(SHARED)).toHaveLength(1);
		expect(bodiesAt(SHARED)[0].eventId).toBe(`${ENVELOPE}:envelope-sent`);
	});

	test("Gong's 429 asking for a longer wait than the example affords: answered 503 at once; Connect's resends deliver the rest once", async () => {
		// Retry-After 3 s is past the example's Max Rate-Limit Wait (2 s), as a spent daily budget is.
		sandbox.answerNext({
			status: 429,
			headers: { 'Retry-After': '3' },
			body: { requestId: 'sandbox429', errors: ['API rate limit exceeded'] },
			onlyFor: (body) => body.eventId === COMPLETED_ID,
		});
		const limited = await deliverSigned('envelope-completed');
		expect(limited.status).toBe(503);
		expect(sandbox.rejected.map((rejected) => rejected.status)).toEqual([429]);
		expect(bodiesAt(VIEWED)).toEqual([openedBy('1', jane)]);

		// Like Connect, send the message again until it is answered 2xx (bounded). Posts while
		// the n8n process still honours Gong's Retry-After are answered 503 and store nothing.
		let resend = await deliverSigned('envelope-completed');
		for (let tries = 1; resend.status !== 200 && tries < 20; tries++) {
			expect(resend.status).toBe(503);
			await new Promise((resolve) => setTimeout(resolve, 1000));
			resend = await deliverSigned('envelope-completed');
		}
		expect(resend.status).toBe(200);
		expect(bodiesAt(VIEWED)).toEqual([openedBy('1', jane), janeCompleted]);
	});

	test('Gong answering after the timeout (it stored the event, n8n never saw the answer): 503, and the resend leaves the event in Gong once', async () => {
		// Each call is held 5 s, past the example's 2 s Request Timeout, then processed.
		sandbox.configure({ faults: { seed: 3, stallRate: 1, stallMs: 5000 } });
		const slow = await deliverSigned('envelope-sent');
		expect(slow.status).toBe(503);
		expect(slow.execution.outputs['Report Send to Gong'][1]).toHaveLength(1);

		sandbox.configure({ faults: { seed: 1 } });
		const resend = await deliverSigned('envelope-sent');
		expect(resend.status).toBe(200);
		// The held calls (the try and the retry) reach the sandbox's store after their hold: wait
		// for them, so each of the three calls has been processed before counting.
		const deadline = Date.now() + 60_000;
		while (sandbox.requestLog.filter((entry) => entry.path === SHARED).length < 3) {
			if (Date.now() > deadline) throw new Error('the held calls never finished');
			await new Promise((resolve) => setTimeout(resolve, 250));
		}
		expect(bodiesAt(SHARED)).toHaveLength(1);
		expect(sandbox.rejected.map((rejected) => rejected.status)).toEqual([409, 409]);
	});

	test('a message mixing a delivered event and one Gong cannot use is answered 200: a resend would not help', async () => {
		const message = JSON.parse(connectMessage('envelope-completed'));
		const { signers } = message.data.envelopeSummary.recipients;
		// A second signer who has opened it but has no email DocuSign could give.
		signers.push({ ...signers[0], recipientId: '9', email: undefined, name: 'No Email' });
		const rawBody = JSON.stringify(message);
		const { status, execution } = await deliver(rawBody, signedHeaders(rawBody, CONNECT_KEY));
		expect(status).toBe(200);
		expect(viewStatuses(execution)).toEqual(['reported', 'reported']);
		expect(execution.outputs['Cannot Report'][0].length).toBeGreaterThan(0);
	});
});

describe("n8n's own answer rules the example relies on", () => {
	test('a second Respond to Webhook in one execution is ignored: the caller gets the first answer and the execution succeeds', async () => {
		const seen = await executionIds(TWO_RESPONSES_ID);
		const postId = randomUUID();
		const response = await fetch(`${server.url}/webhook/${TWO_RESPONSES_PATH}`, {
			method: 'POST',
			headers: { 'Content-Type': 'application/json', [POST_HEADER]: postId },
			body: '{}',
		});
		expect(response.status).toBe(200);
		expect(await response.text()).toBe('first');
		const execution = await executionAfter(seen, postId, TWO_RESPONSES_ID);
		expect(execution.status).toBe('success');
		expect(Object.keys(execution.outputs).sort()).toEqual(
			['First Response', 'Second Response', 'Webhook'].sort(),
		);
	});
});

describe('posts that are not from DocuSign reach nothing', () => {
	const refused = async (rawBody: string, headers: Record<string, string>) => {
		const { status, text, execution } = await deliver(rawBody, headers);
		expect(status).toBe(401);
		expect(text).toBe('invalid or missing X-DocuSign-Signature');
		// Only the signature check ran: nothing after it, nothing in Gong.
		expect(Object.keys(execution.outputs).sort()).toEqual(
			['DocuSign Connect', 'Reject (401)', 'Sign Raw Body', 'Signature Valid?'].sort(),
		);
		expect(sandbox.received).toEqual([]);
		expect(sandbox.requestLog).toEqual([]);
	};

	test('a signature made with another key', async () => {
		const { headers, rawBody } = connectRequestFixture('forged-signature');
		await refused(rawBody, headers);
	});

	test('no signature', async () => {
		const { headers, rawBody } = connectRequestFixture('missing-signature');
		await refused(rawBody, headers);
	});

	test('a genuine signature over a different body', async () => {
		const genuine = connectMessage('recipient-delivered-signer');
		const tampered = genuine.replace('jane.buyer@acme.example', 'mallory@evil.example');
		expect(tampered).not.toBe(genuine);
		await refused(tampered, signedHeaders(genuine, CONNECT_KEY));
	});

	test('an empty signature header', async () => {
		const rawBody = connectMessage('recipient-delivered-signer');
		await refused(rawBody, { 'X-DocuSign-Signature-1': '' });
	});
});
