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
	identity: (event) => [
		event.reportingSystem as string,
		event.contentId as string,
		event.shareId as string | undefined,
		JSON.stringify(event.sharer ?? null),
		JSON.stringify(event.recipients ?? null),
	],
};
