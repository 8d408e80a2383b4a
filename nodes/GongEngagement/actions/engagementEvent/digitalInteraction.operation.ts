import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { parameterReader } from '../../helpers/fieldsToEvent';
import { eventSchemas } from '../../schema';
import {
	COMPANY_CONTEXT_TYPES,
	DEVICES,
	NUMERIC_CONTENT_TYPES,
	PERSON_CONTEXT_TYPES,
	SEARCH_OBJECT_TYPES,
} from '../../schema/vocabulary';
import type { EventOperation } from '../node.type';
import { personIdentificationParameters, showFor } from './engagementFields.description';
import { customFieldsParameter } from './shared.description';

const titleCase = (value: string) => value.charAt(0) + value.slice(1).toLowerCase();
const upperOptions = (values: readonly string[]) =>
	values.map((value) => ({ name: titleCase(value), value }));

/** A record in an external system: object type, object ID, system name. */
const businessContextValues = (
	objectTypes: readonly string[],
	defaultType: string,
): INodeProperties[] => [
	{ displayName: 'Object ID', name: 'objectId', type: 'string', default: '' },
	{
		displayName: 'Object Type',
		name: 'objectType',
		type: 'options',
		options: upperOptions(objectTypes),
		default: defaultType,
	},
	{
		displayName: 'System Name',
		name: 'systemName',
		type: 'string',
		default: '',
		placeholder: 'e.g. Salesforce',
	},
];

/** The person's lists, shown beside the person's fields (n8n drops lists nested in a collection). */
const personLists: INodeProperties[] = [
	{
		displayName: 'Company CRM Records',
		name: 'companyBusinessContexts',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		default: {},
		placeholder: 'Add Company CRM Record',
		description: "The person's company in your CRM",
		options: [
			{
				displayName: 'Record',
				name: 'record',
				values: businessContextValues(COMPANY_CONTEXT_TYPES, 'ACCOUNT'),
			},
		],
	},
	customFieldsParameter(
		'personCustomFields',
		'Person Custom Fields',
		'Extra facts about the person',
	),
];

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
		options: upperOptions(PERSON_CONTEXT_TYPES),
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

const fields: INodeProperties[] = [
	{
		displayName: 'Event ID',
		name: 'eventId',
		type: 'string',
		default: '',
		description:
			"Your system's unique ID of this event: Gong's key for recognising repeats. Empty: a stable ID is derived from the event's type, content, person and time, so a re-run is recognised as a repeat.",
	},
	{
		displayName: 'Timestamp',
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
				options: [{ name: 'Not Specified', value: '' }, ...upperOptions(NUMERIC_CONTENT_TYPES)],
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
				options: upperOptions(SEARCH_OBJECT_TYPES),
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
	customFieldsParameter(
		'contentCustomFields',
		'Content Custom Fields',
		'Extra facts about the content',
	),
	...personIdentificationParameters(
		'person',
		'Person',
		personFields,
		'Name, email, phone, location, company and CRM records',
		personLists,
	),
	customFieldsParameter('customFields', 'Custom Fields', 'Extra facts about the event'),
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
				options: [
					{ name: 'Not Specified', value: '' },
					...upperOptions(DEVICES).map((o) => (o.value === 'PC' ? { ...o, name: 'PC' } : o)),
				],
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

export const description = updateDisplayOptions(showFor('digitalInteraction'), fields);

type CustomFieldRows = { field?: IDataObject[] } | undefined;
const customFields = (rows: CustomFieldRows) => rows?.field;
const commaList = (text: unknown) =>
	typeof text === 'string'
		? text
				.split(',')
				.map((part) => part.trim())
				.filter(Boolean)
		: text;

/*
 * Numeric, step and search details and the person's CRM record are flat fields of their
 * collections: as one-row groups nested in a collection, n8n dropped them when left empty.
 */
const numericDetails = (content: IDataObject): IDataObject => ({
	value: content.numericValue,
	rangeFrom: content.numericRangeFrom,
	rangeTo: content.numericRangeTo,
	numericType: content.numericType,
});

const stepDetails = (content: IDataObject): IDataObject => ({
	value: content.stepValue,
	availableSteps: commaList(content.availableSteps) as IDataObject[string],
});

const searchDetails = (content: IDataObject): IDataObject => ({
	name: content.searchName,
	objectType: content.searchObjectType,
	domain: content.searchDomain,
	objectId: content.searchObjectId,
	url: content.searchUrl,
});

const personCrmRecord = (person: IDataObject): IDataObject => ({
	objectType: person.personCrmObjectType,
	objectId: person.personCrmObjectId,
	systemName: person.personCrmSystemName,
});

export function eventFromFields(this: IExecuteFunctions, itemIndex: number): IDataObject {
	const parameter = parameterReader(this, itemIndex);
	const content = parameter<IDataObject>('content', {});
	const additional = parameter<IDataObject>('additionalFields', {});
	const identification = parameter<string>('personIdentification', 'person');
	const person = parameter<IDataObject>('person', {});
	return {
		eventId: parameter('eventId', ''),
		timestamp: parameter<IDataObject[string]>('timestamp', ''),
		eventType: parameter('eventType', ''),
		sourceSystemName: additional.sourceSystemName,
		sessionId: additional.sessionId,
		device: additional.device,
		content: {
			contentId: content.contentId,
			contentTitle: parameter('contentTitle', ''),
			contentLabel: commaList(content.contentLabel),
			contentUrl: content.contentUrl,
			contentAdditionalInfoUrl: content.contentAdditionalInfoUrl,
			numericContentDetails: numericDetails(content),
			stepContentDetails: stepDetails(content),
			searchObjectDetails: searchDetails(content),
			contentCustomFields: customFields(parameter<CustomFieldRows>('contentCustomFields', {})),
		},
		person:
			identification === 'person'
				? {
						name: person.name,
						email: person.email,
						phoneNumber: person.phoneNumber,
						personId: person.personId,
						personBusinessContext: personCrmRecord(person),
						location: {
							country: person.country,
							state: person.state,
							region: person.region,
							city: person.city,
						},
						company: {
							companyId: person.companyId,
							name: person.companyName,
							domain: person.companyDomain,
							companyBusinessContexts: parameter<{ record?: IDataObject[] }>(
								'companyBusinessContexts',
								{},
							).record,
						},
						personCustomFields: customFields(parameter<CustomFieldRows>('personCustomFields', {})),
					}
				: undefined,
		trackingId: identification === 'trackingId' ? parameter('trackingId', '') : undefined,
		customFields: customFields(parameter<CustomFieldRows>('customFields', {})),
	} as IDataObject;
}

export const digitalInteraction: EventOperation = {
	endpoint: { method: 'POST', path: '/v2/digital-interaction' },
	definition: eventSchemas.digitalInteraction,
	timestampField: 'timestamp',
	eventFromFields,
	identity: (event) => [
		event.eventType as string,
		JSON.stringify(event.content ?? null),
		event.person === undefined ? undefined : JSON.stringify(event.person),
		event.trackingId as string | undefined,
	],
};
