import type { IExecuteFunctions } from 'n8n-workflow';

import { GongEngagement } from '../../nodes/GongEngagement/GongEngagement.node';
import { requiredFromItem, runOnSandbox, useSandbox, viewItem } from '../harness/fixtures';

/*
 * A parameter saved without an expression cannot differ between items, so the node asks n8n for
 * it once per execution; one holding an expression is asked for on every item. Counted at the
 * node's own boundary: the IExecuteFunctions n8n hands to execute(), every getNodeParameter call
 * passed on to n8n unchanged.
 */

const state = useSandbox();

/** Runs the node with its context's getNodeParameter calls counted by name; n8n answers each. */
async function countingReads<T>(run: () => Promise<T>): Promise<{ result: T; names: string[] }> {
	const names: string[] = [];
	const original = GongEngagement.prototype.execute;
	const spy = jest.spyOn(GongEngagement.prototype, 'execute').mockImplementation(async function (
		this: IExecuteFunctions,
	) {
		const counted = new Proxy(this, {
			get(target, key) {
				const value: unknown = Reflect.get(target, key, target);
				if (key === 'getNodeParameter') {
					const read = value as (name: string, ...rest: unknown[]) => unknown;
					return (name: string, ...rest: unknown[]) => {
						names.push(name);
						return read.call(target, name, ...rest);
					};
				}
				return typeof value === 'function' ? (value as () => unknown).bind(target) : value;
			},
		});
		return await original.call(counted);
	});
	try {
		return { result: await run(), names };
	} finally {
		spy.mockRestore();
	}
}

test('parameters without expressions are resolved once per execution, expressions per item', async () => {
	const { result: run, names } = await countingReads(
		async () =>
			await runOnSandbox(state, {
				parameters: {
					...requiredFromItem,
					contentTitle: 'Proposal',
					options: { timeZone: 'Europe/Berlin' },
					delivery: { dryRun: true },
				},
				items: Array.from({ length: 20 }, (_, index) => viewItem(index)),
			}),
	);
	const count = (name: string) => names.filter((read) => read === name).length;

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
	const distinct = new Set(names);
	expect(distinct.size).toBeGreaterThan(10);
	const readMoreThanOnce = [...distinct].filter((name) => !perItem.has(name) && count(name) > 1);
	expect(readMoreThanOnce).toEqual([]);
});

test('an expression anywhere inside a collection keeps it resolved per item', async () => {
	const { result: run, names } = await countingReads(
		async () =>
			await runOnSandbox(state, {
				parameters: {
					...requiredFromItem,
					options: { timeZone: '={{ $json.zone }}' },
					delivery: { dryRun: true },
				},
				items: [
					viewItem(0, { viewedAt: '2026-03-02 15:04:05', zone: 'Europe/Berlin' }),
					viewItem(1, { viewedAt: '2026-03-02 15:04:05', zone: 'America/New_York' }),
				],
			}),
	);

	expect(
		run.items.map((item) => (item.json.event as { eventTimestamp: string }).eventTimestamp),
	).toEqual(['2026-03-02T15:04:05+01:00', '2026-03-02T15:04:05-05:00']);
	expect(names.filter((name) => name === 'options')).toHaveLength(2);
});
