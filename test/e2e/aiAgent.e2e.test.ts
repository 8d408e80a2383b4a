import { rmSync } from 'fs';

import { ACCESS_KEY, ACCESS_KEY_SECRET } from '../harness/fixtures';
import { GongSandbox } from '../sandbox/server';
import { FakeOpenAiChat } from './fakes/openAiChat';
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
import { aiAgentExampleWithPublicChat, sandboxKeyCredential } from './workflows';

/*
 * The node as an AI agent's tool, in a real n8n 2.41.1: the AI agent example (Chat Trigger → AI
 * Agent with the OpenAI Chat Model → this package's node in tool form, its fields filled by
 * $fromAI), chatted with over n8n's chat URL. The chat model is a local OpenAI-compatible fake
 * that calls the Gong tool once and then answers; the Gong sandbox is behind the node.
 */

/** n8n names a node's tool after the node: "Report Content Viewed to Gong" → this. */
const TOOL_NAME = 'Report_Content_Viewed_to_Gong';

/** What the "model" chooses for the tool's arguments (the keys of the example's $fromAI calls). */
const JANE_VIEW = {
	viewedAt: '2026-12-03T10:05:00Z',
	documentId: 'deck-42',
	documentUrl: 'https://docs.example.com/d/deck-42',
	documentTitle: 'Q3 Proposal',
	viewerEmail: 'jane@globex.example',
	viewerName: 'Jane Buyer',
};
const LINK_WITHOUT_SCHEME = 'docs.example.com/d/deck-77';
const OMAR_VIEW_BAD_LINK = {
	...JANE_VIEW,
	documentId: 'deck-77',
	documentUrl: LINK_WITHOUT_SCHEME,
	viewerEmail: 'omar@initech.example',
	viewerName: 'Omar Client',
};
const MIA_VIEW_STREAMED = {
	...JANE_VIEW,
	documentId: 'contract-9',
	documentUrl: 'https://docs.example.com/d/contract-9',
	documentTitle: 'Master Services Agreement',
	viewerEmail: 'mia@umbrella.example',
	viewerName: 'Mia Reader',
};

let sandbox: GongSandbox;
let model: FakeOpenAiChat;
let n8n: N8nEnvironment;
let server: N8nServer;
const lastNode = aiAgentExampleWithPublicChat(
	'e2eAiAgentChat01',
	'3f6b9c1e-2d4a-4e8b-9a7c-5d1e0f2ae2e1',
	'lastNode',
);
const streamed = aiAgentExampleWithPublicChat(
	'e2eAiAgentChat02',
	'3f6b9c1e-2d4a-4e8b-9a7c-5d1e0f2ae2e2',
	'streaming',
);

beforeAll(async () => {
	sandbox = await new GongSandbox({
		accessKey: ACCESS_KEY,
		accessKeySecret: ACCESS_KEY_SECRET,
	}).start();
	model = await new FakeOpenAiChat({
		toolName: TOOL_NAME,
		argumentsFor: (message) => {
			if (message.includes('Omar')) return OMAR_VIEW_BAD_LINK;
			if (message.includes('Mia')) return MIA_VIEW_STREAMED;
			return JANE_VIEW;
		},
	}).start();
	n8n = await createN8nEnvironment();
	await importCredentials(n8n, [
		sandboxKeyCredential(sandbox, 'Gong (sandbox)'),
		{
			// The example's OpenAI credential, its Base URL pointed at the fake model.
			id: 'openAiAccount0001',
			name: 'OpenAI account',
			type: 'openAiApi',
			data: { apiKey: 'sk-e2e-fake-model-key', url: model.url, header: false },
		},
	]);
	await importWorkflows(n8n, [lastNode.workflow, streamed.workflow]);
	await publishWorkflow(n8n, lastNode.workflow.id);
	await publishWorkflow(n8n, streamed.workflow.id);
	server = await startServer(n8n, 240_000);
	await waitForWebhook(server, lastNode.chatPath, 120_000);
	await waitForWebhook(server, streamed.chatPath, 120_000);
}, 600_000);

afterAll(async () => {
	await server?.stop();
	await model?.stop();
	await sandbox?.stop();
	if (n8n) rmSync(n8n.home, { recursive: true, force: true });
});

/**
 * One chat message over n8n's chat URL, to which the model answers with one call of the Gong tool
 * and then its final text: the reply, and the tool call with the result n8n sent back for it.
 */
async function askAgent(chatPath: string, sessionId: string, chatInput: string) {
	const exchangesBefore = model.exchanges.length;
	const response = await fetch(`${server.url}/webhook/${chatPath}`, {
		method: 'POST',
		headers: { 'Content-Type': 'application/json' },
		body: JSON.stringify({ action: 'sendMessage', sessionId, chatInput }),
	});
	const reply = { status: response.status, text: await response.text() };
	expect(model.refusals).toEqual([]);
	expect(reply.status).toBe(200);
	expect(model.exchanges).toHaveLength(exchangesBefore + 1);
	const exchange = model.exchanges[exchangesBefore];
	if (exchange.result === undefined) throw new Error('no tool result came back to the model');
	return {
		reply,
		arguments: exchange.arguments,
		toolResult: JSON.parse(exchange.result) as Array<Record<string, unknown>>,
	};
}

test('the editor offers the node as an AI tool, with no setting for community tools', async () => {
	// What the editor's nodes panel lists; n8n runs here without N8N_COMMUNITY_PACKAGES_ALLOW_TOOL_USAGE.
	expect(n8n.env.N8N_COMMUNITY_PACKAGES_ALLOW_TOOL_USAGE).toBeUndefined();
	const cookie = await ownerSession(server);
	const response = await fetch(`${server.url}/types/nodes.json`, { headers: { cookie } });
	expect(response.status).toBe(200);
	const types = (await response.json()) as Array<{
		name: string;
		displayName: string;
		outputs: unknown;
	}>;
	const tool = types.find((type) => type.name === 'n8n-nodes-gong-engagement.gongEngagementTool');
	expect(tool).toMatchObject({ displayName: 'Gong Engagement Tool', outputs: ['ai_tool'] });
}, 60_000);

test('a view told to the agent reaches Gong exactly once, and the node’s answer goes back to the model', async () => {
	const { reply, toolResult } = await askAgent(
		lastNode.chatPath,
		'session-jane',
		'Jane Buyer (jane@globex.example) opened the Q3 Proposal, https://docs.example.com/d/deck-42, at 10:05 UTC on 3 December 2026.',
	);

	// One tool call, then the final answer; a chat answering at the end asks without streaming.
	expect(model.requests.map((request) => request.stream ?? false)).toEqual([false, false]);
	// n8n offered the node as a tool whose arguments are exactly the example's $fromAI keys, each
	// with the example's description.
	const offered = model.requests[0].tools?.find((tool) => tool.function.name === TOOL_NAME);
	const properties = offered?.function.parameters?.properties ?? {};
	expect(Object.keys(properties).sort()).toEqual(Object.keys(JANE_VIEW).sort());
	expect(properties.documentUrl.description).toBe(
		'The https link to the document, exactly as the user gave it',
	);

	expect(sandbox.received).toHaveLength(1);
	const [event] = sandbox.received;
	expect(event.kind).toBe('viewed');
	expect(event.body).toMatchObject({
		reportingSystem: 'n8n-ai-agent',
		contentId: 'deck-42',
		contentUrl: 'https://docs.example.com/d/deck-42',
		contentTitle: 'Q3 Proposal',
		viewActionTitle: 'Document Viewed',
		viewer: { email: 'jane@globex.example', name: 'Jane Buyer' },
	});
	expect(Date.parse(event.body.eventTimestamp as string)).toBe(Date.parse(JANE_VIEW.viewedAt));

	// What the model read as the tool's result: the node's output item, with Gong's requestId.
	expect(toolResult).toEqual([
		expect.objectContaining({
			status: 'reported',
			httpStatus: 200,
			requestId: event.requestId,
			eventId: event.body.eventId,
		}),
	]);
	// The model's final answer is the chat's reply.
	const output = (JSON.parse(reply.text) as { output: string }).output;
	expect(output).toContain('Done. The Gong tool answered:');
	expect(output).toContain(event.requestId);
	// The key went to the model as OpenAI's Bearer token.
	expect(model.authorizations).toContain('Bearer sk-e2e-fake-model-key');
}, 240_000);

test('a link the node refuses comes back to the model as the node’s own message, and nothing reaches Gong', async () => {
	const callsBefore = sandbox.requestLog.length;
	const {
		reply,
		arguments: chosen,
		toolResult,
	} = await askAgent(
		lastNode.chatPath,
		'session-omar',
		'Omar Client (omar@initech.example) opened docs.example.com/d/deck-77 at 10:05 UTC on 3 December 2026.',
	);

	expect(chosen.documentUrl).toBe(LINK_WITHOUT_SCHEME);
	// The node's validation message names the item and the field, and quotes the value.
	expect(toolResult).toEqual([
		{
			error: `item 0: Content URL must be an absolute http(s) URL; got "${LINK_WITHOUT_SCHEME}" (contentUrl)`,
		},
	]);
	// Nothing was sent: not one call reached the sandbox.
	expect(sandbox.requestLog.length).toBe(callsBefore);
	expect(sandbox.received.map((event) => event.body.contentId)).not.toContain('deck-77');
	// The model was told, and its answer (quoting the message) is the chat's reply.
	expect((JSON.parse(reply.text) as { output: string }).output).toContain('item 0: Content URL');
}, 240_000);

test('the same view told again is not added twice: Gong answers it as already reported, and the model reads that', async () => {
	const receivedBefore = sandbox.received.length;
	const { toolResult } = await askAgent(
		lastNode.chatPath,
		'session-jane-again',
		'Did I tell you? Jane Buyer (jane@globex.example) opened the Q3 Proposal, https://docs.example.com/d/deck-42, at 10:05 UTC on 3 December 2026.',
	);

	// The derived Event ID is the first report's: Gong refused the repeat (409), nothing was added.
	expect(sandbox.received).toHaveLength(receivedBefore);
	const first = sandbox.received.find((event) => event.body.contentId === 'deck-42')!;
	expect(toolResult).toEqual([
		expect.objectContaining({ status: 'alreadyReported', eventId: first.body.eventId }),
	]);
}, 240_000);

test('with the chat streaming its answer, the model is asked to stream and the view still reaches Gong once', async () => {
	const before = { requests: model.requests.length, received: sandbox.received.length };
	const { reply, toolResult } = await askAgent(
		streamed.chatPath,
		'session-mia',
		'Mia Reader (mia@umbrella.example) opened the Master Services Agreement, https://docs.example.com/d/contract-9, at 10:05 UTC on 3 December 2026.',
	);

	const asked = model.requests.slice(before.requests);
	expect(asked.map((request) => request.stream)).toEqual([true, true]);
	const received = sandbox.received.slice(before.received);
	expect(received.map((event) => event.body.contentId)).toEqual(['contract-9']);
	expect(toolResult).toEqual([
		expect.objectContaining({ status: 'reported', requestId: received[0].requestId }),
	]);
	// The streamed reply is n8n's JSON lines; its "item" pieces make the model's final text.
	const streamedText = reply.text
		.split('\n')
		.filter((line) => line.trim() !== '')
		.map((line) => JSON.parse(line) as { type: string; content?: string })
		.filter((chunk) => chunk.type === 'item')
		.map((chunk) => chunk.content)
		.join('');
	expect(streamedText).toContain('Done. The Gong tool answered:');
	expect(streamedText).toContain(received[0].requestId);
}, 240_000);
