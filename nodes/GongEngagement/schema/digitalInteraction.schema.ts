import { z } from 'zod';

import {
	absoluteUrl,
	customField,
	emailAddress,
	fitsInt32,
	int32,
	requiredText,
} from './fieldRules';
import { personOrTrackingId } from './engagement.schema';
import { addIssue, quoted, shownList } from './formatIssues';
import { eventTimestamp } from './timestamp';
import {
	COMPANY_CONTEXT_TYPES,
	DEVICES,
	NUMERIC_CONTENT_TYPES,
	PERSON_CONTEXT_TYPES,
	SEARCH_OBJECT_TYPES,
} from './vocabulary';

/* POST /v2/digital-interaction — Gong's successor to the engagement events. */

const businessContext = <T extends readonly [string, ...string[]]>(objectTypes: T) =>
	z.strictObject({
		objectType: z.enum(objectTypes),
		objectId: requiredText,
		systemName: requiredText.optional(),
	});

const numericContentDetails = z
	.strictObject({
		value: int32.optional(),
		rangeFrom: int32,
		rangeTo: int32,
		numericType: z.enum(NUMERIC_CONTENT_TYPES).optional(),
	})
	.superRefine(({ value, rangeFrom, rangeTo }, ctx) => {
		// zod runs this even when a number failed its own rule; that number's message says enough.
		if (![value, rangeFrom, rangeTo].every((n) => n === undefined || fitsInt32(n))) return;
		if (rangeFrom > rangeTo)
			addIssue(ctx, `must not be below rangeFrom (${rangeFrom})`, ['rangeTo']);
		else if (value !== undefined && (value < rangeFrom || value > rangeTo)) {
			const range = `${rangeFrom}..${rangeTo}`;
			addIssue(ctx, `must lie between rangeFrom and rangeTo (${range}); got ${value}`, ['value']);
		}
	});

const stepContentDetails = z
	.strictObject({
		value: requiredText,
		availableSteps: z.array(requiredText).min(1, 'must list at least one step'),
	})
	.superRefine(({ value, availableSteps }, ctx) => {
		if (availableSteps.includes(value)) return;
		const steps = shownList(availableSteps);
		addIssue(ctx, `must be one of availableSteps (${steps}); got ${quoted(value)}`, ['value']);
	});

const searchObjectDetails = z.strictObject({
	name: requiredText,
	objectType: z.enum(SEARCH_OBJECT_TYPES),
	domain: requiredText,
	objectId: requiredText.optional(),
	url: absoluteUrl.optional(),
});

const content = z.strictObject({
	contentId: requiredText.optional(),
	contentTitle: requiredText,
	contentLabel: z.array(requiredText).optional(),
	contentUrl: absoluteUrl.optional(),
	contentAdditionalInfoUrl: absoluteUrl.optional(),
	numericContentDetails: numericContentDetails.optional(),
	stepContentDetails: stepContentDetails.optional(),
	searchObjectDetails: searchObjectDetails.optional(),
	contentCustomFields: z.array(customField).optional(),
});

const person = z.strictObject({
	name: requiredText.optional(),
	email: emailAddress.optional(),
	phoneNumber: requiredText.optional(),
	personId: requiredText.optional(),
	personBusinessContext: businessContext(PERSON_CONTEXT_TYPES).optional(),
	location: z
		.strictObject({
			country: requiredText.optional(),
			state: requiredText.optional(),
			region: requiredText.optional(),
			city: requiredText.optional(),
		})
		.optional(),
	company: z
		.strictObject({
			companyId: requiredText.optional(),
			name: requiredText.optional(),
			domain: requiredText.optional(),
			companyBusinessContexts: z.array(businessContext(COMPANY_CONTEXT_TYPES)).optional(),
		})
		.optional(),
	personCustomFields: z.array(customField).optional(),
});

export const digitalInteraction = {
	schema: z
		.strictObject({
			eventId: requiredText,
			timestamp: eventTimestamp,
			eventType: requiredText,
			sourceSystemName: requiredText.optional(),
			sessionId: requiredText.optional(),
			device: z.enum(DEVICES).optional(),
			content,
			person: person.optional(),
			trackingId: requiredText.optional(),
			customFields: z.array(customField).optional(),
		})
		.superRefine(personOrTrackingId('person')),
	fieldHints: {
		eventTimestamp: 'use timestamp on Digital Interaction',
		reportingSystem: 'use sourceSystemName on Digital Interaction',
		viewer: 'use person on Digital Interaction',
		actor: 'use person on Digital Interaction',
		contentTitle: 'put it in content.contentTitle on Digital Interaction',
		contentUrl: 'put it in content.contentUrl on Digital Interaction',
		contentId: 'put it in content.contentId on Digital Interaction',
		workspaceId: 'Digital Interaction has no workspaceId',
	},
};
