/*
 * Kept only for test/node/schemaAgreement.test.ts, which imports these names from here (another
 * engineer's file): the option tables now stand beside their enums in schema/vocabulary.ts.
 * Delete this file once that test imports from vocabulary.ts.
 */
export {
	AGENT_PLATFORM_OPTIONS as agentPlatformOptions,
	CRM_SYSTEM_OPTIONS as crmSystemOptions,
	PROPERTY_DATA_TYPE_OPTIONS as dataTypeOptions,
} from '../../schema/vocabulary';
