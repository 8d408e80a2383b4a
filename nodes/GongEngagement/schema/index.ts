import type { z } from 'zod';

import { labelledProblem } from '../messages';
import { digitalInteraction } from './digitalInteraction.schema';
import { contentShared, contentViewed, customAction } from './engagement.schema';
import { describeIssue, formatPath } from './formatIssues';

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

/** The form's labels for a problem's path (Fields mode); undefined: the JSON path alone. */
export type LabelOf = (path: Array<string | number>) => string | undefined;

/**
 * The event as the schema accepts it, or one sentence per problem. With `labelOf`, a problem at a
 * place the form fills names the form's labels first, then the JSON path:
 * `Viewer CRM Links #1 → Object ID is required (viewer.context[0].objects[0].objectId)`.
 */
export function validateEvent<T>(
	definition: EventSchema<T>,
	input: unknown,
	labelOf?: LabelOf,
): ValidationResult<T> {
	const result = definition.schema.safeParse(input);
	if (result.success) return { valid: true, event: result.data };
	const problems = result.error.issues.map((issue) => {
		const text = describeIssue(issue, input, definition.fieldHints, definition.schema);
		const path = formatPath(issue.path);
		const label = path ? labelOf?.(issue.path) : undefined;
		if (!label || !text.startsWith(`${path} `)) return text;
		return labelledProblem(label, text.slice(path.length + 1), path);
	});
	return { valid: false, problems };
}
