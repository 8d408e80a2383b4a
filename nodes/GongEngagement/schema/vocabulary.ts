/**
 * Gong's enumerations, written as the separate tokens Gong accepts. The OpenAPI document joins some
 * of them into one comma-separated string ("Windows, Linux, MacOS, iOS, Android"); these lists are
 * the corrected values. Each list's form options stand beside it (in the order the form shows
 * them); test/node/schemaAgreement.test.ts holds the two to the same values.
 */
import type { INodePropertyOptions } from 'n8n-workflow';

export const CRM_SYSTEMS = ['Salesforce', 'HubSpot', 'MicrosoftDynamic', 'Generic'] as const;
export const CRM_SYSTEM_OPTIONS: INodePropertyOptions[] = [
	{ name: 'Generic', value: 'Generic' },
	{ name: 'HubSpot', value: 'HubSpot' },
	{ name: 'Microsoft Dynamics', value: 'MicrosoftDynamic' },
	{ name: 'Salesforce', value: 'Salesforce' },
];

/**
 * Object types of a CRM link: one list for an event's crmContext and a person's (viewer's,
 * participant's) context. Gong's document writes it twice (ExternalCrmCallObject and
 * ExternalCrmPartyObject); schemaAgreement.test.ts checks it against both.
 */
export const CRM_OBJECT_TYPES = ['Account', 'Contact', 'Lead', 'Opportunity', 'User'] as const;
export const CRM_OBJECT_TYPE_OPTIONS: INodePropertyOptions[] = [
	{ name: 'Account', value: 'Account' },
	{ name: 'Contact', value: 'Contact' },
	{ name: 'Lead', value: 'Lead' },
	{ name: 'Opportunity', value: 'Opportunity' },
	{ name: 'User', value: 'User' },
];

export const PROPERTY_DATA_TYPES = ['date', 'number', 'string', 'url'] as const;
export const PROPERTY_DATA_TYPE_OPTIONS: INodePropertyOptions[] = [
	{ name: 'Date', value: 'date' },
	{ name: 'Number', value: 'number' },
	{ name: 'String', value: 'string' },
	{ name: 'URL', value: 'url' },
];

export const AGENT_PLATFORMS = ['Android', 'iOS', 'Linux', 'MacOS', 'Windows'] as const;
export const AGENT_PLATFORM_OPTIONS: INodePropertyOptions[] = [
	{ name: 'Android', value: 'Android' },
	{ name: 'iOS', value: 'iOS' },
	{ name: 'Linux', value: 'Linux' },
	{ name: 'MacOS', value: 'MacOS' },
	{ name: 'Windows', value: 'Windows' },
];

/* Digital Interactions (POST /v2/digital-interaction) writes its enumerations in upper case. */
export const DEVICES = ['MOBILE', 'PC'] as const;
export const DEVICE_OPTIONS: INodePropertyOptions[] = [
	{ name: 'Mobile', value: 'MOBILE' },
	{ name: 'PC', value: 'PC' },
];
export const PERSON_CONTEXT_TYPES = ['CONTACT', 'LEAD'] as const;
export const PERSON_CONTEXT_TYPE_OPTIONS: INodePropertyOptions[] = [
	{ name: 'Contact', value: 'CONTACT' },
	{ name: 'Lead', value: 'LEAD' },
];
export const COMPANY_CONTEXT_TYPES = ['ACCOUNT', 'OPPORTUNITY'] as const;
export const COMPANY_CONTEXT_TYPE_OPTIONS: INodePropertyOptions[] = [
	{ name: 'Account', value: 'ACCOUNT' },
	{ name: 'Opportunity', value: 'OPPORTUNITY' },
];
export const CUSTOM_FIELD_DATA_TYPES = [
	'BOOLEAN',
	'DATE',
	'DURATION',
	'NUMBER',
	'STRING',
	'URL',
] as const;
export const CUSTOM_FIELD_DATA_TYPE_OPTIONS: INodePropertyOptions[] = [
	{ name: 'Boolean', value: 'BOOLEAN' },
	{ name: 'Date', value: 'DATE' },
	{ name: 'Duration (Seconds)', value: 'DURATION' },
	{ name: 'Number', value: 'NUMBER' },
	{ name: 'String', value: 'STRING' },
	{ name: 'URL', value: 'URL' },
];
export const NUMERIC_CONTENT_TYPES = ['NPS', 'OTHER', 'PERCENTAGE', 'RATING'] as const;
export const NUMERIC_CONTENT_TYPE_OPTIONS: INodePropertyOptions[] = [
	{ name: 'NPS', value: 'NPS' },
	{ name: 'Other', value: 'OTHER' },
	{ name: 'Percentage', value: 'PERCENTAGE' },
	{ name: 'Rating', value: 'RATING' },
];
export const SEARCH_OBJECT_TYPES = ['CATEGORY', 'PRODUCT', 'VENDOR'] as const;
export const SEARCH_OBJECT_TYPE_OPTIONS: INodePropertyOptions[] = [
	{ name: 'Category', value: 'CATEGORY' },
	{ name: 'Product', value: 'PRODUCT' },
	{ name: 'Vendor', value: 'VENDOR' },
];
