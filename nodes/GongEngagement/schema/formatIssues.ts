import type { z } from 'zod';

import { numberAsText, withArticle } from '../messages';

type Path = ReadonlyArray<PropertyKey>;

/** A 1 MB value must not make a 1 MB error; keys are cut shorter, a path holds several. */
const MAX_QUOTED_LENGTH = 100;
const MAX_KEY_LENGTH = 40;
const MAX_PATH_LENGTH = 200;
/** Unknown keys named one by one; the rest are counted. */
const MAX_KEYS_NAMED = 5;

/** JSON-quoted, so blanks and control characters stay visible; cut, with its full length said. */
export function quoted(value: string, maxLength = MAX_QUOTED_LENGTH): string {
	if (value.length <= maxLength) return JSON.stringify(value);
	return `${JSON.stringify(value.slice(0, maxLength)).slice(0, -1)}…" (${value.length} characters)`;
}

function describeType(value: unknown): string {
	if (value === null) return 'null';
	if (Array.isArray(value)) return 'an array';
	if (typeof value === 'number' && !Number.isFinite(value)) return `a number (${value})`;
	return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

/** A refinement's problem: the sentence after the path, at `path` below the refined value. */
export function addIssue(ctx: z.RefinementCtx, message: string, path?: Array<string | number>) {
	ctx.addIssue(path ? { code: 'custom', path, message } : { code: 'custom', message });
}

/** " (why)" after a refused value, when there is more to say than what was expected. */
export const because = (reason: string | undefined) => (reason ? ` (${reason})` : '');

/** Any value as a message shows it: strings quoted and cut, numbers and booleans as written. */
export function shownValue(value: unknown): string {
	if (typeof value === 'string') return quoted(value);
	if (typeof value === 'number' || typeof value === 'boolean') return String(value);
	return describeType(value);
}

export function shownList(values: readonly string[]): string {
	const shown: string[] = [];
	let length = 0;
	for (const value of values) {
		const text = value.length > MAX_KEY_LENGTH ? `${value.slice(0, MAX_KEY_LENGTH)}…` : value;
		if (shown.length > 0 && length + text.length > MAX_QUOTED_LENGTH)
			return `${shown.join(', ')}, … (${values.length} in all)`;
		shown.push(text);
		length += text.length + 2;
	}
	return shown.join(', ');
}

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** `viewer.context[0].objectId` as a user reads it in JSON; other keys quoted: `event[""].x`. */
export function formatPath(path: Path): string {
	const text = path
		.map((segment, index) => {
			if (typeof segment === 'number') return `[${segment}]`;
			const key = String(segment);
			if (IDENTIFIER.test(key) && key.length <= MAX_KEY_LENGTH)
				return index === 0 ? key : `.${key}`;
			return `[${quoted(key, MAX_KEY_LENGTH)}]`;
		})
		.join('');
	if (text.length <= MAX_PATH_LENGTH) return text;
	const half = MAX_PATH_LENGTH / 2;
	return `${text.slice(0, half)}…${text.slice(-half)}`;
}

const hasOwn = (object: object, key: PropertyKey) =>
	Object.prototype.hasOwnProperty.call(object, key);

/** The input's own value at a path (never one inherited from Object.prototype). */
function valueAt(input: unknown, path: Path): unknown {
	let current: unknown = input;
	for (const segment of path) {
		if (current === null || typeof current !== 'object' || !hasOwn(current, segment))
			return undefined;
		current = (current as Record<PropertyKey, unknown>)[segment as string];
	}
	return current;
}

/** zod 3.25's and zod 4's common ground: `shape`, `element`, `unwrap()`, zod 3's effects. */
interface ZodLike {
	shape?: Record<string, ZodLike>;
	element?: ZodLike;
	unwrap?: () => ZodLike;
	_def?: { schema?: ZodLike };
}

/** The object or array inside optional and effects wrappers (zod 4's arrays unwrap() too). */
function peel(schema: ZodLike | undefined): ZodLike | undefined {
	let current = schema;
	for (let layer = 0; current && layer < 8 && !current.shape && !current.element; layer++)
		current = current.unwrap ? current.unwrap() : current._def?.schema;
	return current;
}

/** The keys the schema accepts for the object at `path`, or undefined where it cannot tell. */
function keysAt(schema: unknown, path: Path): string[] | undefined {
	let current = peel(schema as ZodLike);
	for (const segment of path) {
		const key = String(segment);
		current = peel(typeof segment === 'number' ? current?.element : current?.shape?.[key]);
	}
	return current?.shape ? Object.keys(current.shape) : undefined;
}

/** Whether two keys differ by at most one edit: a letter added, dropped, changed or swapped. */
function oneEditApart(a: string, b: string): boolean {
	if (Math.abs(a.length - b.length) > 1 || a === b) return false;
	let start = 0;
	while (start < a.length && a[start] === b[start]) start++;
	let endA = a.length;
	let endB = b.length;
	while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
		endA--;
		endB--;
	}
	const restA = a.slice(start, endA);
	const restB = b.slice(start, endB);
	if (restA.length <= 1 && restB.length <= 1) return true;
	return restA.length === 2 && restB.length === 2 && restA[0] === restB[1] && restA[1] === restB[0];
}

/** The accepted key a wrong one means: the same in another case, or one edit away. */
function meantKey(key: string, accepted: readonly string[] | undefined): string | undefined {
	if (!accepted) return undefined;
	const sameLetters = accepted.find((name) => name.toLowerCase() === key.toLowerCase());
	if (sameLetters) return sameLetters;
	const near = accepted.filter((name) => oneEditApart(name.toLowerCase(), key.toLowerCase()));
	return near.length === 1 ? near[0] : undefined;
}

function describeUnknownKeys(
	path: string,
	keys: string[],
	fieldHints: Record<string, string>,
	accepted: readonly string[] | undefined,
) {
	const named = keys.slice(0, MAX_KEYS_NAMED).map((key) => {
		const meant = meantKey(key, accepted);
		const hint =
			!path && hasOwn(fieldHints, key) ? fieldHints[key] : meant && `did you mean ${meant}?`;
		const refused = `${quoted(key, MAX_KEY_LENGTH)} is not a field Gong accepts here`;
		return `${path ? `${path}: ` : ''}${refused}${because(hint)}`;
	});
	const more = keys.length - named.length;
	if (more > 0) named.push(`and ${more} more fields Gong does not accept`);
	return named.join('; ');
}

/** One sentence per zod issue; zod 4 drops `received`: the input tells what was there. */
export function describeIssue(
	issue: z.ZodIssue,
	input: unknown,
	fieldHints: Record<string, string> = {},
	/** The schema validated against: it names the keys a wrong one may have meant. */
	schema?: unknown,
): string {
	const raw = issue as unknown as Record<string, unknown>;
	const path = formatPath(issue.path);
	const at = (suffix: string) => (path ? `${path} ${suffix}` : suffix);
	const actual = valueAt(input, issue.path);
	switch (issue.code as string) {
		case 'invalid_type': {
			if (actual === undefined) return at('is required');
			// zod 3 names an enum's members as the expected type: 'Account' | 'Contact'.
			const expected = String(raw.expected);
			if (expected.includes(' | ')) {
				const members = expected.split(' | ').map((member) => member.replace(/^'|'$/g, ''));
				return at(`must be one of ${shownList(members)}; got ${shownValue(actual)}`);
			}
			if (expected === 'string' && typeof actual === 'number' && Number.isFinite(actual))
				return at(`must be a string; got the number ${actual} (${numberAsText(actual)})`);
			return at(`must be ${withArticle(expected)}; got ${describeType(actual)}`);
		}
		case 'invalid_enum_value':
		case 'invalid_value': {
			const allowed = (raw.options ?? raw.values) as string[];
			// zod 4 reports a missing enum field as invalid_value, zod 3 as invalid_type.
			if (actual === undefined) return at('is required');
			// A member in another case or with spaces around ("macos"): named, not taken.
			const wanted = typeof actual === 'string' ? actual.trim().toLowerCase() : undefined;
			const meant = allowed.find((member) => member.toLowerCase() === wanted);
			const hint = meant === undefined ? '' : ` (write it ${quoted(meant)})`;
			return at(`must be one of ${shownList(allowed)}; got ${shownValue(actual)}${hint}`);
		}
		case 'unrecognized_keys': {
			const keys = raw.keys as string[];
			return describeUnknownKeys(path, keys, fieldHints, keysAt(schema, issue.path));
		}
		default:
			return at(issue.message);
	}
}
