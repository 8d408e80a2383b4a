import type { ServerResponse } from 'http';
import zlib from 'zlib';

import { accessKeyCredentials, requiredFromItem, viewItem } from '../harness/fixtures';
import { runNode } from '../harness/runWorkflow';
import { answer, type HostileHandler, useHostileServer } from './hostileServer';

/*
 * How the answer travels: compressed, chunked, with a byte-order mark, as malformed HTTP, cut by a
 * reset before or during the answer, or never answered at all. A readable answer counts as read;
 * a garbled or lost one is retried (the eventId makes a repeat safe: Gong answers 409), and says
 * so when retries run out.
 */

const state = useHostileServer();

const GONG_ANSWER = '{"requestId":"req-wire","integrationId":"4242"}';

const credentials = () => accessKeyCredentials(state.server);

const runOne = async (delivery: Record<string, number> = {}) =>
	await runNode({
		parameters: { ...requiredFromItem, delivery: { retryDelaySeconds: 0.01, ...delivery } },
		items: [viewItem(0)],
		credentials: credentials(),
		continueOnFail: true,
	});

/** The first call gets `first`; every later one Gong's 409 for an event it already has. */
function thenAlreadyReported(first: HostileHandler): HostileHandler {
	let calls = 0;
	return (request, response, raw) => {
		calls++;
		if (calls === 1) return first(request, response, raw);
		answer(response, 409, { requestId: 'req-dup', errors: ['Event was already reported'] });
	};
}

/** Writes raw bytes on the socket: answers Node's own server would refuse to produce. */
const rawAnswer = (text: string) => (_request: unknown, response: ServerResponse) => {
	response.socket?.end(text);
};

describe('readable answers are read', () => {
	test.each<[string, HostileHandler]>([
		[
			'gzip-compressed',
			(_request, response) => {
				response.writeHead(200, { 'Content-Type': 'application/json', 'Content-Encoding': 'gzip' });
				response.end(zlib.gzipSync(GONG_ANSWER));
			},
		],
		[
			'chunked in pieces that split the JSON',
			(_request, response) => {
				response.writeHead(200, { 'Content-Type': 'application/json' });
				response.write(GONG_ANSWER.slice(0, 15));
				setTimeout(() => response.end(GONG_ANSWER.slice(15)), 50);
			},
		],
		[
			'with a UTF-8 byte-order mark',
			(_request, response) => {
				response.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8' });
				response.end(`\uFEFF${GONG_ANSWER}`);
			},
		],
		[
			'HTTP/1.0 without Content-Length, ended by closing',
			rawAnswer(
				`HTTP/1.0 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n\r\n${GONG_ANSWER}`,
			),
		],
	])('%s', async (_case, handler) => {
		state.server.handle(handler);
		const run = await runOne();
		expect(run.items[0].json).toMatchObject({
			status: 'reported',
			requestId: 'req-wire',
			integrationId: '4242',
			attempts: 1,
		});
	});

	test('a duplicated Retry-After: the first one counts (Node keeps it), and the event goes', async () => {
		const twice = rawAnswer(
			'HTTP/1.1 429 Too Many Requests\r\nContent-Type: application/json\r\nRetry-After: 0\r\nRetry-After: 99999\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}',
		);
		let calls = 0;
		state.server.handle((request, response) => {
			calls++;
			if (calls === 1) twice(request, response);
			else answer(response, 200, JSON.parse(GONG_ANSWER) as object);
		});
		const run = await runOne({ callsPerSecond: 0 });
		expect(run.items[0].json).toMatchObject({ status: 'reported', attempts: 2 });
	});
});

describe('garbled or lost answers are retried; a repeat comes back alreadyReported', () => {
	test.each<[string, HostileHandler]>([
		[
			'the connection reset after the request arrived',
			(_request, response) => response.socket?.destroy(),
		],
		[
			'the connection reset in the middle of the body',
			(_request, response) => {
				response.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': '200' });
				response.write(GONG_ANSWER.slice(0, 20));
				setTimeout(() => response.socket?.destroy(), 50);
			},
		],
		[
			'two different Content-Lengths (malformed HTTP)',
			rawAnswer(
				`HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: ${GONG_ANSWER.length}\r\nContent-Length: 5\r\n\r\n${GONG_ANSWER}`,
			),
		],
		[
			'a body claiming gzip that is not',
			(_request, response) => {
				response.writeHead(200, { 'Content-Type': 'application/json', 'Content-Encoding': 'gzip' });
				response.end(GONG_ANSWER);
			},
		],
	])('%s', async (_case, first) => {
		state.server.handle(thenAlreadyReported(first));
		const run = await runOne();
		expect(run.items[0].json).toMatchObject({
			status: 'alreadyReported',
			httpStatus: 409,
			requestId: 'req-dup',
			attempts: 2,
		});
		expect(state.server.requests).toHaveLength(2);
	});

	test('malformed HTTP every time: the item fails after the retries, saying the answer was unreadable', async () => {
		state.server.handle(
			rawAnswer(
				`HTTP/1.1 200 OK\r\nContent-Length: ${GONG_ANSWER.length}\r\nContent-Length: 5\r\n\r\n${GONG_ANSWER}`,
			),
		);
		const run = await runOne({ maxRetries: 2 });
		expect(run.items[0].json.error).toBe(
			'item 0: could not reach Gong: its answer could not be read (malformed HTTP or a broken compression)',
		);
		expect(run.items[0].json.details).toMatchObject({
			networkError: 'HPE_UNEXPECTED_CONTENT_LENGTH',
			attempts: 3,
			description: expect.stringContaining('may or may not have arrived'),
		});
		expect(state.server.requests).toHaveLength(3);
	});

	test('no answer at all, not even headers: a timeout per attempt, then a failed item', async () => {
		state.server.handle(() => undefined);
		const run = await runOne({ timeoutSeconds: 1, maxRetries: 1 });
		expect(run.items[0].json.error).toBe(
			'item 0: could not reach Gong: no answer within the timeout',
		);
		expect(run.items[0].json.details).toMatchObject({ networkError: 'ETIMEDOUT', attempts: 2 });
		expect(state.server.requests).toHaveLength(2);
	});
});
