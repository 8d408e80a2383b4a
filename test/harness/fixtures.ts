import type { ICredentialDataDecryptedObject, IDataObject, INodeParameters } from 'n8n-workflow';

import { GongSandbox, type SandboxOptions } from '../sandbox/server';
import { type NodeRun, type RunOptions, runNode, useFreshCredentialId } from './runWorkflow';

export const ACCESS_KEY = 'AK-7Q2M9X4TPL';
export const ACCESS_KEY_SECRET = 'eyJzZWNyZXQiOiJ0b3Atc2VjcmV0LXZhbHVlIn0';
/** The Basic credential the node sends for this key: what redaction must keep out of output. */
export const ACCESS_KEY_BASIC = Buffer.from(`${ACCESS_KEY}:${ACCESS_KEY_SECRET}`).toString(
	'base64',
);

/** One sandbox per test file, emptied before each test. */
export function useSandbox(options: SandboxOptions = {}) {
	const state: { sandbox: GongSandbox } = {} as never;
	beforeAll(async () => {
		state.sandbox = await new GongSandbox({
			accessKey: ACCESS_KEY,
			accessKeySecret: ACCESS_KEY_SECRET,
			...options,
		}).start();
	});
	beforeEach(() => {
		state.sandbox.reset();
		// Each test starts as a fresh n8n process would: no 429 hold or slowdown left from the last.
		useFreshCredentialId();
	});
	afterAll(async () => await state.sandbox.stop());
	return state;
}

export function accessKeyCredentials(gong: { url: string }): ICredentialDataDecryptedObject {
	return { baseUrl: gong.url, accessKey: ACCESS_KEY, accessKeySecret: ACCESS_KEY_SECRET };
}

/** One run of the node through n8n's engine against this file's sandbox, with its access key. */
export async function runOnSandbox(
	state: { sandbox: GongSandbox },
	options: Omit<RunOptions, 'credentials'>,
): Promise<NodeRun> {
	return await runNode({ ...options, credentials: accessKeyCredentials(state.sandbox) });
}

/** The five required fields, mapped from the input item by expressions as users do. */
export const requiredFromItem: INodeParameters = {
	reportingSystem: 'docusign',
	eventTimestamp: '={{ $json.viewedAt }}',
	contentId: '={{ $json.envelopeId }}',
	contentUrl: '={{ "https://docs.example.com/envelopes/" + $json.envelopeId }}',
	contentTitle: '={{ $json.subject }}',
};

export function viewItem(index: number, overrides: IDataObject = {}): IDataObject {
	return {
		envelopeId: `env-${index}`,
		subject: `Proposal ${index}`,
		viewedAt: '2026-03-02T15:04:05+01:00',
		email: `buyer${index}@acme.com`,
		...overrides,
	};
}

/** Every Content Viewed field, mapped in the UI (item: viewItem(0)). */
export const fullFieldParameters: INodeParameters = {
	...requiredFromItem,
	viewerIdentification: 'viewer',
	viewer: {
		email: '={{ $json.email }}',
		name: 'Jane Buyer',
		title: 'VP Procurement',
	},
	viewerCrmLinks: {
		link: [
			{ system: 'Salesforce', objectType: 'Contact', objectId: '0033600001abcDEAAY' },
			{ system: 'Salesforce', objectType: 'Account', objectId: '0013601230sV7grAAC' },
			{ system: 'Generic', objectType: 'Lead', objectId: 'lead-77' },
		],
	},
	crmContext: {
		record: [
			{
				system: 'Salesforce',
				objectType: 'Opportunity',
				objectId: '0063600000dsPyWAAU',
				fields: { field: [{ name: 'StageName', value: 'Negotiation' }] },
			},
			{ system: 'Salesforce', objectType: 'Account', objectId: '0013601230sV7grAAC' },
		],
	},
	contentProperties: {
		property: [
			{ name: 'pages', value: '12', dataType: 'number' },
			{ name: 'template', value: 'MSA v3', dataType: 'string' },
		],
	},
	eventProperties: {
		property: [
			{ name: 'openedAt', value: '2026-03-02T15:04:05Z', dataType: 'date' },
			{ name: 'auditTrail', value: 'https://docs.example.com/audit/1', dataType: 'url' },
			{ name: 'secondsViewed', value: '={{ 94.5 }}', dataType: 'number' },
		],
	},
	additionalFields: {
		eventId: '={{ "view-" + $json.envelopeId }}',
		viewActionTitle: 'Document Viewed',
		shareId: 'share-9',
		viewInfoUrl: 'https://docs.example.com/envelopes/env-0/activity',
		userAgent: 'Mozilla/5.0 (Macintosh)',
		mobileAppId: 'com.example.reader',
		agentPlatform: 'MacOS',
		workspaceId: '623457276584334',
	},
	nonCompanyParticipants: {
		participant: [
			{
				email: 'cfo@acme.com',
				name: 'Carl Finance',
				title: 'CFO',
				crmLinks: {
					link: [{ system: 'Salesforce', objectType: 'Contact', objectId: '0033600001abcDEXXX' }],
				},
			},
		],
	},
};

/** What Gong must receive for fullFieldParameters and viewItem(0). */
export const expectedFullBody = {
	reportingSystem: 'docusign',
	eventTimestamp: '2026-03-02T15:04:05+01:00',
	eventId: 'view-env-0',
	contentId: 'env-0',
	contentUrl: 'https://docs.example.com/envelopes/env-0',
	contentTitle: 'Proposal 0',
	viewActionTitle: 'Document Viewed',
	shareId: 'share-9',
	viewInfoUrl: 'https://docs.example.com/envelopes/env-0/activity',
	viewer: {
		email: 'buyer0@acme.com',
		name: 'Jane Buyer',
		title: 'VP Procurement',
		context: [
			{
				system: 'Salesforce',
				objects: [
					{ objectType: 'Contact', objectId: '0033600001abcDEAAY' },
					{ objectType: 'Account', objectId: '0013601230sV7grAAC' },
				],
			},
			{ system: 'Generic', objects: [{ objectType: 'Lead', objectId: 'lead-77' }] },
		],
	},
	crmContext: [
		{
			system: 'Salesforce',
			objects: [
				{
					objectType: 'Opportunity',
					objectId: '0063600000dsPyWAAU',
					fields: [{ name: 'StageName', value: 'Negotiation' }],
				},
				{ objectType: 'Account', objectId: '0013601230sV7grAAC' },
			],
		},
	],
	contentProperties: [
		{ name: 'pages', value: '12', dataType: 'number' },
		{ name: 'template', value: 'MSA v3', dataType: 'string' },
	],
	eventProperties: [
		{ name: 'openedAt', value: '2026-03-02T15:04:05Z', dataType: 'date' },
		{ name: 'auditTrail', value: 'https://docs.example.com/audit/1', dataType: 'url' },
		{ name: 'secondsViewed', value: '94.5', dataType: 'number' },
	],
	userAgent: 'Mozilla/5.0 (Macintosh)',
	mobileAppId: 'com.example.reader',
	agentPlatform: 'MacOS',
	workspaceId: '623457276584334',
	nonCompanyParticipants: [
		{
			email: 'cfo@acme.com',
			name: 'Carl Finance',
			title: 'CFO',
			context: [
				{
					system: 'Salesforce',
					objects: [{ objectType: 'Contact', objectId: '0033600001abcDEXXX' }],
				},
			],
		},
	],
};
