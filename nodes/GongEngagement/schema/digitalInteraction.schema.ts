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
import { quoted, shownList } from './formatIssues';
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
	z
		.object({
			objectType: z.enum(objectTypes),
			objectId: requiredText,
			systemName: requiredText.optional(),
		})
		.strict();

const numericContentDetails = z
	.object({
		value: int32.optional(),
		rangeFrom: int32,
		rangeTo: int32,
		numericType: z.enum(NUMERIC_CONTENT_TYPES).optional(),
	})
	.strict()
	.superRefine((details, ctx) => {
		// zod runs this even when a number failed its own rule; that number's message says enough.
		const numbers = [details.value, details.rangeFrom, details.rangeTo];
		if (!numbers.every((number) => number === undefined || fitsInt32(number))) return;
		if (details.rangeFrom > details.rangeTo) {
			ctx.addIssue({
				code: 'custom',
				path: ['rangeTo'],
				message: `must not be below rangeFrom (${details.rangeFrom})`,
			});
		} else if (
			details.value !== undefined &&
			(details.value < details.rangeFrom || details.value > details.rangeTo)
		) {
			ctx.addIssue({
				code: 'custom',
				path: ['value'],
				message: `must lie between rangeFrom and rangeTo (${details.rangeFrom}..${details.rangeTo}); got ${details.value}`,
			});
		}
	});

const stepContentDetails = z
	.object({
		value: requiredText,
		availableSteps: z.array(requiredText).min(1, 'must list at least one step'),
	})
	.strict()
	.superRefine((details, ctx) => {
		if (!details.availableSteps.includes(details.value)) {
			ctx.addIssue({
				code: 'custom',
				path: ['value'],
				message: `must be one of availableSteps (${shownList(details.availableSteps)}); got ${quoted(details.value)}`,
			});
		}
	});

const searchObjectDetails = z
	.object({
		name: requiredText,
		objectType: z.enum(SEARCH_OBJECT_TYPES),
		domain: requiredText,
		objectId: requiredText.optional(),
		url: absoluteUrl.optional(),
	})
	.strict();

const content = z
	.object({
		contentId: requiredText.optional(),
		contentTitle: requiredText,
		contentLabel: z.array(requiredText).optional(),
		contentUrl: absoluteUrl.optional(),
		contentAdditionalInfoUrl: absoluteUrl.optional(),
		numericContentDetails: numericContentDetails.optional(),
		stepContentDetails: stepContentDetails.optional(),
		searchObjectDetails: searchObjectDetails.optional(),
		contentCustomFields: z.array(customField).optional(),
	})
	.strict();

const person = z
	.object({
		name: requiredText.optional(),
		email: emailAddress.optional(),
		phoneNumber: requiredText.optional(),
		personId: requiredText.optional(),
		personBusinessContext: businessContext(PERSON_CONTEXT_TYPES).optional(),
		location: z
			.object({
				country: requiredText.optional(),
				state: requiredText.optional(),
				region: requiredText.optional(),
				city: requiredText.optional(),
			})
			.strict()
			.optional(),
		company: z
			.object({
				companyId: requiredText.optional(),
				name: requiredText.optional(),
				domain: requiredText.optional(),
				companyBusinessContexts: z.array(businessContext(COMPANY_CONTEXT_TYPES)).optional(),
			})
			.strict()
			.optional(),
		personCustomFields: z.array(customField).optional(),
	})
	.strict();

export const digitalInteractionEvent = z
	.object({
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
	.strict()
	.superRefine(personOrTrackingId('person'));

export const digitalInteractionFieldHints: Record<string, string> = {
	eventTimestamp: 'use timestamp on Digital Interaction',
	reportingSystem: 'use sourceSystemName on Digital Interaction',
	viewer: 'use person on Digital Interaction',
	actor: 'use person on Digital Interaction',
	contentTitle: 'put it in content.contentTitle on Digital Interaction',
	contentUrl: 'put it in content.contentUrl on Digital Interaction',
	contentId: 'put it in content.contentId on Digital Interaction',
	workspaceId: 'Digital Interaction has no workspaceId',
};
