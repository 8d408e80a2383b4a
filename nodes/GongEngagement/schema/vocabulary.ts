/**
 * Gong's enumerations, written as the separate tokens Gong accepts. The OpenAPI document joins some
 * of them into one comma-separated string ("Windows, Linux, MacOS, iOS, Android"); these lists are
 * the corrected values, and the UI options are generated from them.
 */
export const CRM_SYSTEMS = ['Salesforce', 'HubSpot', 'MicrosoftDynamic', 'Generic'] as const;

/** Object types allowed in an event's crmContext (the "call" context in Gong's document). */
export const CRM_CONTEXT_OBJECT_TYPES = [
	'Account',
	'Contact',
	'Lead',
	'Opportunity',
	'User',
] as const;

/** Object types allowed in a person's (viewer's, participant's) context. */
export const PARTY_OBJECT_TYPES = ['Account', 'Contact', 'Lead', 'Opportunity', 'User'] as const;

export const PROPERTY_DATA_TYPES = ['date', 'number', 'string', 'url'] as const;

export const AGENT_PLATFORMS = ['Android', 'iOS', 'Linux', 'MacOS', 'Windows'] as const;

/* Digital Interactions (POST /v2/digital-interaction) writes its enumerations in upper case. */
export const DEVICES = ['MOBILE', 'PC'] as const;
export const PERSON_CONTEXT_TYPES = ['CONTACT', 'LEAD'] as const;
export const COMPANY_CONTEXT_TYPES = ['ACCOUNT', 'OPPORTUNITY'] as const;
export const CUSTOM_FIELD_DATA_TYPES = [
	'BOOLEAN',
	'DATE',
	'DURATION',
	'NUMBER',
	'STRING',
	'URL',
] as const;
export const NUMERIC_CONTENT_TYPES = ['NPS', 'OTHER', 'PERCENTAGE', 'RATING'] as const;
export const SEARCH_OBJECT_TYPES = ['CATEGORY', 'PRODUCT', 'VENDOR'] as const;
