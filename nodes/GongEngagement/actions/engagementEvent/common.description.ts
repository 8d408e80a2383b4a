import type { INodeProperties } from 'n8n-workflow';

import type { Entry, Template } from '../../helpers/fieldTable';
import {
	choice,
	crmLinks as bySystem,
	locatorValue,
	own,
	rows,
	spread,
} from '../../helpers/fieldTable';
import {
	AGENT_PLATFORM_OPTIONS,
	CRM_OBJECT_TYPE_OPTIONS,
	CRM_SYSTEM_OPTIONS,
	PROPERTY_DATA_TYPE_OPTIONS,
} from '../../schema/vocabulary';

/*
 * Fields more than one operation shows, written once, with small builders for the shapes the
 * forms repeat; most belong to Gong's engagement events (Content Viewed, Content Shared, Custom
 * Action), whose shared table is at the end.
 */

type More = Partial<INodeProperties>;

/** A text field, empty by default. */
export const text = (displayName: string, name: string, more?: More): INodeProperties => ({
	displayName,
	name,
	type: 'string',
	default: '',
	...more,
});

/** A collection: fields the user adds one by one. */
export const collection = (
	[displayName, name, placeholder]: [string, string, string],
	options: INodeProperties[],
	more?: More,
): INodeProperties => ({
	displayName,
	name,
	type: 'collection',
	placeholder,
	default: {},
	...more,
	options,
});

/** A list of rows (a fixedCollection with multiple values) whose one row kind is `row`. */
export const list = (
	[displayName, name, placeholder]: [string, string, string],
	[rowDisplayName, rowName, values]: [string, string, INodeProperties[]],
	more?: More,
): INodeProperties => ({
	displayName,
	name,
	type: 'fixedCollection',
	typeOptions: { multipleValues: true },
	default: {},
	placeholder,
	...more,
	options: [{ displayName: rowDisplayName, name: rowName, values }],
});

/** The form's fields of one operation (Fields mode), as the node shows them. */
export const forOperation = (operation: string) => ({
	show: { resource: ['engagementEvent'], operation: [operation], inputMode: ['fields'] },
});

/** An event's timestamp: `when` says what it is the time of. */
export const eventTimestamp = (when: string, name = 'eventTimestamp'): INodeProperties =>
	text('Event Timestamp', name, {
		required: true,
		placeholder: 'e.g. 2026-02-17T02:30:00-08:00',
		description: `${when}: ISO-8601 with or without offset, epoch seconds or milliseconds, RFC 2822 or HTTP date. Sent as ISO-8601 with offset.`,
	});

/** The tracking ID an "Identify … By" choice may pick instead of a person. */
export const trackingId = text('Tracking ID', 'trackingId', {
	description:
		'An ID that tracks the person. An event with only a tracking ID and no CRM context may land on no account.',
});

/** "Identify Viewer By" (Actor, Person): the person's details, a tracking ID, or neither. */
export const identifyBy = (who: string, details: string): INodeProperties => ({
	displayName: `Identify ${who} By`,
	name: `${who.toLowerCase()}Identification`,
	type: 'options',
	options: [
		{ name: `${who} Details`, value: who.toLowerCase(), description: details },
		{
			name: 'Tracking ID',
			value: 'trackingId',
			description: 'An anonymous ID tracking the person',
		},
		{ name: 'Neither', value: 'none' },
	],
	default: who.toLowerCase(),
	description: `Gong accepts ${who === 'Actor' ? 'an' : 'a'} ${who.toLowerCase()} or a tracking ID, never both`,
});

/* Fields of Gong's engagement events (Content Viewed, Content Shared, Custom Action). */

export const reportingSystem = text('Reporting System', 'reportingSystem', {
	required: true,
	placeholder: 'e.g. docusign',
	description:
		'Names the system the events come from. Use the same value for every event from one source system.',
});

/** Content ID, URL and title: required by the content events, optional in Custom Action. */
export const optionalContentFields = [
	text('Content ID', 'contentId', {
		placeholder: 'e.g. doc_123456789',
		description: 'The ID of the content in the reporting system',
	}),
	text('Content URL', 'contentUrl', {
		placeholder: 'e.g. https://example.com/doc_123456789',
		description: 'The URL of the content',
	}),
	text('Content Title', 'contentTitle', {
		placeholder: 'e.g. Proposal Q3',
		description: 'Human-readable title shown on the timeline',
	}),
];
export const contentFields = optionalContentFields.map((field) => ({ ...field, required: true }));
export const contentTable = own('contentId', 'contentUrl', 'contentTitle');

/** Email, name and title of a person: a viewer, an actor, a participant or a recipient. */
export const personDetailFields: INodeProperties[] = [
	text('Email', 'email', {
		placeholder: 'name@email.com',
		description:
			'Gong matches the person to a CRM contact by email, then to an account by its domain',
	}),
	text('Name', 'name'),
	text('Title', 'title', { placeholder: 'e.g. VP Procurement' }),
];

const crmSystem: INodeProperties = {
	displayName: 'System',
	name: 'system',
	type: 'options',
	options: CRM_SYSTEM_OPTIONS,
	default: 'Salesforce',
	description: 'Gong documents only Salesforce and Generic as supported today',
};

const crmObjectType = (defaultType: string): INodeProperties => ({
	displayName: 'Object Type',
	name: 'objectType',
	type: 'options',
	options: CRM_OBJECT_TYPE_OPTIONS,
	default: defaultType,
});

const crmObjectId = text('Object ID', 'objectId', {
	placeholder: 'e.g. 0013601230sV7grAAC',
	description: "The record's ID in that system (Salesforce: the 15- or 18-character form)",
});

const nameAndValue = [text('Name', 'name'), text('Value', 'value')];

/**
 * A person's CRM records (Gong groups them into the person's `context`). A list of its own beside
 * the person's fields: nested in a collection, n8n dropped a list that was added but left empty.
 * The viewer's and actor's copies differ only in name, label and display condition.
 */
export const crmLinks = list(
	['CRM Links', 'crmLinks', 'Add CRM Link'],
	['Link', 'link', [crmSystem, crmObjectType('Contact'), crmObjectId]],
);

export const crmContext = list(
	['CRM Context', 'crmContext', 'Add CRM Record'],
	[
		'Record',
		'record',
		[
			crmSystem,
			crmObjectType('Account'),
			crmObjectId,
			list(['Fields', 'fields', 'Add Record Field'], ['Field', 'field', nameAndValue], {
				description: 'Record fields, e.g. Name or StageName (Gong: "intended for future use")',
			}),
		],
	],
	{
		description:
			'The account, deal or contact the event belongs to; Gong places the event on their timelines. Multiple deals of one account are not supported by Gong.',
	},
);

/** One row of Gong's properties: name, value and data type. */
const propertyRow: [string, string, INodeProperties[]] = [
	'Property',
	'property',
	[
		text('Name', 'name'),
		text('Value', 'value', {
			description: 'Checked against the data type: a number, an ISO-8601 date or an absolute URL',
		}),
		{
			displayName: 'Data Type',
			name: 'dataType',
			type: 'options',
			options: PROPERTY_DATA_TYPE_OPTIONS,
			default: 'string',
		},
	],
];

export const contentProperties = list(
	['Content Properties', 'contentProperties', 'Add Property'],
	propertyRow,
	{ description: 'Extra facts about the content' },
);

export const eventProperties = list(
	['Event Properties', 'eventProperties', 'Add Property'],
	propertyRow,
	{
		description: 'Extra facts about this event',
	},
);

/** Others from the buyer's side who took part; a list of its own, so n8n keeps it when empty. */
export const nonCompanyParticipants = list(
	['Non-Company Participants', 'nonCompanyParticipants', 'Add Participant'],
	['Participant', 'participant', [...personDetailFields, crmLinks]],
	{
		description:
			"Other people outside your company who took part, e.g. the buyer's colleagues who opened the same document (Gong's term: non-company participants). Gong matches each by email, like the viewer.",
	},
);

/* Additional fields every engagement event has; each operation lists them among its own, A→Z. */

export const agentPlatform: INodeProperties = {
	displayName: 'Agent Platform',
	name: 'agentPlatform',
	type: 'options',
	// An empty choice first: adding the field must not quietly report a platform.
	options: [{ name: 'Not Specified', value: '' }, ...AGENT_PLATFORM_OPTIONS],
	default: '',
};

export const eventId = text('Event ID', 'eventId', {
	description:
		"The source system's own ID of this event. Gong refuses a second event with the same ID. Empty: a stable ID is derived.",
});

export const mobileAppId = text('Mobile App ID', 'mobileAppId', {
	placeholder: 'e.g. com.example.reader',
});

export const userAgent = text('User Agent', 'userAgent');

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

export const additionalFields = (options: INodeProperties[]) =>
	collection(['Additional Fields', 'additionalFields', 'Add Field'], options);

/* Where the engagement events' fields go in the event. */

/** Gong's Actor: email, name and title from `at` (a collection, or the row itself), CRM links. */
const actor = (at: string, links: string): Template => ({
	...{ email: `${at}email`, name: `${at}name`, title: `${at}title` },
	context: bySystem(links),
});
export const recipientsTable: Entry = rows('recipients', actor('', 'crmLinks'));

/**
 * "Identify Viewer By" (or Actor) and what it shows: the person's fields and CRM links, or the
 * tracking ID; with where each goes in the event.
 */
export function identifiedPerson(who: 'Viewer' | 'Actor') {
	const name = who.toLowerCase();
	const show = (choice: string) => ({ show: { [`${name}Identification`]: [choice] } });
	const properties: INodeProperties[] = [
		identifyBy(who, 'Email, name, title and CRM links'),
		collection([who, name, `Add ${who} Field`], personDetailFields, { displayOptions: show(name) }),
		{
			...crmLinks,
			displayName: `${who} CRM Links`,
			name: `${name}CrmLinks`,
			displayOptions: show(name),
		},
		{ ...trackingId, displayOptions: show('trackingId') },
	];
	const table: Template = {
		[`${name}Identification`]: choice({
			[name]: { [name]: actor(`${name}.`, `${name}CrmLinks`) },
			trackingId: own('trackingId'),
		}),
	};
	return { properties, table };
}

const property = own('name', 'value', 'dataType');

/** Content Viewed's, Content Shared's and Custom Action's table: the shared fields, then its own. */
export const engagementTable = (specific: Template): Template => ({
	...own('reportingSystem', 'eventTimestamp'),
	crmContext: bySystem('crmContext', {
		...own('objectType', 'objectId'),
		fields: rows('fields', own('name', 'value')),
	}),
	contentProperties: rows('contentProperties', property),
	eventProperties: rows('eventProperties', property),
	additionalFields: spread({ workspaceId: locatorValue }),
	nonCompanyParticipants: rows('nonCompanyParticipants', actor('', 'crmLinks')),
	...specific,
});
