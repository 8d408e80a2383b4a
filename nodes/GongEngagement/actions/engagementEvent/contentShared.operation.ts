import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import {
	contentFromParameters,
	engagementFieldsFromParameters,
	parameterReader,
	type PersonRow,
	personRowToActor,
} from '../../helpers/fieldsToEvent';
import { eventSchemas } from '../../schema';
import { PARTY_OBJECT_TYPES } from '../../schema/vocabulary';
import type { EventOperation } from '../node.type';
import {
	additionalFieldsParameter,
	contentParameters,
	crmContextParameter,
	eventTimestampParameter,
	participantsParameter,
	propertyParameters,
	reportingSystemParameter,
	showFor,
} from './engagementFields.description';
import { personValues } from './shared.description';

const recipientValues: INodeProperties[] = personValues(PARTY_OBJECT_TYPES).map((value) =>
	value.name === 'email'
		? { ...value, required: true, description: 'Required by Gong for every recipient' }
		: value,
);

const fields: INodeProperties[] = [
	reportingSystemParameter,
	eventTimestampParameter('When the content was shared'),
	...contentParameters,
	{
		displayName: 'Sharer',
		name: 'sharer',
		type: 'collection',
		placeholder: 'Add Sharer Field',
		default: {},
		description: 'Who shared the content, usually your seller',
		options: [
			{
				displayName: 'Email',
				name: 'email',
				type: 'string',
				placeholder: 'name@email.com',
				default: '',
			},
			{
				displayName: 'Gong User ID',
				name: 'id',
				type: 'string',
				default: '',
				placeholder: 'e.g. 234599484848423',
			},
			{ displayName: 'Name', name: 'name', type: 'string', default: '' },
		],
	},
	{
		displayName: 'Recipients',
		name: 'recipients',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		default: {},
		placeholder: 'Add Recipient',
		description: 'Who the content was shared with',
		options: [{ displayName: 'Recipient', name: 'recipient', values: recipientValues }],
	},
	crmContextParameter,
	...propertyParameters,
	participantsParameter,
	additionalFieldsParameter([
		{
			displayName: 'Action Name',
			name: 'actionName',
			type: 'string',
			default: '',
			placeholder: 'e.g. Document Sent',
		},
		{
			displayName: 'Share ID',
			name: 'shareId',
			type: 'string',
			default: '',
			description: 'The ID of this share',
		},
		{
			displayName: 'Share Info URL',
			name: 'shareInfoUrl',
			type: 'string',
			default: '',
			description: 'A page with more about this share',
		},
		{
			// "Text", not "Body": the form sorts fields by name, and the subject belongs above.
			displayName: 'Sharing Message Text',
			name: 'sharingMessageBody',
			type: 'string',
			typeOptions: { rows: 4 },
			default: '',
			description: "The message sent with the content (Gong's sharingMessageBody); may hold HTML",
		},
		{
			displayName: 'Sharing Message Subject',
			name: 'sharingMessageSubject',
			type: 'string',
			default: '',
		},
		{ displayName: 'Tracking ID', name: 'trackingId', type: 'string', default: '' },
	]),
];

export const description = updateDisplayOptions(showFor('contentShared'), fields);

export function eventFromFields(this: IExecuteFunctions, itemIndex: number): IDataObject {
	const parameter = parameterReader(this, itemIndex);
	return {
		...engagementFieldsFromParameters(parameter),
		...contentFromParameters(parameter),
		sharer: parameter<IDataObject>('sharer', {}),
		recipients: parameter<{ recipient?: PersonRow[] }>('recipients', {}).recipient?.map(
			personRowToActor,
		),
	};
}

export const contentShared: EventOperation = {
	endpoint: { method: 'PUT', path: '/v2/customer-engagement/content/shared' },
	definition: eventSchemas.contentShared,
	timestampField: 'eventTimestamp',
	eventFromFields,
	identity: (event) => [
		event.reportingSystem as string,
		event.contentId as string,
		event.shareId as string | undefined,
		JSON.stringify(event.sharer ?? null),
		JSON.stringify(event.recipients ?? null),
	],
};
