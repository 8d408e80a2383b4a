import { z } from 'zod';

import {
	absoluteUrl,
	crmSystemContext,
	genericProperty,
	isoDateTimeWithOffset,
	requiredText,
	workspaceId,
} from './fieldRules';
import { actor } from './people';
import { AGENT_PLATFORMS, CRM_CONTEXT_OBJECT_TYPES } from './vocabulary';

/** PUT /v2/customer-engagement/content/viewed — the body Gong documents, nothing more. */
export const contentViewedEvent = z
	.object({
		reportingSystem: requiredText,
		eventTimestamp: isoDateTimeWithOffset,
		eventId: requiredText.optional(),
		contentId: requiredText,
		contentUrl: absoluteUrl,
		contentTitle: requiredText,
		viewActionTitle: requiredText.optional(),
		shareId: requiredText.optional(),
		viewInfoUrl: absoluteUrl.optional(),
		viewer: actor.optional(),
		trackingId: requiredText.optional(),
		crmContext: z.array(crmSystemContext(CRM_CONTEXT_OBJECT_TYPES)).optional(),
		contentProperties: z.array(genericProperty).optional(),
		eventProperties: z.array(genericProperty).optional(),
		userAgent: requiredText.optional(),
		mobileAppId: requiredText.optional(),
		agentPlatform: z.enum(AGENT_PLATFORMS).optional(),
		workspaceId: workspaceId.optional(),
		nonCompanyParticipants: z.array(actor).optional(),
	})
	.strict()
	.superRefine((event, ctx) => {
		if (event.viewer !== undefined && event.trackingId !== undefined) {
			ctx.addIssue({
				code: 'custom',
				path: ['trackingId'],
				message:
					'must be left empty when viewer is given (Gong accepts a viewer or a trackingId, never both)',
			});
		}
	});

export type ContentViewedEvent = z.infer<typeof contentViewedEvent>;

/**
 * Names Gong's superset schema lists on this path without documenting them for views. Sending
 * them is ambiguous (which of actionName / viewActionTitle wins is undocumented), so they are
 * refused with a pointer to the documented field.
 */
export const contentViewedFieldHints: Record<string, string> = {
	actionName: 'use viewActionTitle on Content Viewed',
	moreInfoUrl: 'use viewInfoUrl on Content Viewed',
	sharer: 'belongs to a Content Shared event',
	sharingMessageSubject: 'belongs to a Content Shared event',
	sharingMessageBody: 'belongs to a Content Shared event',
};
