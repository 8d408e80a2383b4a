import type { INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import {
	COMPANY_CONTEXT_TYPE_OPTIONS,
	CUSTOM_FIELD_DATA_TYPE_OPTIONS,
	DEVICE_OPTIONS,
	NUMERIC_CONTENT_TYPE_OPTIONS,
	PERSON_CONTEXT_TYPE_OPTIONS,
	SEARCH_OBJECT_TYPE_OPTIONS,
} from '../../schema/vocabulary';
import { trackingId } from './common.description';

/*
 * Gong's Digital Interactions API (POST /v2/digital-interaction): its own body, so its own fields.
 * Numeric, step and search details and the person's CRM record are flat fields of their
 * collections: as one-row groups nested in a collection, n8n dropped them when left empty.
 */

const showForPerson = { show: { personIdentification: ['person'] } };

/** One custom field row: name, value and an upper-case data type. */
const customFieldRow = {
	displayName: 'Field',
	name: 'field',
	values: [
		{ displayName: 'Name', name: 'name', type: 'string', default: '' },
		{
			displayName: 'Value',
			name: 'value',
			type: 'string',
			default: '',
			description:
				'Checked against the data type: a number, an ISO-8601 date, a URL, true/false, or seconds',
		},
		{
			displayName: 'Data Type',
			name: 'dataType',
			type: 'options',
			options: CUSTOM_FIELD_DATA_TYPE_OPTIONS,
			default: 'STRING',
		},
	],
} satisfies { displayName: string; name: string; values: INodeProperties[] };

/** The person's fields; the Digital Interactions shape differs from the engagement events' Actor. */
const personFields: INodeProperties[] = [
	{ displayName: 'City', name: 'city', type: 'string', default: '' },
	{
		displayName: 'Company Domain',
		name: 'companyDomain',
		type: 'string',
		default: '',
		placeholder: 'e.g. acme.com',
	},
	{ displayName: 'Company ID', name: 'companyId', type: 'string', default: '' },
	{ displayName: 'Company Name', name: 'companyName', type: 'string', default: '' },
	{ displayName: 'Country', name: 'country', type: 'string', default: '', placeholder: 'e.g. US' },
	{
		displayName: 'Email',
		name: 'email',
		type: 'string',
		placeholder: 'name@email.com',
		default: '',
	},
	{ displayName: 'Name', name: 'name', type: 'string', default: '' },
	{
		displayName: 'Person CRM Object ID',
		name: 'personCrmObjectId',
		type: 'string',
		default: '',
		placeholder: 'e.g. 0033600001abcDEAAY',
		description: "The person's record in your CRM; Gong needs it with an object type",
	},
	{
		displayName: 'Person CRM Object Type',
		name: 'personCrmObjectType',
		type: 'options',
		options: PERSON_CONTEXT_TYPE_OPTIONS,
		default: 'CONTACT',
	},
	{
		displayName: 'Person CRM System Name',
		name: 'personCrmSystemName',
		type: 'string',
		default: '',
		placeholder: 'e.g. Salesforce',
	},
	{
		displayName: 'Person ID',
		name: 'personId',
		type: 'string',
		default: '',
		description: "Your system's ID of the person",
	},
	{ displayName: 'Phone Number', name: 'phoneNumber', type: 'string', default: '' },
	{ displayName: 'Region', name: 'region', type: 'string', default: '' },
	{ displayName: 'State', name: 'state', type: 'string', default: '' },
];

const properties: INodeProperties[] = [
	{
		// "Event Timestamp", as on the other operations; the parameter keeps Gong's name.
		displayName: 'Event Timestamp',
		name: 'timestamp',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'e.g. 2026-02-17T02:30:00-08:00',
		description:
			'When it happened: ISO-8601 with or without offset, epoch seconds or milliseconds, RFC 2822 or HTTP date. Sent as ISO-8601 with offset.',
	},
	{
		displayName: 'Event Type',
		name: 'eventType',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'e.g. Pricing Page Viewed',
		description: 'What happened to the content, as the timeline shows it',
	},
	{
		displayName: 'Content Title',
		name: 'contentTitle',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'e.g. Pricing',
	},
	// Optional (derived when empty), so below the three fields Gong and the form require.
	{
		displayName: 'Event ID',
		name: 'eventId',
		type: 'string',
		default: '',
		description:
			"Your system's unique ID of this event: Gong's key for recognising repeats. Empty: a stable ID is derived from the event's type, content, person and time, so a re-run is recognised as a repeat.",
	},
	{
		displayName: 'Content Details',
		name: 'content',
		type: 'collection',
		placeholder: 'Add Content Field',
		default: {},
		options: [
			{
				displayName: 'Additional Info URL',
				name: 'contentAdditionalInfoUrl',
				type: 'string',
				default: '',
			},
			{ displayName: 'Content ID', name: 'contentId', type: 'string', default: '' },
			{ displayName: 'Content URL', name: 'contentUrl', type: 'string', default: '' },
			{
				displayName: 'Labels',
				name: 'contentLabel',
				type: 'string',
				default: '',
				placeholder: 'e.g. pricing, enterprise',
				description: 'Comma-separated tags of the content',
			},
			{
				displayName: 'Numeric Range From',
				name: 'numericRangeFrom',
				type: 'number',
				default: '',
				placeholder: 'e.g. 0',
				description: 'Lowest possible score; needed with any numeric detail',
			},
			{
				displayName: 'Numeric Range To',
				name: 'numericRangeTo',
				type: 'number',
				default: '',
				placeholder: 'e.g. 10',
				description: 'Highest possible score; needed with any numeric detail',
			},
			{
				displayName: 'Numeric Type',
				name: 'numericType',
				type: 'options',
				options: [{ name: 'Not Specified', value: '' }, ...NUMERIC_CONTENT_TYPE_OPTIONS],
				default: '',
			},
			{
				displayName: 'Numeric Value',
				name: 'numericValue',
				type: 'number',
				default: '',
				placeholder: 'e.g. 9',
				description: 'A score the person gave, e.g. an NPS answer, within the range',
			},
			{
				displayName: 'Search Domain',
				name: 'searchDomain',
				type: 'string',
				default: '',
				placeholder: 'e.g. acme.com',
				description: 'Domain of what the person searched for; needed with any search detail',
			},
			{
				displayName: 'Search Name',
				name: 'searchName',
				type: 'string',
				default: '',
				description: 'What the person searched for; needed with any search detail',
			},
			{ displayName: 'Search Object ID', name: 'searchObjectId', type: 'string', default: '' },
			{
				displayName: 'Search Object Type',
				name: 'searchObjectType',
				type: 'options',
				options: SEARCH_OBJECT_TYPE_OPTIONS,
				default: 'PRODUCT',
			},
			{ displayName: 'Search URL', name: 'searchUrl', type: 'string', default: '' },
			{
				displayName: 'Step (Current)',
				name: 'stepValue',
				type: 'string',
				default: '',
				placeholder: 'e.g. Plan',
				description: 'Where the person is in a multi-step process: one of the available steps',
			},
			{
				displayName: 'Steps (Available)',
				name: 'availableSteps',
				type: 'string',
				default: '',
				placeholder: 'e.g. Plan, Pay, Done',
				description: 'The steps of the process, comma-separated, in order',
			},
		],
	},
	{
		displayName: 'Content Custom Fields',
		name: 'contentCustomFields',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		default: {},
		placeholder: 'Add Content Custom Field',
		description: 'Extra facts about the content',
		options: [customFieldRow],
	},
	{
		displayName: 'Identify Person By',
		name: 'personIdentification',
		type: 'options',
		options: [
			{
				name: 'Person Details',
				value: 'person',
				description: 'Name, email, phone, location, company and CRM records',
			},
			{
				name: 'Tracking ID',
				value: 'trackingId',
				description: 'An anonymous ID tracking the person',
			},
			{ name: 'Neither', value: 'none' },
		],
		default: 'person',
		description: 'Gong accepts a person or a tracking ID, never both',
	},
	{
		displayName: 'Person',
		name: 'person',
		type: 'collection',
		placeholder: 'Add Person Field',
		default: {},
		displayOptions: showForPerson,
		options: personFields,
	},
	// The person's lists sit beside the person's fields: n8n drops lists nested in a collection.
	{
		displayName: 'Company CRM Records',
		name: 'companyBusinessContexts',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		default: {},
		placeholder: 'Add Company CRM Record',
		description: "The person's company in your CRM",
		displayOptions: showForPerson,
		options: [
			{
				displayName: 'Record',
				name: 'record',
				values: [
					{ displayName: 'Object ID', name: 'objectId', type: 'string', default: '' },
					{
						displayName: 'Object Type',
						name: 'objectType',
						type: 'options',
						options: COMPANY_CONTEXT_TYPE_OPTIONS,
						default: 'ACCOUNT',
					},
					{
						displayName: 'System Name',
						name: 'systemName',
						type: 'string',
						default: '',
						placeholder: 'e.g. Salesforce',
					},
				],
			},
		],
	},
	{
		displayName: 'Person Custom Fields',
		name: 'personCustomFields',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		default: {},
		placeholder: 'Add Person Custom Field',
		description: 'Extra facts about the person',
		displayOptions: showForPerson,
		options: [customFieldRow],
	},
	{ ...trackingId, displayOptions: { show: { personIdentification: ['trackingId'] } } },
	{
		// Named for what it belongs to, beside the content's and the person's lists.
		displayName: 'Event Custom Fields',
		name: 'customFields',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		default: {},
		placeholder: 'Add Event Custom Field',
		description: 'Extra facts about the event',
		options: [customFieldRow],
	},
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: [
			{
				displayName: 'Device',
				name: 'device',
				type: 'options',
				options: [{ name: 'Not Specified', value: '' }, ...DEVICE_OPTIONS],
				default: '',
			},
			{
				displayName: 'Session ID',
				name: 'sessionId',
				type: 'string',
				default: '',
				description: 'Ties related events together',
			},
			{
				displayName: 'Source System Name',
				name: 'sourceSystemName',
				type: 'string',
				default: '',
				description:
					'When integrating through an iPaaS: the technology partner the customer set up in Gong',
			},
		],
	},
];

const displayOptions = {
	show: { resource: ['engagementEvent'], operation: ['digitalInteraction'], inputMode: ['fields'] },
};

export const description = updateDisplayOptions(displayOptions, properties);
