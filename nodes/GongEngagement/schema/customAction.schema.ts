import { z } from 'zod';

import {
	engagementCommonShape,
	optionalContentShape,
	personOrTrackingId,
} from './engagementCommon';
import { absoluteUrl, requiredText } from './fieldRules';
import { actor } from './people';

/**
 * PUT /v2/customer-engagement/action: any other action ("the prospect signed"). Gong requires only
 * reportingSystem and eventTimestamp; actionName is required here too, because an action without
 * a name shows on the timeline as nothing anyone can read.
 */
export const customActionEvent = z
	.object({
		...engagementCommonShape,
		...optionalContentShape,
		actionName: requiredText,
		eventInfoUrl: absoluteUrl.optional(),
		actor: actor.optional(),
	})
	.strict()
	.superRefine(personOrTrackingId('actor'));

export const customActionFieldHints: Record<string, string> = {
	viewer: 'use actor on Custom Action',
	viewActionTitle: 'use actionName on Custom Action',
	viewInfoUrl: 'use eventInfoUrl on Custom Action',
	moreInfoUrl: 'use eventInfoUrl on Custom Action',
	sharer: 'belongs to a Content Shared event',
	sharingMessageSubject: 'belongs to a Content Shared event',
	sharingMessageBody: 'belongs to a Content Shared event',
	shareId: 'belongs to a Content Shared or Content Viewed event',
};
