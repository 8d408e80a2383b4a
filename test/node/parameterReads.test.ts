import { ExecuteContext } from 'n8n-core';

import { requiredFromItem, runOnSandbox, useSandbox, viewItem } from '../harness/fixtures';

/*
 * A parameter saved without an expression cannot differ between items, so n8n
 * resolves it once per execution; one holding an expression is resolved for every item. Counted
 * where n8n-core resolves every parameter a node reads (a spy that passes each call through).
 */

const state = useSandbox();

type Resolver = { _getNodeParameter: (name: string, ...rest: unknown[]) => unknown };

test('parameters without expressions are resolved once per execution, expressions per item', async () => {
	const resolutions = jest.spyOn(
		ExecuteContext.prototype as unknown as Resolver,
		'_getNodeParameter',
	);
	const count = (name: string) =>
		resolutions.mock.calls.filter(([parameterName]) => parameterName === name).length;
	try {
		const run = await runOnSandbox(state, {
			parameters: {
				...requiredFromItem,
				contentTitle: 'Proposal',
				options: { timeZone: 'Europe/Berlin' },
				delivery: { dryRun: true },
			},
			items: Array.from({ length: 20 }, (_, index) => viewItem(index)),
		});

		expect(run.error).toBeUndefined();
		const events = run.items.map((item) => item.json.event as Record<string, unknown>);
		expect(events).toHaveLength(20);
		// Each item still gets its own values from expressions, and the shared ones from the form.
		expect(events.map((event) => event.contentId)).toEqual(
			Array.from({ length: 20 }, (_, index) => `env-${index}`),
		);
		expect(new Set(events.map((event) => event.contentTitle))).toEqual(new Set(['Proposal']));
		expect(count('contentTitle')).toBe(1);
		expect(count('reportingSystem')).toBe(1);
		expect(count('options')).toBe(1);
		expect(count('contentId')).toBe(20);
		expect(count('contentUrl')).toBe(20);
		// Every other parameter read, saved or left at its default (not saved), once in all.
		const perItem = new Set(['contentId', 'contentUrl', 'eventTimestamp']);
		const names = new Set(resolutions.mock.calls.map(([name]) => name));
		expect(names.size).toBeGreaterThan(10);
		const readMoreThanOnce = [...names].filter((name) => !perItem.has(name) && count(name) > 1);
		expect(readMoreThanOnce).toEqual([]);
	} finally {
		resolutions.mockRestore();
	}
});

test('an expression anywhere inside a collection keeps it resolved per item', async () => {
	const resolutions = jest.spyOn(
		ExecuteContext.prototype as unknown as Resolver,
		'_getNodeParameter',
	);
	try {
		const run = await runOnSandbox(state, {
			parameters: {
				...requiredFromItem,
				options: { timeZone: '={{ $json.zone }}' },
				delivery: { dryRun: true },
			},
			items: [
				viewItem(0, { viewedAt: '2026-03-02 15:04:05', zone: 'Europe/Berlin' }),
				viewItem(1, { viewedAt: '2026-03-02 15:04:05', zone: 'America/New_York' }),
			],
		});

		expect(
			run.items.map((item) => (item.json.event as { eventTimestamp: string }).eventTimestamp),
		).toEqual(['2026-03-02T15:04:05+01:00', '2026-03-02T15:04:05-05:00']);
		expect(resolutions.mock.calls.filter(([name]) => name === 'options')).toHaveLength(2);
	} finally {
		resolutions.mockRestore();
	}
});
