import { operations } from '../../nodes/GongEngagement/actions/engagementEvent';
import { normalizeEvent } from '../../nodes/GongEngagement/helpers/normalizeEvent';
import { formatPath } from '../../nodes/GongEngagement/schema/formatIssues';
import { type EventSchema, eventSchemas, validateEvent } from '../../nodes/GongEngagement/schema';
import {
	AGENT_PLATFORM_OPTIONS as agentPlatformOptions,
	CRM_SYSTEM_OPTIONS as crmSystemOptions,
	PROPERTY_DATA_TYPE_OPTIONS as dataTypeOptions,
	AGENT_PLATFORMS,
	COMPANY_CONTEXT_TYPES,
	CRM_OBJECT_TYPES,
	CRM_SYSTEMS,
	CUSTOM_FIELD_DATA_TYPES,
	DEVICES,
	NUMERIC_CONTENT_TYPES,
	PERSON_CONTEXT_TYPES,
	PROPERTY_DATA_TYPES,
	SEARCH_OBJECT_TYPES,
} from '../../nodes/GongEngagement/schema/vocabulary';
import { gongSemanticErrors } from '../sandbox/gongRules';
import { loadSpecValidators } from '../sandbox/gongSpec';
import { expectedFullBody } from '../harness/fixtures';
import { expectedInteractionBody, expectedSharedBody } from '../harness/operationFixtures';

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
		(key) => !(key in eventSchemas.contentViewed.fieldHints),
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
	// One list for both places of Gong's document that name CRM object types.
	expect(sorted(CRM_OBJECT_TYPES)).toEqual(
		sorted(schemas.ExternalCrmCallObject.properties.objectType.enum!),
	);
	expect(sorted(CRM_OBJECT_TYPES)).toEqual(
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
	expect(sandboxAccepts(event)).toBe(accepted);
	expect(packageAccepts(event)).toBe(accepted);
});

test('a timestamp without offset: Gong refuses it as written; the package reads it in the time zone and sends one Gong accepts', () => {
	const event = { ...base, eventTimestamp: '2026-03-02T15:04:05' };
	expect(sandboxAccepts(event)).toBe(false);
	const normalized = normalizeEvent(event, 'UTC') as Record<string, unknown>;
	expect(normalized.eventTimestamp).toBe('2026-03-02T15:04:05Z');
	expect(packageAccepts(event)).toBe(true);
	expect(sandboxAccepts(normalized)).toBe(true);
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
		expect(
			validateEvent(
				eventSchemas[kind] as EventSchema<unknown>,
				normalizeEvent(event, 'UTC', operations[kind].timestampField),
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

describe("every numeric format of Gong's document is enforced on input", () => {
	type SpecNode = Record<string, unknown>;
	const spec = validators.spec as {
		paths: Record<string, Record<string, { requestBody?: { content: Record<string, SpecNode> } }>>;
	};
	const resolve = (node: SpecNode): SpecNode => {
		const ref = node.$ref as string | undefined;
		return ref ? schemas[ref.replace('#/components/schemas/', '')] : node;
	};

	/** What OpenAPI's integer formats mean (JSON numbers are doubles: int64's top is 2^63 - 1024). */
	const FORMAT_RANGES: Record<string, [number, number]> = {
		int32: [-(2 ** 31), 2 ** 31 - 1],
		int64: [-(2 ** 63), 2 ** 63 - 1024],
	};
	/** The nearest double beyond a bound. */
	const justPast = (bound: number, direction: 1 | -1) => {
		let step = 1;
		while (bound + direction * step === bound) step *= 2;
		return bound + direction * step;
	};

	interface FormattedField {
		path: Array<string | number>;
		format: string;
	}
	/** Every property with a numeric format below a schema; array items are reached at index 0. */
	const numericFormatFields = (
		node: SpecNode,
		path: Array<string | number> = [],
	): FormattedField[] => {
		const schema = resolve(node);
		if (typeof schema.format === 'string' && ['integer', 'number'].includes(schema.type as string))
			return [{ path, format: schema.format }];
		if (schema.items) return numericFormatFields(schema.items as SpecNode, [...path, 0]);
		return Object.entries((schema.properties ?? {}) as Record<string, SpecNode>).flatMap(
			([key, property]) => numericFormatFields(property, [...path, key]),
		);
	};

	/** A full, valid body per operation: the numeric fields are set inside it. */
	const fullBodies: Record<keyof typeof eventSchemas, Record<string, unknown>> = {
		contentViewed: expectedFullBody,
		contentShared: expectedSharedBody,
		customAction: { ...base, eventId: 'a-1', actionName: 'Signed', actor: { name: 'Jane' } },
		digitalInteraction: expectedInteractionBody,
	};
	const validatorOf = {
		contentViewed: validators.contentViewed,
		contentShared: validators.contentShared,
		customAction: validators.customAction,
		digitalInteraction: validators.digitalInteraction,
	};
	const sandboxKindOf = {
		contentViewed: 'viewed',
		contentShared: 'shared',
		customAction: 'action',
		digitalInteraction: 'digitalInteraction',
	} as const;

	const cases = (Object.keys(eventSchemas) as Array<keyof typeof eventSchemas>).flatMap((kind) => {
		const { method, path } = operations[kind].endpoint;
		const requestBody = spec.paths[path][method.toLowerCase()].requestBody!;
		const fields = numericFormatFields(requestBody.content['application/json'].schema as SpecNode);
		return fields.map((field) => ({ kind, ...field, siblings: fields }));
	});

	test('the document has numeric formats on input, all of them known', () => {
		expect(cases.map(({ kind, path, format }) => `${kind} ${formatPath(path)} ${format}`)).toEqual([
			'digitalInteraction content.numericContentDetails.value int32',
			'digitalInteraction content.numericContentDetails.rangeFrom int32',
			'digitalInteraction content.numericContentDetails.rangeTo int32',
		]);
		for (const { format } of cases) expect(Object.keys(FORMAT_RANGES)).toContain(format);
	});

	/**
	 * The body with `value` at the field, and every numeric field of the same object at `siblingValue`
	 * (so relations between them, such as rangeFrom <= value <= rangeTo, hold at the bounds).
	 */
	const withValue = (
		{ kind, path, siblings }: (typeof cases)[number],
		value: number,
		siblingValue: number,
	) => {
		const body = JSON.parse(JSON.stringify(fullBodies[kind])) as Record<string, unknown>;
		let parent: Record<string | number, unknown> = body;
		for (const segment of path.slice(0, -1)) {
			if (parent[segment] === undefined)
				throw new Error(`The full ${kind} body has nothing at ${formatPath(path)}: extend it`);
			parent = parent[segment] as Record<string | number, unknown>;
		}
		const parentPath = formatPath(path.slice(0, -1));
		for (const sibling of siblings)
			if (formatPath(sibling.path.slice(0, -1)) === parentPath)
				parent[sibling.path[sibling.path.length - 1]] = siblingValue;
		parent[path[path.length - 1]] = value;
		return body;
	};
	const verdicts = (kind: keyof typeof eventSchemas, body: Record<string, unknown>) => {
		const sandbox =
			validatorOf[kind](body) && gongSemanticErrors(sandboxKindOf[kind], body).length === 0;
		const result = validateEvent(
			eventSchemas[kind] as EventSchema<unknown>,
			normalizeEvent(body, 'UTC', operations[kind].timestampField),
		);
		return { sandbox, packageProblems: result.valid ? [] : result.problems };
	};

	test.each(cases.map((entry) => [`${entry.kind} ${formatPath(entry.path)}`, entry] as const))(
		'%s accepts both bounds of its format and refuses the number just past each',
		(_name, entry) => {
			const [min, max] = FORMAT_RANGES[entry.format];
			for (const bound of [min, max]) {
				const accepted = verdicts(entry.kind, withValue(entry, bound, bound));
				expect(accepted).toEqual({ sandbox: true, packageProblems: [] });
			}
			for (const [bound, past] of [
				[min, justPast(min, -1)],
				[max, justPast(max, 1)],
			]) {
				const refused = verdicts(entry.kind, withValue(entry, past, bound));
				expect(refused.sandbox).toBe(false);
				expect(refused.packageProblems).toEqual([
					expect.stringMatching(
						new RegExp(
							`^${escapeRegExp(formatPath(entry.path))} must be a whole number from ${min} to \\d+ \\(${entry.format}\\); got ${past}$`,
						),
					),
				]);
			}
		},
	);
});

function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
