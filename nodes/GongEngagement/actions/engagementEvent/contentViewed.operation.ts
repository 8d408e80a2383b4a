import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import {
	contentFromParameters,
	engagementFieldsFromParameters,
	parameterReader,
	personOrTrackingIdFromParameters,
} from '../../helpers/fieldsToEvent';
import { eventSchemas } from '../../schema';
import type { EventOperation } from '../node.type';
import {
	additionalFieldsParameter,
	contentParameters,
	crmContextParameter,
	eventTimestampParameter,
	personIdentificationParameters,
	participantsParameter,
	propertyParameters,
	reportingSystemParameter,
	showFor,
} from './engagementFields.description';

const fields: INodeProperties[] = [
	reportingSystemParameter,
	eventTimestampParameter('When the content was viewed'),
	...contentParameters,
	...personIdentificationParameters('viewer', 'Viewer'),
	crmContextParameter,
	...propertyParameters,
	participantsParameter,
	additionalFieldsParameter([
		{
			displayName: 'Share ID',
			name: 'shareId',
			type: 'string',
			default: '',
			description: 'Which share of the content this view belongs to',
		},
		{
			displayName: 'View Action Title',
			name: 'viewActionTitle',
			type: 'string',
			default: '',
			placeholder: 'e.g. Document Viewed',
		},
		{
			displayName: 'View Info URL',
			name: 'viewInfoUrl',
			type: 'string',
			default: '',
			description: 'A page with more about this view',
		},
	]),
];

export const description = updateDisplayOptions(showFor('contentViewed'), fields);

/** The event as the UI fields describe it; normalizeEvent and the schema take it from here. */
export function eventFromFields(this: IExecuteFunctions, itemIndex: number): IDataObject {
	const parameter = parameterReader(this, itemIndex);
	return {
		...engagementFieldsFromParameters(parameter),
		...contentFromParameters(parameter),
		...personOrTrackingIdFromParameters(parameter, 'viewer'),
	};
}

export const contentViewed: EventOperation = {
	endpoint: { method: 'PUT', path: '/v2/customer-engagement/content/viewed' },
	definition: eventSchemas.contentViewed,
	timestampField: 'eventTimestamp',
	eventFromFields,
	identity: (event) => [
		event.reportingSystem as string,
		event.contentId as string,
		event.contentUrl as string,
		event.viewer === undefined ? undefined : JSON.stringify(event.viewer),
		event.trackingId as string | undefined,
	],
};
