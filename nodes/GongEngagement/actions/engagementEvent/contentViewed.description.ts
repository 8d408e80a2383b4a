import type { INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import {
	agentPlatform,
	contentId,
	contentProperties,
	contentTitle,
	contentUrl,
	crmContext,
	crmLinks,
	eventId,
	eventProperties,
	mobileAppId,
	nonCompanyParticipants,
	personDetailFields,
	reportingSystem,
	trackingId,
	userAgent,
	workspaceId,
} from './common.description';

const showForViewer = { show: { viewerIdentification: ['viewer'] } };

const properties: INodeProperties[] = [
	reportingSystem,
	{
		displayName: 'Event Timestamp',
		name: 'eventTimestamp',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'e.g. 2026-02-17T02:30:00-08:00',
		description:
			'When the content was viewed: ISO-8601 with or without offset, epoch seconds or milliseconds, RFC 2822 or HTTP date. Sent as ISO-8601 with offset.',
	},
	contentId,
	contentUrl,
	contentTitle,
	{
		displayName: 'Identify Viewer By',
		name: 'viewerIdentification',
		type: 'options',
		options: [
			{ name: 'Viewer Details', value: 'viewer', description: 'Email, name, title and CRM links' },
			{
				name: 'Tracking ID',
				value: 'trackingId',
				description: 'An anonymous ID tracking the person',
			},
			{ name: 'Neither', value: 'none' },
		],
		default: 'viewer',
		description: 'Gong accepts a viewer or a tracking ID, never both',
	},
	{
		displayName: 'Viewer',
		name: 'viewer',
		type: 'collection',
		placeholder: 'Add Viewer Field',
		default: {},
		displayOptions: showForViewer,
		options: personDetailFields,
	},
	{
		...crmLinks,
		displayName: 'Viewer CRM Links',
		name: 'viewerCrmLinks',
		displayOptions: showForViewer,
	},
	{ ...trackingId, displayOptions: { show: { viewerIdentification: ['trackingId'] } } },
	crmContext,
	contentProperties,
	eventProperties,
	nonCompanyParticipants,
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: [
			agentPlatform,
			eventId,
			mobileAppId,
			{
				displayName: 'Share ID',
				name: 'shareId',
				type: 'string',
				default: '',
				description: 'Which share of the content this view belongs to',
			},
			userAgent,
			{
				displayName: 'View Action Title',
				name: 'viewActionTitle',
				type: 'string',
				default: '',
				placeholder: 'e.g. Document Viewed',
			},
			{
				displayName: 'View Info URL',
				name: 'viewInfoUrl',
				type: 'string',
				default: '',
				description: 'A page with more about this view',
			},
			workspaceId,
		],
	},
];

const displayOptions = {
	show: { resource: ['engagementEvent'], operation: ['contentViewed'], inputMode: ['fields'] },
};

export const description = updateDisplayOptions(displayOptions, properties);
