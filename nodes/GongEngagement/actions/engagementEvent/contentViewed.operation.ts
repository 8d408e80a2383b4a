import type { IExecuteFunctions } from 'n8n-workflow';

import { parameterReader } from '../../helpers/fieldsToEvent';
import { eventSchemas } from '../../schema';
import type { EventOperation } from '../node.type';
import { contentViewedFromParameters } from './contentViewed.mapping';

export { description } from './contentViewed.description';

export const contentViewed: EventOperation = {
	endpoint: { method: 'PUT', path: '/v2/customer-engagement/content/viewed' },
	definition: eventSchemas.contentViewed,
	timestampField: 'eventTimestamp',
	eventFromFields(this: IExecuteFunctions, itemIndex: number) {
		return contentViewedFromParameters(parameterReader(this, itemIndex));
	},
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
