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
 * An operation's field table is shaped like its event: each leaf names the form field that fills
 * that place (`'viewer.email'`: the Email of the Viewer collection), a wrapper says the row shape.
 * Both directions come from it: the event from the node's parameters, and the form's labels for a
 * problem at an event path (`viewer.context[0].objects[0].objectId` → `Viewer CRM Links #1 →
 * Object ID`), the words being the description's displayNames. Keys keep the table's order:
 * derived eventIds hash parts of the event as JSON. Empty values stay: normalizeEvent prunes them.
 */

/** A form field, then field names down through its collection: `'content.numericValue'`. */
type Source = string;
const SHAPE = Symbol('shape');
type Convert = (value: unknown) => GenericValue;
type Shaped =
	| { [SHAPE]: 'rows'; list: Source; row?: Template }
	| { [SHAPE]: 'crmLinks'; list: Source; object: Template }
	| { [SHAPE]: 'value'; from: Source; convert: Convert }
	| { [SHAPE]: 'spread'; convert: Record<string, Convert> }
	| { [SHAPE]: 'choice'; options: Record<string, Template> }
	| { [SHAPE]: 'labelled'; by: Source; object: Template };
export type Entry = Source | Template | Shaped;
export interface Template {
	[eventKey: string]: Entry;
}

/** A list's rows (`{ <row>: [...] }`), each built by `row` from the row's fields, or as given. */
export const rows = (list: Source, row?: Template): Shaped => ({ [SHAPE]: 'rows', list, row });

/** Fields that keep their names: `own('name', 'value')` is `{ name: 'name', value: 'value' }`. */
export const own = (...names: string[]): Template =>
	Object.fromEntries(names.map((name) => [name, name]));

/** CRM link rows grouped by system, as Gong's `[{ system, objects: [object of each row] }]`. */
export const crmLinks = (
	list: Source,
	object: Template = own('objectType', 'objectId'),
): Shaped => ({ [SHAPE]: 'crmLinks', list, object });

/** A resource locator's value ({ __rl, mode, value }), or the plain value as given. */
export function locatorValue(value: unknown): GenericValue {
	if (isPlainObject(value) && 'value' in value) return value.value as GenericValue;
	return value as GenericValue;
}

/** "a, b, c" → ['a', 'b', 'c']; a value from an expression that is not text is left to the schema. */
export const commaList = (from: Source): Shaped => ({
	[SHAPE]: 'value',
	from,
	convert: (text) =>
		typeof text === 'string'
			? text
					.split(',')
					.map((part) => part.trim())
					.filter(Boolean)
			: (text as GenericValue),
});

export const converted = (from: Source, convert: Convert): Shaped => ({
	[SHAPE]: 'value',
	from,
	convert,
});

/** Keyed by a collection's name: each of its fields goes here under its own name (converted last). */
export const spread = (convert: Record<string, Convert> = {}): Shaped => ({
	[SHAPE]: 'spread',
	convert,
});

/** Keyed by an "Identify … By" field: the entries of the chosen option; none for the others. */
export const choice = (options: Record<string, Template>): Shaped => ({
	[SHAPE]: 'choice',
	options,
});

/** An object whose own problems (say, missing) are told by another field's label. */
export const labelledBy = (by: Source, object: Template): Shaped => ({
	[SHAPE]: 'labelled',
	by,
	object,
});

type PathSegment = string | number;
/** ROW: an index into the form's rows; SYSTEM: a CRM system group, whose objects are the rows. */
const ROW = Symbol('row');
const SYSTEM = Symbol('system group');
type Token = string | typeof ROW | typeof SYSTEM;
interface Rule {
	tokens: Token[];
	names: string[];
}
/** Reads what a form field holds at a path (form field first); rows read their own fields. */
type Scope = (path: string[]) => unknown;
type Build = (scope: Scope) => unknown;
type Described = INodeProperties | INodePropertyCollection;

const isShaped = (entry: Entry): entry is Shaped => typeof entry === 'object' && SHAPE in entry;
const valueAt = (value: unknown, path: string[]) =>
	path.reduce((at, key) => (isPlainObject(at) ? at[key] : undefined), value);

/** A collection's fields, a fixedCollection's groups, or a group's values. */
function childrenOf(parameter: Described): Described[] {
	if ('values' in parameter) return parameter.values;
	if (parameter.type !== 'collection' && parameter.type !== 'fixedCollection') return [];
	return (parameter.options ?? []) as Described[];
}

export interface FieldTable {
	/** The event the form's parameters of one item describe, before normalizeEvent. */
	event(context: IExecuteFunctions, itemIndex: number): IDataObject;
	/**
	 * The form's labels for a problem at `path`, e.g. `Viewer CRM Links #1 → Object ID`; undefined
	 * where the form fills nothing. `rawEvent` (the event before pruning) gives the rows' numbers.
	 */
	label(path: readonly PathSegment[], rawEvent?: unknown): string | undefined;
	/** The event paths the form fills, `[]` for any list index. */
	paths(): string[];
}

/** The field table of a form (`properties`, its top-level fields) and its event (`template`). */
export function fieldTable(properties: INodeProperties[], template: Template): FieldTable {
	const rules: Rule[] = [];
	const described = (names: string[]) => describedAt(properties, names);
	const build = compileObject(template, [], [], { rules, described });
	const defaults = new Map(properties.map((property) => [property.name, property.default]));
	return {
		event(context, itemIndex) {
			const read = new Map<string, unknown>();
			const scope: Scope = ([name, ...path]) => {
				if (!read.has(name)) {
					const fallback = defaults.get(name);
					const copy = isPlainObject(fallback) ? { ...fallback } : fallback;
					read.set(name, context.getNodeParameter(name, itemIndex, copy));
				}
				return valueAt(read.get(name), path);
			};
			return build(scope) as IDataObject;
		},
		label(path, rawEvent) {
			let best: Rule | undefined;
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
				tokens.reduce<string>((text, token) => {
					if (typeof token !== 'string') return `${text}[]`;
					return text ? `${text}.${token}` : token;
				}, ''),
			),
	};
}

interface Compiler {
	rules: Rule[];
	described: (names: string[]) => Described | undefined;
}

/** Rules naming a described collection's (or row's) own fields where they keep their names. */
function addFieldRules(at: Token[], names: string[], compiler: Compiler): void {
	const parameter = compiler.described(names);
	const hasFields = parameter && ('values' in parameter || parameter.type === 'collection');
	if (!hasFields) return;
	for (const child of childrenOf(parameter))
		compiler.rules.push({ tokens: [...at, child.name], names: [...names, child.name] });
}

/** The row name of a list field (`link` of CRM Links), as n8n keys its rows. */
function rowName(names: string[], compiler: Compiler): string {
	const list = compiler.described(names);
	return list ? (childrenOf(list)[0]?.name ?? '') : '';
}

function rowsOf(list: unknown, row: string): unknown[] {
	const entries = isPlainObject(list) ? list[row] : undefined;
	return Array.isArray(entries) ? entries : [];
}

function compileObject(
	template: Template,
	at: Token[],
	prefix: string[],
	compiler: Compiler,
	labelled = false,
): Build {
	const firstRule = compiler.rules.length;
	const entries = Object.entries(template).map(([key, entry]) => {
		if (isShaped(entry) && entry[SHAPE] === 'spread') {
			addFieldRules(at, [...prefix, key], compiler);
			return (scope: Scope, event: IDataObject) => {
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
				([value, option]) => [value, compileObject(option, at, prefix, compiler)] as const,
			);
			const byValue = new Map(options);
			return (scope: Scope, event: IDataObject) => {
				const chosen = byValue.get(String(scope([key])));
				if (chosen) Object.assign(event, chosen(scope));
			};
		}
		const build = compileEntry(entry, [...at, key], prefix, compiler);
		return (scope: Scope, event: IDataObject) => {
			event[key] = build(scope) as GenericValue;
		};
	});
	// The object itself is told by the collection (or row) its first field comes from.
	const first = compiler.rules[firstRule];
	if (at.length > 0 && first && !labelled)
		compiler.rules.push({ tokens: at, names: first.names.slice(0, -1) });
	return (scope) => {
		const event: IDataObject = {};
		for (const fill of entries) fill(scope, event);
		return event;
	};
}

function compileEntry(entry: Entry, at: Token[], prefix: string[], compiler: Compiler): Build {
	if (typeof entry === 'string') {
		const path = entry.split('.');
		compiler.rules.push({ tokens: at, names: [...prefix, ...path] });
		addFieldRules(at, [...prefix, ...path], compiler);
		return (scope) => scope(path);
	}
	if (!isShaped(entry)) return compileObject(entry, at, prefix, compiler);
	switch (entry[SHAPE]) {
		case 'value': {
			const read = compileEntry(entry.from, at, prefix, compiler);
			return (scope) => entry.convert(read(scope));
		}
		case 'labelled': {
			compiler.rules.push({ tokens: at, names: [...prefix, ...entry.by.split('.')] });
			return compileObject(entry.object, at, prefix, compiler, true);
		}
		case 'rows':
			return compileRows(entry.list, entry.row, at, prefix, compiler);
		case 'crmLinks':
			return compileCrmLinks(entry.list, entry.object, at, prefix, compiler);
		default:
			throw new Error(`A ${String(entry[SHAPE])} entry belongs in an object, under a field's name`);
	}
}

function compileRows(
	list: Source,
	row: Template | undefined,
	at: Token[],
	prefix: string[],
	compiler: Compiler,
): Build {
	const path = list.split('.');
	const names = [...prefix, ...path];
	const rowKey = rowName(names, compiler);
	compiler.rules.push({ tokens: at, names });
	if (!row) {
		compiler.rules.push({ tokens: [...at, ROW], names: [...names, rowKey] });
		addFieldRules([...at, ROW], [...names, rowKey], compiler);
		return (scope) => rowsOf(scope(path), rowKey);
	}
	const build = compileObject(row, [...at, ROW], [...names, rowKey], compiler);
	return (scope) =>
		rowsOf(scope(path), rowKey).map((entry) => build((field) => valueAt(entry, field)));
}

function compileCrmLinks(
	list: Source,
	object: Template,
	at: Token[],
	prefix: string[],
	compiler: Compiler,
): Build {
	const path = list.split('.');
	const names = [...prefix, ...path];
	const rowKey = rowName(names, compiler);
	compiler.rules.push({ tokens: at, names });
	compiler.rules.push({ tokens: [...at, SYSTEM, 'system'], names: [...names, rowKey, 'system'] });
	const build = compileObject(
		object,
		[...at, SYSTEM, 'objects', ROW],
		[...names, rowKey],
		compiler,
	);
	return (scope) => {
		const bySystem = new Map<string, unknown[]>();
		for (const entry of rowsOf(scope(path), rowKey) as IDataObject[]) {
			const system = (entry.system ?? '') as string;
			const built = build((field) => valueAt(entry, field));
			bySystem.set(system, [...(bySystem.get(system) ?? []), built]);
		}
		return [...bySystem].map(([system, objects]) => ({ system, objects }));
	};
}

/** The described parameter at a path of names (a fixedCollection's group, e.g. `link`, included). */
function describedAt(properties: INodeProperties[], names: string[]): Described | undefined {
	let parameter: Described | undefined = properties.find(({ name }) => name === names[0]);
	for (const name of names.slice(1)) {
		parameter = parameter && childrenOf(parameter).find((child) => child.name === name);
	}
	return parameter;
}

function matchesPrefix(tokens: Token[], path: readonly PathSegment[]): boolean {
	if (tokens.length > path.length) return false;
	return tokens.every((token, index) =>
		typeof token === 'string' ? path[index] === token : typeof path[index] === 'number',
	);
}

/**
 * The event is validated after empty entries were pruned; the form's rows count them. The index
 * in the raw (unpruned) list of the n-th entry that survived pruning.
 */
function rawIndex(list: unknown, prunedIndex: number): number {
	if (!Array.isArray(list)) return prunedIndex;
	let kept = -1;
	for (let index = 0; index < list.length; index++) {
		if (pruneEmpty(list[index]) !== undefined) kept++;
		if (kept === prunedIndex) return index;
	}
	return prunedIndex;
}

/** The row each list level of the path is, as the form numbers its rows (from 1). */
function rowNames(tokens: Token[], path: readonly PathSegment[], rawEvent: unknown): string[] {
	const names: string[] = [];
	let raw: unknown = rawEvent;
	let group: { groups: number; system: unknown } | undefined;
	tokens.forEach((token, index) => {
		const segment = path[index];
		if (typeof token === 'string') {
			raw = isPlainObject(raw) ? raw[token] : undefined;
			return;
		}
		const position = rawIndex(raw, segment as number);
		const list = raw;
		raw = Array.isArray(list) ? list[position] : undefined;
		if (token === SYSTEM) {
			const groups = Array.isArray(list) ? list.filter((entry) => pruneEmpty(entry)).length : 1;
			group = { groups, system: isPlainObject(raw) ? raw.system : undefined };
			return;
		}
		if (group && group.groups > 1 && typeof group.system === 'string') {
			// Links are grouped by system: the form's row number is lost; name the system's n-th link.
			names.push(`(${group.system} #${position + 1})`);
		} else {
			names.push(`#${position + 1}`);
		}
		group = undefined;
	});
	return names;
}

/** The form's labels for a parameter path, a list's row after its name; undefined if unknown. */
function labelsOf(
	properties: INodeProperties[],
	names: string[],
	rows: string[],
): string[] | undefined {
	const labels: string[] = [];
	let parameter: Described | undefined = properties.find(({ name }) => name === names[0]);
	let rowIndex = 0;
	for (let index = 0; parameter; index++) {
		const isList =
			'type' in parameter &&
			parameter.type === 'fixedCollection' &&
			parameter.typeOptions?.multipleValues === true;
		const row = isList && index + 1 < names.length ? rows[rowIndex++] : undefined;
		labels.push(row ? `${parameter.displayName} ${row}` : parameter.displayName);
		const next = names[index + 1];
		if (next === undefined) return labels;
		let child: Described | undefined = childrenOf(parameter).find((option) => option.name === next);
		// A fixedCollection's group (e.g. "Link") is no label of its own: its values are.
		if (child && 'values' in child) {
			index++;
			const valueName = names[index + 1];
			if (valueName === undefined) return labels;
			child = child.values.find((value) => value.name === valueName);
		}
		parameter = child;
	}
	return undefined;
}
