import type { IDataObject } from 'n8n-workflow';

import { SharedRateLimiter } from '../../nodes/GongEngagement/transport/rateLimiter';
import { startNodeRun } from '../harness/runWorkflow';
import {
	accessKeyCredentials,
	requiredFromItem,
	runOnSandbox,
	useSandbox,
	viewItem,
} from '../harness/fixtures';
import { useVirtualClock } from '../harness/virtualClock';

/*
 * One Gong limit, many executions: executions in one n8n process take their calls from one
 * limiter. Counted on the sandbox's clock, which is what Gong's limit counts: a virtual clock
 * that the node's waits run on too.
 */

const time = useVirtualClock();
const state = useSandbox();

/** The most requests that arrived inside any 1-second window, answered or refused. */
function busiestSecond(times: number[]): number {
	const sorted = [...times].sort((a, b) => a - b);
	let most = 0;
	for (let start = 0, end = 0; start < sorted.length; start++) {
		while (end < sorted.length && sorted[end] - sorted[start] < 1000) end++;
		most = Math.max(most, end - start);
	}
	return most;
}

const eventsNamed = (prefix: string, count: number) =>
	Array.from({ length: count }, (_, index) =>
		viewItem(index, { envelopeId: `${prefix}-${index}` }),
	);

function runExecution(items: IDataObject[], continueOnFail = false) {
	return startNodeRun({
		parameters: requiredFromItem,
		items,
		credentials: accessKeyCredentials(state.sandbox),
		continueOnFail,
	});
}

test('concurrent executions on one credential stay within 3 calls/s together', async () => {
	const { sandbox } = state;
	sandbox.configure({ callsPerSecond: 3 });
	const singles = Array.from({ length: 10 }, (_, index) =>
		runExecution(eventsNamed(`single${index}`, 1)),
	);
	const backfill = runExecution(eventsNamed('backfill', 10));
	const runs = await Promise.all([...singles, backfill].map((execution) => execution.result));

	for (const run of runs) {
		expect(run.error).toBeUndefined();
		expect(run.items.every((item) => item.json.status === 'reported')).toBe(true);
	}
	const contentIds = sandbox.received.map((event) => event.body.contentId);
	expect(contentIds).toHaveLength(20);
	expect(new Set(contentIds).size).toBe(20);
	// Every request that reached the sandbox counts, refused ones too: four in a second would
	// have been our own burst.
	expect(busiestSecond(sandbox.requestLog.map((entry) => entry.at))).toBeLessThanOrEqual(3);
	expect(sandbox.requestLog.filter((entry) => entry.status === 429)).toHaveLength(0);
}, 60_000);

test('a one-event execution is not starved behind a backfill; the backfill keeps its order', async () => {
	const { sandbox } = state;
	sandbox.configure({ callsPerSecond: 3 });
	const enqueue = jest.spyOn(SharedRateLimiter.prototype, 'enqueue');
	const waitingClients = () => new Set(enqueue.mock.calls.map(([client]) => client)).size;
	const backfill = runExecution(eventsNamed('backfill', 12));
	while (sandbox.received.length < 2) await new Promise((resolve) => setTimeout(resolve, 20));
	// The single execution arrives between two backfill calls: no time passes from the end of the
	// call under way until it waits at the limiter (on the wall clock its start-up took far less
	// than the 333 ms between calls).
	time.clock.pause();
	await time.clock.requestsSettled();
	const receivedBefore = sandbox.received.length;
	const single = runExecution(eventsNamed('single', 1));
	while (waitingClients() < 2) await new Promise((resolve) => setImmediate(resolve));
	time.clock.resume();
	enqueue.mockRestore();
	const [backfillRun, singleRun] = await Promise.all([backfill.result, single.result]);

	expect(singleRun.items[0].json.status).toBe('reported');
	expect(backfillRun.items.every((item) => item.json.status === 'reported')).toBe(true);
	const contentIds = sandbox.received.map((event) => event.body.contentId);
	// Served in turn: next after the backfill call that may already have been under way.
	expect(contentIds.indexOf('single-0')).toBeLessThanOrEqual(receivedBefore + 1);
	expect(contentIds.filter((id) => id !== 'single-0')).toEqual(
		eventsNamed('backfill', 12).map((item) => item.envelopeId),
	);
}, 60_000);

test('a burst of 429s, then clean answers: every event arrives once', async () => {
	const { sandbox } = state;
	const rateLimited = {
		status: 429,
		body: { requestId: 'r-429', errors: ['API rate limit exceeded'] },
		headers: { 'Retry-After': '1' },
	};
	sandbox.answerNext(rateLimited, rateLimited, rateLimited, rateLimited);
	const run = await runOnSandbox(state, {
		parameters: requiredFromItem,
		items: eventsNamed('burst', 6),
	});
	expect(run.error).toBeUndefined();
	expect(run.items.map((item) => item.json.status)).toEqual(Array(6).fill('reported'));
	const contentIds = sandbox.received.map((event) => event.body.contentId);
	expect(contentIds.sort()).toEqual(
		eventsNamed('burst', 6)
			.map((item) => item.envelopeId)
			.sort(),
	);
}, 60_000);

describe('Max Rate-Limit Wait bounds the whole execution', () => {
	const endless429 = { seed: 7, rateLimitRate: 1, rateLimitRetryAfterSeconds: 1 };
	const parameters = { ...requiredFromItem, delivery: { maxRateLimitWaitSeconds: 3 } };

	test('with Continue On Fail, the items not sent come out as errors marked sent: false', async () => {
		const { sandbox } = state;
		sandbox.configure({ faults: endless429 });
		const run = await runOnSandbox(state, {
			parameters,
			items: eventsNamed('endless', 3),
			continueOnFail: true,
		});
		expect(run.items).toHaveLength(3);
		run.items.forEach((item, index) => {
			expect(item.pairedItem).toEqual({ item: index });
			expect(item.json.error).toMatch(new RegExp(`^item ${index}: `));
			expect(item.json.details).toMatchObject({ status: 'failed', sent: false, httpStatus: 429 });
		});
		expect(sandbox.received).toHaveLength(0);
		// About one probe per 1-second wait within a 3-second budget, not a call per item per wait.
		expect(sandbox.requestLog.length).toBeLessThanOrEqual(6);
	}, 60_000);

	test('without it, one error says how many items were not sent', async () => {
		const { sandbox } = state;
		sandbox.configure({ faults: endless429 });
		const run = await runOnSandbox(state, {
			parameters,
			items: eventsNamed('endless', 3),
		});
		expect(run.error?.message).toMatch(/^item 0: Gong answered 429 Too Many Requests: /);
		expect(run.error?.message).toMatch(
			/Max Rate-Limit Wait \(3 s\)\. 3 item\(s\) were not sent\.$/,
		);
	}, 60_000);
});
