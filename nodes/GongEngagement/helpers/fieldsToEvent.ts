import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

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

/** Reads one node parameter of the current item, with a fallback. */
export type ParameterReader = <T>(name: string, fallback: T) => T;

export function parameterReader(context: IExecuteFunctions, itemIndex: number): ParameterReader {
	return (name, fallback) => context.getNodeParameter(name, itemIndex, fallback) as typeof fallback;
}

/** Content ID, URL and title, the three fields Content Viewed and Content Shared require. */
export function contentFromParameters(parameter: ParameterReader): IDataObject {
	return {
		contentId: parameter('contentId', ''),
		contentUrl: parameter('contentUrl', ''),
		contentTitle: parameter('contentTitle', ''),
	};
}

/** A resource locator's value ({ __rl, mode, value }), or the plain value as given. */
export function resourceLocatorValue(value: unknown): unknown {
	if (value !== null && typeof value === 'object' && 'value' in value)
		return (value as { value: unknown }).value;
	return value;
}

/** The fields every engagement event (viewed, shared, action) maps the same way. */
export function engagementFieldsFromParameters(parameter: ParameterReader): IDataObject {
	const { workspaceId, ...additionalFields } = parameter<IDataObject>('additionalFields', {});
	const participants = parameter<{ participant?: PersonRow[] }>(
		'nonCompanyParticipants',
		{},
	).participant;
	return {
		reportingSystem: parameter('reportingSystem', ''),
		eventTimestamp: parameter<IDataObject[string]>('eventTimestamp', ''),
		crmContext: crmLinksToContext(parameter<{ record?: CrmLinkRow[] }>('crmContext', {}).record),
		contentProperties: propertyRowsToProperties(
			parameter<{ property?: PropertyRow[] }>('contentProperties', {}).property,
		),
		eventProperties: propertyRowsToProperties(
			parameter<{ property?: PropertyRow[] }>('eventProperties', {}).property,
		),
		...additionalFields,
		workspaceId: resourceLocatorValue(workspaceId) as IDataObject[string],
		nonCompanyParticipants: participants?.map(personRowToActor),
	};
}

/** The person ("viewer" or "actor") or the tracking ID, as "Identify … By" chose. */
export function personOrTrackingIdFromParameters(
	parameter: ParameterReader,
	person: 'viewer' | 'actor',
): IDataObject {
	const identification = parameter<string>(`${person}Identification`, person);
	if (identification === person) {
		// The person's CRM links are a list beside the person's fields, not inside them.
		const crmLinks = parameter<PersonRow['crmLinks']>(`${person}CrmLinks`, {});
		return { [person]: personRowToActor({ ...parameter<PersonRow>(person, {}), crmLinks }) };
	}
	if (identification === 'trackingId') return { trackingId: parameter('trackingId', '') };
	return {};
}
