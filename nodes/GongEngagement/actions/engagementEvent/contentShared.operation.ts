import type { IExecuteFunctions } from 'n8n-workflow';

import { parameterReader } from '../../helpers/fieldsToEvent';
import { eventSchemas } from '../../schema';
import type { EventOperation } from '../node.type';
import { contentSharedFromParameters } from './contentShared.mapping';

export { description } from './contentShared.description';

export const contentShared: EventOperation = {
	endpoint: { method: 'PUT', path: '/v2/customer-engagement/content/shared' },
	definition: eventSchemas.contentShared,
	timestampField: 'eventTimestamp',
	eventFromFields(this: IExecuteFunctions, itemIndex: number) {
		return contentSharedFromParameters(parameterReader(this, itemIndex));
	},
	// A share goes to someone: with no recipient, participant or CRM record Gong has nothing to
	// place it by. The sharer is your own user and names no customer. The form has no "Neither"
	// for shares, so such an event is refused in both modes.
	placement: {
		namingFields: ['recipients', 'nonCompanyParticipants', 'crmContext', 'trackingId'],
		otherwise: 'refuse',
	},
	identity: (event) => [
		event.reportingSystem as string,
		event.contentId as string,
		event.shareId as string | undefined,
		JSON.stringify(event.sharer ?? null),
		JSON.stringify(event.recipients ?? null),
	],
};
