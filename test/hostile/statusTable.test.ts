import { accessKeyCredentials, requiredFromItem, viewItem } from '../harness/fixtures';
import { runNode } from '../harness/runWorkflow';
import { useVirtualClock } from '../harness/virtualClock';
import { answer, useHostileServer } from './hostileServer';

/*
 * The retry promise, status by status: 5xx, 408 (and any status past 599 a broken server invents)
 * are retried up to Max Retries; other 4xx are final, sent once; and a Gong that answers 429 to
 * every call is not hammered: the node stops within Max Rate-Limit Wait, every item accounted for.
 */

/** The node's waits run on a virtual clock: times below are that clock's. */
const time = useVirtualClock();
const state = useHostileServer();

const credentials = () => accessKeyCredentials(state.server);

const MAX_RETRIES = 2;

const runAgainst = async (status: number) => {
	state.server.handle((_request, response) =>
		answer(response, status, { requestId: `req-${status}`, errors: [`status ${status}`] }),
	);
	return await runNode({
		parameters: {
			...requiredFromItem,
			delivery: { maxRetries: MAX_RETRIES, retryDelaySeconds: 0.01 },
		},
		items: [viewItem(0)],
		credentials: credentials(),
		continueOnFail: true,
	});
};

test.each([400, 402, 404, 405, 410, 413, 415, 422, 451])(
	'%s is final: sent once',
	async (status) => {
		const run = await runAgainst(status);
		expect(run.items[0].json.error).toMatch(
			new RegExp(
				`^item 0: Gong answered ${status}\\b.*: status ${status} \\(requestId req-${status}\\)$`,
			),
		);
		expect(run.items[0].json.details).toMatchObject({ httpStatus: status, attempts: 1 });
		expect(state.server.requests).toHaveLength(1);
	},
);

test.each([408, 500, 502, 503, 504, 599, 999])(
	'%s is retried up to Max Retries, then fails naming Gong’s answer',
	async (status) => {
		const run = await runAgainst(status);
		expect(run.items[0].json.error).toMatch(new RegExp(`^item 0: Gong answered ${status}\\b`));
		expect(run.items[0].json.details).toMatchObject({
			httpStatus: status,
			attempts: MAX_RETRIES + 1,
			requestId: `req-${status}`,
		});
		expect(state.server.requests).toHaveLength(MAX_RETRIES + 1);
	},
);

test('429 to every call, Retry-After 0: the node stops within Max Rate-Limit Wait without hammering', async () => {
	state.server.handle((_request, response) =>
		answer(
			response,
			429,
			{ requestId: 'req-always', errors: ['API rate limit exceeded'] },
			{ 'Retry-After': '0' },
		),
	);
	const startedAt = time.clock.now();
	const run = await runNode({
		parameters: { ...requiredFromItem, delivery: { maxRateLimitWaitSeconds: 3 } },
		items: [viewItem(0), viewItem(1), viewItem(2)],
		credentials: credentials(),
		continueOnFail: true,
	});
	expect(run.items.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 1 }, { item: 2 }]);
	expect(run.items[0].json.error).toMatch(
		/^item 0: Gong answered 429 Too Many Requests: API rate limit exceeded \(requestId req-always\) — .*past Max Rate-Limit Wait \(3 s\)\. 3 item\(s\) were not sent\.$/,
	);
	for (const index of [1, 2]) {
		expect(run.items[index].json.error).toMatch(
			new RegExp(`^item ${index}: not sent: .*\\(see item 0\\)$`),
		);
		expect(run.items[index].json.details).toMatchObject({ sent: false, httpStatus: 429 });
	}
	// Halving per episode down to a floor, one probe after each wait: a handful of calls, not
	// hundreds; and no wait past the 3 s budget (a margin for a loaded machine on top).
	expect(state.server.requests.length).toBeLessThanOrEqual(10);
	expect(time.clock.now() - startedAt).toBeLessThan(20_000);
});
