import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import type { CrmLinkRow, PersonRow, PropertyRow } from '../../helpers/fieldsToEvent';
import {
	crmLinksToContext,
	personRowToActor,
	propertyRowsToProperties,
} from '../../helpers/fieldsToEvent';
import { eventSchemas } from '../../schema';
import { CRM_CONTEXT_OBJECT_TYPES, PARTY_OBJECT_TYPES } from '../../schema/vocabulary';
import type { EventOperation } from '../node.type';
import {
	agentPlatformOptions,
	crmLinkValues,
	personValues,
	propertiesParameter,
} from './shared.description';

const fields: INodeProperties[] = [
	{
		displayName: 'Reporting System',
		name: 'reportingSystem',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'docusign',
		description:
			'Names the system the events come from. Use the same value for every event from one source system.',
	},
	{
		displayName: 'Event Timestamp',
		name: 'eventTimestamp',
		type: 'string',
		default: '',
		required: true,
		placeholder: '2026-02-17T02:30:00-08:00',
		description:
			'When the content was viewed: ISO-8601 with or without offset, epoch seconds or milliseconds, RFC 2822 or HTTP date. Sent as ISO-8601 with offset.',
	},
	{
		displayName: 'Content ID',
		name: 'contentId',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'doc_123456789',
		description: 'The ID of the content in the reporting system',
	},
	{
		displayName: 'Content URL',
		name: 'contentUrl',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'https://example.com/doc_123456789',
		description: 'The URL the viewer opened',
	},
	{
		displayName: 'Content Title',
		name: 'contentTitle',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'Proposal Q3',
		description: 'Human-readable title shown on the timeline',
	},
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
		displayOptions: { show: { viewerIdentification: ['viewer'] } },
		options: personValues(PARTY_OBJECT_TYPES),
	},
	{
		displayName: 'Tracking ID',
		name: 'trackingId',
		type: 'string',
		default: '',
		displayOptions: { show: { viewerIdentification: ['trackingId'] } },
		description:
			'An ID that tracks the person. An event with only a tracking ID and no CRM context may land on no account.',
	},
	{
		displayName: 'CRM Context',
		name: 'crmContext',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		default: {},
		placeholder: 'Add CRM Record',
		description:
			'The account, deal or contact the event belongs to; Gong places the event on their timelines. Multiple deals of one account are not supported by Gong.',
		options: [
			{
				displayName: 'Record',
				name: 'record',
				values: crmLinkValues(CRM_CONTEXT_OBJECT_TYPES, 'Account', true),
			},
		],
	},
	propertiesParameter('contentProperties', 'Content Properties', 'Extra facts about the content'),
	propertiesParameter('eventProperties', 'Event Properties', 'Extra facts about this view'),
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: [
			{
				displayName: 'Agent Platform',
				name: 'agentPlatform',
				type: 'options',
				options: agentPlatformOptions,
				default: 'Windows',
			},
			{
				displayName: 'Event ID',
				name: 'eventId',
				type: 'string',
				default: '',
				description:
					"The source system's own ID of this view. Gong refuses a second event with the same ID.",
			},
			{
				displayName: 'Mobile App ID',
				name: 'mobileAppId',
				type: 'string',
				default: '',
				placeholder: 'com.example.reader',
			},
			{
				displayName: 'Non-Company Participants',
				name: 'nonCompanyParticipants',
				type: 'fixedCollection',
				typeOptions: { multipleValues: true },
				default: {},
				placeholder: 'Add Participant',
				options: [
					{
						displayName: 'Participant',
						name: 'participant',
						values: personValues(PARTY_OBJECT_TYPES),
					},
				],
			},
			{
				displayName: 'Share ID',
				name: 'shareId',
				type: 'string',
				default: '',
				description: 'Which share of the content this view belongs to',
			},
			{ displayName: 'User Agent', name: 'userAgent', type: 'string', default: '' },
			{
				displayName: 'View Action Title',
				name: 'viewActionTitle',
				type: 'string',
				default: '',
				placeholder: 'Document Viewed',
			},
			{
				displayName: 'View Info URL',
				name: 'viewInfoUrl',
				type: 'string',
				default: '',
				description: 'A page with more about this view',
			},
			{
				displayName: 'Workspace ID',
				name: 'workspaceId',
				type: 'string',
				default: '',
				description: "Numeric Gong workspace ID. Empty: Gong picks the company's workspace.",
			},
		],
	},
];

const displayOptions = {
	show: { resource: ['engagementEvent'], operation: ['contentViewed'], inputMode: ['fields'] },
};

export const description = updateDisplayOptions(displayOptions, fields);

/** The event as the UI fields describe it; normalizeEvent and the schema take it from here. */
export function eventFromFields(this: IExecuteFunctions, itemIndex: number): IDataObject {
	const parameter = <T>(name: string, fallback: T) =>
		this.getNodeParameter(name, itemIndex, fallback) as T;
	const identification = parameter<string>('viewerIdentification', 'viewer');
	const { nonCompanyParticipants, ...additionalFields } = parameter<IDataObject>(
		'additionalFields',
		{},
	);
	const participants = (nonCompanyParticipants as { participant?: PersonRow[] } | undefined)
		?.participant;
	return {
		reportingSystem: parameter('reportingSystem', ''),
		eventTimestamp: parameter<unknown>('eventTimestamp', ''),
		contentId: parameter('contentId', ''),
		contentUrl: parameter('contentUrl', ''),
		contentTitle: parameter('contentTitle', ''),
		viewer:
			identification === 'viewer'
				? personRowToActor(parameter<PersonRow>('viewer', {}))
				: undefined,
		trackingId: identification === 'trackingId' ? parameter('trackingId', '') : undefined,
		crmContext: crmLinksToContext(parameter<{ record?: CrmLinkRow[] }>('crmContext', {}).record),
		contentProperties: propertyRowsToProperties(
			parameter<{ property?: PropertyRow[] }>('contentProperties', {}).property,
		),
		eventProperties: propertyRowsToProperties(
			parameter<{ property?: PropertyRow[] }>('eventProperties', {}).property,
		),
		...additionalFields,
		nonCompanyParticipants: participants?.map(personRowToActor),
	} as IDataObject;
}

export const contentViewed: EventOperation = {
	endpoint: { method: 'PUT', path: '/v2/customer-engagement/content/viewed' },
	definition: eventSchemas.contentViewed,
	eventFromFields,
	identity: (event) => [
		event.reportingSystem as string,
		event.contentId as string,
		event.contentUrl as string,
		event.viewer === undefined ? undefined : JSON.stringify(event.viewer),
		event.trackingId as string | undefined,
	],
};
