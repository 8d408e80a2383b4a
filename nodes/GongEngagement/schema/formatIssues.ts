import type { z } from 'zod';

type Path = ReadonlyArray<PropertyKey>;

/** `viewer.context[0].objects[1].objectId` — the path as a user reads it in JSON. */
export function formatPath(path: Path): string {
	return path
		.map((segment, index) =>
			typeof segment === 'number' ? `[${segment}]` : `${index === 0 ? '' : '.'}${String(segment)}`,
		)
		.join('');
}

function valueAt(input: unknown, path: Path): unknown {
	let current: unknown = input;
	for (const segment of path) {
		if (current === null || typeof current !== 'object') return undefined;
		current = (current as Record<PropertyKey, unknown>)[segment as string];
	}
	return current;
}

function describeType(value: unknown): string {
	if (value === null) return 'null';
	if (Array.isArray(value)) return 'an array';
	return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

const article = (type: string) => (/^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`);

/**
 * One readable sentence per zod issue. Issue codes differ between zod 3 and 4 for enums
 * (invalid_enum_value / invalid_value) and zod 4 drops `received`; the input itself tells what
 * was there, so both versions read the same.
 */
export function describeIssue(
	issue: z.ZodIssue,
	input: unknown,
	fieldHints: Record<string, string> = {},
): string {
	const raw = issue as unknown as Record<string, unknown>;
	const path = formatPath(issue.path);
	const at = (suffix: string) => (path ? `${path} ${suffix}` : suffix);
	switch (issue.code as string) {
		case 'invalid_type': {
			const actual = valueAt(input, issue.path);
			if (actual === undefined) return at('is required');
			return at(`must be ${article(String(raw.expected))}; got ${describeType(actual)}`);
		}
		case 'invalid_enum_value':
		case 'invalid_value': {
			const allowed = (raw.options ?? raw.values) as unknown[];
			const actual = valueAt(input, issue.path);
			// zod 4 reports a missing enum field as invalid_value, zod 3 as invalid_type.
			if (actual === undefined) return at('is required');
			return at(`must be one of ${allowed.join(', ')}; got ${JSON.stringify(actual)}`);
		}
		case 'unrecognized_keys': {
			const keys = raw.keys as string[];
			return keys
				.map((key) => {
					const name = path ? `${path}.${key}` : key;
					const hint = path ? undefined : fieldHints[key];
					return `${name} is not a field Gong accepts here${hint ? ` (${hint})` : ''}`;
				})
				.join('; ');
		}
		case 'too_small':
			return at(issue.message === 'must not be empty' ? 'must not be empty' : issue.message);
		default:
			return at(issue.message);
	}
}
