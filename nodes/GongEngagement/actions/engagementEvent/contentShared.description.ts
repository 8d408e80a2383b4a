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
	userAgent,
	workspaceId,
} from './common.description';

const [email, ...otherPersonDetails] = personDetailFields;

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
			'When the content was shared: ISO-8601 with or without offset, epoch seconds or milliseconds, RFC 2822 or HTTP date. Sent as ISO-8601 with offset.',
	},
	contentId,
	contentUrl,
	contentTitle,
	{
		displayName: 'Sharer',
		name: 'sharer',
		type: 'collection',
		placeholder: 'Add Sharer Field',
		default: {},
		description: 'Who shared the content, usually your seller',
		options: [
			{
				displayName: 'Email',
				name: 'email',
				type: 'string',
				placeholder: 'name@email.com',
				default: '',
			},
			{
				displayName: 'Gong User ID',
				name: 'id',
				type: 'string',
				default: '',
				placeholder: 'e.g. 234599484848423',
			},
			{ displayName: 'Name', name: 'name', type: 'string', default: '' },
		],
	},
	{
		displayName: 'Recipients',
		name: 'recipients',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		default: {},
		placeholder: 'Add Recipient',
		description: 'Who the content was shared with',
		options: [
			{
				displayName: 'Recipient',
				name: 'recipient',
				values: [
					// Not n8n's `required`: n8n's refusal of an empty row says only "Parameter "Email" is
					// required", without the row. The node refuses it naming the row (Recipients #2 →
					// Email is required), like every other problem of a row.
					{ ...email, description: 'Required by Gong for every recipient' },
					...otherPersonDetails,
					crmLinks,
				],
			},
		],
	},
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
			{
				displayName: 'Action Name',
				name: 'actionName',
				type: 'string',
				default: '',
				placeholder: 'e.g. Document Sent',
			},
			agentPlatform,
			eventId,
			mobileAppId,
			{
				displayName: 'Share ID',
				name: 'shareId',
				type: 'string',
				default: '',
				description: 'The ID of this share',
			},
			{
				displayName: 'Share Info URL',
				name: 'shareInfoUrl',
				type: 'string',
				default: '',
				description: 'A page with more about this share',
			},
			{
				displayName: 'Sharing Message Subject',
				name: 'sharingMessageSubject',
				type: 'string',
				default: '',
			},
			{
				// "Text", not "Body": the form lists fields A→Z, and the subject belongs above.
				displayName: 'Sharing Message Text',
				name: 'sharingMessageBody',
				type: 'string',
				typeOptions: { rows: 4 },
				default: '',
				description: "The message sent with the content (Gong's sharingMessageBody); may hold HTML",
			},
			{ displayName: 'Tracking ID', name: 'trackingId', type: 'string', default: '' },
			userAgent,
			workspaceId,
		],
	},
];

const displayOptions = {
	show: { resource: ['engagementEvent'], operation: ['contentShared'], inputMode: ['fields'] },
};

export const description = updateDisplayOptions(displayOptions, properties);
