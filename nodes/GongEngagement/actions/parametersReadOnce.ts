import type { IExecuteFunctions } from 'n8n-workflow';

/** Whether a parameter's saved value holds an expression anywhere (a string starting with '='). */
function holdsExpression(value: unknown): boolean {
	if (typeof value === 'string') return value.startsWith('=');
	if (Array.isArray(value)) return value.some(holdsExpression);
	if (value !== null && typeof value === 'object')
		return Object.values(value).some(holdsExpression);
	return false;
}

/** The saved value at a parameter name such as `delivery` or `options.timeZone`. */
function savedValue(parameters: object, name: string): unknown {
	let value: unknown = parameters;
	for (const key of name.split('.')) {
		if (value === null || typeof value !== 'object') return undefined;
		value = (value as Record<string, unknown>)[key];
	}
	return value;
}

/**
 * A remembered value and how to copy it: each caller gets its own copy, so no caller changes
 * another's (n8n gives a fresh value on every call).
 */
export function remembered(value: unknown): { value: unknown; copy: () => unknown } {
	if (value === null || typeof value !== 'object') return { value, copy: () => value };
	const kept = structuredClone(value);
	return { value: kept, copy: () => structuredClone(kept) };
}

/**
 * The execution context, except that a parameter whose saved value holds no expression is
 * resolved by n8n once per execution, not once per item: its value cannot differ between items,
 * and resolving it (a walk of the value, then validation against the node's description) is most
 * of the node's own time per item. Each caller gets its own copy, as n8n gives a fresh value on
 * every call. Calls with options (extractValue, rawExpressions…) go to n8n every time, as do
 * failed reads: they throw again, naming their item.
 */
export function withParametersReadOnce(context: IExecuteFunctions): IExecuteFunctions {
	const saved = context.getNode().parameters;
	// Saved parameters do not change during an execution: each name is looked up once.
	const savedValues = new Map<string, unknown>();
	const savedValueOf = (name: string) => {
		if (!savedValues.has(name)) savedValues.set(name, savedValue(saved, name));
		return savedValues.get(name);
	};
	const resolved = new Map<string, ReturnType<typeof remembered> | null>();
	const read = context.getNodeParameter.bind(context) as (
		name: string,
		itemIndex: number,
		fallback?: unknown,
		options?: object,
	) => unknown;
	const getNodeParameter = (
		name: string,
		itemIndex: number,
		fallback?: unknown,
		options?: object,
	): unknown => {
		if (options !== undefined) return read(name, itemIndex, fallback, options);
		// Not saved (the editor leaves out values at their default): n8n resolves the fallback,
		// which is the same for every item.
		const savedAs = savedValueOf(name);
		const source = savedAs === undefined ? fallback : savedAs;
		const key = savedAs === undefined ? `${name}\u0000${JSON.stringify(fallback)}` : name;
		const entry = resolved.get(key);
		if (entry) return entry.copy();
		if (entry === null || source === undefined || holdsExpression(source)) {
			resolved.set(key, null);
			return read(name, itemIndex, fallback);
		}
		// A read that throws is not remembered: the next item's read throws naming that item.
		const value = read(name, itemIndex, fallback);
		resolved.set(key, remembered(value));
		return value;
	};
	// One bound copy of each of the context's functions, not a new one on every call.
	const bound = new Map<PropertyKey, { from: unknown; to: unknown }>();
	return new Proxy(context, {
		get(target, key) {
			if (key === 'getNodeParameter') return getNodeParameter;
			const value: unknown = Reflect.get(target, key, target);
			if (typeof value !== 'function') return value;
			const known = bound.get(key);
			if (known?.from === value) return known.to;
			const to = value.bind(target) as unknown;
			bound.set(key, { from: value, to });
			return to;
		},
	});
}
