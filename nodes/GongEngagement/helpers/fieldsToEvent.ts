import type { IDataObject } from 'n8n-workflow';

/*
 * The shapes n8n's UI collections produce, turned into Gong's nested shapes. Empty values are left
 * in place: normalizeEvent prunes them the same way for both input modes.
 */

export interface CrmLinkRow {
	system?: string;
	objectType?: string;
	objectId?: string;
	fields?: { field?: Array<{ name?: string; value?: unknown }> };
}

/** Rows of (system, object type, id) grouped into Gong's [{system, objects: [...]}]. */
export function crmLinksToContext(rows: CrmLinkRow[] | undefined) {
	const bySystem = new Map<string, IDataObject[]>();
	for (const row of rows ?? []) {
		const system = row.system ?? '';
		const object: IDataObject = { objectType: row.objectType, objectId: row.objectId };
		const fields = row.fields?.field;
		if (fields?.length) object.fields = fields.map(({ name, value }) => ({ name, value }));
		bySystem.set(system, [...(bySystem.get(system) ?? []), object]);
	}
	return [...bySystem].map(([system, objects]) => ({ system, objects }));
}

export interface PropertyRow {
	name?: string;
	value?: unknown;
	dataType?: string;
}

export function propertyRowsToProperties(rows: PropertyRow[] | undefined) {
	return (rows ?? []).map(({ name, value, dataType }) => ({ name, value, dataType }));
}

export interface PersonRow {
	email?: string;
	name?: string;
	title?: string;
	crmLinks?: { link?: CrmLinkRow[] };
}

export function personRowToActor(row: PersonRow | undefined) {
	if (!row) return undefined;
	return {
		email: row.email,
		name: row.name,
		title: row.title,
		context: crmLinksToContext(row.crmLinks?.link),
	};
}
