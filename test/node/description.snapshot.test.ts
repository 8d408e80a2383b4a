import type { INodeProperties } from 'n8n-workflow';

import { GongEngagement } from '../../nodes/GongEngagement/GongEngagement.node';

/*
 * The form as users' saved workflows, the e2e tests and the editor test know it: every parameter's
 * name, display name, default, options and display conditions, in form order, per operation.
 * Written before the descriptions were rewritten as literals, and kept unchanged since:
 * a refactor of the description files must leave this snapshot as it is. Object keys are sorted
 * (their order means nothing to n8n); array order (the form's order, option order) is kept.
 */

// The runtime's zone list varies with Node's ICU; its shape is asserted on its own below.
const zoneList = (options: unknown) =>
	Array.isArray(options) && options.length > 100 ? `${options.length} time zones` : options;

const canonical = (value: unknown): unknown => {
	if (Array.isArray(value)) return value.map(canonical);
	if (value !== null && typeof value === 'object') {
		const object = value as Record<string, unknown>;
		const shown =
			object.name === 'timeZone' ? { ...object, options: zoneList(object.options) } : object;
		return Object.fromEntries(
			Object.keys(shown)
				.sort()
				.map((key) => [key, canonical(shown[key])]),
		);
	}
	return value;
};

const properties = new GongEngagement().description.properties;

const shownFor = (operation: string) => (property: INodeProperties) => {
	const operations = property.displayOptions?.show?.operation;
	return operations === undefined || operations.includes(operation);
};

const operationParameter = properties.find((property) => property.name === 'operation')!;
const operations = (operationParameter.options ?? []).map((option) =>
	String((option as { value: string }).value),
);

test('the form offers the same four operations in the same order', () => {
	expect(operations).toEqual([
		'contentShared',
		'contentViewed',
		'customAction',
		'digitalInteraction',
	]);
});

test.each(operations)('the %s form is unchanged: names, order, labels, defaults, options', (op) => {
	const form = properties.filter(shownFor(op));
	expect(form.map((property) => property.name)).toMatchSnapshot('parameter names in form order');
	expect(JSON.stringify(canonical(form), null, 1)).toMatchSnapshot('full description');
});

test("the Time Zone list: the workflow's zone, UTC, then the runtime's zones", () => {
	const options = properties.find((property) => property.name === 'options')!.options!;
	const timeZone = options.find((option) => option.name === 'timeZone') as INodeProperties;
	const zones = Intl.supportedValuesOf('timeZone').filter((zone) => zone !== 'UTC');
	expect(timeZone.options).toEqual([
		{ name: "Workflow's Time Zone", value: '' },
		...['UTC', ...zones].map((zone) => ({ name: zone, value: zone })),
	]);
});

test('the whole properties array is unchanged, in order', () => {
	expect(JSON.stringify(canonical(properties), null, 1)).toMatchSnapshot();
});
