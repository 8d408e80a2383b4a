import { existsSync, readFileSync } from 'fs';
import path from 'path';

/*
 * The Gong contract the sandbox checks bodies against: the structure of Gong's OpenAPI document
 * for the engagement endpoints — paths, methods, request and response schemas with their types,
 * required fields, enums, formats and bounds — with each known error of the document corrected
 * and named. Prose (descriptions, summaries, examples) is left out. The derived file,
 * gong-contract.json beside this one, is committed: nothing needs Gong's document to run.
 * `npm run contract:derive -- <openapi.json>` writes it anew; test/sandbox/contract.test.ts says
 * where it and a given copy of Gong's document (GONG_OPENAPI_PATH) disagree.
 */

type Json = Record<string, unknown>;

const CONTRACT_RELATIVE = path.join('test', 'sandbox', 'gong-contract.json');

/** The committed file, found from here or from the compiled copy under dist-test/. */
export function contractFile(): string {
	for (let dir = __dirname; ; dir = path.dirname(dir)) {
		const candidate = path.join(dir, CONTRACT_RELATIVE);
		if (existsSync(candidate)) return candidate;
		if (path.dirname(dir) === dir)
			throw new Error(`${CONTRACT_RELATIVE} not found above ${__dirname}`);
	}
}

/** Schema keywords that carry structure; everything else (description, example, …) is dropped. */
const STRUCTURE_KEYWORDS = new Set([
	'$ref',
	'type',
	'format',
	'enum',
	'required',
	'items',
	'properties',
	'additionalProperties',
	'nullable',
	'allOf',
	'anyOf',
	'oneOf',
	'minimum',
	'maximum',
	'exclusiveMinimum',
	'exclusiveMaximum',
	'minLength',
	'maxLength',
	'pattern',
	'minItems',
	'maxItems',
	'uniqueItems',
	'default',
]);

function structureOf(schema: unknown): unknown {
	if (Array.isArray(schema)) return schema.map(structureOf);
	if (schema === null || typeof schema !== 'object') return schema;
	const kept: Json = {};
	for (const [key, value] of Object.entries(schema as Json)) {
		if (!STRUCTURE_KEYWORDS.has(key)) continue;
		if (key === 'properties') {
			kept.properties = Object.fromEntries(
				Object.entries(value as Json).map(([name, property]) => [name, structureOf(property)]),
			);
		} else if (key === 'enum' || key === 'required' || key === 'default') {
			kept[key] = value;
		} else {
			kept[key] = structureOf(value);
		}
	}
	return kept;
}

/** A request or response body: its media types and their schemas, nothing else. */
function contentOf(content: unknown): Json {
	return Object.fromEntries(
		Object.entries((content ?? {}) as Record<string, Json>).map(([mediaType, media]) => [
			mediaType,
			{ schema: structureOf(media.schema) },
		]),
	);
}

function operationOf(operation: Json): Json {
	const derived: Json = {};
	const requestBody = operation.requestBody as Json | undefined;
	if (requestBody) {
		derived.requestBody = {
			required: requestBody.required === true,
			content: contentOf(requestBody.content),
		};
	}
	derived.responses = Object.fromEntries(
		Object.entries((operation.responses ?? {}) as Record<string, Json>).map(
			([status, response]) => [status, { content: contentOf(response.content) }],
		),
	);
	return derived;
}

const HTTP_METHODS = new Set(['get', 'put', 'post', 'patch', 'delete']);

interface Correction {
	name: string;
	apply: (contract: Json) => Json;
}

/** Every enum value anywhere in the document. */
function everySchema(node: unknown, visit: (schema: Json) => void) {
	if (Array.isArray(node)) return node.forEach((child) => everySchema(child, visit));
	if (node === null || typeof node !== 'object') return;
	visit(node as Json);
	Object.values(node as Json).forEach((child) => everySchema(child, visit));
}

/** The known errors of Gong's document (../shared/GONG-API.md), each fixed by name. */
export const CORRECTIONS: Correction[] = [
	{
		name: 'enums written as one comma-joined string ("Windows, Linux, MacOS, iOS, Android", "number, string, url, date", "Lead,Contact") are split into their separate values',
		apply: (contract) => {
			everySchema(contract, (schema) => {
				if (!Array.isArray(schema.enum)) return;
				const values = (schema.enum as unknown[]).flatMap((value) =>
					typeof value === 'string' && value.includes(',')
						? value.split(',').map((token) => token.trim())
						: [value],
				);
				schema.enum = [...new Set(values)];
			});
			return contract;
		},
	},
	{
		name: 'CRM field values (ContextField.value, CrmPartyContextField.value) are typed "object" although Gong\'s own example is a string: any JSON value',
		apply: (contract) => {
			const schemas = (contract.components as Json).schemas as Record<string, Json>;
			for (const name of ['ContextField', 'CrmPartyContextField']) {
				delete ((schemas[name].properties as Record<string, Json>).value as Json).type;
			}
			return contract;
		},
	},
	{
		name: 'the schema "Generic Property" has a space, which a JSON pointer in $ref cannot carry: renamed GenericProperty',
		apply: (contract) =>
			JSON.parse(JSON.stringify(contract).replace(/Generic Property/g, 'GenericProperty')) as Json,
	},
];

/** Gong's OpenAPI document → the contract: structure only, corrections applied and named. */
export function deriveGongContract(openapi: Json): Json {
	const paths = Object.fromEntries(
		Object.entries(openapi.paths as Record<string, Json>).map(([route, item]) => [
			route,
			Object.fromEntries(
				Object.entries(item)
					.filter(([method]) => HTTP_METHODS.has(method))
					.map(([method, operation]) => [method, operationOf(operation as Json)]),
			),
		]),
	);
	const schemas = Object.fromEntries(
		Object.entries((openapi.components as Json).schemas as Json).map(([name, schema]) => [
			name,
			structureOf(schema),
		]),
	);
	let corrected: Json = { paths, components: { schemas } };
	for (const correction of CORRECTIONS) corrected = correction.apply(corrected);
	return {
		openapi: openapi.openapi,
		'x-derivedFrom': { version: (openapi.info as Json | undefined)?.version ?? null },
		'x-corrections': CORRECTIONS.map((correction) => correction.name),
		...corrected,
	};
}

export function readCommittedContract(): Json {
	return JSON.parse(readFileSync(contractFile(), 'utf8')) as Json;
}

export function contractText(contract: Json): string {
	return `${JSON.stringify(contract, null, '\t')}\n`;
}

/** Where two contracts differ, one line per JSON path ("paths./v2/x.put: only in Gong's"). */
export function contractDifferences(committed: unknown, derived: unknown, where = ''): string[] {
	const label = where || '(top)';
	if (JSON.stringify(committed) === JSON.stringify(derived)) return [];
	const bothObjects =
		committed !== null &&
		derived !== null &&
		typeof committed === 'object' &&
		typeof derived === 'object' &&
		Array.isArray(committed) === Array.isArray(derived);
	if (!bothObjects || Array.isArray(committed)) {
		return [
			`${label}: committed ${JSON.stringify(committed)}, Gong's document ${JSON.stringify(derived)}`,
		];
	}
	const left = committed as Json;
	const right = derived as Json;
	const keys = [...new Set([...Object.keys(left), ...Object.keys(right)])].sort();
	return keys.flatMap((key) => {
		const at = where ? `${where}.${key}` : key;
		if (!(key in right)) return [`${at}: only in the committed contract`];
		if (!(key in left)) return [`${at}: only in Gong's document`];
		return contractDifferences(left[key], right[key], at);
	});
}
