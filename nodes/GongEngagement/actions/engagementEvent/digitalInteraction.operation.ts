import type { IExecuteFunctions } from 'n8n-workflow';

import { parameterReader } from '../../helpers/fieldsToEvent';
import { eventSchemas } from '../../schema';
import type { EventOperation } from '../node.type';
import { digitalInteractionFromParameters } from './digitalInteraction.mapping';

export { description } from './digitalInteraction.description';

/** Gong's Digital Interactions API: another endpoint and body, hence `timestamp`, not `eventTimestamp`. */
export const digitalInteraction: EventOperation = {
	endpoint: { method: 'POST', path: '/v2/digital-interaction' },
	definition: eventSchemas.digitalInteraction,
	timestampField: 'timestamp',
	eventFromFields(this: IExecuteFunctions, itemIndex: number) {
		return digitalInteractionFromParameters(parameterReader(this, itemIndex));
	},
	// Digital Interactions carry no CRM context: the person (or tracking ID) is all Gong places
	// them by. Neither (or JSON without either) is a choice: sent, with a hint.
	placement: {
		namingFields: ['person', 'trackingId'],
		personChoice: { parameter: 'personIdentification', none: 'none' },
		otherwise: 'hint',
	},
	identity: (event) => [
		event.eventType as string,
		JSON.stringify(event.content ?? null),
		event.person === undefined ? undefined : JSON.stringify(event.person),
		event.trackingId as string | undefined,
	],
};
