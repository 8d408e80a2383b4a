import { labelledProblem } from '../messages';
import type { EventSchema } from '../schema';
import { describeIssue, formatPath } from '../schema/formatIssues';
import type { FieldTable } from './fieldTable';

/**
 * Fields mode's problems in the form's words, then the JSON path:
 * `Viewer CRM Links #1 → Object ID is required (viewer.context[0].objects[0].objectId)`.
 * Worded by the same describeIssue as JSON mode; a problem at a place the form does not fill keeps
 * the JSON path alone. `rawEvent` is the event as the fields built it, before pruning.
 */
export function fieldsModeProblems(
	fields: FieldTable,
	definition: EventSchema<unknown>,
	event: unknown,
	rawEvent: unknown,
): string[] {
	const result = definition.schema.safeParse(event);
	if (result.success) return [];
	return result.error.issues.map((issue) => {
		const text = describeIssue(issue, event, definition.fieldHints, definition.schema);
		const path = formatPath(issue.path);
		const label = path ? fields.label(issue.path, rawEvent) : undefined;
		if (!label || !text.startsWith(`${path} `)) return text;
		return labelledProblem(label, text.slice(path.length + 1), path);
	});
}
