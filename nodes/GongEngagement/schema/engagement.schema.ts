import { z } from 'zod';

import { withArticle } from '../messages';
import {
	absoluteUrl,
	crmSystemContext,
	emailAddress,
	genericProperty,
	requiredText,
	workspaceId,
} from './fieldRules';
import { addIssue } from './formatIssues';
import { eventTimestamp } from './timestamp';
import { AGENT_PLATFORMS } from './vocabulary';

/* Gong's legacy engagement events: Content Viewed, Content Shared and Custom Action. */

/** A viewer, an actor or a participant; Gong requires none of its fields. */
const actor = z.strictObject({
	email: emailAddress.optional(),
	name: requiredText.optional(),
	title: requiredText.optional(),
	context: z.array(crmSystemContext).optional(),
});

/** Who shared the content: a Gong user (id), by email or name. */
const sharer = z.strictObject({
	id: requiredText.optional(),
	email: emailAddress.optional(),
	name: requiredText.optional(),
});

const engagementCommonShape = {
	reportingSystem: requiredText,
	eventTimestamp,
	eventId: requiredText.optional(),
	trackingId: requiredText.optional(),
	crmContext: z.array(crmSystemContext).optional(),
	contentProperties: z.array(genericProperty).optional(),
	eventProperties: z.array(genericProperty).optional(),
	userAgent: requiredText.optional(),
	mobileAppId: requiredText.optional(),
	agentPlatform: z.enum(AGENT_PLATFORMS).optional(),
	workspaceId: workspaceId.optional(),
	nonCompanyParticipants: z.array(actor).optional(),
};

const requiredContentShape = {
	contentId: requiredText,
	contentUrl: absoluteUrl,
	contentTitle: requiredText,
};

export function personOrTrackingId(personField: string) {
	return (event: Record<string, unknown>, ctx: z.RefinementCtx) => {
		if (event[personField] !== undefined && event.trackingId !== undefined) {
			addIssue(
				ctx,
				`must be left empty when ${personField} is given (Gong accepts ${withArticle(personField)} or a trackingId, never both)`,
				['trackingId'],
			);
		}
	};
}

/*
 * Names Gong lists on a path but does not document for that event are ambiguous to send (which of
 * actionName / viewActionTitle wins?): refused with a pointer to the documented field.
 */
const SHARING_ONLY = {
	sharer: 'belongs to a Content Shared event',
	sharingMessageSubject: 'belongs to a Content Shared event',
	sharingMessageBody: 'belongs to a Content Shared event',
};

/** PUT /v2/customer-engagement/content/viewed: the body Gong documents, nothing more. */
export const contentViewed = {
	schema: z
		.strictObject({
			...engagementCommonShape,
			...requiredContentShape,
			viewActionTitle: requiredText.optional(),
			shareId: requiredText.optional(),
			viewInfoUrl: absoluteUrl.optional(),
			viewer: actor.optional(),
		})
		.superRefine(personOrTrackingId('viewer')),
	fieldHints: {
		actionName: 'use viewActionTitle on Content Viewed',
		moreInfoUrl: 'use viewInfoUrl on Content Viewed',
		...SHARING_ONLY,
	},
};

/** PUT /v2/customer-engagement/content/shared: someone (usually the seller) shared content. */
export const contentShared = {
	schema: z.strictObject({
		...engagementCommonShape,
		...requiredContentShape,
		actionName: requiredText.optional(),
		shareId: requiredText.optional(),
		shareInfoUrl: absoluteUrl.optional(),
		sharingMessageSubject: requiredText.optional(),
		// May hold HTML, as Gong documents; it is passed through as written.
		sharingMessageBody: requiredText.optional(),
		sharer: sharer.optional(),
		// A recipient is an Actor whose email Gong requires.
		recipients: z.array(actor.extend({ email: emailAddress })).optional(),
	}),
	fieldHints: {
		viewActionTitle: 'use actionName on Content Shared',
		viewInfoUrl: 'use shareInfoUrl on Content Shared',
		moreInfoUrl: 'use shareInfoUrl on Content Shared',
		viewer: 'use recipients on Content Shared',
	},
};

/**
 * PUT /v2/customer-engagement/action: any other action ("the prospect signed"). actionName is
 * required here, not by Gong: an action without a name shows on the timeline as nothing readable.
 */
export const customAction = {
	schema: z
		.strictObject({
			...engagementCommonShape,
			contentId: requiredText.optional(),
			contentUrl: absoluteUrl.optional(),
			contentTitle: requiredText.optional(),
			actionName: requiredText,
			eventInfoUrl: absoluteUrl.optional(),
			actor: actor.optional(),
		})
		.superRefine(personOrTrackingId('actor')),
	fieldHints: {
		viewer: 'use actor on Custom Action',
		viewActionTitle: 'use actionName on Custom Action',
		viewInfoUrl: 'use eventInfoUrl on Custom Action',
		moreInfoUrl: 'use eventInfoUrl on Custom Action',
		...SHARING_ONLY,
		shareId: 'belongs to a Content Shared or Content Viewed event',
	},
};
