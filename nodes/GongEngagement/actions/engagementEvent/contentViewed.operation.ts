import { eventSchemas } from '../../schema';
import type { EventOperation } from '../node.type';
import { contentTable, engagementTable, actor } from './common.description';
import { description } from './contentViewed.description';
import { choice, fieldTable } from '../../helpers/fieldTable';

export { description };

export const contentViewed: EventOperation = {
	endpoint: { method: 'PUT', path: '/v2/customer-engagement/content/viewed' },
	definition: eventSchemas.contentViewed,
	timestampField: 'eventTimestamp',
	fields: fieldTable(
		description,
		engagementTable({
			...contentTable,
			viewerIdentification: choice({
				viewer: { viewer: actor('viewer.', 'viewerCrmLinks') },
				trackingId: { trackingId: 'trackingId' },
			}),
		}),
	),
	// Sent with a hint, whatever the form chose: Identify Viewer By defaults to Viewer Details, so an
	// empty viewer is how saved workflows send views whose viewer the source does not know.
	// Refusing those events would stop workflows that run today.
	placement: {
		namingFields: ['viewer', 'trackingId', 'crmContext', 'nonCompanyParticipants'],
		otherwise: 'hint',
	},
	identity: (event) => [
		event.reportingSystem as string,
		event.contentId as string,
		event.contentUrl as string,
		event.viewer === undefined ? undefined : JSON.stringify(event.viewer),
		event.trackingId as string | undefined,
	],
};
