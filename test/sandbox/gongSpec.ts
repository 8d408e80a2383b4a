import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { existsSync, readFileSync } from 'fs';
import path from 'path';

/*
 * Gong's own OpenAPI document, with its known bugs corrected, compiled into JSON Schema
 * validators. The sandbox checks bodies with these — not with the package's zod schema — so the
 * tests compare the package against Gong's contract rather than against itself.
 */

const SPEC_RELATIVE = path.join('shared', 'reference', 'gong-engagement-openapi.json');

/** ../shared beside the repository (CI lays it there); GONG_OPENAPI_PATH overrides. */
export function findSpecPath(): string {
	if (process.env.GONG_OPENAPI_PATH) return process.env.GONG_OPENAPI_PATH;
	let dir = __dirname;
	for (;;) {
		for (const candidate of [path.join(dir, SPEC_RELATIVE), path.join(dir, '..', SPEC_RELATIVE)]) {
			if (existsSync(candidate)) return candidate;
		}
		const parent = path.dirname(dir);
		if (parent === dir) throw new Error(`Cannot find ${SPEC_RELATIVE} above ${__dirname}`);
		dir = parent;
	}
}

type Json = Record<string, unknown>;

/**
 * - enums written as one comma-joined string ("Windows, Linux, MacOS, iOS, Android",
 *   "number, string, url, date", "Lead,Contact") become their separate tokens;
 * - CRM field values are typed "object" although Gong's own example is a string: any JSON value;
 * - "Generic Property" has a space that JSON pointers in $ref cannot carry: renamed.
 */
export function correctSpec(spec: Json): Json {
	const fixed = JSON.parse(
		JSON.stringify(spec).replace(/Generic Property/g, 'GenericProperty'),
	) as Json;
	const visit = (node: unknown): void => {
		if (Array.isArray(node)) return node.forEach(visit);
		if (node === null || typeof node !== 'object') return;
		const record = node as Json;
		if (Array.isArray(record.enum)) {
			const tokens = (record.enum as unknown[]).flatMap((value) =>
				typeof value === 'string' && value.includes(',')
					? value.split(',').map((t) => t.trim())
					: [value],
			);
			record.enum = [...new Set(tokens)];
		}
		Object.values(record).forEach(visit);
	};
	visit(fixed);
	const schemas = (fixed.components as Json).schemas as Record<string, Json>;
	for (const name of ['ContextField', 'CrmPartyContextField']) {
		const properties = schemas[name].properties as Record<string, Json>;
		delete properties.value.type;
	}
	return fixed;
}

export type SpecValidator = ValidateFunction;

export function loadSpecValidators(specPath = findSpecPath()) {
	const spec = correctSpec(JSON.parse(readFileSync(specPath, 'utf8')) as Json);
	const ajv = new Ajv({ strict: false, allErrors: true });
	addFormats(ajv);
	// ajv-formats takes any whole number as int64; Gong's parser stops at a signed 64-bit long.
	ajv.addFormat('int64', {
		type: 'number',
		validate: (value: number) => Number.isInteger(value) && value >= -(2 ** 63) && value < 2 ** 63,
	});
	ajv.addSchema(spec, 'gong');
	const schemaFor = (name: string) => {
		const validate = ajv.getSchema(`gong#/components/schemas/${name}`);
		if (!validate) throw new Error(`Gong's spec has no schema ${name}`);
		return validate;
	};
	return {
		spec,
		contentViewed: schemaFor('ContentViewedEvent'),
		contentShared: schemaFor('ContentSharedEvent'),
		customAction: schemaFor('CustomActionEvent'),
		digitalInteraction: schemaFor('DigitalInteractionRequest'),
	};
}

/** Ajv's errors in Gong's style: "viewer.context[0].system: must be equal to one of ...". */
export function specErrors(validate: ValidateFunction): string[] {
	return (validate.errors ?? []).map((error) => {
		const where = error.instancePath
			.split('/')
			.filter(Boolean)
			.map((part) => (/^\d+$/.test(part) ? `[${part}]` : `.${part}`))
			.join('')
			.replace(/^\./, '');
		const missing =
			error.keyword === 'required'
				? (error.params as { missingProperty: string }).missingProperty
				: '';
		if (missing) return `${where ? `${where}.` : ''}${missing}: is required`;
		const allowed =
			error.keyword === 'enum'
				? ` (${(error.params as { allowedValues: unknown[] }).allowedValues.join(', ')})`
				: '';
		return `${where || 'body'}: ${error.message ?? 'is invalid'}${allowed}`;
	});
}
