import { pathNestedTooDeep } from '../../nodes/GongEngagement/helpers/eventInput';
import { normalizeEvent } from '../../nodes/GongEngagement/helpers/normalizeEvent';
import { eventSchemas, validateEvent } from '../../nodes/GongEngagement/schema';
import {
	formatPath,
	quoted,
	shownList,
	shownValue,
} from '../../nodes/GongEngagement/schema/formatIssues';

/* How messages show keys, values and paths: visible, quoted, and never longer than a line or two. */

test('quoted values stay visible and are cut to about 100 characters, with their length said', () => {
	expect(quoted('')).toBe('""');
	expect(quoted(' ')).toBe('" "');
	expect(quoted('line\nbreak "x"')).toBe('"line\\nbreak \\"x\\""');
	expect(quoted('x'.repeat(100))).toBe(`"${'x'.repeat(100)}"`);
	expect(quoted('x'.repeat(101))).toBe(`"${'x'.repeat(100)}…" (101 characters)`);
	expect(quoted('x'.repeat(1_000_000)).length).toBeLessThan(130);
});

test('values of any type are shown by what they are', () => {
	expect(shownValue('a')).toBe('"a"');
	expect(shownValue(7)).toBe('7');
	expect(shownValue(false)).toBe('false');
	expect(shownValue(null)).toBe('null');
	expect(shownValue({ toString: 'x' })).toBe('an object');
	expect(shownValue([1])).toBe('an array');
	expect(shownValue(Infinity)).toBe('Infinity');
});

test('lists are cut too', () => {
	expect(shownList(['Plan', 'Pay'])).toBe('Plan, Pay');
	const steps = Array.from({ length: 1000 }, (_, index) => `step-${index}`);
	expect(shownList(steps)).toMatch(/^step-0, step-1, .*, … \(1000 in all\)$/);
	expect(shownList(steps).length).toBeLessThan(140);
});

test('paths: identifiers as written, other keys quoted in brackets, long paths cut in the middle', () => {
	expect(formatPath(['viewer', 'context', 0, 'objects', 1, 'objectId'])).toBe(
		'viewer.context[0].objects[1].objectId',
	);
	expect(formatPath(['', 'a b', 'x.y', '__proto__'])).toBe('[""]["a b"]["x.y"].__proto__');
	expect(formatPath(['k'.repeat(1000)])).toBe(`["${'k'.repeat(40)}…" (1000 characters)]`);
	const long = formatPath(Array.from({ length: 200 }, () => 'abc'));
	expect(long).toMatch(/^abc\.abc.*….*abc$/);
	expect(long.length).toBeLessThanOrEqual(201);
});

test('nesting depth: the event is level 1; the first path past the limit is named; class instances are leaves', () => {
	expect(pathNestedTooDeep({ a: { b: 1 } }, 2)).toBeUndefined();
	expect(pathNestedTooDeep({ a: { b: {} } }, 2)).toEqual(['a', 'b']);
	expect(pathNestedTooDeep({ x: 1, list: [[[]]] }, 3)).toEqual(['list', 0, 0]);
	expect(pathNestedTooDeep({ at: new Date(0) }, 1)).toBeUndefined();
	let deep: object = {};
	for (let level = 0; level < 100_000; level++) deep = [deep];
	expect(pathNestedTooDeep(deep)).toHaveLength(32);
});

test('a "__proto__" key stays a key through normalization, and the schema refuses it by name', () => {
	const event = JSON.parse(
		'{"__proto__": {"contentTitle": "hidden"}, "reportingSystem": "r", "eventTimestamp": "2026-01-01T00:00:00Z", "contentId": "c", "contentUrl": "https://e.com/c"}',
	) as Record<string, unknown>;
	const normalized = normalizeEvent(event, 'UTC') as Record<string, unknown>;
	expect(Object.getPrototypeOf(normalized)).toBe(Object.prototype);
	expect(Object.keys(normalized)).toContain('__proto__');
	const result = validateEvent(eventSchemas.contentViewed, normalized);
	expect(result.valid ? [] : result.problems).toEqual([
		'contentTitle is required',
		'"__proto__" is not a field Gong accepts here',
	]);
});

test('unknown keys that name Object.prototype members get no hint from it', () => {
	const base = {
		reportingSystem: 'r',
		eventTimestamp: '2026-01-01T00:00:00Z',
		contentId: 'c',
		contentUrl: 'https://e.com/c',
		contentTitle: 't',
	};
	const result = validateEvent(
		eventSchemas.contentViewed,
		normalizeEvent({ ...base, constructor: 'x', toString: 'y' }, 'UTC'),
	);
	expect(result.valid ? [] : result.problems).toEqual([
		'"constructor" is not a field Gong accepts here; "toString" is not a field Gong accepts here',
	]);
});

test('an enum given a value of another type lists its members (zod 3 and 4 alike)', () => {
	const result = validateEvent(
		eventSchemas.contentViewed,
		normalizeEvent(
			{
				reportingSystem: 'r',
				eventTimestamp: '2026-01-01T00:00:00Z',
				contentId: 'c',
				contentUrl: 'https://e.com/c',
				contentTitle: 't',
				agentPlatform: 7,
				crmContext: [{ system: { toString: 'x' } }],
			},
			'UTC',
		),
	);
	expect(result.valid ? [] : result.problems).toEqual([
		'crmContext[0].system must be one of Salesforce, HubSpot, MicrosoftDynamic, Generic; got an object',
		'agentPlatform must be one of Android, iOS, Linux, MacOS, Windows; got 7',
	]);
});
