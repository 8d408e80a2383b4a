import type { INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { choice, commaList, fieldTable, labelledBy, own, rows } from '../../helpers/fieldTable';
import { eventSchemas } from '../../schema';
import {
	COMPANY_CONTEXT_TYPE_OPTIONS,
	CUSTOM_FIELD_DATA_TYPE_OPTIONS,
	DEVICE_OPTIONS,
	NUMERIC_CONTENT_TYPE_OPTIONS,
	PERSON_CONTEXT_TYPE_OPTIONS,
	SEARCH_OBJECT_TYPE_OPTIONS,
} from '../../schema/vocabulary';
import type { EventOperation } from '../node.type';
import {
	choose,
	collection,
	eventTimestamp,
	field,
	forOperation,
	identifyBy,
	list,
	optional,
	trackingId,
} from './common.description';

/*
 * Gong's Digital Interactions API: its own body, so its own fields. Nested details are flat fields
 * of their collections (n8n dropped empty groups nested in a collection); the table nests them.
 */

const showForPerson = { show: { personIdentification: ['person'] } };

/** Custom fields of the event, its content or its person: name, value, upper-case data type. */
const customFields = (label: string, name: string, of: string, more?: Partial<INodeProperties>) =>
	list(
		[`${label} Custom Fields`, name, `Add ${label} Custom Field`],
		[
			'Field',
			'field',
			[
				field('Name', 'name'),
				field('Value', 'value', {
					description:
						'Checked against the data type: a number, an ISO-8601 date, a URL, true/false, or seconds',
				}),
				choose('Data Type', 'dataType', CUSTOM_FIELD_DATA_TYPE_OPTIONS, 'STRING'),
			],
		],
		{ description: `Extra facts about ${of}`, ...more },
	);

const contentDetails = collection(
	['Content Details', 'content', 'Add Content Field'],
	[
		field('Additional Info URL', 'contentAdditionalInfoUrl'),
		field('Content ID', 'contentId'),
		field('Content URL', 'contentUrl'),
		field('Labels', 'contentLabel', {
			placeholder: 'e.g. pricing, enterprise',
			description: 'Comma-separated tags of the content',
		}),
		field('Numeric Range From', 'numericRangeFrom', {
			type: 'number',
			placeholder: 'e.g. 0',
			description: 'Lowest possible score; needed with any numeric detail',
		}),
		field('Numeric Range To', 'numericRangeTo', {
			type: 'number',
			placeholder: 'e.g. 10',
			description: 'Highest possible score; needed with any numeric detail',
		}),
		optional('Numeric Type', 'numericType', NUMERIC_CONTENT_TYPE_OPTIONS),
		field('Numeric Value', 'numericValue', {
			type: 'number',
			placeholder: 'e.g. 9',
			description: 'A score the person gave, e.g. an NPS answer, within the range',
		}),
		field('Search Domain', 'searchDomain', {
			placeholder: 'e.g. acme.com',
			description: 'Domain of what the person searched for; needed with any search detail',
		}),
		field('Search Name', 'searchName', {
			description: 'What the person searched for; needed with any search detail',
		}),
		field('Search Object ID', 'searchObjectId'),
		choose('Search Object Type', 'searchObjectType', SEARCH_OBJECT_TYPE_OPTIONS, 'PRODUCT'),
		field('Search URL', 'searchUrl'),
		field('Step (Current)', 'stepValue', {
			placeholder: 'e.g. Plan',
			description: 'Where the person is in a multi-step process: one of the available steps',
		}),
		field('Steps (Available)', 'availableSteps', {
			placeholder: 'e.g. Plan, Pay, Done',
			description: 'The steps of the process, comma-separated, in order',
		}),
	],
);

/** The person's fields; the Digital Interactions shape differs from the engagement events' Actor. */
const person = collection(
	['Person', 'person', 'Add Person Field'],
	[
		field('City', 'city'),
		field('Company Domain', 'companyDomain', { placeholder: 'e.g. acme.com' }),
		field('Company ID', 'companyId'),
		field('Company Name', 'companyName'),
		field('Country', 'country', { placeholder: 'e.g. US' }),
		field('Email', 'email', { placeholder: 'name@email.com' }),
		field('Name', 'name'),
		field('Person CRM Object ID', 'personCrmObjectId', {
			placeholder: 'e.g. 0033600001abcDEAAY',
			description: "The person's record in your CRM; Gong needs it with an object type",
		}),
		choose('Person CRM Object Type', 'personCrmObjectType', PERSON_CONTEXT_TYPE_OPTIONS, 'CONTACT'),
		field('Person CRM System Name', 'personCrmSystemName', { placeholder: 'e.g. Salesforce' }),
		field('Person ID', 'personId', { description: "Your system's ID of the person" }),
		field('Phone Number', 'phoneNumber'),
		field('Region', 'region'),
		field('State', 'state'),
	],
	{ displayOptions: showForPerson },
);

const properties: INodeProperties[] = [
	// "Event Timestamp", as on the other operations; the parameter keeps Gong's name.
	eventTimestamp('When it happened', 'timestamp'),
	field('Event Type', 'eventType', {
		required: true,
		placeholder: 'e.g. Pricing Page Viewed',
		description: 'What happened to the content, as the timeline shows it',
	}),
	field('Content Title', 'contentTitle', { required: true, placeholder: 'e.g. Pricing' }),
	// Optional (derived when empty), so below the three fields Gong and the form require.
	field('Event ID', 'eventId', {
		description:
			"Your system's unique ID of this event: Gong's key for recognising repeats. Empty: a stable ID is derived from the event's type, content, person and time, so a re-run is recognised as a repeat.",
	}),
	contentDetails,
	customFields('Content', 'contentCustomFields', 'the content'),
	identifyBy('Person', 'Name, email, phone, location, company and CRM records'),
	person,
	// The person's lists sit beside the person's fields: n8n drops lists nested in a collection.
	list(
		['Company CRM Records', 'companyBusinessContexts', 'Add Company CRM Record'],
		[
			'Record',
			'record',
			[
				field('Object ID', 'objectId'),
				choose('Object Type', 'objectType', COMPANY_CONTEXT_TYPE_OPTIONS, 'ACCOUNT'),
				field('System Name', 'systemName', { placeholder: 'e.g. Salesforce' }),
			],
		],
		{ description: "The person's company in your CRM", displayOptions: showForPerson },
	),
	customFields('Person', 'personCustomFields', 'the person', { displayOptions: showForPerson }),
	{ ...trackingId, displayOptions: { show: { personIdentification: ['trackingId'] } } },
	// Named for what it belongs to, beside the content's and the person's lists.
	customFields('Event', 'customFields', 'the event'),
	collection(
		['Additional Fields', 'additionalFields', 'Add Field'],
		[
			optional('Device', 'device', DEVICE_OPTIONS),
			field('Session ID', 'sessionId', { description: 'Ties related events together' }),
			field('Source System Name', 'sourceSystemName', {
				description:
					'When integrating through an iPaaS: the technology partner the customer set up in Gong',
			}),
		],
	),
];

export const description = updateDisplayOptions(forOperation('digitalInteraction'), properties);

const fields = fieldTable(description, {
	...own('eventId', 'timestamp', 'eventType'),
	...own(
		'additionalFields.sourceSystemName',
		'additionalFields.sessionId',
		'additionalFields.device',
	),
	// The content object is required because its title is: a missing one is told as the title.
	content: labelledBy('contentTitle', {
		...own('content.contentId', 'contentTitle'),
		contentLabel: commaList('content.contentLabel'),
		...own('content.contentUrl', 'content.contentAdditionalInfoUrl'),
		numericContentDetails: {
			value: 'content.numericValue',
			rangeFrom: 'content.numericRangeFrom',
			rangeTo: 'content.numericRangeTo',
			numericType: 'content.numericType',
		},
		stepContentDetails: {
			value: 'content.stepValue',
			availableSteps: commaList('content.availableSteps'),
		},
		searchObjectDetails: {
			name: 'content.searchName',
			objectType: 'content.searchObjectType',
			domain: 'content.searchDomain',
			objectId: 'content.searchObjectId',
			url: 'content.searchUrl',
		},
		contentCustomFields: rows('contentCustomFields'),
	}),
	personIdentification: choice({
		person: {
			person: {
				...own('person.name', 'person.email', 'person.phoneNumber', 'person.personId'),
				personBusinessContext: {
					objectType: 'person.personCrmObjectType',
					objectId: 'person.personCrmObjectId',
					systemName: 'person.personCrmSystemName',
				},
				location: own('person.country', 'person.state', 'person.region', 'person.city'),
				company: {
					companyId: 'person.companyId',
					name: 'person.companyName',
					domain: 'person.companyDomain',
					companyBusinessContexts: rows('companyBusinessContexts'),
				},
				personCustomFields: rows('personCustomFields'),
			},
		},
		trackingId: own('trackingId'),
	}),
	customFields: rows('customFields'),
});

export const digitalInteraction: EventOperation = {
	endpoint: { method: 'POST', path: '/v2/digital-interaction' },
	definition: eventSchemas.digitalInteraction,
	timestampField: 'timestamp',
	fields,
	// No CRM context here: Gong places the event by its person or tracking ID; neither gets a hint.
	placement: {
		namingFields: ['person', 'trackingId'],
		personChoice: { parameter: 'personIdentification', none: 'none' },
		otherwise: 'hint',
	},
	identity: (event) => [
		event.eventType as string,
		JSON.stringify(event.content ?? null),
		event.person === undefined ? undefined : JSON.stringify(event.person),
		event.trackingId as string | undefined,
	],
};
