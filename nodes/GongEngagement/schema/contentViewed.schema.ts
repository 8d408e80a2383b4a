import { z } from 'zod';

import {
	engagementCommonShape,
	personOrTrackingId,
	requiredContentShape,
} from './engagementCommon';
import { absoluteUrl, requiredText } from './fieldRules';
import { actor } from './people';

/** PUT /v2/customer-engagement/content/viewed — the body Gong documents, nothing more. */
export const contentViewedEvent = z
	.object({
		...engagementCommonShape,
		...requiredContentShape,
		viewActionTitle: requiredText.optional(),
		shareId: requiredText.optional(),
		viewInfoUrl: absoluteUrl.optional(),
		viewer: actor.optional(),
	})
	.strict()
	.superRefine(personOrTrackingId('viewer'));

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
