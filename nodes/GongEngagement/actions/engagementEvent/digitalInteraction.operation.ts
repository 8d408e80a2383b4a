import { eventSchemas } from '../../schema';
import type { EventOperation } from '../node.type';
import { description } from './digitalInteraction.description';
import { choice, commaList, fieldTable, labelledBy, rows } from '../../helpers/fieldTable';

export { description };

/** Gong's Digital Interactions API: another endpoint and body, hence `timestamp`, not `eventTimestamp`. */
export const digitalInteraction: EventOperation = {
	endpoint: { method: 'POST', path: '/v2/digital-interaction' },
	definition: eventSchemas.digitalInteraction,
	timestampField: 'timestamp',
	fields: fieldTable(description, {
		eventId: 'eventId',
		timestamp: 'timestamp',
		eventType: 'eventType',
		sourceSystemName: 'additionalFields.sourceSystemName',
		sessionId: 'additionalFields.sessionId',
		device: 'additionalFields.device',
		// The content object is required because its title is: a missing one is told as the title.
		content: labelledBy('contentTitle', {
			contentId: 'content.contentId',
			contentTitle: 'contentTitle',
			contentLabel: commaList('content.contentLabel'),
			contentUrl: 'content.contentUrl',
			contentAdditionalInfoUrl: 'content.contentAdditionalInfoUrl',
			numericContentDetails: {
				value: 'content.numericValue',
				rangeFrom: 'content.numericRangeFrom',
				rangeTo: 'content.numericRangeTo',
				numericType: 'content.numericType',
			},
			stepContentDetails: {
				value: 'content.stepValue',
				availableSteps: commaList('content.availableSteps'),
			},
			searchObjectDetails: {
				name: 'content.searchName',
				objectType: 'content.searchObjectType',
				domain: 'content.searchDomain',
				objectId: 'content.searchObjectId',
				url: 'content.searchUrl',
			},
			contentCustomFields: rows('contentCustomFields'),
		}),
		personIdentification: choice({
			person: {
				person: {
					name: 'person.name',
					email: 'person.email',
					phoneNumber: 'person.phoneNumber',
					personId: 'person.personId',
					personBusinessContext: {
						objectType: 'person.personCrmObjectType',
						objectId: 'person.personCrmObjectId',
						systemName: 'person.personCrmSystemName',
					},
					location: {
						country: 'person.country',
						state: 'person.state',
						region: 'person.region',
						city: 'person.city',
					},
					company: {
						companyId: 'person.companyId',
						name: 'person.companyName',
						domain: 'person.companyDomain',
						companyBusinessContexts: rows('companyBusinessContexts'),
					},
					personCustomFields: rows('personCustomFields'),
				},
			},
			trackingId: { trackingId: 'trackingId' },
		}),
		customFields: rows('customFields'),
	}),
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
