import type { ServerResponse } from 'http';

import { accessKeyCredentials, requiredFromItem, viewItem } from '../harness/fixtures';
import { runNode, startNodeRun } from '../harness/runWorkflow';
import { useHostileServer } from './hostileServer';

/*
 * Request Timeout bounds the whole exchange. A server that sends its headers at
 * once and then drips the body keeps a socket-idle timeout happy forever; the node must give up
 * at the timeout, count it as a timeout (retried like one), and not as a cancellation.
 */

const state = useHostileServer();

const BODY = JSON.stringify({ requestId: 'req-slow', integrationId: '12345' });
const DRIP_EVERY_MS = 250;
/** How long the whole body takes to arrive: about 10 s. */
const FULL_DRIP_MS = BODY.length * DRIP_EVERY_MS;

/** Headers now, then one byte every DRIP_EVERY_MS until the body is out or the client leaves. */
function drip(response: ServerResponse): void {
	response.writeHead(200, {
		'Content-Type': 'application/json',
		'Content-Length': String(BODY.length),
	});
	response.flushHeaders();
	let sent = 0;
	const timer = setInterval(() => {
		if (response.destroyed || sent >= BODY.length) {
			clearInterval(timer);
			if (!response.destroyed) response.end();
			return;
		}
		response.write(BODY[sent++]);
	}, DRIP_EVERY_MS);
	response.on('close', () => clearInterval(timer));
}

const credentials = () => accessKeyCredentials(state.server);

test('a body dripping past Request Timeout fails as a timeout, long before the body is complete', async () => {
	const { server } = state;
	server.handle((_request, response) => drip(response));
	const startedAt = Date.now();
	const run = await runNode({
		parameters: { ...requiredFromItem, delivery: { timeoutSeconds: 1, maxRetries: 0 } },
		items: [viewItem(0)],
		credentials: credentials(),
		continueOnFail: true,
	});
	const elapsedMs = Date.now() - startedAt;
	expect(run.items).toHaveLength(1);
	expect(run.items[0].json.error).toBe(
		'item 0: could not reach Gong: no answer within the timeout',
	);
	expect(run.items[0].json.details).toMatchObject({ networkError: 'ETIMEDOUT' });
	expect(server.requests).toHaveLength(1);
	// 1 s timeout against a 10 s body: half the body time is an honest margin on a loaded machine.
	expect(elapsedMs).toBeLessThan(FULL_DRIP_MS / 2);
});

test('the timeout is retried like any other: Max Retries 1 sends twice', async () => {
	const { server } = state;
	server.handle((_request, response) => drip(response));
	const run = await runNode({
		parameters: {
			...requiredFromItem,
			delivery: { timeoutSeconds: 1, maxRetries: 1, retryDelaySeconds: 0.01 },
		},
		items: [viewItem(0)],
		credentials: credentials(),
		continueOnFail: true,
	});
	expect(run.items[0].json.details).toMatchObject({ networkError: 'ETIMEDOUT' });
	expect(server.requests).toHaveLength(2);
});

test('cancelling the execution during a slow body ends the run as cancelled, not as a timeout', async () => {
	const { server } = state;
	let requestArrived: () => void = () => {};
	const arrived = new Promise<void>((resolve) => (requestArrived = resolve));
	server.handle((_request, response) => {
		drip(response);
		requestArrived();
	});
	const startedAt = Date.now();
	const execution = startNodeRun({
		parameters: { ...requiredFromItem, delivery: { timeoutSeconds: 60, maxRetries: 3 } },
		items: [viewItem(0)],
		credentials: credentials(),
	});
	await arrived;
	execution.cancel();
	const run = await execution.result;
	expect(Date.now() - startedAt).toBeLessThan(FULL_DRIP_MS / 2);
	// Cancelled, so never retried.
	expect(server.requests).toHaveLength(1);
	expect(JSON.stringify(run.items)).not.toContain('ETIMEDOUT');
});
