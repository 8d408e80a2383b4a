import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import {
	AGENT_PLATFORM_OPTIONS,
	CRM_OBJECT_TYPE_OPTIONS,
	CRM_SYSTEM_OPTIONS,
	PROPERTY_DATA_TYPE_OPTIONS,
} from '../../schema/vocabulary';
import type { Template } from '../../helpers/fieldTable';
import {
	crmLinks as linksBySystem,
	locatorValue,
	own,
	rows,
	spread,
} from '../../helpers/fieldTable';

/*
 * Properties more than one operation shows, written once. The input mode, Options and Delivery
 * frame every operation's form; the rest are fields of Gong's engagement events (Content Viewed,
 * Content Shared, Custom Action), which each <op>.description.ts places in its own order.
 */

export const showForEngagementEvent = { show: { resource: ['engagementEvent'] } };

export const inputMode: INodeProperties = {
	displayName: 'Define Event Using',
	name: 'inputMode',
	type: 'options',
	noDataExpression: true,
	options: [
		{
			name: 'Fields Below',
			value: 'fields',
			description: 'Map each Gong field from the input data',
		},
		{
			name: 'JSON',
			value: 'json',
			description: "The whole event as Gong's JSON body, from an expression or typed in",
		},
	],
	default: 'fields',
	displayOptions: showForEngagementEvent,
};

/** Each operation's JSON-mode starting point: a small valid body of its own kind. */
const EXAMPLE_EVENTS: Record<string, object> = {
	contentShared: {
		reportingSystem: 'my-doc-tool',
		eventTimestamp: '2026-01-01T10:00:00Z',
		contentId: 'doc-1',
		contentUrl: 'https://example.com/doc-1',
		contentTitle: 'Proposal',
		sharer: { email: 'seller@example.com' },
		recipients: [{ email: 'buyer@example.org' }],
	},
	contentViewed: {
		reportingSystem: 'my-doc-tool',
		eventTimestamp: '2026-01-01T10:00:00Z',
		contentId: 'doc-1',
		contentUrl: 'https://example.com/doc-1',
		contentTitle: 'Proposal',
	},
	customAction: {
		reportingSystem: 'my-doc-tool',
		eventTimestamp: '2026-01-01T10:00:00Z',
		actionName: 'Contract Signed',
		actor: { email: 'buyer@example.org' },
	},
	digitalInteraction: {
		eventId: 'visit-1',
		timestamp: '2026-01-01T10:00:00Z',
		eventType: 'Pricing Page Viewed',
		content: { contentTitle: 'Pricing', contentUrl: 'https://example.com/pricing' },
		person: { email: 'buyer@example.org' },
	},
};

/** One Event (JSON) per operation: only the starting example differs (a real variation). */
export const eventJson: INodeProperties[] = Object.entries(EXAMPLE_EVENTS).map(
	([operation, example]) => ({
		displayName: 'Event (JSON)',
		name: 'eventJson',
		type: 'json',
		default: JSON.stringify(example, null, 2),
		required: true,
		displayOptions: {
			show: { resource: ['engagementEvent'], operation: [operation], inputMode: ['json'] },
		},
		description:
			'The event exactly as Gong documents it. It is validated by the same rules as the fields mode; the timestamp may take any form the fields mode accepts.',
	}),
);

/** The IANA zones of the runtime, as n8n's own nodes offer them (plus UTC, which Intl omits). */
const timeZoneOptions: INodePropertyOptions[] = [
	{ name: "Workflow's Time Zone", value: '' },
	...['UTC', ...Intl.supportedValuesOf('timeZone').filter((zone) => zone !== 'UTC')].map(
		(zone) => ({ name: zone, value: zone }),
	),
];

export const options: INodeProperties = {
	displayName: 'Options',
	name: 'options',
	type: 'collection',
	placeholder: 'Add Option',
	default: {},
	displayOptions: showForEngagementEvent,
	options: [
		{
			// Off by default, as n8n's Set node's "Include Other Input Fields": saved workflows keep
			// the output they had.
			displayName: 'Include Input Fields',
			name: 'includeInputFields',
			type: 'boolean',
			default: false,
			description:
				"Whether to keep the input item's fields in the output, beside the result (status, eventId…), which wins where both have a field of the same name. Error items get them too.",
		},
		{
			displayName: 'Time Zone',
			name: 'timeZone',
			type: 'options',
			options: timeZoneOptions,
			default: '',
			description:
				"Time zone for timestamps that carry no offset. Default: the workflow's time zone.",
		},
	],
};

export const delivery: INodeProperties = {
	displayName: 'Delivery',
	name: 'delivery',
	type: 'collection',
	placeholder: 'Add Delivery Option',
	default: {},
	displayOptions: showForEngagementEvent,
	description: "How events are sent within Gong's limits. The defaults suit most workflows.",
	options: [
		{
			displayName: 'Calls Per Second',
			name: 'callsPerSecond',
			type: 'number',
			typeOptions: { minValue: 0, numberPrecision: 2 },
			default: 3,
			description:
				'Gong allows 3 calls per second per company, shared by all integrations. Lower it when other integrations use the same budget. 0 turns pacing off.',
		},
		{
			displayName: 'Dry Run',
			name: 'dryRun',
			type: 'boolean',
			default: false,
			description:
				'Whether to validate each event and output the exact body that would be sent, without sending anything',
		},
		{
			displayName: 'Max Concurrent Calls',
			name: 'maxConcurrentCalls',
			type: 'number',
			typeOptions: { minValue: 1, maxValue: 10 },
			default: 3,
			description: 'Calls in flight at once; pacing still bounds the calls per second',
		},
		{
			displayName: 'Max Rate-Limit Wait (Seconds)',
			name: 'maxRateLimitWaitSeconds',
			type: 'number',
			typeOptions: { minValue: 0 },
			default: 300,
			description:
				"Longest total time one execution may spend waiting on Gong's rate limit (429 answers). Past it, or when Retry-After asks for more (the daily budget of 10,000 calls is spent), the node stops waiting and reports the items not sent.",
		},
		{
			displayName: 'Max Retries',
			name: 'maxRetries',
			type: 'number',
			typeOptions: { minValue: 0, maxValue: 20 },
			default: 5,
			description: 'Retries of one event after a 5xx answer, a timeout or a dropped connection',
		},
		{
			displayName: 'Request Timeout (Seconds)',
			name: 'timeoutSeconds',
			type: 'number',
			typeOptions: { minValue: 1 },
			default: 30,
		},
		{
			displayName: 'Retry Delay (Seconds)',
			name: 'retryDelaySeconds',
			type: 'number',
			typeOptions: { minValue: 0, numberPrecision: 2 },
			default: 1,
			description:
				'First backoff delay; it doubles with each retry (with jitter), up to 30 seconds',
		},
		{
			displayName: 'Treat Already Reported as Error',
			name: 'alreadyReportedIsError',
			type: 'boolean',
			default: false,
			description:
				'Whether a 409 answer (Gong already has an event with this eventId) fails the item instead of returning it with status alreadyReported',
		},
	],
};

/* Fields of Gong's engagement events (Content Viewed, Content Shared, Custom Action). */

export const reportingSystem: INodeProperties = {
	displayName: 'Reporting System',
	name: 'reportingSystem',
	type: 'string',
	default: '',
	required: true,
	placeholder: 'e.g. docusign',
	description:
		'Names the system the events come from. Use the same value for every event from one source system.',
};

export const contentId: INodeProperties = {
	displayName: 'Content ID',
	name: 'contentId',
	type: 'string',
	default: '',
	required: true,
	placeholder: 'e.g. doc_123456789',
	description: 'The ID of the content in the reporting system',
};

export const contentUrl: INodeProperties = {
	displayName: 'Content URL',
	name: 'contentUrl',
	type: 'string',
	default: '',
	required: true,
	placeholder: 'e.g. https://example.com/doc_123456789',
	description: 'The URL of the content',
};

export const contentTitle: INodeProperties = {
	displayName: 'Content Title',
	name: 'contentTitle',
	type: 'string',
	default: '',
	required: true,
	placeholder: 'e.g. Proposal Q3',
	description: 'Human-readable title shown on the timeline',
};

/** Email, name and title of a person: a viewer, an actor, a participant or a recipient. */
export const personDetailFields: INodeProperties[] = [
	{
		displayName: 'Email',
		name: 'email',
		type: 'string',
		placeholder: 'name@email.com',
		default: '',
		description:
			'Gong matches the person to a CRM contact by email, then to an account by its domain',
	},
	{ displayName: 'Name', name: 'name', type: 'string', default: '' },
	{
		displayName: 'Title',
		name: 'title',
		type: 'string',
		default: '',
		placeholder: 'e.g. VP Procurement',
	},
];

const crmSystem: INodeProperties = {
	displayName: 'System',
	name: 'system',
	type: 'options',
	options: CRM_SYSTEM_OPTIONS,
	default: 'Salesforce',
	description: 'Gong documents only Salesforce and Generic as supported today',
};

const crmObjectId: INodeProperties = {
	displayName: 'Object ID',
	name: 'objectId',
	type: 'string',
	default: '',
	placeholder: 'e.g. 0013601230sV7grAAC',
	description: "The record's ID in that system (Salesforce: the 15- or 18-character form)",
};

/**
 * A person's CRM records (Gong groups them into the person's `context`). A list of its own beside
 * the person's fields: nested in a collection, n8n dropped a list that was added but left empty.
 * The viewer's and actor's copies differ only in name, label and display condition.
 */
export const crmLinks: INodeProperties = {
	displayName: 'CRM Links',
	name: 'crmLinks',
	type: 'fixedCollection',
	typeOptions: { multipleValues: true },
	default: {},
	placeholder: 'Add CRM Link',
	options: [
		{
			displayName: 'Link',
			name: 'link',
			values: [
				crmSystem,
				{
					displayName: 'Object Type',
					name: 'objectType',
					type: 'options',
					options: CRM_OBJECT_TYPE_OPTIONS,
					default: 'Contact',
				},
				crmObjectId,
			],
		},
	],
};

export const crmContext: INodeProperties = {
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
			values: [
				crmSystem,
				{
					displayName: 'Object Type',
					name: 'objectType',
					type: 'options',
					options: CRM_OBJECT_TYPE_OPTIONS,
					default: 'Account',
				},
				crmObjectId,
				{
					displayName: 'Fields',
					name: 'fields',
					type: 'fixedCollection',
					typeOptions: { multipleValues: true },
					default: {},
					placeholder: 'Add Record Field',
					description: 'Record fields, e.g. Name or StageName (Gong: "intended for future use")',
					options: [
						{
							displayName: 'Field',
							name: 'field',
							values: [
								{ displayName: 'Name', name: 'name', type: 'string', default: '' },
								{ displayName: 'Value', name: 'value', type: 'string', default: '' },
							],
						},
					],
				},
			],
		},
	],
};

/** One row of Gong's properties: name, value and data type. */
const propertyRow = {
	displayName: 'Property',
	name: 'property',
	values: [
		{ displayName: 'Name', name: 'name', type: 'string', default: '' },
		{
			displayName: 'Value',
			name: 'value',
			type: 'string',
			default: '',
			description: 'Checked against the data type: a number, an ISO-8601 date or an absolute URL',
		},
		{
			displayName: 'Data Type',
			name: 'dataType',
			type: 'options',
			options: PROPERTY_DATA_TYPE_OPTIONS,
			default: 'string',
		},
	],
} satisfies { displayName: string; name: string; values: INodeProperties[] };

export const contentProperties: INodeProperties = {
	displayName: 'Content Properties',
	name: 'contentProperties',
	type: 'fixedCollection',
	typeOptions: { multipleValues: true },
	default: {},
	placeholder: 'Add Property',
	description: 'Extra facts about the content',
	options: [propertyRow],
};

export const eventProperties: INodeProperties = {
	displayName: 'Event Properties',
	name: 'eventProperties',
	type: 'fixedCollection',
	typeOptions: { multipleValues: true },
	default: {},
	placeholder: 'Add Property',
	description: 'Extra facts about this event',
	options: [propertyRow],
};

/** Others from the buyer's side who took part; a list of its own, so n8n keeps it when empty. */
export const nonCompanyParticipants: INodeProperties = {
	displayName: 'Non-Company Participants',
	name: 'nonCompanyParticipants',
	type: 'fixedCollection',
	typeOptions: { multipleValues: true },
	default: {},
	placeholder: 'Add Participant',
	description:
		"Other people outside your company who took part, e.g. the buyer's colleagues who opened the same document (Gong's term: non-company participants). Gong matches each by email, like the viewer.",
	options: [
		{
			displayName: 'Participant',
			name: 'participant',
			values: [...personDetailFields, crmLinks],
		},
	],
};

/** The tracking ID an "Identify … By" choice may pick instead of a person. */
export const trackingId: INodeProperties = {
	displayName: 'Tracking ID',
	name: 'trackingId',
	type: 'string',
	default: '',
	description:
		'An ID that tracks the person. An event with only a tracking ID and no CRM context may land on no account.',
};

/* Additional fields every engagement event has; each operation lists them among its own, A→Z. */

export const agentPlatform: INodeProperties = {
	displayName: 'Agent Platform',
	name: 'agentPlatform',
	type: 'options',
	// An empty choice first: adding the field must not quietly report a platform.
	options: [{ name: 'Not Specified', value: '' }, ...AGENT_PLATFORM_OPTIONS],
	default: '',
};

export const eventId: INodeProperties = {
	displayName: 'Event ID',
	name: 'eventId',
	type: 'string',
	default: '',
	description:
		"The source system's own ID of this event. Gong refuses a second event with the same ID. Empty: a stable ID is derived.",
};

export const mobileAppId: INodeProperties = {
	displayName: 'Mobile App ID',
	name: 'mobileAppId',
	type: 'string',
	default: '',
	placeholder: 'e.g. com.example.reader',
};

export const userAgent: INodeProperties = {
	displayName: 'User Agent',
	name: 'userAgent',
	type: 'string',
	default: '',
};

export const workspaceId: INodeProperties = {
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

/* Where the engagement events' shared fields go in the event. */

/** Gong's Actor: email, name and title from `at` (a collection, or the row itself), CRM links. */
export const actor = (at: string, links: string): Template => ({
	email: `${at}email`,
	name: `${at}name`,
	title: `${at}title`,
	context: linksBySystem(links),
});

const property = own('name', 'value', 'dataType');

/** Content Viewed's, Content Shared's and Custom Action's table: the shared fields, then its own. */
export const engagementTable = (specific: Template): Template => ({
	reportingSystem: 'reportingSystem',
	eventTimestamp: 'eventTimestamp',
	crmContext: linksBySystem('crmContext', {
		...own('objectType', 'objectId'),
		fields: rows('fields', own('name', 'value')),
	}),
	contentProperties: rows('contentProperties', property),
	eventProperties: rows('eventProperties', property),
	additionalFields: spread({ workspaceId: locatorValue }),
	nonCompanyParticipants: rows('nonCompanyParticipants', actor('', 'crmLinks')),
	...specific,
});

export const contentTable = {
	contentId: 'contentId',
	contentUrl: 'contentUrl',
	contentTitle: 'contentTitle',
};
