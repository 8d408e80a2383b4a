import { accessKeyCredentials, requiredFromItem, viewItem } from '../harness/fixtures';
import { runNode } from '../harness/runWorkflow';
import { answer, useHostileServer } from './hostileServer';

/*
 * Odd but well-formed answers. `errors[]` holding objects reads as JSON, cut to a
 * sane length, never "[object Object]"; `integrationId` comes out as decimal digits or not at all.
 */

const state = useHostileServer();

const credentials = () => accessKeyCredentials(state.server);

const run400 = async (errors: unknown) => {
	state.server.handle((_request, response) =>
		answer(response, 400, { requestId: 'req-odd', errors }),
	);
	return await runNode({
		parameters: requiredFromItem,
		items: [viewItem(0)],
		credentials: credentials(),
		continueOnFail: true,
	});
};

test('errors[] holding objects prints them as JSON', async () => {
	const run = await run400([{ code: 'E_URL', field: 'contentUrl' }, 'plain text']);
	expect(run.items[0].json.error).toBe(
		'item 0: Gong answered 400 Bad Request: {"code":"E_URL","field":"contentUrl"}; plain text (requestId req-odd)',
	);
	expect(run.items[0].json.details).toMatchObject({
		errors: ['{"code":"E_URL","field":"contentUrl"}', 'plain text'],
	});
});

test('errors as one object instead of an array prints as JSON too', async () => {
	const run = await run400({ code: 'E_ONE' });
	expect(run.items[0].json.error).toBe(
		'item 0: Gong answered 400 Bad Request: {"code":"E_ONE"} (requestId req-odd)',
	);
});

test('a huge error object is cut to a readable length', async () => {
	const run = await run400([{ dump: 'x'.repeat(100_000) }]);
	const message = String(run.items[0].json.error);
	expect(message).not.toContain('[object Object]');
	expect(message.length).toBeLessThan(500);
});

test.each([
	['1.5', 1.5],
	['1e30', 1e30],
	['null', null],
	['an object', { id: 7 }],
	['a word', 'seven'],
])(
	'integrationId %s never comes out as a non-string; the item says why it is missing',
	async (_case, integrationId) => {
		state.server.handle((_request, response) =>
			answer(response, 200, { requestId: 'req-ok', integrationId }),
		);
		const run = await runNode({
			parameters: requiredFromItem,
			items: [viewItem(0)],
			credentials: credentials(),
		});
		expect(run.error).toBeUndefined();
		expect(run.items[0].json.status).toBe('reported');
		expect(run.items[0].json).not.toHaveProperty('integrationId');
		expect(run.items[0].json.warning).toMatch(
			/^Gong accepted the event but sent (no|an) integrationId/,
		);
	},
);

test('integrationId past 2^53, written as a raw JSON number, keeps every digit', async () => {
	state.server.handle((_request, response) => {
		response.writeHead(200, { 'Content-Type': 'application/json' });
		response.end('{"requestId":"req-big","integrationId":-9223372036854775807}');
	});
	const run = await runNode({
		parameters: requiredFromItem,
		items: [viewItem(0)],
		credentials: credentials(),
	});
	expect(run.items[0].json.integrationId).toBe('-9223372036854775807');
});
