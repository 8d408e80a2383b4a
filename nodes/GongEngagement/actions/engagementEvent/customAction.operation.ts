import { eventSchemas } from '../../schema';
import type { EventOperation } from '../node.type';
import { engagementTable, actor } from './common.description';
import { description } from './customAction.description';
import { choice, fieldTable } from '../../helpers/fieldTable';

export { description };

export const customAction: EventOperation = {
	endpoint: { method: 'PUT', path: '/v2/customer-engagement/action' },
	definition: eventSchemas.customAction,
	timestampField: 'eventTimestamp',
	fields: fieldTable(
		description,
		engagementTable({
			actionName: 'actionName',
			actorIdentification: choice({
				actor: { actor: actor('actor.', 'actorCrmLinks') },
				trackingId: { trackingId: 'trackingId' },
			}),
		}),
	),
	// Sent with a hint, whatever the form chose: Identify Actor By defaults to Actor Details, so an
	// empty actor is how saved workflows send actions whose actor the source does not know.
	// Refusing those events would stop workflows that run today.
	placement: {
		namingFields: ['actor', 'trackingId', 'crmContext', 'nonCompanyParticipants'],
		otherwise: 'hint',
	},
	identity: (event) => [
		event.reportingSystem as string,
		event.actionName as string,
		event.contentId as string | undefined,
		event.actor === undefined ? undefined : JSON.stringify(event.actor),
		event.trackingId as string | undefined,
	],
};
