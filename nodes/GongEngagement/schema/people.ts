import { z } from 'zod';

import { crmSystemContext, emailAddress, requiredText } from './fieldRules';
import { PARTY_OBJECT_TYPES } from './vocabulary';

/** Gong's Actor: a viewer, an actor or a participant. Gong requires none of its fields. */
export const actor = z
	.object({
		email: emailAddress.optional(),
		name: requiredText.optional(),
		title: requiredText.optional(),
		context: z.array(crmSystemContext(PARTY_OBJECT_TYPES)).optional(),
	})
	.strict();

export type Actor = z.infer<typeof actor>;
