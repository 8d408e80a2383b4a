import { requiredFromItem, runOnSandbox, useSandbox, viewItem } from '../harness/fixtures';

/*
 * Parameters are resolved by n8n for each item: an expression gives each item its own value, a
 * value saved in the form is the same for every item, and an expression anywhere inside a
 * collection (Options → Time Zone) is resolved per item too. Seen in the events the node builds.
 */

const state = useSandbox();

test('expressions give each item its own values, values saved in the form are the same for all', async () => {
	const run = await runOnSandbox(state, {
		parameters: {
			...requiredFromItem,
			contentTitle: 'Proposal',
			options: { timeZone: 'Europe/Berlin' },
			delivery: { dryRun: true },
		},
		items: Array.from({ length: 20 }, (_, index) =>
			viewItem(index, index === 0 ? {} : { viewedAt: '2026-03-02 15:04:05' }),
		),
	});

	expect(run.error).toBeUndefined();
	const events = run.items.map((item) => item.json.event as Record<string, unknown>);
	expect(events).toHaveLength(20);
	expect(events.map((event) => event.contentId)).toEqual(
		Array.from({ length: 20 }, (_, index) => `env-${index}`),
	);
	expect(events.map((event) => event.contentUrl)).toEqual(
		Array.from({ length: 20 }, (_, index) => `https://docs.example.com/envelopes/env-${index}`),
	);
	expect(new Set(events.map((event) => event.contentTitle))).toEqual(new Set(['Proposal']));
	expect(new Set(events.map((event) => event.reportingSystem))).toEqual(new Set(['docusign']));
	// The saved time zone applies to every item's local time.
	expect(new Set(events.map((event) => event.eventTimestamp))).toEqual(
		new Set(['2026-03-02T15:04:05+01:00']),
	);
});

test('an expression anywhere inside a collection keeps it resolved per item', async () => {
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
});
