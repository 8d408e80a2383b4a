import type { GenericValue, IExecuteFunctions } from 'n8n-workflow';

/*
 * The rows n8n's form lists produce, turned into Gong's nested shapes. Empty values are left in
 * place: normalizeEvent prunes them the same way for both input modes.
 */

/** Reads one node parameter of the current item, with a fallback. */
export type ParameterReader = <T>(name: string, fallback: T) => T;

export function parameterReader(context: IExecuteFunctions, itemIndex: number): ParameterReader {
	return (name, fallback) => context.getNodeParameter(name, itemIndex, fallback) as typeof fallback;
}

/** A list parameter as n8n gives it: `{ <row name>: rows }`, or `{}` when no row was added. */
export type Rows<Name extends string, Row> = { [key in Name]?: Row[] };

export interface NameValue {
	name?: string;
	value?: GenericValue;
}

export interface CrmLinkRow {
	system?: string;
	objectType?: string;
	objectId?: string;
	fields?: Rows<'field', NameValue>;
}

export interface CrmObject {
	objectType?: string;
	objectId?: string;
	fields?: NameValue[];
}

/** Rows of (system, object type, id) grouped into Gong's [{system, objects: [...]}]. */
export function crmLinksToContext(rows: CrmLinkRow[] | undefined) {
	const bySystem = new Map<string, CrmObject[]>();
	for (const row of rows ?? []) {
		const system = row.system ?? '';
		const object: CrmObject = { objectType: row.objectType, objectId: row.objectId };
		const fields = row.fields?.field;
		if (fields?.length) object.fields = fields.map(({ name, value }) => ({ name, value }));
		bySystem.set(system, [...(bySystem.get(system) ?? []), object]);
	}
	return [...bySystem].map(([system, objects]) => ({ system, objects }));
}

export interface PropertyRow extends NameValue {
	dataType?: string;
}

export function propertyRowsToProperties(rows: PropertyRow[] | undefined): PropertyRow[] {
	return (rows ?? []).map(({ name, value, dataType }) => ({ name, value, dataType }));
}

export interface PersonRow {
	email?: string;
	name?: string;
	title?: string;
	crmLinks?: Rows<'link', CrmLinkRow>;
}

/** Gong's Actor: a viewer, actor, participant or recipient, with CRM links as its context. */
export function personRowToActor(row: PersonRow | undefined) {
	if (!row) return undefined;
	return {
		email: row.email,
		name: row.name,
		title: row.title,
		context: crmLinksToContext(row.crmLinks?.link),
	};
}

/** A resource locator's value ({ __rl, mode, value }), or the plain value as given. */
export function resourceLocatorValue(value: unknown): GenericValue {
	if (value !== null && typeof value === 'object' && 'value' in value)
		return (value as { value: GenericValue }).value;
	return value as GenericValue;
}
