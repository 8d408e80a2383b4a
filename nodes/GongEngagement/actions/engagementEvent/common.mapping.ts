import type { GenericValue, IDataObject } from 'n8n-workflow';

import {
	crmLinksToContext,
	type CrmLinkRow,
	type ParameterReader,
	type PersonRow,
	personRowToActor,
	type PropertyRow,
	propertyRowsToProperties,
	resourceLocatorValue,
	type Rows,
} from '../../helpers/fieldsToEvent';

/*
 * The parameters of common.description.ts, mapped into the event the way Content Viewed, Content
 * Shared and Custom Action share. Each <op>.mapping.ts adds its own fields.
 */

/** The Additional Fields collection: its fields go into the event under their own names. */
type AdditionalFields = { workspaceId?: GenericValue } & Record<string, GenericValue>;

export function engagementFields(parameter: ParameterReader) {
	const { workspaceId, ...additionalFields } = parameter<AdditionalFields>('additionalFields', {});
	const crmContext = parameter<Rows<'record', CrmLinkRow>>('crmContext', {});
	const contentProperties = parameter<Rows<'property', PropertyRow>>('contentProperties', {});
	const eventProperties = parameter<Rows<'property', PropertyRow>>('eventProperties', {});
	const participants = parameter<Rows<'participant', PersonRow>>('nonCompanyParticipants', {});
	return {
		reportingSystem: parameter('reportingSystem', ''),
		eventTimestamp: parameter<GenericValue>('eventTimestamp', ''),
		crmContext: crmLinksToContext(crmContext.record),
		contentProperties: propertyRowsToProperties(contentProperties.property),
		eventProperties: propertyRowsToProperties(eventProperties.property),
		...additionalFields,
		workspaceId: resourceLocatorValue(workspaceId),
		nonCompanyParticipants: participants.participant?.map(personRowToActor),
	} satisfies IDataObject;
}

/** Content ID, URL and title, the three fields Content Viewed and Content Shared require. */
export function contentFields(parameter: ParameterReader) {
	return {
		contentId: parameter('contentId', ''),
		contentUrl: parameter('contentUrl', ''),
		contentTitle: parameter('contentTitle', ''),
	} satisfies IDataObject;
}

/** The person ("viewer" or "actor") or the tracking ID, as "Identify … By" chose. */
export function personOrTrackingId(
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
