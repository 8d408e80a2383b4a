import { ExecutionLifecycleHooks, LoadOptionsContext, WorkflowExecute } from 'n8n-core';
import type {
	ICredentialDataDecryptedObject,
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeParameters,
	INodeType,
	INodeTypeDescription,
	INodeTypes,
	IRun,
	IWorkflowExecuteAdditionalData,
} from 'n8n-workflow';
import { NodeConnectionTypes, Workflow } from 'n8n-workflow';

import { GongEngagementApi } from '../../credentials/GongEngagementApi.credentials';
import { GongEngagementOAuth2Api } from '../../credentials/GongEngagementOAuth2Api.credentials';
import { GongEngagement } from '../../nodes/GongEngagement/GongEngagement.node';
import { TestCredentialsHelper } from './credentialsHelper';

/*
 * Runs the Gong Engagement node the way n8n does: a workflow (an items source → the node) executed
 * by n8n-core's WorkflowExecute, with parameters resolved by n8n's expression engine, credentials
 * fetched through n8n-core, and HTTP sent by n8n-core's request helpers.
 */

/*
 * The node keeps one rate limiter per credential and base URL for the life of the process, as in
 * n8n. A test that must start as a fresh n8n process would (no 429 hold or slowdown left from the
 * test before) runs under a credential id of its own.
 */
let credentialId = 'credential-1';
let credentialIds = 1;
export function useFreshCredentialId(): void {
	credentialId = `credential-${++credentialIds}`;
}

export const GONG_NODE_TYPE = 'n8n-nodes-gong-engagement.gongEngagement';

/** Emits the items given in its `items` parameter: the upstream node of every test workflow. */
class ItemsSource implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Items Source',
		name: 'itemsSource',
		group: ['input'],
		version: 1,
		description: 'Test items',
		defaults: { name: 'Items' },
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		properties: [{ displayName: 'Items', name: 'items', type: 'json', default: '[]' }],
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		const items = JSON.parse(this.getNodeParameter('items', 0) as string) as IDataObject[];
		return [items.map((json) => ({ json }))];
	}
}

const nodeTypeInstances: Record<string, INodeType> = {
	[GONG_NODE_TYPE]: new GongEngagement(),
	'test.itemsSource': new ItemsSource(),
};

/** Lets a benchmark or test run another node type through the same harness. */
export function registerNodeType(type: string, node: INodeType): void {
	nodeTypeInstances[type] = node;
}

const nodeTypes: INodeTypes = {
	getByName: (type) => nodeTypeInstances[type],
	getByNameAndVersion: (type) => nodeTypeInstances[type],
	getKnownTypes: () => ({}),
} as INodeTypes;

export const credentialTypes = {
	gongEngagementApi: new GongEngagementApi(),
	gongEngagementOAuth2Api: new GongEngagementOAuth2Api(),
	oAuth2Api: { name: 'oAuth2Api', displayName: 'OAuth2', properties: [] },
};

export interface RunOptions {
	parameters: INodeParameters;
	items?: IDataObject[];
	credentials: ICredentialDataDecryptedObject;
	credentialType?: 'gongEngagementApi' | 'gongEngagementOAuth2Api';
	continueOnFail?: boolean;
	/** n8n's On Error setting; overrides continueOnFail (e.g. 'continueErrorOutput'). */
	onError?: 'stopWorkflow' | 'continueRegularOutput' | 'continueErrorOutput';
	timezone?: string;
	/** Another registered node type to run instead of the Gong node (benchmarks). */
	nodeType?: string;
}

export interface NodeRun {
	/** The node's main output items (empty when the node failed). */
	items: INodeExecutionData[];
	/** The error that stopped the workflow, if any. */
	error?: Error & { description?: string; context?: IDataObject; itemIndex?: number };
	run: IRun;
	credentialsHelper: TestCredentialsHelper;
	/** Cancels the execution, as stopping a workflow in n8n does. */
	cancel: () => void;
}

/** The workflow, n8n-core's additional data and the credentials helper for one run. */
function buildExecution(options: RunOptions) {
	const credentialType = options.credentialType ?? 'gongEngagementApi';
	const parameters: INodeParameters = {
		authentication: credentialType === 'gongEngagementOAuth2Api' ? 'oAuth2' : 'accessKey',
		resource: 'engagementEvent',
		operation: 'contentViewed',
		...options.parameters,
	};
	const workflow = new Workflow({
		id: 'test-workflow',
		name: 'Gong test',
		nodes: [
			{
				id: 'items',
				name: 'Items',
				type: 'test.itemsSource',
				typeVersion: 1,
				position: [0, 0],
				parameters: { items: JSON.stringify(options.items ?? [{}]) },
			},
			{
				id: 'gong',
				name: 'Gong',
				type: options.nodeType ?? GONG_NODE_TYPE,
				typeVersion: 1,
				position: [200, 0],
				parameters,
				credentials: { [credentialType]: { id: credentialId, name: 'Gong test credential' } },
				onError:
					options.onError ?? (options.continueOnFail ? 'continueRegularOutput' : 'stopWorkflow'),
			},
		],
		connections: {
			Items: { main: [[{ node: 'Gong', type: NodeConnectionTypes.Main, index: 0 }]] },
		},
		active: false,
		nodeTypes,
		settings: { executionOrder: 'v1', timezone: options.timezone ?? 'America/New_York' },
	});

	const credentialsHelper = new TestCredentialsHelper(credentialTypes as never, {
		[credentialType]: options.credentials,
	});
	const hooks = new ExecutionLifecycleHooks('manual', 'test-execution', {
		id: 'test-workflow',
		name: 'Gong test',
		active: false,
		activeVersionId: null,
		isArchived: false,
		nodes: [],
		connections: {},
		createdAt: new Date(),
		updatedAt: new Date(),
	} as never);
	const additionalData = {
		credentialsHelper,
		hooks,
		executeWorkflow: async () => {
			throw new Error('sub-workflows are not used here');
		},
		getRunExecutionData: async () => undefined,
		getRuntimeCredential: async () => undefined,
		currentNodeExecutionIndex: 0,
		restApiUrl: 'http://127.0.0.1/rest',
		instanceBaseUrl: 'http://127.0.0.1/',
		formBaseUrl: 'http://127.0.0.1/formBaseUrl',
		formWaitingBaseUrl: 'http://127.0.0.1/formWaitingBaseUrl',
		formTestBaseUrl: 'http://127.0.0.1/formTestBaseUrl',
		webhookBaseUrl: 'http://127.0.0.1/webhookBaseUrl',
		webhookWaitingBaseUrl: 'http://127.0.0.1/webhookWaitingBaseUrl',
		webhookTestBaseUrl: 'http://127.0.0.1/webhookTestBaseUrl',
		mcpBaseUrl: 'http://127.0.0.1/mcpBaseUrl',
		mcpTestBaseUrl: 'http://127.0.0.1/mcpTestBaseUrl',
		variables: {},
		logAiEvent: () => undefined,
		startRunnerTask: async () => {
			throw new Error('task runners are not used here');
		},
	} as unknown as IWorkflowExecuteAdditionalData;
	return { workflow, additionalData, credentialsHelper };
}

export function startNodeRun(options: RunOptions): {
	result: Promise<NodeRun>;
	cancel: () => void;
} {
	const { workflow, additionalData, credentialsHelper } = buildExecution(options);
	const execution = new WorkflowExecute(additionalData, 'manual').run({
		workflow,
		startNode: workflow.getNode('Items')!,
	});
	const result = (async (): Promise<NodeRun> => {
		const run = await execution;
		const taskData = run.data.resultData.runData.Gong?.[0];
		return {
			items: taskData?.data?.main?.[0] ?? [],
			error: (run.data.resultData.error ?? taskData?.error) as NodeRun['error'],
			run,
			credentialsHelper,
			cancel: () => execution.cancel(),
		};
	})();
	return { result, cancel: () => execution.cancel() };
}

export async function runNode(options: RunOptions): Promise<NodeRun> {
	return await startNodeRun(options).result;
}

/** n8n-core's context for a node's listSearch / loadOptions methods, as the editor calls them. */
export function loadOptionsContext(options: RunOptions, path: string): LoadOptionsContext {
	const { workflow, additionalData } = buildExecution(options);
	return new LoadOptionsContext(workflow, workflow.getNode('Gong')!, additionalData, path);
}
