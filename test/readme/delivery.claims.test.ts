import type { IDataObject } from 'n8n-workflow';

import { requiredFromItem, runOnSandbox, useSandbox, viewItem } from '../harness/fixtures';
import { useVirtualClock } from '../harness/virtualClock';

/* Delivery, error items and what each HTTP status leads to, against the Gong sandbox. */

/** Pacing, retry delays and 429 waits run on a virtual clock the sandbox's request log reads too. */
useVirtualClock();
const state = useSandbox();

const items = (count: number) => Array.from({ length: count }, (_, index) => viewItem(index));

const gongError = (
	status: number,
	errors: string[] = ['scripted'],
	requestId = `req-${status}`,
) => ({
	status,
	body: { requestId, errors },
});

/** Fast retries, so counting attempts does not take the default backoff's seconds. */
const quickRetries = { retryDelaySeconds: 0.01 };

describe('other 4xx answers are final (not retried)', () => {
	test.each([
		[400, '400 Bad Request', 'Gong rejected the event body'],
		[403, '403 Forbidden', 'lacks the scope api:engagement-data:write'],
		[404, '404 Not Found', "check the credential's base URL"],
		[422, '422', undefined],
	])('%s: one call, then the item fails naming the status', async (status, statusText, advice) => {
		const { sandbox } = state;
		sandbox.answerNext(gongError(status), gongError(status), gongError(status));
		const run = await runOnSandbox(state, {
			parameters: { ...requiredFromItem, delivery: { ...quickRetries, maxRetries: 3 } },
			items: [viewItem(0)],
			continueOnFail: true,
		});
		expect(sandbox.requestLog).toHaveLength(1);
		expect(run.items[0].json.error).toBe(
			`item 0: Gong answered ${statusText}: scripted (requestId req-${status})`,
		);
		const details = run.items[0].json.details as IDataObject;
		if (advice) expect(details.description).toContain(advice);
		expect(details).toMatchObject({ status: 'failed', httpStatus: status, attempts: 1 });
	});
});

describe('5xx and 408 are retried up to Max Retries (default 5)', () => {
	test('408 is retried and the event then arrives', async () => {
		const { sandbox } = state;
		sandbox.answerNext(gongError(408));
		const run = await runOnSandbox(state, {
			parameters: { ...requiredFromItem, delivery: quickRetries },
			items: [viewItem(0)],
		});
		expect(run.items[0].json).toMatchObject({ status: 'reported', attempts: 2 });
		expect(sandbox.received).toHaveLength(1);
	});

	test('a 5xx that persists: 1 call + 5 retries by default, then "Gong failed to process the request; it is safe to retry later."', async () => {
		const { sandbox } = state;
		sandbox.answerNext(...Array.from({ length: 8 }, () => gongError(503, ['Service unavailable'])));
		const run = await runOnSandbox(state, {
			parameters: { ...requiredFromItem, delivery: quickRetries },
			items: [viewItem(0)],
			continueOnFail: true,
		});
		expect(sandbox.requestLog).toHaveLength(6);
		expect(run.items[0].json.error).toBe(
			'item 0: Gong answered 503 Service Unavailable: Service unavailable (requestId req-503)',
		);
		expect((run.items[0].json.details as IDataObject).description).toBe(
			'Gong failed to process the request; it is safe to retry later.',
		);
	});

	test('Retry Delay defaults to 1 s: the first retry waits about that long (jitter takes it down to half)', async () => {
		const { sandbox } = state;
		sandbox.answerNext(gongError(500));
		const run = await runOnSandbox(state, {
			parameters: requiredFromItem,
			items: [viewItem(0)],
		});
		expect(run.items[0].json).toMatchObject({ status: 'reported', attempts: 2 });
		const [first, second] = sandbox.requestLog.map((entry) => entry.at);
		// Half the delay is fixed, so even a loaded machine never retries sooner than 500 ms.
		expect(second - first).toBeGreaterThanOrEqual(480);
	});
});

describe('with Continue On Fail, a failed item is { error, details } paired to its input', () => {
	// An answered event carries `attempts`; only an event never sent carries `sent: false`.
	test('a Gong error: details carry status, description, httpStatus, requestId, errors, eventId and attempts; the other items still go', async () => {
		const { sandbox } = state;
		sandbox.answerNext({
			...gongError(400, ['contentUrl: invalid url'], '4al018gzaztcr8nbukw'),
			onlyFor: (body) => body.contentId === 'env-1',
		});
		const run = await runOnSandbox(state, {
			parameters: {
				...requiredFromItem,
				additionalFields: { eventId: '={{ "evt-" + $json.envelopeId }}' },
			},
			items: items(3),
			continueOnFail: true,
		});
		expect(run.items.map((item) => item.pairedItem)).toEqual([
			{ item: 0 },
			{ item: 1 },
			{ item: 2 },
		]);
		expect(run.items[1].json).toEqual({
			error:
				'item 1: Gong answered 400 Bad Request: contentUrl: invalid url (requestId 4al018gzaztcr8nbukw)',
			details: {
				status: 'failed',
				description: expect.any(String),
				httpStatus: 400,
				requestId: '4al018gzaztcr8nbukw',
				errors: ['contentUrl: invalid url'],
				eventId: 'evt-env-1',
				attempts: 1,
			},
		});
		expect([run.items[0].json.status, run.items[2].json.status]).toEqual(['reported', 'reported']);
	});

	test('advice in the description: 409 already reported (Treat Already Reported as Error), 429 rate limit', async () => {
		const { sandbox } = state;
		const parameters = {
			...requiredFromItem,
			additionalFields: { eventId: 'evt-409' },
			delivery: { alreadyReportedIsError: true, maxRateLimitWaitSeconds: 0 },
		};
		await runOnSandbox(state, { parameters, items: [viewItem(0)] });
		const repeat = await runOnSandbox(state, {
			parameters,
			items: [viewItem(0)],
			continueOnFail: true,
		});
		expect((repeat.items[0].json.details as IDataObject).description).toContain(
			'Gong already has an event with this reporting system and event ID',
		);

		sandbox.answerNext({ ...gongError(429), headers: { 'Retry-After': '60' } });
		const limited = await runOnSandbox(state, {
			parameters: { ...requiredFromItem, delivery: { maxRateLimitWaitSeconds: 1 } },
			items: [viewItem(1)],
			continueOnFail: true,
		});
		expect(limited.items[0].json.error).toMatch(/^item 0: Gong answered 429 Too Many Requests/);
		expect((limited.items[0].json.details as IDataObject).description).toContain(
			"Gong's rate limit (3 calls/s, 10,000 calls/day per company) was exceeded.",
		);
	});
});

describe('pacing and concurrency settings', () => {
	test('within an execution, events go out in input order', async () => {
		const { sandbox } = state;
		const run = await runOnSandbox(state, { parameters: requiredFromItem, items: items(6) });
		expect(run.error).toBeUndefined();
		expect(sandbox.received.map((event) => event.body.contentId)).toEqual(
			items(6).map((item) => item.envelopeId),
		);
	});

	test('UI hint: Calls Per Second 0 turns pacing off (more than 3 calls start within a second)', async () => {
		const { sandbox } = state;
		const run = await runOnSandbox(state, {
			parameters: { ...requiredFromItem, delivery: { callsPerSecond: 0, maxConcurrentCalls: 10 } },
			items: items(10),
		});
		expect(run.error).toBeUndefined();
		const times = sandbox.requestLog.map((entry) => entry.at);
		// Paced at 3/s, 10 calls span at least 3 s; unpaced on an idle sandbox they take a fraction
		// of that. 2 s leaves a loaded machine room and still fails any pacing at 3/s or 4/s.
		expect(times.at(-1)! - times[0]).toBeLessThan(2000);
	});

	test('dry run validates every item (an invalid one is an error, nothing is sent)', async () => {
		const { sandbox } = state;
		const run = await runOnSandbox(state, {
			parameters: { ...requiredFromItem, delivery: { dryRun: true } },
			items: [viewItem(0), viewItem(1, { envelopeId: '' })],
			continueOnFail: true,
		});
		expect(run.items[0].json.status).toBe('dryRun');
		expect(run.items[1].json.error).toBe('item 1: Content ID is required (contentId)');
		expect(sandbox.requestLog).toHaveLength(0);
	});
});
