import type { INodePropertyOptions } from 'n8n-workflow';

/*
 * Gong's enumerations as the tokens it accepts (its OpenAPI joins some: "Windows, Linux, MacOS"),
 * each beside the form's options; test/node/schemaAgreement.test.ts holds the two together.
 */

/** The form's options for `values`, shown as words (Mobile for MOBILE) unless `names` says. */
const options = (values: readonly string[], names: Record<string, string> = {}) =>
	values.map(
		(value): INodePropertyOptions => ({
			name: names[value] ?? value[0].toUpperCase() + value.slice(1).toLowerCase(),
			value,
		}),
	);

export const CRM_SYSTEMS = ['Salesforce', 'HubSpot', 'MicrosoftDynamic', 'Generic'] as const;
export const CRM_SYSTEM_OPTIONS = options(
	['Generic', 'HubSpot', 'MicrosoftDynamic', 'Salesforce'],
	{ HubSpot: 'HubSpot', MicrosoftDynamic: 'Microsoft Dynamics' },
);
/** One list for crmContext and a person's context, as Gong's two copies of it agree. */
export const CRM_OBJECT_TYPES = ['Account', 'Contact', 'Lead', 'Opportunity', 'User'] as const;
export const CRM_OBJECT_TYPE_OPTIONS = options(CRM_OBJECT_TYPES);
export const PROPERTY_DATA_TYPES = ['date', 'number', 'string', 'url'] as const;
export const PROPERTY_DATA_TYPE_OPTIONS = options(PROPERTY_DATA_TYPES, { url: 'URL' });
export const AGENT_PLATFORMS = ['Android', 'iOS', 'Linux', 'MacOS', 'Windows'] as const;
export const AGENT_PLATFORM_OPTIONS = options(AGENT_PLATFORMS, { iOS: 'iOS', MacOS: 'MacOS' });

/* Digital Interactions (POST /v2/digital-interaction) writes its enumerations in upper case. */
export const DEVICES = ['MOBILE', 'PC'] as const;
export const DEVICE_OPTIONS = options(DEVICES, { PC: 'PC' });
export const PERSON_CONTEXT_TYPES = ['CONTACT', 'LEAD'] as const;
export const PERSON_CONTEXT_TYPE_OPTIONS = options(PERSON_CONTEXT_TYPES);
export const COMPANY_CONTEXT_TYPES = ['ACCOUNT', 'OPPORTUNITY'] as const;
export const COMPANY_CONTEXT_TYPE_OPTIONS = options(COMPANY_CONTEXT_TYPES);
export const CUSTOM_FIELD_DATA_TYPES = [
	'BOOLEAN',
	'DATE',
	'DURATION',
	'NUMBER',
	'STRING',
	'URL',
] as const;
export const CUSTOM_FIELD_DATA_TYPE_OPTIONS = options(CUSTOM_FIELD_DATA_TYPES, {
	DURATION: 'Duration (Seconds)',
	URL: 'URL',
});
export const NUMERIC_CONTENT_TYPES = ['NPS', 'OTHER', 'PERCENTAGE', 'RATING'] as const;
export const NUMERIC_CONTENT_TYPE_OPTIONS = options(NUMERIC_CONTENT_TYPES, { NPS: 'NPS' });
export const SEARCH_OBJECT_TYPES = ['CATEGORY', 'PRODUCT', 'VENDOR'] as const;
export const SEARCH_OBJECT_TYPE_OPTIONS = options(SEARCH_OBJECT_TYPES);
