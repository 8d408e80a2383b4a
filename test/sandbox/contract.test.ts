import { existsSync, readFileSync } from 'fs';

import {
	contractDifferences,
	CORRECTIONS,
	deriveGongContract,
	readCommittedContract,
} from './gongContract';

/*
 * The committed Gong contract (gong-contract.json) is the structure of Gong's OpenAPI document with
 * its known errors corrected, and nothing else. Given a copy of Gong's document in
 * GONG_OPENAPI_PATH (CI passes ../shared/reference/gong-engagement-openapi.json when it is there),
 * the last test says line by line where the committed contract and that document disagree.
 */

type Json = Record<string, unknown>;

const PROSE_KEYWORDS = ['description', 'summary', 'example', 'examples', 'exampleSetFlag', 'tags'];

/** Keys used as schema keywords (a property map's keys are field names, not keywords). */
function keywordsIn(node: unknown, found = new Set<string>()): Set<string> {
	if (Array.isArray(node)) node.forEach((child) => keywordsIn(child, found));
	else if (node !== null && typeof node === 'object') {
		for (const [key, value] of Object.entries(node as Json)) {
			if (key === 'properties' && value !== null && typeof value === 'object') {
				Object.values(value as Json).forEach((property) => keywordsIn(property, found));
			} else {
				found.add(key);
				keywordsIn(value, found);
			}
		}
	}
	return found;
}

const committed = readCommittedContract();

test('the committed contract holds structure only: no descriptions, summaries or examples', () => {
	const keywords = keywordsIn(committed);
	for (const prose of PROSE_KEYWORDS) expect(keywords).not.toContain(prose);
	expect(Object.keys(committed).sort()).toEqual(
		['components', 'openapi', 'paths', 'x-corrections', 'x-derivedFrom'].sort(),
	);
});

test('the committed contract names each correction and has it applied', () => {
	expect(committed['x-corrections']).toEqual(CORRECTIONS.map((correction) => correction.name));
	const text = JSON.stringify({ ...committed, 'x-corrections': [] });
	expect(text).not.toContain('Generic Property');
	const enums: unknown[][] = [];
	JSON.stringify(committed, (key, value: unknown) => {
		if (key === 'enum') enums.push(value as unknown[]);
		return value;
	});
	expect(enums.length).toBeGreaterThan(5);
	for (const values of enums) for (const value of values) expect(String(value)).not.toMatch(/,/);
	const schemas = (committed.components as Json).schemas as Record<string, Json>;
	expect(schemas.ContentViewedEvent.properties).toHaveProperty('agentPlatform.enum', [
		'Windows',
		'Linux',
		'MacOS',
		'iOS',
		'Android',
	]);
	for (const name of ['ContextField', 'CrmPartyContextField'])
		expect((schemas[name].properties as Json).value).not.toHaveProperty('type');
});

test('derivation keeps types, required fields, enums, formats and bounds, and drops prose', () => {
	const document = {
		openapi: '3.0.1',
		info: { title: 'T', version: 'V2', description: 'words' },
		servers: [{ url: 'https://api.gong.io' }],
		paths: {
			'/v2/thing': {
				summary: 'words',
				put: {
					tags: ['t'],
					summary: 'words',
					description: 'words',
					operationId: 'putThing',
					requestBody: {
						required: true,
						content: { 'application/json': { schema: { $ref: '#/components/schemas/Thing' } } },
					},
					responses: {
						'200': { description: 'ok', content: { '*/*': { schema: { type: 'object' } } } },
					},
				},
			},
		},
		components: {
			schemas: {
				Thing: {
					type: 'object',
					description: 'words',
					required: ['kind'],
					properties: {
						kind: { type: 'string', enum: ['a, b', 'c'], example: 'a' },
						count: { type: 'integer', format: 'int32', minimum: 0, maximum: 9 },
						description: { type: 'string', maxLength: 10 },
					},
				},
				ContextField: { type: 'object', properties: { value: { type: 'object' } } },
				CrmPartyContextField: { type: 'object', properties: { value: { type: 'object' } } },
			},
		},
	};
	const derived = deriveGongContract(document);
	expect(derived.paths).toEqual({
		'/v2/thing': {
			put: {
				requestBody: {
					required: true,
					content: { 'application/json': { schema: { $ref: '#/components/schemas/Thing' } } },
				},
				responses: { '200': { content: { '*/*': { schema: { type: 'object' } } } } },
			},
		},
	});
	expect((derived.components as Json).schemas).toHaveProperty('Thing', {
		type: 'object',
		required: ['kind'],
		properties: {
			kind: { type: 'string', enum: ['a', 'b', 'c'] },
			count: { type: 'integer', format: 'int32', minimum: 0, maximum: 9 },
			description: { type: 'string', maxLength: 10 },
		},
	});
	expect(derived['x-derivedFrom']).toEqual({ version: 'V2' });
});

test('differences are told by path', () => {
	expect(
		contractDifferences(
			{ paths: { a: { type: 'string' }, gone: {} } },
			{ paths: { a: { type: 'integer' }, added: {} } },
		),
	).toEqual([
		'paths.a.type: committed "string", Gong\'s document "integer"',
		"paths.added: only in Gong's document",
		'paths.gone: only in the committed contract',
	]);
});

const gongDocument = process.env.GONG_OPENAPI_PATH;
const withGongDocument = gongDocument && existsSync(gongDocument) ? test : test.skip;

withGongDocument(
	`the committed contract is what Gong's document derives to (GONG_OPENAPI_PATH=${gongDocument ?? 'unset'})`,
	() => {
		const derived = deriveGongContract(JSON.parse(readFileSync(gongDocument!, 'utf8')) as Json);
		expect(contractDifferences(committed, derived)).toEqual([]);
	},
);
