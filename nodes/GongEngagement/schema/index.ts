import type { z } from 'zod';

import { digitalInteraction } from './digitalInteraction.schema';
import { contentShared, contentViewed, customAction } from './engagement.schema';
import { describeIssue } from './formatIssues';

export interface EventSchema<T> {
	/** The zod schema: the single truth for the body's field rules. */
	schema: z.ZodType<T>;
	/** Hints for names Gong lists but does not document for this event. */
	fieldHints: Record<string, string>;
}

export const eventSchemas = {
	contentViewed,
	contentShared,
	customAction,
	digitalInteraction,
} satisfies Record<string, EventSchema<unknown>>;

export type ValidationResult<T> = { valid: true; event: T } | { valid: false; problems: string[] };

export function validateEvent<T>(definition: EventSchema<T>, input: unknown): ValidationResult<T> {
	const result = definition.schema.safeParse(input);
	if (result.success) return { valid: true, event: result.data };
	return {
		valid: false,
		problems: result.error.issues.map((issue) =>
			describeIssue(issue, input, definition.fieldHints, definition.schema),
		),
	};
}
