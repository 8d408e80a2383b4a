import type { ServerResponse } from 'http';

import { accessKeyCredentials, requiredFromItem, viewItem } from '../harness/fixtures';
import { runNode } from '../harness/runWorkflow';
import { useVirtualClock } from '../harness/virtualClock';
import { answer, HostileServer, type HostileRequest, useHostileServer } from './hostileServer';

/*
 * Answers Gong's document does not describe, from Gong or from whatever stands in front of it: a
 * gateway's JSON error without `errors`, 5xx pages, a requestId of any length, a redirect, a 2xx
 * carrying Gong's error shape, and a 401 in the middle of a batch.
 */

/** Pacing, retry delays and 429 waits run on a virtual clock (see test/harness/virtualClock.ts). */
useVirtualClock();
const state = useHostileServer();

const credentials = () => accessKeyCredentials(state.server);

const runOne = async (delivery: Record<string, number> = { maxRetries: 0 }) =>
	await runNode({
		parameters: { ...requiredFromItem, delivery },
		items: [viewItem(0)],
		credentials: credentials(),
		continueOnFail: true,
	});

const contentIdOf = (request: HostileRequest) =>
	String((JSON.parse(request.body) as { contentId: string }).contentId);

describe('a JSON error without Gong’s errors[] still says what went wrong', () => {
	test.each<[string, number, unknown, string]>([
		[
			'an API gateway’s {message}',
			403,
			{ message: 'User is not authorized to access this resource' },
			'item 0: Gong answered 403 Forbidden: User is not authorized to access this resource',
		],
		[
			'an OAuth-style {error, error_description}',
			401,
			{ error: 'invalid_token', error_description: 'The access token expired' },
			'item 0: Gong answered 401 Unauthorized: invalid_token',
		],
		[
			'{error: {message}}',
			400,
			{ requestId: 'req-nested', error: { code: 7, message: 'contentUrl is malformed' } },
			'item 0: Gong answered 400 Bad Request: contentUrl is malformed (requestId req-nested)',
		],
		[
			'an object with no message-like key, shown as JSON',
			400,
			{ requestId: 'req-odd', field: 'contentUrl', code: 'E_URL' },
			'item 0: Gong answered 400 Bad Request: {"field":"contentUrl","code":"E_URL"} (requestId req-odd)',
		],
		[
			'Gong’s shape with nothing but a requestId',
			400,
			{ requestId: 'req-bare' },
			'item 0: Gong answered 400 Bad Request: no error text (requestId req-bare)',
		],
	])('%s', async (_case, status, body, message) => {
		state.server.handle((_request, response) => answer(response, status, body));
		const run = await runOne();
		expect(run.items[0].json.error).toBe(message);
	});
});

describe('5xx pages are retried and quoted', () => {
	test.each<[string, string, string]>([
		[
			'an HTML page',
			'<html><body><h1>502 Bad Gateway</h1></body></html>',
			'item 0: Gong answered 502 Bad Gateway: <html><body><h1>502 Bad Gateway</h1></body></html>',
		],
		['an empty body', '', 'item 0: Gong answered 502 Bad Gateway: no error text'],
	])('%s', async (_case, page, message) => {
		state.server.handle((_request, response) => answer(response, 502, page));
		const run = await runOne({ maxRetries: 2, retryDelaySeconds: 0.01 });
		expect(run.items[0].json.error).toBe(message);
		expect(run.items[0].json.details).toMatchObject({ httpStatus: 502, attempts: 3 });
		expect(state.server.requests).toHaveLength(3);
	});
});

describe('a requestId of any length is cut to 100 characters', () => {
	const longId = 'r'.repeat(100_000);

	test('in a reported item', async () => {
		state.server.handle((_request, response) =>
			answer(response, 200, { requestId: longId, integrationId: '5' }),
		);
		const run = await runOne();
		expect(run.items[0].json).toMatchObject({
			status: 'reported',
			requestId: `${'r'.repeat(100)}…`,
		});
	});

	test('in an error message and its details', async () => {
		state.server.handle((_request, response) =>
			answer(response, 400, { requestId: longId, errors: ['bad'] }),
		);
		const run = await runOne();
		expect(run.items[0].json.error).toBe(
			`item 0: Gong answered 400 Bad Request: bad (requestId ${'r'.repeat(100)}…)`,
		);
		expect(run.items[0].json.details).toMatchObject({ requestId: `${'r'.repeat(100)}…` });
	});
});

describe('a redirect is not followed: the key stays with the base URL', () => {
	let elsewhere: HostileServer;
	beforeAll(async () => {
		elsewhere = await new HostileServer().start();
	});
	afterAll(async () => await elsewhere.stop());

	test.each([301, 302, 307, 308])('%s names the redirect and the base URL', async (status) => {
		elsewhere.handle((_request, response) => answer(response, 200, { requestId: 'stolen' }));
		state.server.handle((_request, response) =>
			answer(response, status, '', { Location: `${elsewhere.url}/v2/customer-engagement` }),
		);
		const run = await runOne({ maxRetries: 2, retryDelaySeconds: 0.01 });
		expect(run.items[0].json.error).toMatch(new RegExp(`^item 0: Gong answered ${status} `));
		expect((run.items[0].json.details as { description: string }).description).toBe(
			"The base URL answered with a redirect, which is not followed so the key is not sent elsewhere: check the credential's base URL (it should look like https://us-12345.api.gong.io).",
		);
		expect(state.server.requests).toHaveLength(1);
		expect(elsewhere.requests).toHaveLength(0);
	});
});

describe('a 2xx carrying Gong’s error shape is not a confirmation', () => {
	test('200 with errors: the item fails, quoting them, and says resending is safe', async () => {
		state.server.handle((_request, response) =>
			answer(response, 200, { requestId: 'req-mixed', errors: ['eventTimestamp is invalid'] }),
		);
		const run = await runOne();
		expect(run.items[0].json.error).toBe(
			'item 0: not confirmed: Gong answered 200 but with errors: eventTimestamp is invalid (requestId req-mixed)',
		);
		expect(run.items[0].json.details).toMatchObject({
			httpStatus: 200,
			requestId: 'req-mixed',
			errors: ['eventTimestamp is invalid'],
			description: expect.stringContaining('sending it again with the same eventId is safe'),
		});
	});

	test('200 with an empty errors[] is Gong’s success', async () => {
		state.server.handle((_request, response) =>
			answer(response, 200, { requestId: 'req-fine', integrationId: '9', errors: [] }),
		);
		const run = await runOne();
		expect(run.items[0].json).toMatchObject({ status: 'reported', integrationId: '9' });
	});
});

describe('401 in the middle of a batch (a key revoked while it runs)', () => {
	const revokedFrom = (index: number) => (request: HostileRequest, response: ServerResponse) => {
		const itemIndex = Number(contentIdOf(request).replace('env-', ''));
		if (itemIndex < index)
			answer(response, 200, { requestId: `ok-${itemIndex}`, integrationId: '1' });
		else answer(response, 401, { requestId: `denied-${itemIndex}`, errors: ['Access denied'] });
	};

	test('with Continue On Fail: earlier items reported, each later one fails once with advice', async () => {
		state.server.handle(revokedFrom(2));
		const run = await runNode({
			parameters: { ...requiredFromItem, delivery: { maxConcurrentCalls: 1 } },
			items: [viewItem(0), viewItem(1), viewItem(2), viewItem(3)],
			credentials: credentials(),
			continueOnFail: true,
		});
		expect(run.items.map((item) => item.pairedItem)).toEqual([
			{ item: 0 },
			{ item: 1 },
			{ item: 2 },
			{ item: 3 },
		]);
		expect(run.items.slice(0, 2).map((item) => item.json.status)).toEqual(['reported', 'reported']);
		expect(run.items[2].json.error).toBe(
			'item 2: Gong answered 401 Unauthorized: Access denied (requestId denied-2)',
		);
		expect((run.items[2].json.details as { description: string }).description).toMatch(
			/^Check the access key and secret/,
		);
		expect(run.items[3].json.error).toMatch(/^item 3: Gong answered 401 Unauthorized/);
		// Not retried by the node: n8n's request helper alone calls once more after re-authenticating.
		expect(state.server.requests.map(contentIdOf)).toEqual([
			'env-0',
			'env-1',
			'env-2',
			'env-2',
			'env-3',
			'env-3',
		]);
	});

	test('without it: the node stops at the 401 and says how many were not sent', async () => {
		state.server.handle(revokedFrom(1));
		const run = await runNode({
			parameters: { ...requiredFromItem, delivery: { maxConcurrentCalls: 1 } },
			items: [viewItem(0), viewItem(1), viewItem(2), viewItem(3)],
			credentials: credentials(),
		});
		expect(run.error?.message).toBe(
			'item 1: Gong answered 401 Unauthorized: Access denied (requestId denied-1)',
		);
		expect(run.error?.description).toMatch(/2 later item\(s\) were not sent\.$/);
		expect(state.server.requests.map(contentIdOf)).toEqual(['env-0', 'env-1', 'env-1']);
	});
});

describe('409 counts as already reported only when it comes as JSON', () => {
	test.each<[string, string | object]>([
		['Gong’s answer', { requestId: 'req-409', errors: ['Event was already reported'] }],
		['JSON without a requestId (a fake Gong)', { errors: ['Event was already reported'] }],
	])('%s: alreadyReported', async (_case, body) => {
		state.server.handle((_request, response) => answer(response, 409, body));
		const run = await runOne();
		expect(run.items[0].json).toMatchObject({ status: 'alreadyReported', httpStatus: 409 });
	});

	test.each<[string, string, string]>([
		[
			'a proxy’s HTML page',
			'<html><body>409 Conflict</body></html>',
			'a body that is not a JSON object',
		],
		['an empty body', '', 'an empty body'],
	])('%s: not confirmed, the event may not be in Gong', async (_case, page, what) => {
		state.server.handle((_request, response) => answer(response, 409, page));
		const run = await runOne();
		expect(run.items[0].json.error).toBe(
			`item 0: not confirmed: the answer (HTTP 409 with ${what}) did not come from Gong's API; check the credential's Base URL`,
		);
		expect(run.items[0].json.details).toMatchObject({ httpStatus: 409 });
	});
});
