import fc from 'fast-check';

/*
 * What a careless upstream node or an attacker puts into items: wrong types, huge strings, deep
 * nesting, keys that name Object.prototype's members, numbers past int32, dates and URLs that are
 * not, objects with their own toString. Mixed with values a field would accept, so that both
 * accepted and refused items come out.
 */

const deeplyNested = (levels: number): unknown => {
	let value: unknown = 'leaf';
	for (let level = 0; level < levels; level++) value = level % 2 ? [value] : { a: value };
	return value;
};

/** An object with an own "__proto__" key, as JSON.parse makes it (a literal would set the prototype). */
export const withOwnProtoKey = (inner: unknown): Record<string, unknown> =>
	JSON.parse(`{"__proto__": ${JSON.stringify(inner)}, "x": 1}`) as Record<string, unknown>;

export const oddKey = fc.constantFrom(
	'__proto__',
	'constructor',
	'prototype',
	'toString',
	'valueOf',
	'hasOwnProperty',
	'',
	' ',
	'a.b',
	'[0]',
	'"',
	'\u0000',
	'😀',
	'ünïcödé',
	'x'.repeat(300),
);

/** Values some field accepts: alternative date forms, emails, URLs, enum members, whole numbers. */
const acceptableSomewhere = fc.constantFrom<unknown>(
	'2026-03-02T15:04:05+01:00',
	'2026-03-02 09:13:02',
	'Mon, 02 Mar 2026 15:04:05 +0000',
	1767261600000,
	1767261600,
	'1767261600',
	'jane@acme.example',
	'https://example.com/a?b=c#d',
	'Salesforce',
	'Generic',
	'Account',
	'MacOS',
	'PC',
	'NPS',
	'number',
	'STRING',
	0,
	7,
	2 ** 31 - 1,
	-(2 ** 31),
);

const wrongInAnyField = fc.constantFrom<unknown>(
	null,
	true,
	false,
	-1,
	1.5,
	-0,
	2 ** 31,
	-(2 ** 31) - 1,
	2 ** 53 + 2,
	1e308,
	'',
	' ',
	'\t\n',
	'not a date',
	'2026-13-45T99:99:99Z',
	'2026-02-30T10:00:00Z',
	'soon',
	'doc/1',
	'javascript:alert(1)',
	'http://',
	'https://exa mple.com',
	'ftp://example.com/x',
	'jane@',
	'NaN',
	'Infinity',
	'={{ $json }}',
	'{{ 1 + 1 }}',
	[],
	{},
	['a', 1],
	{ constructor: { prototype: { polluted: true } } },
);

/** Objects whose own keys shadow what String(), Date or luxon would call. */
const shadowingObject = fc.constantFrom<unknown>(
	{ toString: 'x' },
	{ toString: {}, valueOf: 1 },
	{ toISO: 'x', toJSON: 'y' },
	{ toString: null, valueOf: null, toISO: null },
);

const hugeString = fc
	.tuple(fc.constantFrom('x', 'b.', 'é', '😀', 'W'), fc.integer({ min: 1_000, max: 300_000 }))
	.map(([unit, length]) => unit.repeat(Math.ceil(length / unit.length)))
	.map((text) => (text.startsWith('b.') ? `a@${text} ` : text));

const deepValue = fc.integer({ min: 2, max: 60 }).map(deeplyNested);

const oddKeyedObject = fc
	.array(fc.tuple(oddKey, fc.oneof(fc.string({ maxLength: 8 }), fc.integer())), {
		minLength: 1,
		maxLength: 3,
	})
	.map((entries) => {
		const object: Record<string, unknown> = {};
		for (const [key, value] of entries)
			Object.defineProperty(object, key, {
				value,
				enumerable: true,
				writable: true,
				configurable: true,
			});
		return object;
	});

const protoCarrier = fc.constant(null).map(() => withOwnProtoKey({ polluted: true }));

/** One value to put where a field was (or next to it). */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
	{ arbitrary: acceptableSomewhere, weight: 4 },
	{ arbitrary: wrongInAnyField, weight: 6 },
	{ arbitrary: fc.string({ unit: 'binary', maxLength: 30 }), weight: 3 },
	{ arbitrary: fc.integer({ min: -(2 ** 40), max: 2 ** 40 }), weight: 1 },
	{ arbitrary: fc.double(), weight: 1 },
	{ arbitrary: hugeString, weight: 1 },
	{ arbitrary: deepValue, weight: 1 },
	{ arbitrary: oddKeyedObject, weight: 1 },
	{ arbitrary: shadowingObject, weight: 3 },
	{ arbitrary: protoCarrier, weight: 1 },
	{
		arbitrary: fc.array(fc.oneof(fc.string({ maxLength: 5 }), fc.integer()), { maxLength: 3 }),
		weight: 1,
	},
);

/**
 * One change to an item: a field anywhere in it (picked among all its paths) set to a hostile
 * value or removed; or a new, odd key added to one of its objects.
 */
export interface Mutation {
	/** Among the top-level fields only: where most of an event's rules are. */
	shallow: boolean;
	pick: number;
	addKey: boolean;
	newKey: string;
	remove: boolean;
	value: unknown;
}

export const mutation: fc.Arbitrary<Mutation> = fc.record({
	shallow: fc.boolean(),
	pick: fc.nat(),
	addKey: fc.boolean().chain((flip) => (flip ? fc.boolean() : fc.constant(false))),
	newKey: oddKey,
	remove: fc.boolean().chain((flip) => (flip ? fc.boolean() : fc.constant(false))),
	value: hostileValue,
});

/** Mostly-valid items: about a third untouched, the rest with one to three changes. */
export const mutations = fc.oneof(
	{ arbitrary: fc.constant<Mutation[]>([]), weight: 1 },
	{ arbitrary: fc.array(mutation, { minLength: 1, maxLength: 3 }), weight: 2 },
);

type Container = Record<string | number, unknown>;

const isContainer = (value: unknown): value is Container =>
	value !== null && typeof value === 'object';

/** Every (container, key) of a value, and every container, breadth first (bounded). */
function placesOf(root: unknown) {
	const fields: Array<[Container, string]> = [];
	const containers: Container[] = [];
	const pending = [root];
	while (pending.length > 0 && containers.length < 300) {
		const value = pending.shift();
		if (!isContainer(value)) continue;
		containers.push(value);
		for (const [key, entry] of Object.entries(value)) {
			fields.push([value, key]);
			pending.push(entry);
		}
	}
	return { fields, containers };
}

/** Applies the mutations to a copy (keys defined as own properties, "__proto__" included). */
export function mutate<T>(value: T, changes: Mutation[]): T {
	const copy = JSON.parse(JSON.stringify(value)) as T;
	for (const change of changes) {
		const { fields, containers } = placesOf(copy);
		if (containers.length === 0) break;
		let target: Container;
		let key: string;
		if (change.addKey || fields.length === 0) {
			target = containers[change.pick % containers.length];
			key = Array.isArray(target) ? String(target.length) : change.newKey;
		} else {
			const topLevel = fields.filter(([container]) => container === copy);
			const candidates = change.shallow && topLevel.length > 0 ? topLevel : fields;
			[target, key] = candidates[change.pick % candidates.length];
		}
		if (change.remove) delete target[key];
		else
			Object.defineProperty(target, key, {
				// A copy as the item will carry it (JSON), so no two places share one object.
				value: change.value === undefined ? undefined : JSON.parse(JSON.stringify(change.value)),
				enumerable: true,
				writable: true,
				configurable: true,
			});
	}
	return copy;
}
