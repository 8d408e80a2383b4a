import type { ServerResponse } from 'http';

import { accessKeyCredentials, requiredFromItem, viewItem } from '../harness/fixtures';
import { runNode } from '../harness/runWorkflow';
import { answer, useHostileServer } from './hostileServer';

/*
 * A 2xx that is not Gong's answer (a catch-all web host, a captive portal, a
 * body cut off mid-way) is not counted as reported, and not retried: sending again won't help.
 */

const state = useHostileServer();

const credentials = () => accessKeyCredentials(state.server);

/** A complete HTTP answer whose JSON stops mid-way, as a proxy that truncates would send. */
function cutOff(response: ServerResponse) {
	const partial = '{"requestId":"req-cut","integrationId":12';
	response.writeHead(200, {
		'Content-Type': 'application/json',
		'Content-Length': String(partial.length),
	});
	response.end(partial);
}

test.each<[string, (response: ServerResponse) => void]>([
	['an HTML page', (response) => answer(response, 200, '<html><body>Welcome!</body></html>')],
	['an empty body', (response) => answer(response, 200, '')],
	['a JSON array', (response) => answer(response, 200, [1, 2])],
	['JSON without requestId', (response) => answer(response, 202, { ok: true })],
	['a JSON body cut off mid-way', cutOff],
	['201 and an empty body', (response) => answer(response, 201, '')],
	[
		'204 No Content',
		(response) => {
			response.writeHead(204);
			response.end();
		},
	],
])('2xx with %s: a failed item that names the base URL, sent once', async (_case, reply) => {
	const { server } = state;
	server.handle((_request, response) => reply(response));
	const run = await runNode({
		parameters: { ...requiredFromItem, delivery: { maxRetries: 3, retryDelaySeconds: 0.01 } },
		items: [viewItem(0)],
		credentials: credentials(),
		continueOnFail: true,
	});
	expect(run.items).toHaveLength(1);
	expect(run.items[0].json.status).not.toBe('reported');
	expect(run.items[0].json.error).toMatch(/^item 0: .*did not come from Gong's API.*Base URL/);
	expect(String((run.items[0].json.details as { description: string }).description)).toMatch(
		/may or may not have arrived/,
	);
	expect(server.requests).toHaveLength(1);
});
