import { readFileSync } from 'fs';
import path from 'path';

import type { IDataObject, INodeParameters } from 'n8n-workflow';

import { accessKeyCredentials } from '../harness/fixtures';
import { projectRoot } from './projectRoot';

/* Workflow JSON for the end-to-end tests: items from a Set node (raw JSON), then the Gong node. */

export const GONG_NODE_TYPE = 'n8n-nodes-gong-engagement.gongEngagement';

interface GongNodeOptions {
	parameters: INodeParameters;
	credential?: { type: 'gongEngagementApi' | 'gongEngagementOAuth2Api'; id: string };
	onError?: 'stopWorkflow' | 'continueRegularOutput' | 'continueErrorOutput';
}

export function gongNode(name: string, options: GongNodeOptions) {
	const credential = options.credential ?? { type: 'gongEngagementApi', id: 'gongSandboxKey01' };
	return {
		id: `${name}-node`.replace(/\W/g, '-'),
		name,
		type: GONG_NODE_TYPE,
		typeVersion: 1,
		position: [440, 0],
		parameters: {
			authentication: credential.type === 'gongEngagementOAuth2Api' ? 'oAuth2' : 'accessKey',
			resource: 'engagementEvent',
			operation: 'contentViewed',
			...options.parameters,
		},
		credentials: { [credential.type]: { id: credential.id, name: credential.id } },
		...(options.onError ? { onError: options.onError } : {}),
	};
}

/** Manual Trigger → Set (the items, as raw JSON) → Split Out → the given node. */
export function workflowFeeding(
	id: string,
	items: IDataObject[],
	node: ReturnType<typeof gongNode>,
) {
	return {
		id,
		name: id,
		active: false,
		nodes: [
			{
				id: `${id}-start`,
				name: 'Start',
				type: 'n8n-nodes-base.manualTrigger',
				typeVersion: 1,
				position: [0, 0],
				parameters: {},
			},
			{
				id: `${id}-items`,
				name: 'Items',
				type: 'n8n-nodes-base.set',
				typeVersion: 3.4,
				position: [140, 0],
				parameters: { mode: 'raw', jsonOutput: JSON.stringify({ items }), options: {} },
			},
			{
				id: `${id}-split`,
				name: 'Split',
				type: 'n8n-nodes-base.splitOut',
				typeVersion: 1,
				position: [290, 0],
				parameters: { fieldToSplitOut: 'items', options: {} },
			},
			node,
		],
		connections: {
			Start: { main: [[{ node: 'Items', type: 'main', index: 0 }]] },
			Items: { main: [[{ node: 'Split', type: 'main', index: 0 }]] },
			Split: { main: [[{ node: node.name, type: 'main', index: 0 }]] },
		},
		settings: { executionOrder: 'v1', timezone: 'America/New_York' },
	};
}

const ROOT = projectRoot();

export function readFixture(name: string): IDataObject {
	return JSON.parse(
		readFileSync(path.join(ROOT, 'test', 'e2e', 'fixtures', name), 'utf8'),
	) as IDataObject;
}

interface WorkflowJson {
	name: string;
	nodes: Array<{ name: string; type: string; parameters: IDataObject; [key: string]: unknown }>;
	connections: IDataObject;
	[key: string]: unknown;
}

/** An example from examples/, exactly as a user imports it, with an id for the CLI. */
export function exampleWorkflow(name: string, id: string): WorkflowJson & { id: string } {
	const workflow = JSON.parse(
		readFileSync(path.join(ROOT, 'examples', `${name}.json`), 'utf8'),
	) as WorkflowJson;
	return { ...workflow, id, active: false };
}

const manualStart = (id: string) => ({
	id,
	name: 'Start',
	type: 'n8n-nodes-base.manualTrigger',
	typeVersion: 1,
	position: [0, 0],
	parameters: {},
});

/**
 * Manual Trigger → n8n's HTTP Request node, GET `url`; `http` adds the node's parameters and
 * credentials (e.g. Predefined Credential Type with a Gong Engagement credential).
 */
export function httpRequestWorkflow(
	id: string,
	url: string,
	http: { parameters?: IDataObject; credentials?: IDataObject } = {},
) {
	return {
		id,
		name: id,
		active: false,
		nodes: [
			manualStart(`${id}-start`),
			{
				id: `${id}-http`,
				name: 'HTTP Request',
				type: 'n8n-nodes-base.httpRequest',
				typeVersion: 4.2,
				position: [200, 0],
				parameters: { url, options: {}, ...http.parameters },
				...(http.credentials ? { credentials: http.credentials } : {}),
			},
		],
		connections: { Start: { main: [[{ node: 'HTTP Request', type: 'main', index: 0 }]] } },
		settings: { executionOrder: 'v1' },
	};
}

/** What the Drive Trigger emits for a changed file, and the documented variations of it. */
const DRIVE_FILE_UPDATED_SAMPLES = [
	'google-drive-file-updated.json',
	// Drive fills lastModifyingUser "only when the last modification was performed by a
	// signed-in user" …
	'google-drive-file-updated-no-last-modifying-user.json',
	// … and its emailAddress "may not be present" if the user has not made it visible.
	'google-drive-file-updated-no-editor-email.json',
];

/**
 * The Google Drive example with its polling trigger (which needs Google) replaced by a Manual
 * Trigger and nodes emitting samples of what the trigger emits, one item per changed file, as the
 * trigger does; every other node is the example's own.
 */
export function googleDriveExampleFedBySample() {
	const example = exampleWorkflow('google-drive-to-gong', 'e2eDriveExample1');
	const samples = DRIVE_FILE_UPDATED_SAMPLES.map(readFixture);
	return {
		...example,
		nodes: [
			manualStart('drive-start'),
			{
				id: 'drive-samples',
				name: 'Samples',
				type: 'n8n-nodes-base.set',
				typeVersion: 3.4,
				position: [140, 0],
				parameters: { mode: 'raw', jsonOutput: JSON.stringify({ samples }), options: {} },
			},
			{
				id: 'drive-sample-items',
				name: 'Shared File Updated',
				type: 'n8n-nodes-base.splitOut',
				typeVersion: 1,
				position: [290, 0],
				parameters: { fieldToSplitOut: 'samples', options: {} },
			},
			...example.nodes.filter((node) => node.type !== 'n8n-nodes-base.googleDriveTrigger'),
		],
		connections: {
			Start: { main: [[{ node: 'Samples', type: 'main', index: 0 }]] },
			Samples: { main: [[{ node: 'Shared File Updated', type: 'main', index: 0 }]] },
			...example.connections,
		},
	};
}

/** Webhook (answers with the Gong node's output) → Gong node on the OAuth2 credential. */
export function oauthWorkflow() {
	const node = gongNode('Gong', {
		parameters: {
			reportingSystem: 'docusign',
			eventTimestamp: '={{ $json.body.viewedAt }}',
			contentId: '={{ $json.body.envelopeId }}',
			contentUrl: '={{ "https://docs.example.com/envelopes/" + $json.body.envelopeId }}',
			contentTitle: '={{ $json.body.subject }}',
		},
		credential: { type: 'gongEngagementOAuth2Api', id: 'gongSandboxOAuth1' },
	});
	return {
		id: 'e2eOAuth2Webhook',
		name: 'e2eOAuth2Webhook',
		active: false,
		nodes: [
			{
				id: 'oauth-webhook',
				name: 'Webhook',
				type: 'n8n-nodes-base.webhook',
				typeVersion: 2,
				position: [0, 0],
				webhookId: '9a1c2b3d-0000-4000-8000-0000000e2e01',
				parameters: {
					httpMethod: 'POST',
					path: 'oauth2-view',
					responseMode: 'lastNode',
					options: {},
				},
			},
			node,
		],
		connections: { Webhook: { main: [[{ node: 'Gong', type: 'main', index: 0 }]] } },
		settings: { executionOrder: 'v1' },
	};
}

/**
 * Webhook → Gong Content Viewed, one event per call, eventId from the posted body; default
 * delivery settings, as a user publishes it. The webhook answers with the Gong node's output, so
 * each caller learns its execution's outcome.
 */
export function webhookToGongWorkflow(id: string, webhookPath: string, webhookId: string) {
	const node = gongNode('Gong', {
		parameters: {
			reportingSystem: 'docusign',
			eventTimestamp: '={{ $json.body.viewedAt }}',
			contentId: '={{ $json.body.envelopeId }}',
			contentUrl: '={{ "https://docs.example.com/envelopes/" + $json.body.envelopeId }}',
			contentTitle: '={{ $json.body.subject }}',
			additionalFields: { eventId: '={{ $json.body.eventId }}' },
		},
	});
	return {
		id,
		name: id,
		active: false,
		nodes: [
			{
				id: `${id}-webhook`,
				name: 'Webhook',
				type: 'n8n-nodes-base.webhook',
				typeVersion: 2,
				position: [0, 0],
				webhookId,
				parameters: {
					httpMethod: 'POST',
					path: webhookPath,
					responseMode: 'lastNode',
					options: {},
				},
			},
			node,
		],
		connections: { Webhook: { main: [[{ node: 'Gong', type: 'main', index: 0 }]] } },
		settings: { executionOrder: 'v1' },
	};
}

interface Assignment {
	name: string;
	value: unknown;
	[key: string]: unknown;
}

/**
 * The Drive views example as a user imports it, with a Manual Trigger beside its schedule (the
 * CLI starts a workflow from one) and the given values in its Settings node.
 */
export function googleDriveViewsExample(settings: Record<string, string | number>) {
	const example = exampleWorkflow('google-drive-views-to-gong', 'e2eDriveViews001');
	const nodes = example.nodes.map((node) => {
		if (node.name !== 'Settings') return node;
		const { assignments } = node.parameters.assignments as { assignments: Assignment[] };
		const unknown = Object.keys(settings).filter(
			(name) => !assignments.some((assignment) => assignment.name === name),
		);
		if (unknown.length > 0) throw new Error(`Settings has no ${unknown.join(', ')}`);
		const changed = assignments.map((assignment) =>
			assignment.name in settings
				? { ...assignment, value: settings[assignment.name] }
				: assignment,
		);
		return { ...node, parameters: { ...node.parameters, assignments: { assignments: changed } } };
	});
	return {
		...example,
		nodes: [manualStart('drive-views-start'), ...nodes],
		connections: {
			Start: { main: [[{ node: 'Settings', type: 'main', index: 0 }]] },
			...example.connections,
		},
	};
}

/**
 * The AI agent example with its chat opened to callers outside the editor ("Make Chat Publicly
 * Available"), so a test can chat with it over n8n's production chat URL; everything else is the
 * example's own. `responseMode` picks how the chat answers: when the agent finishes, or streamed.
 * Each copy needs its own `webhookId`: it is the chat URL's path.
 */
export function aiAgentExampleWithPublicChat(
	id: string,
	webhookId: string,
	responseMode: 'lastNode' | 'streaming',
) {
	const example = exampleWorkflow('ai-agent-reports-to-gong', id);
	const nodes = example.nodes.map((node) =>
		node.type === '@n8n/n8n-nodes-langchain.chatTrigger'
			? {
					...node,
					webhookId,
					parameters: { ...node.parameters, public: true, options: { responseMode } },
				}
			: node,
	);
	return { workflow: { ...example, nodes }, chatPath: `${webhookId}/chat` };
}

/**
 * The Gong sandbox's access-key credential as n8n's import takes it. The examples name the id
 * `gongSandboxKey01`, so every test that runs them imports it under that id.
 */
export function sandboxKeyCredential(sandbox: { url: string }, name = 'gongSandboxKey01') {
	return {
		id: 'gongSandboxKey01',
		name,
		type: 'gongEngagementApi',
		data: accessKeyCredentials(sandbox),
	};
}
