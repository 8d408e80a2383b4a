import { ExecuteContext, RoutingNode } from 'n8n-core';
import type {
	ICredentialDataDecryptedObject,
	ICredentialTestRequest,
	INode,
	INodeType,
	INodeTypes,
	IWorkflowExecuteAdditionalData,
} from 'n8n-workflow';
import { createEmptyRunExecutionData, Workflow } from 'n8n-workflow';

import { TestCredentialsHelper } from '../harness/credentialsHelper';
import { credentialTypes } from '../harness/runWorkflow';

/*
 * What n8n 2.41's CredentialsTester.runRequestTest does with a credential's declarative `test`
 * (packages/cli/src/services/credentials-tester.service.ts), on n8n-core's own RoutingNode: a
 * throw-away node whose one property routes the test request, run with the credential being
 * tested, and the same mapping of a failure to { status, message }. The real n8n runs it in
 * test/e2e/hardening.e2e.test.ts.
 */

export interface CredentialTestResult {
	status: 'OK' | 'Error';
	message: string;
}

interface RequestFailure {
	message: string;
	cause?: { code?: string; response?: { status: number; statusText?: string } };
}

export async function testAccessKeyCredential(
	data: ICredentialDataDecryptedObject,
): Promise<CredentialTestResult> {
	const credentialType = credentialTypes.gongEngagementApi;
	const test = credentialType.test as ICredentialTestRequest;
	const nodeType: INodeType = {
		description: {
			displayName: 'Temp',
			name: 'temp',
			group: ['transform'],
			version: 1,
			description: '',
			defaults: {},
			inputs: [],
			outputs: [],
			credentials: [{ name: 'gongEngagementApi', required: true }],
			properties: [
				{
					displayName: 'Temp',
					name: 'temp',
					type: 'string',
					routing: { request: test.request },
					default: '',
				},
			],
		},
	};
	const node: INode = {
		id: 'temp',
		name: 'Temp-Node',
		type: 'temp',
		typeVersion: 1,
		position: [0, 0],
		parameters: {},
		credentials: { gongEngagementApi: { id: 'credential-1', name: 'Gong test credential' } },
	};
	const nodeTypes = {
		getByName: () => nodeType,
		getByNameAndVersion: () => nodeType,
		getKnownTypes: () => ({}),
	} as unknown as INodeTypes;
	const workflow = new Workflow({ nodes: [node], connections: {}, active: false, nodeTypes });
	const additionalData = {
		credentialsHelper: new TestCredentialsHelper(credentialTypes as never, {
			gongEngagementApi: data,
		}),
		variables: {},
	} as unknown as IWorkflowExecuteAdditionalData;
	const context = new ExecuteContext(
		workflow,
		node,
		additionalData,
		'internal',
		createEmptyRunExecutionData(),
		0,
		[],
		{ main: [[{ json: {} }]] },
		{ node, data: {}, source: null },
		[],
	);
	const credentialsDecrypted = {
		id: 'credential-1',
		name: 'Gong test credential',
		type: 'gongEngagementApi',
		data,
	};
	try {
		await new RoutingNode(context, nodeType, credentialsDecrypted).runNode();
	} catch (caught) {
		const error = caught as RequestFailure;
		const response = error.cause?.response;
		if (response) {
			const rule = test.rules?.find(
				(candidate) =>
					candidate.type === 'responseCode' && candidate.properties.value === response.status,
			);
			if (rule) return { status: 'Error', message: rule.properties.message };
			return {
				status: 'Error',
				message: response.statusText || `Received HTTP status code: ${response.status}`,
			};
		}
		if (error.cause?.code) return { status: 'Error', message: error.cause.code };
		return { status: 'Error', message: String(error.message) };
	}
	return { status: 'OK', message: 'Connection successful!' };
}
