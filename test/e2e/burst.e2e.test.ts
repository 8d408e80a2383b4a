import { rmSync } from 'fs';

import { ACCESS_KEY, ACCESS_KEY_SECRET } from '../harness/fixtures';
import { GongSandbox } from '../sandbox/server';
import {
	createN8nEnvironment,
	type N8nEnvironment,
	type N8nServer,
	ownerSession,
	startServer,
	waitForWebhook,
} from './n8nRuntime';
import {
	burstBodies,
	burstFigures,
	fireBurst,
	mostAcceptedInWindow,
	waitForDistinctEvents,
	waitForExecutions,
	publishWebhookToGong,
} from './webhookBurst';

/*
 * One n8n process (`n8n start`, regular mode), a published Webhook → Gong workflow, 30 webhook
 * calls at once: 30 executions sending to one Gong company at the same time, against a sandbox
 * enforcing Gong's 3 calls/s.
 */

const LIMIT = 3;
const WORKFLOW_ID = 'e2eBurstWebhook1';
const WEBHOOK_PATH = 'burst-view';

let sandbox: GongSandbox;
let n8n: N8nEnvironment;
let server: N8nServer;
let cookie: string;

beforeAll(async () => {
	sandbox = await new GongSandbox({
		accessKey: ACCESS_KEY,
		accessKeySecret: ACCESS_KEY_SECRET,
		callsPerSecond: LIMIT,
	}).start();
	n8n = await createN8nEnvironment();
	await publishWebhookToGong(n8n, sandbox.url, {
		id: WORKFLOW_ID,
		webhookPath: WEBHOOK_PATH,
		webhookId: '9a1c2b3d-0000-4000-8000-0000000b0001',
	});
	server = await startServer(n8n);
	cookie = await ownerSession(server);
	await waitForWebhook(server, WEBHOOK_PATH);
}, 600_000);

afterAll(async () => {
	await server?.stop();
	await sandbox?.stop();
	if (n8n) rmSync(n8n.home, { recursive: true, force: true });
});

test('30 webhook executions at once in one n8n: each event delivered once, none failed, never past 3 calls in a second', async () => {
	const bodies = burstBodies(30, 'burst');
	const { firstPostAt, answers } = await fireBurst(`${server.url}/webhook/${WEBHOOK_PATH}`, bodies);
	await waitForDistinctEvents(() => sandbox.received, bodies.length, 120_000);
	const executions = await waitForExecutions(
		server.url,
		cookie,
		WORKFLOW_ID,
		bodies.length,
		60_000,
	);
	const figures = burstFigures(bodies, sandbox.received, sandbox.requestLog, firstPostAt, LIMIT);
	console.log(
		`burst of ${bodies.length} in one n8n: ${figures.calls} calls, ${figures.rateLimited} × 429, ` +
			`${figures.sandboxSeconds.toFixed(1)} s first to last call, ${figures.wallSeconds.toFixed(1)} s from first POST`,
	);

	expect(answers.map((answer) => answer.status)).toEqual(bodies.map(() => 200));
	expect(executions).toEqual({ success: bodies.length, failed: 0, unfinished: 0 });
	expect(sandbox.received.map((event) => event.body.eventId).sort()).toEqual(
		bodies.map((body) => body.eventId).sort(),
	);
	expect(figures).toMatchObject({ delivered: 30, lost: 0, duplicated: 0 });
	// Gong's window, counted on the sandbox's clock from the calls that got past its limiter. The
	// log's time and the limiter's are two reads of Date.now(), up to 1 ms apart: a 999 ms window.
	expect(mostAcceptedInWindow(sandbox.requestLog, 999)).toBeLessThanOrEqual(LIMIT);
}, 240_000);
