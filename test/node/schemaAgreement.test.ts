import {
	crmSystemOptions,
	agentPlatformOptions,
	dataTypeOptions,
} from '../../nodes/GongEngagement/actions/engagementEvent/shared.description';
import { normalizeEvent } from '../../nodes/GongEngagement/helpers/normalizeEvent';
import { contentViewedFieldHints } from '../../nodes/GongEngagement/schema/contentViewed.schema';
import { type EventSchema, eventSchemas, validateEvent } from '../../nodes/GongEngagement/schema';
import {
	AGENT_PLATFORMS,
	COMPANY_CONTEXT_TYPES,
	CRM_CONTEXT_OBJECT_TYPES,
	CRM_SYSTEMS,
	CUSTOM_FIELD_DATA_TYPES,
	DEVICES,
	NUMERIC_CONTENT_TYPES,
	PARTY_OBJECT_TYPES,
	PERSON_CONTEXT_TYPES,
	PROPERTY_DATA_TYPES,
	SEARCH_OBJECT_TYPES,
} from '../../nodes/GongEngagement/schema/vocabulary';
import { gongSemanticErrors } from '../sandbox/gongRules';
import { loadSpecValidators } from '../sandbox/gongSpec';
import { expectedFullBody } from '../harness/fixtures';

/*
 * The zod schema is the single truth for field rules; these tests hold it to Gong's own document
 * (as the sandbox reads it) and hold the UI to the schema.
 */

const validators = loadSpecValidators();
const schemas = (
	validators.spec.components as {
		schemas: Record<string, { properties: Record<string, { enum?: string[] }> }>;
	}
).schemas;

const zodKeys = (schema: unknown): string[] => {
	const withShape = schema as { shape?: object; _def?: { schema?: { shape?: object } } };
	return Object.keys(withShape.shape ?? withShape._def?.schema?.shape ?? {});
};

test('the schema has every documented Content Viewed field, and the UI sends them all', () => {
	const documented = Object.keys(schemas.ContentViewedEvent.properties).filter(
		(key) => !(key in contentViewedFieldHints),
	);
	expect(zodKeys(eventSchemas.contentViewed.schema).sort()).toEqual(documented.sort());
	// trackingId is exclusive with viewer, so the full-field UI run sends all but that one.
	expect(Object.keys(expectedFullBody).sort()).toEqual(
		documented.filter((key) => key !== 'trackingId').sort(),
	);
});

test("enumerations equal Gong's (corrected) spec, and the UI options equal the enumerations", () => {
	const sorted = (values: readonly string[]) => [...values].sort();
	expect(sorted(CRM_SYSTEMS)).toEqual(sorted(schemas.CallUploadContext.properties.system.enum!));
	expect(sorted(CRM_SYSTEMS)).toEqual(sorted(schemas.PartyUploadContext.properties.system.enum!));
	expect(sorted(CRM_CONTEXT_OBJECT_TYPES)).toEqual(
		sorted(schemas.ExternalCrmCallObject.properties.objectType.enum!),
	);
	expect(sorted(PARTY_OBJECT_TYPES)).toEqual(
		sorted(schemas.ExternalCrmPartyObject.properties.objectType.enum!),
	);
	expect(sorted(PROPERTY_DATA_TYPES)).toEqual(
		sorted(schemas.GenericProperty.properties.dataType.enum!),
	);
	expect(sorted(AGENT_PLATFORMS)).toEqual(
		sorted(schemas.ContentViewedEvent.properties.agentPlatform.enum!),
	);

	expect(sorted(crmSystemOptions.map((option) => String(option.value)))).toEqual(
		sorted(CRM_SYSTEMS),
	);
	expect(sorted(agentPlatformOptions.map((option) => String(option.value)))).toEqual(
		sorted(AGENT_PLATFORMS),
	);
	expect(sorted(dataTypeOptions.map((option) => String(option.value)))).toEqual(
		sorted(PROPERTY_DATA_TYPES),
	);
});

const base = {
	reportingSystem: 'docusign',
	eventTimestamp: '2026-03-02T15:04:05+01:00',
	contentId: 'env-1',
	contentUrl: 'https://docs.example.com/env-1',
	contentTitle: 'Proposal',
};

/** [name, event, accepted by Gong's rules] — the package must reach the same verdict. */
const corpus: Array<[string, Record<string, unknown>, boolean]> = [
	['minimal', base, true],
	['full field set', expectedFullBody, true],
	['trackingId only', { ...base, trackingId: 't-1' }, true],
	['missing contentTitle', { ...base, contentTitle: undefined }, false],
	['missing reportingSystem', { ...base, reportingSystem: undefined }, false],
	['contentId as a number', { ...base, contentId: 7 }, false],
	['timestamp without offset', { ...base, eventTimestamp: '2026-03-02T15:04:05' }, false],
	['viewer and trackingId', { ...base, viewer: { email: 'a@acme.com' }, trackingId: 't' }, false],
	['unknown CRM system', { ...base, crmContext: [{ system: 'SAP', objects: [] }] }, false],
	[
		'object without id',
		{ ...base, crmContext: [{ system: 'Generic', objects: [{ objectType: 'Account' }] }] },
		false,
	],
	[
		'wrong object type',
		{
			...base,
			crmContext: [{ system: 'Generic', objects: [{ objectType: 'Deal', objectId: 'd' }] }],
		},
		false,
	],
	[
		'comma-joined enum value',
		{ ...base, agentPlatform: 'Windows, Linux, MacOS, iOS, Android' },
		false,
	],
	[
		'property type as written in the spec',
		{
			...base,
			contentProperties: [{ name: 'a', value: '1', dataType: 'number, string, url, date' }],
		},
		false,
	],
	[
		'property number mismatch',
		{ ...base, eventProperties: [{ name: 'a', value: 'x', dataType: 'number' }] },
		false,
	],
	[
		'property url mismatch',
		{ ...base, eventProperties: [{ name: 'a', value: 'x', dataType: 'url' }] },
		false,
	],
	['property without dataType', { ...base, eventProperties: [{ name: 'a', value: 'x' }] }, false],
	['relative contentUrl', { ...base, contentUrl: 'doc/1' }, false],
	['non-numeric workspace', { ...base, workspaceId: 'Sales' }, false],
];

/**
 * Where the package is stricter than the sandbox's reading of Gong's contract, on purpose: each
 * would be accepted by the spec and then land nowhere or be silently ignored by Gong.
 */
const stricterByDesign: Array<[string, Record<string, unknown>, string]> = [
	['unknown top-level field', { ...base, contentName: 'x' }, 'a typo would be dropped silently'],
	[
		'undocumented actionName',
		{ ...base, actionName: 'Opened' },
		'which of actionName/viewActionTitle wins is undocumented',
	],
	[
		'malformed email',
		{ ...base, viewer: { email: 'jane' } },
		'no contact or account match is possible',
	],
	[
		'short Salesforce id',
		{
			...base,
			crmContext: [{ system: 'Salesforce', objects: [{ objectType: 'Account', objectId: '001' }] }],
		},
		'Salesforce ids are 15 or 18 characters',
	],
];

const packageAccepts = (event: Record<string, unknown>) =>
	validateEvent(eventSchemas.contentViewed, normalizeEvent(event, 'UTC')).valid;

const sandboxAccepts = (event: Record<string, unknown>) => {
	const body = JSON.parse(JSON.stringify(event)) as Record<string, unknown>;
	return validators.contentViewed(body) && gongSemanticErrors('viewed', body).length === 0;
};

test.each(corpus)('verdicts agree: %s', (_name, event, accepted) => {
	// Our normalization turns some inputs (a timestamp without offset) into valid ones; the
	// verdict compared is on the body as sent, so compare on already-normalized-looking input.
	expect(sandboxAccepts(event)).toBe(accepted);
	if (_name === 'timestamp without offset') {
		expect(packageAccepts(event)).toBe(true); // normalized with the time zone, then valid
		return;
	}
	expect(packageAccepts(event)).toBe(accepted);
});

test.each(stricterByDesign)('stricter by design: %s (%s)', (_name, event) => {
	expect(sandboxAccepts(event)).toBe(true);
	expect(packageAccepts(event)).toBe(false);
});

describe("the other operations agree with Gong's document too", () => {
	const documentedKeys = (schemaName: string, hints: Record<string, string>) =>
		Object.keys(schemas[schemaName].properties).filter((key) => !(key in hints));

	test.each([
		['contentShared', 'ContentSharedEvent'],
		['customAction', 'CustomActionEvent'],
		['digitalInteraction', 'DigitalInteractionRequest'],
	] as const)('%s has every documented field of %s', (kind, schemaName) => {
		const { schema, fieldHints } = eventSchemas[kind];
		expect(zodKeys(schema).sort()).toEqual(documentedKeys(schemaName, fieldHints).sort());
	});

	test("Digital Interaction enumerations equal the spec's", () => {
		const sorted = (values: readonly string[]) => [...values].sort();
		const property = (schemaName: string, name: string) =>
			schemas[schemaName].properties[name].enum!;
		expect(sorted(DEVICES)).toEqual(sorted(property('DigitalInteractionRequest', 'device')));
		expect(sorted(PERSON_CONTEXT_TYPES)).toEqual(
			sorted(property('PersonBusinessContext', 'objectType')),
		);
		expect(sorted(COMPANY_CONTEXT_TYPES)).toEqual(
			sorted(property('CompanyBusinessContext', 'objectType')),
		);
		expect(sorted(CUSTOM_FIELD_DATA_TYPES)).toEqual(sorted(property('CustomField', 'dataType')));
		expect(sorted(NUMERIC_CONTENT_TYPES)).toEqual(
			sorted(property('NumericContentDetails', 'numericType')),
		);
		expect(sorted(SEARCH_OBJECT_TYPES)).toEqual(
			sorted(property('SearchObjectDetails', 'objectType')),
		);
	});

	const validatorFor = {
		contentShared: validators.contentShared,
		customAction: validators.customAction,
		digitalInteraction: validators.digitalInteraction,
	};
	const sandboxKind = {
		contentShared: 'shared',
		customAction: 'action',
		digitalInteraction: 'digitalInteraction',
	} as const;
	const interaction = {
		eventId: 'e',
		timestamp: '2026-01-01T00:00:00Z',
		eventType: 'Viewed',
		content: { contentTitle: 'Pricing' },
	};
	const action = {
		reportingSystem: 'r',
		eventTimestamp: '2026-01-01T00:00:00Z',
		actionName: 'Signed',
	};

	test.each<[keyof typeof validatorFor, string, Record<string, unknown>, boolean]>([
		['contentShared', 'minimal', base, true],
		['contentShared', 'recipient without email', { ...base, recipients: [{ name: 'x' }] }, false],
		['contentShared', 'missing content title', { ...base, contentTitle: undefined }, false],
		['customAction', 'minimal', action, true],
		[
			'customAction',
			'actor and trackingId',
			{ ...action, actor: { email: 'a@b.co' }, trackingId: 't' },
			false,
		],
		['customAction', 'bad timestamp', { ...action, eventTimestamp: 'soon' }, false],
		['digitalInteraction', 'minimal', interaction, true],
		['digitalInteraction', 'no eventType', { ...interaction, eventType: undefined }, false],
		[
			'digitalInteraction',
			'content without title',
			{ ...interaction, content: { contentId: 'x' } },
			false,
		],
		['digitalInteraction', 'lower-case device', { ...interaction, device: 'pc' }, false],
		[
			'digitalInteraction',
			'person and trackingId',
			{ ...interaction, person: { name: 'J' }, trackingId: 't' },
			false,
		],
		[
			'digitalInteraction',
			'custom field without name',
			{ ...interaction, customFields: [{ value: 'x' }] },
			false,
		],
	])('%s verdicts agree: %s', (kind, _name, event, accepted) => {
		const body = JSON.parse(JSON.stringify(event)) as Record<string, unknown>;
		const validate = validatorFor[kind];
		expect(validate(body) && gongSemanticErrors(sandboxKind[kind], body).length === 0).toBe(
			accepted,
		);
		const timestampField = kind === 'digitalInteraction' ? 'timestamp' : 'eventTimestamp';
		expect(
			validateEvent(
				eventSchemas[kind] as EventSchema<unknown>,
				normalizeEvent(event, 'UTC', timestampField),
			).valid,
		).toBe(accepted);
	});

	test('Custom Action without actionName: Gong accepts it, the package does not (stricter by design: a nameless action reads as nothing)', () => {
		const { actionName, ...nameless } = action;
		void actionName;
		expect(
			validators.customAction(nameless) && gongSemanticErrors('action', nameless).length === 0,
		).toBe(true);
		expect(validateEvent(eventSchemas.customAction as EventSchema<unknown>, nameless).valid).toBe(
			false,
		);
	});
});
