import type { GenericValue, IDataObject } from 'n8n-workflow';

import type { NameValue, ParameterReader, Rows } from '../../helpers/fieldsToEvent';

/*
 * Digital Interaction's form → Gong's body. The form keeps the numeric, step and search details
 * and the person's CRM record as flat fields (n8n dropped nested one-row groups left empty); this
 * puts them back into Gong's nested objects. Empty values stay: normalizeEvent prunes them.
 */

/** The Content Details collection. */
interface ContentDetails {
	contentId?: string;
	contentUrl?: string;
	contentAdditionalInfoUrl?: string;
	contentLabel?: GenericValue;
	numericValue?: GenericValue;
	numericRangeFrom?: GenericValue;
	numericRangeTo?: GenericValue;
	numericType?: string;
	stepValue?: string;
	availableSteps?: GenericValue;
	searchName?: string;
	searchObjectType?: string;
	searchDomain?: string;
	searchObjectId?: string;
	searchUrl?: string;
}

/** The Person collection. */
interface PersonDetails {
	name?: string;
	email?: string;
	phoneNumber?: string;
	personId?: string;
	personCrmObjectType?: string;
	personCrmObjectId?: string;
	personCrmSystemName?: string;
	country?: string;
	state?: string;
	region?: string;
	city?: string;
	companyId?: string;
	companyName?: string;
	companyDomain?: string;
}

interface AdditionalFields {
	sourceSystemName?: string;
	sessionId?: string;
	device?: string;
}

interface BusinessContextRow {
	objectId?: string;
	objectType?: string;
	systemName?: string;
}

type CustomFieldRows = Rows<'field', NameValue & { dataType?: string }>;

/** "a, b, c" → ['a', 'b', 'c']; a value from an expression that is not text is left to the schema. */
const commaList = (text: GenericValue) =>
	typeof text === 'string'
		? text
				.split(',')
				.map((part) => part.trim())
				.filter(Boolean)
		: text;

function contentFromParameters(parameter: ParameterReader) {
	const content = parameter<ContentDetails>('content', {});
	return {
		contentId: content.contentId,
		contentTitle: parameter('contentTitle', ''),
		contentLabel: commaList(content.contentLabel),
		contentUrl: content.contentUrl,
		contentAdditionalInfoUrl: content.contentAdditionalInfoUrl,
		numericContentDetails: {
			value: content.numericValue,
			rangeFrom: content.numericRangeFrom,
			rangeTo: content.numericRangeTo,
			numericType: content.numericType,
		},
		stepContentDetails: {
			value: content.stepValue,
			availableSteps: commaList(content.availableSteps),
		},
		searchObjectDetails: {
			name: content.searchName,
			objectType: content.searchObjectType,
			domain: content.searchDomain,
			objectId: content.searchObjectId,
			url: content.searchUrl,
		},
		contentCustomFields: parameter<CustomFieldRows>('contentCustomFields', {}).field,
	};
}

function personFromParameters(parameter: ParameterReader) {
	const person = parameter<PersonDetails>('person', {});
	return {
		name: person.name,
		email: person.email,
		phoneNumber: person.phoneNumber,
		personId: person.personId,
		personBusinessContext: {
			objectType: person.personCrmObjectType,
			objectId: person.personCrmObjectId,
			systemName: person.personCrmSystemName,
		},
		location: {
			country: person.country,
			state: person.state,
			region: person.region,
			city: person.city,
		},
		company: {
			companyId: person.companyId,
			name: person.companyName,
			domain: person.companyDomain,
			companyBusinessContexts: parameter<Rows<'record', BusinessContextRow>>(
				'companyBusinessContexts',
				{},
			).record,
		},
		personCustomFields: parameter<CustomFieldRows>('personCustomFields', {}).field,
	};
}

export function digitalInteractionFromParameters(parameter: ParameterReader): IDataObject {
	const additional = parameter<AdditionalFields>('additionalFields', {});
	const identification = parameter<string>('personIdentification', 'person');
	return {
		eventId: parameter('eventId', ''),
		timestamp: parameter<GenericValue>('timestamp', ''),
		eventType: parameter('eventType', ''),
		sourceSystemName: additional.sourceSystemName,
		sessionId: additional.sessionId,
		device: additional.device,
		content: contentFromParameters(parameter),
		person: identification === 'person' ? personFromParameters(parameter) : undefined,
		trackingId: identification === 'trackingId' ? parameter('trackingId', '') : undefined,
		customFields: parameter<CustomFieldRows>('customFields', {}).field,
	};
}
