import type {
	GenericValue,
	IDataObject,
	IExecuteFunctions,
	INodeProperties,
	INodePropertyCollection,
} from 'n8n-workflow';

import { isPlainObject } from './eventInput';
import { pruneEmpty } from './normalizeEvent';

/*
 * An operation's field table is shaped like its event: each leaf names the form field filling that
 * place (`'viewer.email'`), a wrapper says the row shape. It gives the event from the parameters and
 * the form's labels for a problem's path (`viewer.context[0].objects[0].objectId` → `Viewer CRM
 * Links #1 → Object ID`). Keys keep the table's order: derived eventIds hash the event as JSON.
 */

/** A form field, then field names down through its collection: `'content.numericValue'`. */
type Source = string;
const SHAPE = Symbol('shape');
type Convert = (value: unknown) => GenericValue;
type Shaped =
	| { [SHAPE]: 'rows'; list: Source; row?: Template; bySystem?: true }
	| { [SHAPE]: 'value'; from: Source; convert: Convert }
	| { [SHAPE]: 'spread'; convert: Record<string, Convert> }
	| { [SHAPE]: 'choice'; options: Record<string, Template> }
	| { [SHAPE]: 'labelled'; by: Source; object: Template };
export type Entry = Source | Template | Shaped;
type Listed = Extract<Shaped, { [SHAPE]: 'rows' }>;
export interface Template {
	[eventKey: string]: Entry;
}

/** Fields under their own names: `own('name', 'person.city')` is `{ name: 'name', city: 'person.city' }`. */
export const own = (...sources: Source[]): Template =>
	Object.fromEntries(sources.map((source) => [source.split('.').pop() as string, source]));

/** A list's rows (`{ <row>: [...] }`), each built by `row` from the row's fields, or as given. */
export const rows = (list: Source, row?: Template): Shaped => ({ [SHAPE]: 'rows', list, row });

/** CRM link rows grouped by system, as Gong's `[{ system, objects: [row's object, …] }]`. */
export const bySystem = (list: Source, row = own('objectType', 'objectId')): Shaped =>
	({ [SHAPE]: 'rows', list, row, bySystem: true }) as const;

/** "a, b, c" → ['a', 'b', 'c']; a value from an expression that is not text is left to the schema. */
export const commaList = (from: Source): Shaped => ({ [SHAPE]: 'value', from, convert: byCommas });
const byCommas: Convert = (text) => {
	if (typeof text !== 'string') return text as GenericValue;
	const parts = text.split(',').map((part) => part.trim());
	return parts.filter(Boolean);
};

/** A resource locator's value ({ __rl, mode, value }), or the plain value as given. */
export const locatorValue: Convert = (value) =>
	(isPlainObject(value) && 'value' in value ? value.value : value) as GenericValue;

/** Keyed by a collection's name: each of its fields goes here under its own name (converted last). */
export const spread = (convert: Record<string, Convert>): Shaped =>
	({ [SHAPE]: 'spread', convert }) as const;

/** Keyed by an "Identify … By" field: the entries of the chosen option; none for the others. */
export const choice = (options: Record<string, Template>): Shaped =>
	({ [SHAPE]: 'choice', options }) as const;

/** An object whose own problems (say, missing) are told by another field's label. */
export const labelledBy = (by: Source, object: Template): Shaped =>
	({ [SHAPE]: 'labelled', by, object }) as const;

type PathSegment = string | number;
/** ROW: an index into the form's rows; SYSTEM: a CRM system group, whose objects are the rows. */
const ROW = Symbol('row');
const SYSTEM = Symbol('system group');
type Token = string | typeof ROW | typeof SYSTEM;
/** An event place (tokens) and the form field filling it, or the names sources are relative to. */
type Place = { tokens: Token[]; names: string[] };
/** What a form field holds at a path (form field first); a row's scope reads the row's fields. */
type Scope = (path: string[]) => unknown;
type Build = (scope: Scope) => unknown;
type Fill = (scope: Scope, event: IDataObject) => void;
type Described = INodeProperties | INodePropertyCollection;

const isShaped = (entry: Entry): entry is Shaped => typeof entry === 'object' && SHAPE in entry;
/** The value at `path` (from its `from`-th name) inside `value`; a plain loop: it runs per field. */
function valueAt(value: unknown, path: string[], from = 0): unknown {
	let at = value;
	for (let index = from; index < path.length; index++)
		at = isPlainObject(at) ? at[path[index]] : undefined;
	return at;
}
function rowScope(row: unknown): Scope {
	return (path) => valueAt(row, path);
}

/** A collection's fields, a fixedCollection's groups, or a group's values. */
function childrenOf(parameter: Described | undefined): Described[] {
	if (!parameter) return [];
	if ('values' in parameter) return parameter.values;
	if (parameter.type !== 'collection' && parameter.type !== 'fixedCollection') return [];
	return (parameter.options ?? []) as Described[];
}

export interface FieldTable {
	/** The event the form's parameters of one item describe, before normalizeEvent. */
	event(context: IExecuteFunctions, itemIndex: number): IDataObject;
	/** The form's labels for a problem at `path`; `rawEvent` (before pruning) numbers the rows. */
	label(path: readonly PathSegment[], rawEvent?: unknown): string | undefined;
	/** The event paths the form fills, `[]` for any list index. */
	paths(): string[];
}

/** The field table of a form (`properties`: its top-level fields) and its event (`template`). */
export function fieldTable(properties: INodeProperties[], template: Template): FieldTable {
	const compiler = new Compiler(properties);
	const build = compiler.object(template, { tokens: [], names: [] });
	const { rules } = compiler;
	const defaults = new Map(properties.map((property) => [property.name, property.default]));
	return {
		event(context, itemIndex) {
			// Each form field is read once, with its default as n8n's fallback.
			const read = new Map<string, unknown>();
			return build((path) => {
				const name = path[0];
				if (!read.has(name)) {
					const fallback = defaults.get(name);
					const copy = isPlainObject(fallback) ? { ...fallback } : fallback;
					read.set(name, context.getNodeParameter(name, itemIndex, copy));
				}
				return valueAt(read.get(name), path, 1);
			}) as IDataObject;
		},
		label(path, rawEvent) {
			let best: Place | undefined;
			for (const rule of rules) {
				if (matchesPrefix(rule.tokens, path) && rule.tokens.length > (best?.tokens.length ?? 0))
					best = rule;
			}
			if (!best) return undefined;
			const rowLabels = rowNames(best.tokens, path, rawEvent);
			return labelsOf(properties, best.names, rowLabels)?.join(' → ');
		},
		paths: () =>
			rules.map(({ tokens }) =>
				tokens
					.map((token) => (typeof token === 'string' ? `.${token}` : '[]'))
					.join('')
					.slice(1),
			),
	};
}

/** Turns a table into its event builder, collecting the label rules on the way. */
class Compiler {
	readonly rules: Place[] = [];

	constructor(private readonly properties: INodeProperties[]) {}

	object(template: Template, place: Place, labelled = false): Build {
		const firstRule = this.rules.length;
		const fills = Object.entries(template).map(([key, entry]) => this.fill(key, entry, place));
		// The object itself is told by the collection (or row) its first field comes from.
		const first = this.rules[firstRule];
		if (place.tokens.length > 0 && first && !labelled)
			this.rules.push({ tokens: place.tokens, names: first.names.slice(0, -1) });
		return (scope) => {
			const event: IDataObject = {};
			for (const fill of fills) fill(scope, event);
			return event;
		};
	}

	private fill(key: string, entry: Entry, { tokens, names }: Place): Fill {
		if (isShaped(entry) && entry[SHAPE] === 'spread') {
			this.fieldRules(tokens, [...names, key]);
			return (scope, event) => {
				const fields = scope([key]);
				const given = isPlainObject(fields) ? fields : {};
				for (const [name, value] of Object.entries(given))
					if (!entry.convert[name]) event[name] = value;
				for (const [name, convert] of Object.entries(entry.convert))
					event[name] = convert(given[name]);
			};
		}
		if (isShaped(entry) && entry[SHAPE] === 'choice') {
			const options = Object.entries(entry.options).map(
				([value, option]) => [value, this.object(option, { tokens, names })] as const,
			);
			const byValue = new Map(options);
			return (scope, event) => {
				// Compared as given: an expression's object without toString must not throw here.
				const chosen = byValue.get(scope([key]) as string);
				if (chosen) Object.assign(event, chosen(scope));
			};
		}
		const build = this.entry(entry, { tokens: [...tokens, key], names });
		return (scope, event) => {
			event[key] = build(scope) as GenericValue;
		};
	}

	private entry(entry: Entry, place: Place): Build {
		if (!isShaped(entry) && typeof entry === 'object') return this.object(entry, place);
		if (typeof entry === 'string') {
			const path = entry.split('.');
			this.rules.push({ tokens: place.tokens, names: [...place.names, ...path] });
			this.fieldRules(place.tokens, [...place.names, ...path]);
			return (scope) => scope(path);
		}
		switch (entry[SHAPE]) {
			case 'value': {
				const read = this.entry(entry.from, place);
				return (scope) => entry.convert(read(scope));
			}
			case 'labelled':
				this.rules.push({ tokens: place.tokens, names: [...place.names, ...entry.by.split('.')] });
				return this.object(entry.object, place, true);
			default:
				return this.rows(entry as Listed, place);
		}
	}

	private rows(entry: Listed, { tokens, names }: Place): Build {
		const path = entry.list.split('.');
		const list = [...names, ...path];
		// The row name (`link` of CRM Links), as n8n keys the list's rows.
		const row = [...list, childrenOf(describedAlong(this.properties, list)?.at(-1))[0]?.name ?? ''];
		const rowsOf = (scope: Scope) => {
			const given = valueAt(scope(path), row, row.length - 1);
			return Array.isArray(given) ? (given as unknown[]) : [];
		};
		this.rules.push({ tokens, names: list });
		if (entry.bySystem && entry.row) return this.bySystem(entry.row, tokens, row, rowsOf);
		if (entry.row) {
			const build = this.object(entry.row, { tokens: [...tokens, ROW], names: row });
			return (scope) => rowsOf(scope).map((given) => build(rowScope(given)));
		}
		this.rules.push({ tokens: [...tokens, ROW], names: row });
		this.fieldRules([...tokens, ROW], row);
		return rowsOf;
	}

	/** Rows grouped by their system, each row's object built by `object`. */
	private bySystem(object: Template, tokens: Token[], row: string[], rowsOf: Build): Build {
		const grouped: Token[] = [...tokens, SYSTEM, 'objects', ROW];
		this.rules.push({ tokens: [...tokens, SYSTEM, 'system'], names: [...row, 'system'] });
		const build = this.object(object, { tokens: grouped, names: row });
		return (scope) => {
			const systems = new Map<string, unknown[]>();
			for (const given of rowsOf(scope) as IDataObject[]) {
				const system = (given.system ?? '') as string;
				systems.set(system, [...(systems.get(system) ?? []), build(rowScope(given))]);
			}
			return [...systems].map(([system, objects]) => ({ system, objects }));
		};
	}

	/** Places for a described collection's (or row's) fields, kept under their own names. */
	private fieldRules(tokens: Token[], names: string[]): void {
		const parameter = describedAlong(this.properties, names)?.at(-1);
		if (!parameter || !('values' in parameter || parameter.type === 'collection')) return;
		for (const { name } of childrenOf(parameter))
			this.rules.push({ tokens: [...tokens, name], names: [...names, name] });
	}
}

function matchesPrefix(tokens: Token[], path: readonly PathSegment[]): boolean {
	if (tokens.length > path.length) return false;
	return tokens.every((token, index) =>
		typeof token === 'string' ? path[index] === token : typeof path[index] === 'number',
	);
}

/** The raw list's index of the n-th entry kept by pruning: the form's rows count empty ones too. */
function rawIndex(list: unknown, prunedIndex: number): number {
	if (!Array.isArray(list)) return prunedIndex;
	const kept = list.flatMap((entry, index) => (pruneEmpty(entry) === undefined ? [] : [index]));
	return kept[prunedIndex] ?? prunedIndex;
}

/** The row each list level of the path is, as the form numbers its rows (from 1). */
function rowNames(tokens: Token[], path: readonly PathSegment[], rawEvent: unknown): string[] {
	const names: string[] = [];
	let raw: unknown = rawEvent;
	let group: { groups: number; system: unknown } | undefined;
	tokens.forEach((token, index) => {
		if (typeof token === 'string') {
			raw = isPlainObject(raw) ? raw[token] : undefined;
			return;
		}
		const position = rawIndex(raw, path[index] as number);
		const list = raw;
		raw = Array.isArray(list) ? list[position] : undefined;
		if (token === SYSTEM) {
			const groups = Array.isArray(list) ? list.filter((entry) => pruneEmpty(entry)).length : 1;
			group = { groups, system: isPlainObject(raw) ? raw.system : undefined };
			return;
		}
		// Links grouped by system, of several systems: the form's row is lost; name the system's n-th.
		const grouped = group && group.groups > 1 && typeof group.system === 'string';
		names.push(grouped ? `(${group?.system as string} #${position + 1})` : `#${position + 1}`);
		group = undefined;
	});
	return names;
}

/** The described parameters along a path of names (a fixedCollection's group, e.g. `link`, too). */
function describedAlong(properties: Described[], names: string[]): Described[] | undefined {
	const along: Described[] = [];
	for (const name of names) {
		const parameter = (along.length ? childrenOf(along.at(-1)) : properties).find(
			(child) => child.name === name,
		);
		if (!parameter) return undefined;
		along.push(parameter);
	}
	return along;
}

/** The form's labels for a parameter path, a list's row after its name; undefined if unknown. */
function labelsOf(properties: INodeProperties[], names: string[], rows: string[]) {
	const along = describedAlong(properties, names);
	let rowIndex = 0;
	// A fixedCollection's group (e.g. "Link") is no label of its own: its values are.
	return along?.flatMap((parameter, index) => {
		if ('values' in parameter) return [];
		const { displayName, type, typeOptions } = parameter;
		const isList = type === 'fixedCollection' && typeOptions?.multipleValues === true;
		const row = isList && index + 1 < along.length ? rows[rowIndex++] : undefined;
		return [row ? `${displayName} ${row}` : displayName];
	});
}
