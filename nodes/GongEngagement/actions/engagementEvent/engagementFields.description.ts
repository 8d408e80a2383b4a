import type { INodeProperties } from 'n8n-workflow';

import { CRM_CONTEXT_OBJECT_TYPES, PARTY_OBJECT_TYPES } from '../../schema/vocabulary';
import {
	agentPlatformOptions,
	crmLinkValues,
	crmLinksParameter,
	personDetailValues,
	personValues,
	propertiesParameter,
} from './shared.description';

/*
 * UI fields of Gong's engagement events (Content Viewed, Content Shared, Custom Action), written
 * once; each operation file puts them together with its own.
 */

export const reportingSystemParameter: INodeProperties = {
	displayName: 'Reporting System',
	name: 'reportingSystem',
	type: 'string',
	default: '',
	required: true,
	placeholder: 'e.g. docusign',
	description:
		'Names the system the events come from. Use the same value for every event from one source system.',
};

export function eventTimestampParameter(when: string): INodeProperties {
	return {
		displayName: 'Event Timestamp',
		name: 'eventTimestamp',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'e.g. 2026-02-17T02:30:00-08:00',
		description: `${when}: ISO-8601 with or without offset, epoch seconds or milliseconds, RFC 2822 or HTTP date. Sent as ISO-8601 with offset.`,
	};
}

export const contentParameters: INodeProperties[] = [
	{
		displayName: 'Content ID',
		name: 'contentId',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'e.g. doc_123456789',
		description: 'The ID of the content in the reporting system',
	},
	{
		displayName: 'Content URL',
		name: 'contentUrl',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'e.g. https://example.com/doc_123456789',
		description: 'The URL of the content',
	},
	{
		displayName: 'Content Title',
		name: 'contentTitle',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'e.g. Proposal Q3',
		description: 'Human-readable title shown on the timeline',
	},
];

/** The same three as optional fields (Custom Action), for an Additional Fields collection. */
export const optionalContentFields: INodeProperties[] = contentParameters.map(
	({ required, ...field }) => {
		void required;
		return field;
	},
);

export const crmContextParameter: INodeProperties = {
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
};

export const propertyParameters: INodeProperties[] = [
	propertiesParameter('contentProperties', 'Content Properties', 'Extra facts about the content'),
	propertiesParameter('eventProperties', 'Event Properties', 'Extra facts about this event'),
];

/**
 * "Identify … By": a person's details, a tracking ID, or neither — Gong takes one at most.
 * The person's lists (CRM links) are top-level lists beside the details: nested in the details
 * collection, n8n dropped a list that was added but left empty.
 */
export function personIdentificationParameters(
	person: 'viewer' | 'actor' | 'person',
	label: string,
	fields: INodeProperties[] = personDetailValues(),
	detailsDescription = 'Email, name, title and CRM links',
	lists: INodeProperties[] = [
		crmLinksParameter(`${person}CrmLinks`, `${label} CRM Links`, PARTY_OBJECT_TYPES),
	],
): INodeProperties[] {
	const choice = `${person}Identification`;
	const showForDetails = { show: { [choice]: [person] } };
	return [
		{
			displayName: `Identify ${label} By`,
			name: choice,
			type: 'options',
			options: [
				{
					name: `${label} Details`,
					value: person,
					description: detailsDescription,
				},
				{
					name: 'Tracking ID',
					value: 'trackingId',
					description: 'An anonymous ID tracking the person',
				},
				{ name: 'Neither', value: 'none' },
			],
			default: person,
			description: `Gong accepts a ${person} or a tracking ID, never both`,
		},
		{
			displayName: label,
			name: person,
			type: 'collection',
			placeholder: `Add ${label} Field`,
			default: {},
			displayOptions: showForDetails,
			options: fields,
		},
		...lists.map((list) => ({ ...list, displayOptions: showForDetails })),
		{
			displayName: 'Tracking ID',
			name: 'trackingId',
			type: 'string',
			default: '',
			displayOptions: { show: { [choice]: ['trackingId'] } },
			description:
				'An ID that tracks the person. An event with only a tracking ID and no CRM context may land on no account.',
		},
	];
}

export const workspaceLocator: INodeProperties = {
	displayName: 'Workspace',
	name: 'workspaceId',
	type: 'resourceLocator',
	default: { mode: 'list', value: '' },
	description: "The Gong workspace. Empty: Gong picks the company's workspace.",
	modes: [
		{
			displayName: 'From List',
			name: 'list',
			type: 'list',
			typeOptions: { searchListMethod: 'searchWorkspaces', searchable: true },
		},
		{
			displayName: 'By ID',
			name: 'id',
			type: 'string',
			placeholder: 'e.g. 623457276584334',
			validation: [
				{
					type: 'regex',
					properties: { regex: '^\\d{1,20}$', errorMessage: 'A Gong workspace ID is numeric' },
				},
			],
		},
	],
};

/** Others from the buyer's side who took part; a list of its own, so n8n keeps it when empty. */
export const participantsParameter: INodeProperties = {
	displayName: 'Non-Company Participants',
	name: 'nonCompanyParticipants',
	type: 'fixedCollection',
	typeOptions: { multipleValues: true },
	default: {},
	placeholder: 'Add Participant',
	options: [
		{ displayName: 'Participant', name: 'participant', values: personValues(PARTY_OBJECT_TYPES) },
	],
};

/** Additional fields every engagement event has; each operation adds its own and sorts them. */
export const commonAdditionalFields: INodeProperties[] = [
	{
		displayName: 'Agent Platform',
		name: 'agentPlatform',
		type: 'options',
		// An empty choice first: adding the field must not quietly report a platform.
		options: [{ name: 'Not Specified', value: '' }, ...agentPlatformOptions],
		default: '',
	},
	{
		displayName: 'Event ID',
		name: 'eventId',
		type: 'string',
		default: '',
		description:
			"The source system's own ID of this event. Gong refuses a second event with the same ID. Empty: a stable ID is derived.",
	},
	{
		displayName: 'Mobile App ID',
		name: 'mobileAppId',
		type: 'string',
		default: '',
		placeholder: 'e.g. com.example.reader',
	},
	{ displayName: 'User Agent', name: 'userAgent', type: 'string', default: '' },
	workspaceLocator,
];

export function additionalFieldsParameter(own: INodeProperties[]): INodeProperties {
	return {
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: [...commonAdditionalFields, ...own].sort((a, b) =>
			a.displayName.localeCompare(b.displayName),
		),
	};
}

export function showFor(operation: string) {
	return { show: { resource: ['engagementEvent'], operation: [operation], inputMode: ['fields'] } };
}
