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
		placeholder: 'Salesforce',
	},
];

const listText = (what: string): INodeProperties => ({
	displayName: what,
	name: what.toLowerCase(),
	type: 'string',
	default: '',
});

/** The person's fields; the Digital Interactions shape differs from the engagement events' Actor. */
const personFields: INodeProperties[] = [
	{ displayName: 'City', name: 'city', type: 'string', default: '' },
	{
		displayName: 'Company CRM Records',
		name: 'companyBusinessContexts',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		default: {},
		options: [
			{
				displayName: 'Record',
				name: 'record',
				values: businessContextValues(COMPANY_CONTEXT_TYPES, 'ACCOUNT'),
			},
		],
	},
	{
		displayName: 'Company Domain',
		name: 'companyDomain',
		type: 'string',
		default: '',
		placeholder: 'acme.com',
	},
	{ displayName: 'Company ID', name: 'companyId', type: 'string', default: '' },
	{ displayName: 'Company Name', name: 'companyName', type: 'string', default: '' },
	{ displayName: 'Country', name: 'country', type: 'string', default: '', placeholder: 'US' },
	customFieldsParameter('personCustomFields', 'Custom Fields', 'Extra facts about the person'),
	{
		displayName: 'Email',
		name: 'email',
		type: 'string',
		placeholder: 'name@email.com',
		default: '',
	},
	{ displayName: 'Name', name: 'name', type: 'string', default: '' },
	{
		displayName: 'Person CRM Record',
		name: 'personBusinessContext',
		type: 'fixedCollection',
		default: {},
		options: [
			{
				displayName: 'Record',
				name: 'record',
				values: businessContextValues(PERSON_CONTEXT_TYPES, 'CONTACT'),
			},
		],
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
		required: true,
		description: "Your system's unique ID of this event: Gong's key for recognising repeats",
	},
	{
		displayName: 'Timestamp',
		name: 'timestamp',
		type: 'string',
		default: '',
		required: true,
		placeholder: '2026-02-17T02:30:00-08:00',
		description:
			'When it happened: ISO-8601 with or without offset, epoch seconds or milliseconds, RFC 2822 or HTTP date. Sent as ISO-8601 with offset.',
	},
	{
		displayName: 'Event Type',
		name: 'eventType',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'Pricing Page Viewed',
		description: 'What happened to the content, as the timeline shows it',
	},
	{
		displayName: 'Content Title',
		name: 'contentTitle',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'Pricing',
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
			customFieldsParameter(
				'contentCustomFields',
				'Custom Fields',
				'Extra facts about the content',
			),
			{
				displayName: 'Labels',
				name: 'contentLabel',
				type: 'string',
				default: '',
				placeholder: 'pricing, enterprise',
				description: 'Comma-separated tags of the content',
			},
			{
				displayName: 'Numeric Details',
				name: 'numericContentDetails',
				type: 'fixedCollection',
				default: {},
				description: 'A score the person gave, e.g. an NPS answer',
				options: [
					{
						displayName: 'Details',
						name: 'details',
						values: [
							{ displayName: 'Value', name: 'value', type: 'number', default: 0 },
							{ displayName: 'Range From', name: 'rangeFrom', type: 'number', default: 0 },
							{ displayName: 'Range To', name: 'rangeTo', type: 'number', default: 10 },
							{
								displayName: 'Numeric Type',
								name: 'numericType',
								type: 'options',
								options: upperOptions(NUMERIC_CONTENT_TYPES),
								default: 'OTHER',
							},
						],
					},
				],
			},
			{
				displayName: 'Search Details',
				name: 'searchObjectDetails',
				type: 'fixedCollection',
				default: {},
				description: 'What the person searched for',
				options: [
					{
						displayName: 'Details',
						name: 'details',
						values: [
							{
								displayName: 'Domain',
								name: 'domain',
								type: 'string',
								default: '',
							},
							{
								displayName: 'Name',
								name: 'name',
								type: 'string',
								default: '',
							},
							{
								displayName: 'Object ID',
								name: 'objectId',
								type: 'string',
								default: '',
							},
							{
								displayName: 'Object Type',
								name: 'objectType',
								type: 'options',
								options: upperOptions(SEARCH_OBJECT_TYPES),
								default: 'PRODUCT',
							},
							{
								displayName: 'URL',
								name: 'url',
								type: 'string',
								default: '',
							},
						],
					},
				],
			},
			{
				displayName: 'Step Details',
				name: 'stepContentDetails',
				type: 'fixedCollection',
				default: {},
				description: 'Where the person is in a multi-step process',
				options: [
					{
						displayName: 'Details',
						name: 'details',
						values: [
							{ displayName: 'Current Step', name: 'value', type: 'string', default: '' },
							{
								...listText('Available Steps'),
								name: 'availableSteps',
								description: 'Comma-separated, in order',
							},
						],
					},
				],
			},
		],
	},
	...personIdentificationParameters(
		'person',
		'Person',
		personFields,
		'Name, email, phone, location, company and CRM records',
	),
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: [
			customFieldsParameter('customFields', 'Custom Fields', 'Extra facts about the event'),
			{
				displayName: 'Device',
				name: 'device',
				type: 'options',
				options: upperOptions(DEVICES).map((o) => (o.value === 'PC' ? { ...o, name: 'PC' } : o)),
				default: 'PC',
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
const details = (collection: unknown) =>
	(collection as { details?: IDataObject } | undefined)?.details;

export function eventFromFields(this: IExecuteFunctions, itemIndex: number): IDataObject {
	const parameter = parameterReader(this, itemIndex);
	const content = parameter<IDataObject>('content', {});
	const step = details(content.stepContentDetails);
	const additional = parameter<IDataObject>('additionalFields', {});
	const identification = parameter<string>('personIdentification', 'person');
	const person = parameter<IDataObject>('person', {});
	const personContext = (person.personBusinessContext as { record?: IDataObject } | undefined)
		?.record;
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
			numericContentDetails: details(content.numericContentDetails),
			stepContentDetails: step
				? { ...step, availableSteps: commaList(step.availableSteps) }
				: undefined,
			searchObjectDetails: details(content.searchObjectDetails),
			contentCustomFields: customFields(content.contentCustomFields as CustomFieldRows),
		},
		person:
			identification === 'person'
				? {
						name: person.name,
						email: person.email,
						phoneNumber: person.phoneNumber,
						personId: person.personId,
						personBusinessContext: personContext,
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
							companyBusinessContexts: (
								person.companyBusinessContexts as { record?: IDataObject[] } | undefined
							)?.record,
						},
						personCustomFields: customFields(person.personCustomFields as CustomFieldRows),
					}
				: undefined,
		trackingId: identification === 'trackingId' ? parameter('trackingId', '') : undefined,
		customFields: customFields(additional.customFields as CustomFieldRows),
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
