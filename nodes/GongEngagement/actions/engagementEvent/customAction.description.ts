import type { INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import {
	agentPlatform,
	contentProperties,
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

const showForActor = { show: { actorIdentification: ['actor'] } };

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
			'When the action happened: ISO-8601 with or without offset, epoch seconds or milliseconds, RFC 2822 or HTTP date. Sent as ISO-8601 with offset.',
	},
	{
		displayName: 'Action Name',
		name: 'actionName',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'e.g. Contract Signed',
		description: 'What happened, as the timeline shows it',
	},
	{
		displayName: 'Identify Actor By',
		name: 'actorIdentification',
		type: 'options',
		options: [
			{ name: 'Actor Details', value: 'actor', description: 'Email, name, title and CRM links' },
			{
				name: 'Tracking ID',
				value: 'trackingId',
				description: 'An anonymous ID tracking the person',
			},
			{ name: 'Neither', value: 'none' },
		],
		default: 'actor',
		description: 'Gong accepts an actor or a tracking ID, never both',
	},
	{
		displayName: 'Actor',
		name: 'actor',
		type: 'collection',
		placeholder: 'Add Actor Field',
		default: {},
		displayOptions: showForActor,
		options: personDetailFields,
	},
	{
		...crmLinks,
		displayName: 'Actor CRM Links',
		name: 'actorCrmLinks',
		displayOptions: showForActor,
	},
	{ ...trackingId, displayOptions: { show: { actorIdentification: ['trackingId'] } } },
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
			// Custom Action's content is optional: the same three fields as the content events'.
			{
				displayName: 'Content ID',
				name: 'contentId',
				type: 'string',
				default: '',
				placeholder: 'e.g. doc_123456789',
				description: 'The ID of the content in the reporting system',
			},
			{
				displayName: 'Content Title',
				name: 'contentTitle',
				type: 'string',
				default: '',
				placeholder: 'e.g. Proposal Q3',
				description: 'Human-readable title shown on the timeline',
			},
			{
				displayName: 'Content URL',
				name: 'contentUrl',
				type: 'string',
				default: '',
				placeholder: 'e.g. https://example.com/doc_123456789',
				description: 'The URL of the content',
			},
			eventId,
			{
				displayName: 'Event Info URL',
				name: 'eventInfoUrl',
				type: 'string',
				default: '',
				description: 'A page with more about this action',
			},
			mobileAppId,
			userAgent,
			workspaceId,
		],
	},
];

const displayOptions = {
	show: { resource: ['engagementEvent'], operation: ['customAction'], inputMode: ['fields'] },
};

export const description = updateDisplayOptions(displayOptions, properties);
