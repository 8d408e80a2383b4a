import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import {
	engagementFieldsFromParameters,
	parameterReader,
	personOrTrackingIdFromParameters,
} from '../../helpers/fieldsToEvent';
import { eventSchemas } from '../../schema';
import type { EventOperation } from '../node.type';
import {
	additionalFieldsParameter,
	crmContextParameter,
	eventTimestampParameter,
	optionalContentFields,
	personIdentificationParameters,
	participantsParameter,
	propertyParameters,
	reportingSystemParameter,
	showFor,
} from './engagementFields.description';

const fields: INodeProperties[] = [
	reportingSystemParameter,
	eventTimestampParameter('When the action happened'),
	{
		displayName: 'Action Name',
		name: 'actionName',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'e.g. Contract Signed',
		description: 'What happened, as the timeline shows it',
	},
	...personIdentificationParameters('actor', 'Actor'),
	crmContextParameter,
	...propertyParameters,
	participantsParameter,
	additionalFieldsParameter([
		...optionalContentFields,
		{
			displayName: 'Event Info URL',
			name: 'eventInfoUrl',
			type: 'string',
			default: '',
			description: 'A page with more about this action',
		},
	]),
];

export const description = updateDisplayOptions(showFor('customAction'), fields);

export function eventFromFields(this: IExecuteFunctions, itemIndex: number): IDataObject {
	const parameter = parameterReader(this, itemIndex);
	return {
		...engagementFieldsFromParameters(parameter),
		actionName: parameter('actionName', ''),
		...personOrTrackingIdFromParameters(parameter, 'actor'),
	};
}

export const customAction: EventOperation = {
	endpoint: { method: 'PUT', path: '/v2/customer-engagement/action' },
	definition: eventSchemas.customAction,
	timestampField: 'eventTimestamp',
	eventFromFields,
	identity: (event) => [
		event.reportingSystem as string,
		event.actionName as string,
		event.contentId as string | undefined,
		event.actor === undefined ? undefined : JSON.stringify(event.actor),
		event.trackingId as string | undefined,
	],
};
