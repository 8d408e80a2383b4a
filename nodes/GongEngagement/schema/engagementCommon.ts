import { z } from 'zod';

import { withArticle } from '../messages';
import {
	absoluteUrl,
	crmSystemContext,
	genericProperty,
	requiredText,
	workspaceId,
} from './fieldRules';
import { actor } from './people';
import { eventTimestamp } from './timestamp';
import { AGENT_PLATFORMS, CRM_OBJECT_TYPES } from './vocabulary';

/*
 * The fields Content Viewed, Content Shared and Custom Action share (Gong's legacy engagement
 * events), written once. Each event schema spreads these shapes into its own strict object.
 */

export const engagementCommonShape = {
	reportingSystem: requiredText,
	eventTimestamp,
	eventId: requiredText.optional(),
	trackingId: requiredText.optional(),
	crmContext: z.array(crmSystemContext(CRM_OBJECT_TYPES)).optional(),
	contentProperties: z.array(genericProperty).optional(),
	eventProperties: z.array(genericProperty).optional(),
	userAgent: requiredText.optional(),
	mobileAppId: requiredText.optional(),
	agentPlatform: z.enum(AGENT_PLATFORMS).optional(),
	workspaceId: workspaceId.optional(),
	nonCompanyParticipants: z.array(actor).optional(),
};

export const requiredContentShape = {
	contentId: requiredText,
	contentUrl: absoluteUrl,
	contentTitle: requiredText,
};

export const optionalContentShape = {
	contentId: requiredText.optional(),
	contentUrl: absoluteUrl.optional(),
	contentTitle: requiredText.optional(),
};

interface RefinementContext {
	addIssue: (issue: { code: 'custom'; path: Array<string | number>; message: string }) => void;
}

/** Gong accepts a person or a trackingId on an event, never both. */
export function personOrTrackingId(personField: string) {
	return (event: Record<string, unknown>, ctx: RefinementContext) => {
		if (event[personField] !== undefined && event.trackingId !== undefined) {
			ctx.addIssue({
				code: 'custom',
				path: ['trackingId'],
				message: `must be left empty when ${personField} is given (Gong accepts ${withArticle(personField)} or a trackingId, never both)`,
			});
		}
	};
}
