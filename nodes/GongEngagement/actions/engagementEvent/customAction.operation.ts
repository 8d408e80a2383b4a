import type { IExecuteFunctions } from 'n8n-workflow';

import { parameterReader } from '../../helpers/fieldsToEvent';
import { eventSchemas } from '../../schema';
import type { EventOperation } from '../node.type';
import { customActionFromParameters } from './customAction.mapping';

export { description } from './customAction.description';

export const customAction: EventOperation = {
	endpoint: { method: 'PUT', path: '/v2/customer-engagement/action' },
	definition: eventSchemas.customAction,
	timestampField: 'eventTimestamp',
	eventFromFields(this: IExecuteFunctions, itemIndex: number) {
		return customActionFromParameters(parameterReader(this, itemIndex));
	},
	identity: (event) => [
		event.reportingSystem as string,
		event.actionName as string,
		event.contentId as string | undefined,
		event.actor === undefined ? undefined : JSON.stringify(event.actor),
		event.trackingId as string | undefined,
	],
};
