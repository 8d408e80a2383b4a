import { z } from 'zod';

import { crmSystemContext, emailAddress, requiredText } from './fieldRules';
import { CRM_OBJECT_TYPES } from './vocabulary';

/** Gong's Actor: a viewer, an actor or a participant. Gong requires none of its fields. */
export const actor = z
	.object({
		email: emailAddress.optional(),
		name: requiredText.optional(),
		title: requiredText.optional(),
		context: z.array(crmSystemContext(CRM_OBJECT_TYPES)).optional(),
	})
	.strict();

/** A recipient of shared content: an Actor whose email Gong requires. */
export const recipient = actor.extend({ email: emailAddress });

/** Who shared the content: a Gong user (id), by email or name. */
export const sharer = z
	.object({
		id: requiredText.optional(),
		email: emailAddress.optional(),
		name: requiredText.optional(),
	})
	.strict();
