import type {
	IExecuteFunctions,
	INodeExecutionData,
	INodeType,
	INodeTypeDescription,
} from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import * as engagementEvent from './actions/engagementEvent';
import { execute } from './actions/execute';
import { searchWorkspaces } from './methods/listSearch';

/** Thin by design: the description's parts live in actions/, execution in actions/execute.ts. */
export class GongEngagement implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Gong Engagement',
		name: 'gongEngagement',
		icon: { light: 'file:gong.svg', dark: 'file:gong.dark.svg' },
		group: ['output'],
		version: 1,
		subtitle:
			'={{ { contentShared: "Content Shared", contentViewed: "Content Viewed", customAction: "Custom Action", digitalInteraction: "Digital Interaction" }[$parameter["operation"]] ?? $parameter["operation"] }}',
		description:
			"Report engagement events, such as a prospect viewing a document, to Gong's activity timeline",
		defaults: { name: 'Gong Engagement' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [
			{
				name: 'gongEngagementApi',
				required: true,
				displayOptions: { show: { authentication: ['accessKey'] } },
			},
			{
				name: 'gongEngagementOAuth2Api',
				required: true,
				displayOptions: { show: { authentication: ['oAuth2'] } },
			},
		],
		properties: [
			{
				displayName: 'Authentication',
				name: 'authentication',
				type: 'options',
				options: [
					{ name: 'Access Key', value: 'accessKey' },
					{ name: 'OAuth2', value: 'oAuth2' },
				],
				default: 'accessKey',
			},
			{
				displayName: 'Resource',
				name: 'resource',
				type: 'options',
				noDataExpression: true,
				options: [{ name: 'Engagement Event', value: 'engagementEvent' }],
				default: 'engagementEvent',
			},
			...engagementEvent.description,
		],
	};

	methods = { listSearch: { searchWorkspaces } };

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await execute.call(this);
	}
}
