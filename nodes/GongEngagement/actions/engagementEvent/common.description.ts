import type { INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import type { Entry, Template } from '../../helpers/fieldTable';
import {
	bySystem,
	choice,
	fieldTable,
	locatorValue,
	own,
	rows,
	spread,
} from '../../helpers/fieldTable';
import { eventSchemas } from '../../schema';
import {
	AGENT_PLATFORM_OPTIONS,
	CRM_OBJECT_TYPE_OPTIONS,
	CRM_SYSTEM_OPTIONS,
	PROPERTY_DATA_TYPE_OPTIONS,
} from '../../schema/vocabulary';
import type { EventOperation } from '../node.type';

/* Fields more than one operation shows, and builders for the shapes the forms repeat. */

type More = Partial<INodeProperties>;
type Options = INodeProperties['options'];

/** A text field, empty by default (`more` may make it another type). */
export const field = (displayName: string, name: string, more?: More) =>
	({ displayName, name, type: 'string', default: '', ...more }) as INodeProperties;

/** A choice among `options`. */
export const choose = (displayName: string, name: string, options: Options, value: string) =>
	({ displayName, name, type: 'options', options, default: value }) as INodeProperties;

/** A choice that starts empty: adding the field must not quietly choose a value. */
export const optional = (displayName: string, name: string, options: Options) =>
	choose(displayName, name, [{ name: 'Not Specified', value: '' }, ...(options ?? [])], '');

type Labels = [displayName: string, name: string, placeholder: string];

/** A collection: fields the user adds one by one. */
export function collection(labels: Labels, options: Options, more?: More): INodeProperties {
	const [displayName, name, placeholder] = labels;
	return { displayName, name, type: 'collection', placeholder, default: {}, ...more, options };
}

/** A list of rows (a fixedCollection with multiple values) whose one row kind is `row`. */
export const list = (
	labels: Labels,
	[rowDisplayName, rowName, values]: [string, string, INodeProperties[]],
	more?: More,
): INodeProperties => ({
	...collection(labels, [], more),
	type: 'fixedCollection',
	typeOptions: { multipleValues: true },
	options: [{ displayName: rowDisplayName, name: rowName, values }],
});

/** The form's fields of one operation (Fields mode), as the node shows them. */
export const forOperation = (operation: string) => ({
	show: { resource: ['engagementEvent'], operation: [operation], inputMode: ['fields'] },
});

/** An event's timestamp: `when` says what it is the time of. */
export const eventTimestamp = (when: string, name = 'eventTimestamp'): INodeProperties =>
	field('Event Timestamp', name, {
		required: true,
		placeholder: 'e.g. 2026-02-17T02:30:00-08:00',
		description: `${when}: ISO-8601 with or without offset, epoch seconds or milliseconds, RFC 2822 or HTTP date. Sent as ISO-8601 with offset.`,
	});

/** The tracking ID an "Identify … By" choice may pick instead of a person. */
export const trackingId = field('Tracking ID', 'trackingId', {
	description:
		'An ID that tracks the person. An event with only a tracking ID and no CRM context may land on no account.',
});

/** "Identify Viewer By" (Actor, Person): the person's details, a tracking ID, or neither. */
export function identifyBy(who: string, details: string): INodeProperties {
	const value = who.toLowerCase();
	const options = [
		{ name: `${who} Details`, value, description: details },
		{
			name: 'Tracking ID',
			value: 'trackingId',
			description: 'An anonymous ID tracking the person',
		},
		{ name: 'Neither', value: 'none' },
	];
	const description = `Gong accepts ${who === 'Actor' ? 'an' : 'a'} ${value} or a tracking ID, never both`;
	return { ...choose(`Identify ${who} By`, `${value}Identification`, options, value), description };
}

/** Content ID, URL and title: required by the content events, optional in Custom Action. */
export const optionalContentFields = [
	field('Content ID', 'contentId', {
		placeholder: 'e.g. doc_123456789',
		description: 'The ID of the content in the reporting system',
	}),
	field('Content URL', 'contentUrl', {
		placeholder: 'e.g. https://example.com/doc_123456789',
		description: 'The URL of the content',
	}),
	field('Content Title', 'contentTitle', {
		placeholder: 'e.g. Proposal Q3',
		description: 'Human-readable title shown on the timeline',
	}),
];
export const contentFields = optionalContentFields.map((one) => ({ ...one, required: true }));
export const contentTable = own('contentId', 'contentUrl', 'contentTitle');

/** Email, name and title of a person: a viewer, an actor, a participant or a recipient. */
export const personDetailFields: INodeProperties[] = [
	field('Email', 'email', {
		placeholder: 'name@email.com',
		description:
			'Gong matches the person to a CRM contact by email, then to an account by its domain',
	}),
	field('Name', 'name'),
	field('Title', 'title', { placeholder: 'e.g. VP Procurement' }),
];

const crmSystem: INodeProperties = {
	...choose('System', 'system', CRM_SYSTEM_OPTIONS, 'Salesforce'),
	description: 'Gong documents only Salesforce and Generic as supported today',
};
const crmObjectType = (value: string) =>
	choose('Object Type', 'objectType', CRM_OBJECT_TYPE_OPTIONS, value);
const crmObjectId = field('Object ID', 'objectId', {
	placeholder: 'e.g. 0013601230sV7grAAC',
	description: "The record's ID in that system (Salesforce: the 15- or 18-character form)",
});

/** A person's CRM records (Gong: `context`); not nested: n8n dropped a nested list left empty. */
export const crmLinks = list(
	['CRM Links', 'crmLinks', 'Add CRM Link'],
	['Link', 'link', [crmSystem, crmObjectType('Contact'), crmObjectId]],
);

const recordFields = list(
	['Fields', 'fields', 'Add Record Field'],
	['Field', 'field', [field('Name', 'name'), field('Value', 'value')]],
	{ description: 'Record fields, e.g. Name or StageName (Gong: "intended for future use")' },
);

/** One row of Gong's properties: name, value and data type. */
const propertyRow: [string, string, INodeProperties[]] = [
	'Property',
	'property',
	[
		field('Name', 'name'),
		field('Value', 'value', {
			description: 'Checked against the data type: a number, an ISO-8601 date or an absolute URL',
		}),
		choose('Data Type', 'dataType', PROPERTY_DATA_TYPE_OPTIONS, 'string'),
	],
];

/** Gong's Actor: email, name and title from `at` (a collection, or the row itself), CRM links. */
const actor = (at: string, links: string): Template => ({
	email: `${at}email`,
	name: `${at}name`,
	title: `${at}title`,
	context: bySystem(links),
});
export const recipientsTable: Entry = rows('recipients', actor('', 'crmLinks'));
const property = own('name', 'value', 'dataType');

/** The lists every engagement event has, below its own fields. */
const lists = [
	list(
		['CRM Context', 'crmContext', 'Add CRM Record'],
		['Record', 'record', [crmSystem, crmObjectType('Account'), crmObjectId, recordFields]],
		{
			description:
				'The account, deal or contact the event belongs to; Gong places the event on their timelines. Multiple deals of one account are not supported by Gong.',
		},
	),
	list(['Content Properties', 'contentProperties', 'Add Property'], propertyRow, {
		description: 'Extra facts about the content',
	}),
	list(['Event Properties', 'eventProperties', 'Add Property'], propertyRow, {
		description: 'Extra facts about this event',
	}),
	// Others from the buyer's side who took part; a list of its own, so n8n keeps it when empty.
	list(
		['Non-Company Participants', 'nonCompanyParticipants', 'Add Participant'],
		['Participant', 'participant', [...personDetailFields, crmLinks]],
		{
			description:
				"Other people outside your company who took part, e.g. the buyer's colleagues who opened the same document (Gong's term: non-company participants). Gong matches each by email, like the viewer.",
		},
	),
];

/** Where the fields every engagement event has go; the operation's own follow. */
const sharedTable: Template = {
	...own('reportingSystem', 'eventTimestamp'),
	crmContext: bySystem('crmContext', {
		...own('objectType', 'objectId'),
		fields: rows('fields', own('name', 'value')),
	}),
	contentProperties: rows('contentProperties', property),
	eventProperties: rows('eventProperties', property),
	// Additional Fields go into the event by their names.
	additionalFields: spread({ workspaceId: locatorValue }),
	nonCompanyParticipants: rows('nonCompanyParticipants', actor('', 'crmLinks')),
};

/** Additional fields every engagement event has; each operation adds its own, listed A→Z. */
const sharedAdditionalFields = [
	optional('Agent Platform', 'agentPlatform', AGENT_PLATFORM_OPTIONS),
	field('Event ID', 'eventId', {
		description:
			"The source system's own ID of this event. Gong refuses a second event with the same ID. Empty: a stable ID is derived.",
	}),
	field('Mobile App ID', 'mobileAppId', { placeholder: 'e.g. com.example.reader' }),
	field('User Agent', 'userAgent'),
	field('Workspace', 'workspaceId', {
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
	}),
];

/** "Identify Viewer By" (or Actor), the fields it shows, and where each goes in the event. */
export function identifiedPerson(who: 'Viewer' | 'Actor') {
	const name = who.toLowerCase();
	const show = (chosen: string) => ({ show: { [`${name}Identification`]: [chosen] } });
	const form: INodeProperties[] = [
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
	return { form, table };
}

/** An operation's own: fields (form, table, Additional Fields), endpoint, placement, identity. */
interface OwnParts extends Pick<EventOperation, 'endpoint' | 'placement' | 'identity'> {
	/** What the event's timestamp is the time of. */
	when: string;
	form: INodeProperties[];
	table: Template;
	additional: INodeProperties[];
}

/** An engagement event's form and operation: the shared fields around the operation's own. */
export function engagementEvent(
	operation: Exclude<keyof typeof eventSchemas, 'digitalInteraction'>,
	{ when, form, table, additional, endpoint, placement, identity }: OwnParts,
) {
	const description = updateDisplayOptions(forOperation(operation), [
		field('Reporting System', 'reportingSystem', {
			required: true,
			placeholder: 'e.g. docusign',
			description:
				'Names the system the events come from. Use the same value for every event from one source system.',
		}),
		eventTimestamp(when),
		...form,
		...lists,
		collection(
			['Additional Fields', 'additionalFields', 'Add Field'],
			[...sharedAdditionalFields, ...additional].sort((a, b) =>
				a.displayName < b.displayName ? -1 : 1,
			),
		),
	]);
	const fields = fieldTable(description, { ...sharedTable, ...table });
	const built: EventOperation = {
		endpoint,
		definition: eventSchemas[operation],
		timestampField: 'eventTimestamp',
		fields,
		placement,
		identity,
	};
	return { description, operation: built };
}
