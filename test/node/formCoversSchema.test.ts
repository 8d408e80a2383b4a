import type { IDataObject, INodeParameters, INodeProperties } from 'n8n-workflow';
import { z } from 'zod';

import { GongEngagement } from '../../nodes/GongEngagement/GongEngagement.node';
import { eventSchemas } from '../../nodes/GongEngagement/schema';
import { accessKeyCredentials, useSandbox } from '../harness/fixtures';
import { runNode } from '../harness/runWorkflow';

/*
 * The places a field lives agree: the schema (what Gong's body holds), the description (the form)
 * and the operation's field table (where each form field goes). Every field of each operation's
 * form is filled, the node runs in n8n's engine as a dry run, and the body it would send must
 * reach every place of the schema and nothing else. A field added to the schema but not to the
 * form or the table, or placed where the schema knows nothing, fails here by its JSON path
 * (test/node/fieldLabels.test.ts holds the table itself to the schema, both ways).
 */

const state = useSandbox();

const properties = new GongEngagement().description.properties;

/** Every leaf path of a zod schema, `[]` for list entries (a list of plain values is a leaf). */
function schemaPaths(schema: z.ZodTypeAny, prefix = ''): string[] {
	if (schema instanceof z.ZodEffects) return schemaPaths(schema.innerType(), prefix);
	if (schema instanceof z.ZodOptional) return schemaPaths(schema.unwrap(), prefix);
	if (schema instanceof z.ZodObject) {
		return Object.entries(schema.shape as Record<string, z.ZodTypeAny>).flatMap(([key, value]) =>
			schemaPaths(value, prefix ? `${prefix}.${key}` : key),
		);
	}
	if (schema instanceof z.ZodArray) {
		const entries = schemaPaths(schema.element, `${prefix}[]`);
		return entries.length === 1 && entries[0] === `${prefix}[]` ? [prefix] : entries;
	}
	return [prefix];
}

/** The same for a body: its leaf paths, each list read through its entries. */
function bodyPaths(value: unknown, prefix = ''): string[] {
	if (Array.isArray(value)) {
		const objects = value.filter((entry) => entry !== null && typeof entry === 'object');
		if (objects.length === 0) return [prefix];
		return objects.flatMap((entry) => bodyPaths(entry, `${prefix}[]`));
	}
	if (value !== null && typeof value === 'object') {
		return Object.entries(value).flatMap(([key, entry]) =>
			bodyPaths(entry, prefix ? `${prefix}.${key}` : key),
		);
	}
	return [prefix];
}

/** A value the field accepts: its own example (placeholder) where it has one. */
function sampleValue(property: INodeProperties): unknown {
	const example = property.placeholder?.replace(/^e\.g\. /, '');
	switch (property.type) {
		case 'string':
			if (example) return example;
			return /url/i.test(property.name) ? `https://example.com/${property.name}` : property.name;
		case 'number':
			return example === undefined ? 1 : Number(example);
		case 'boolean':
			return true;
		case 'options': {
			const values = (property.options ?? []).map((option) => (option as { value: unknown }).value);
			return property.default !== '' ? property.default : values.find((value) => value !== '');
		}
		case 'collection':
			return Object.fromEntries(
				(property.options as INodeProperties[]).map((field) => [field.name, sampleValue(field)]),
			);
		case 'fixedCollection':
			return Object.fromEntries(
				(property.options as Array<{ name: string; values: INodeProperties[] }>).map((row) => [
					row.name,
					[Object.fromEntries(row.values.map((field) => [field.name, sampleValue(field)]))],
				]),
			);
		case 'resourceLocator':
			return { __rl: true, mode: 'id', value: '623457276584334' };
		default:
			throw new Error(`no sample for ${property.name} (${property.type})`);
	}
}

/** Every field of the operation's form filled; the person identified as `identifyBy` says. */
function filledForm(operation: string, identifyBy?: string): INodeParameters {
	const form = properties.filter((property) => {
		const show = property.displayOptions?.show;
		return show?.operation?.includes(operation) && show.inputMode?.includes('fields');
	});
	const parameters: INodeParameters = {
		operation,
		inputMode: 'fields',
		delivery: { dryRun: true },
	};
	for (const property of form) parameters[property.name] = sampleValue(property) as never;
	const identification = form.find((property) => property.name.endsWith('Identification'));
	if (identification && identifyBy) parameters[identification.name] = identifyBy;
	return parameters;
}

/** A person's CRM links have no Fields in the form (Gong: "intended for future use"). */
const jsonModeOnly = (path: string) =>
	/^(viewer|actor|recipients\[\]|nonCompanyParticipants\[\])\.context\[\]\.objects\[\]\.fields/.test(
		path,
	);

test.each(Object.keys(eventSchemas) as Array<keyof typeof eventSchemas>)(
	'%s: the filled form reaches every field of the schema, and only those',
	async (operation) => {
		const sent = new Set<string>();
		// Person details and tracking ID exclude each other: one run with each.
		for (const identifyBy of [undefined, 'trackingId']) {
			const run = await runNode({
				parameters: filledForm(operation, identifyBy),
				items: [{}],
				credentials: accessKeyCredentials(state.sandbox),
			});
			expect(run.error?.message).toBeUndefined();
			for (const path of bodyPaths(run.items[0].json.event as IDataObject)) sent.add(path);
		}
		const documented = schemaPaths(eventSchemas[operation].schema as z.ZodTypeAny);
		expect(documented.filter((path) => !sent.has(path) && !jsonModeOnly(path))).toEqual([]);
		expect([...sent].filter((path) => !documented.includes(path))).toEqual([]);
		expect(state.sandbox.received).toHaveLength(0);
	},
);
