import type { ServerResponse } from 'http';

import { accessKeyCredentials, requiredFromItem, viewItem } from '../harness/fixtures';
import { runNode } from '../harness/runWorkflow';
import { useHostileServer } from './hostileServer';

/*
 * A body without end, sent as fast as loopback allows. Request Timeout bounds the time, but not the
 * size: read whole, such an answer grew the process by ~800 MB in 4 s (an n8n worker dies of it
 * within the default 30 s timeout). Gong's answers are a few hundred bytes; the node reads at most
 * 1 MiB of any answer and judges that part.
 */

const state = useHostileServer();

const MIB = 1 << 20;
const CHUNK = Buffer.alloc(64 * 1024, ' ');

/** Headers, then `opening` and blanks for ever (valid JSON whitespace), until the client leaves. */
function endless(status: number, opening: string, written: { bytes: number }) {
	return (_request: unknown, response: ServerResponse) => {
		response.writeHead(status, { 'Content-Type': 'application/json' });
		response.write(opening);
		const pump = () => {
			while (!response.destroyed) {
				written.bytes += CHUNK.length;
				if (!response.write(CHUNK)) {
					response.once('drain', pump);
					return;
				}
			}
		};
		pump();
	};
}

const credentials = () => accessKeyCredentials(state.server);

test("a 200 whose body never ends is not counted as reported, and is read no further than 1 MiB's worth", async () => {
	const written = { bytes: 0 };
	// Gong's answer, then blanks: valid JSON at any length, so only the size gives it away.
	state.server.handle(endless(200, '{"requestId":"req-endless","integrationId":"1"}', written));
	const run = await runNode({
		parameters: { ...requiredFromItem, delivery: { maxRetries: 0, timeoutSeconds: 3 } },
		items: [viewItem(0)],
		credentials: credentials(),
		continueOnFail: true,
	});
	expect(run.items[0].json.error).toBe(
		"item 0: not confirmed: the answer (HTTP 200 with a body larger than 1 MiB) did not come from Gong's API; check the credential's Base URL",
	);
	// Socket buffers on both ends hold a few MiB more; reading until the timeout is hundreds.
	expect(written.bytes).toBeLessThan(64 * MIB);
});

test('a 500 whose body never ends fails as Gong’s 500 with an excerpt, not as a timeout', async () => {
	const written = { bytes: 0 };
	state.server.handle(endless(500, 'upstream exploded', written));
	const run = await runNode({
		parameters: {
			...requiredFromItem,
			delivery: { maxRetries: 1, retryDelaySeconds: 0.01, timeoutSeconds: 3 },
		},
		items: [viewItem(0)],
		credentials: credentials(),
		continueOnFail: true,
	});
	const message = String(run.items[0].json.error);
	expect(message).toMatch(/^item 0: Gong answered 500 Internal Server Error: upstream exploded/);
	expect(message.length).toBeLessThan(700);
	expect(run.items[0].json.details).toMatchObject({ httpStatus: 500, attempts: 2 });
	expect(written.bytes).toBeLessThan(2 * 64 * MIB);
});

test('an answer just under the limit is read whole', async () => {
	const padding = ' '.repeat(MIB - 200);
	state.server.handle((_request, response) => {
		response.writeHead(200, { 'Content-Type': 'application/json' });
		response.end(`{"requestId":"req-big","integrationId":"77"}${padding}`);
	});
	const run = await runNode({
		parameters: requiredFromItem,
		items: [viewItem(0)],
		credentials: credentials(),
	});
	expect(run.items[0].json).toMatchObject({
		status: 'reported',
		requestId: 'req-big',
		integrationId: '77',
	});
});
