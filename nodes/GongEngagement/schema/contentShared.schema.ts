import { z } from 'zod';

import { engagementCommonShape, requiredContentShape } from './engagementCommon';
import { absoluteUrl, requiredText } from './fieldRules';
import { recipient, sharer } from './people';

/** PUT /v2/customer-engagement/content/shared: someone (usually the seller) shared content. */
export const contentSharedEvent = z
	.object({
		...engagementCommonShape,
		...requiredContentShape,
		actionName: requiredText.optional(),
		shareId: requiredText.optional(),
		shareInfoUrl: absoluteUrl.optional(),
		sharingMessageSubject: requiredText.optional(),
		// May hold HTML, as Gong documents; it is passed through as written.
		sharingMessageBody: requiredText.optional(),
		sharer: sharer.optional(),
		recipients: z.array(recipient).optional(),
	})
	.strict();

export const contentSharedFieldHints: Record<string, string> = {
	viewActionTitle: 'use actionName on Content Shared',
	viewInfoUrl: 'use shareInfoUrl on Content Shared',
	moreInfoUrl: 'use shareInfoUrl on Content Shared',
	viewer: 'use recipients on Content Shared',
};
