import { eventSchemas } from '../../schema';
import type { EventOperation } from '../node.type';
import { contentTable, engagementTable, actor } from './common.description';
import { description } from './contentShared.description';
import { fieldTable, rows } from '../../helpers/fieldTable';

export { description };

export const contentShared: EventOperation = {
	endpoint: { method: 'PUT', path: '/v2/customer-engagement/content/shared' },
	definition: eventSchemas.contentShared,
	timestampField: 'eventTimestamp',
	fields: fieldTable(
		description,
		engagementTable({
			...contentTable,
			sharer: 'sharer',
			recipients: rows('recipients', actor('', 'crmLinks')),
		}),
	),
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
