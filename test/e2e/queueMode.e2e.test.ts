import { ACCESS_KEY, ACCESS_KEY_SECRET } from '../harness/fixtures';
import { GongSandbox } from '../sandbox/server';
import { ownerSession, waitForWebhook } from './n8nRuntime';
import { createQueueCluster, type QueueCluster } from './queueRuntime';
import {
	burstBodies,
	burstFigures,
	fireBurst,
	waitForDistinctEvents,
	waitForExecutions,
	publishWebhookToGong,
} from './webhookBurst';

/*
 * n8n's distributed engine: main + 2 workers (`n8n worker --concurrency=10`) on PostgreSQL and
 * Redis, a published Webhook → Gong workflow, 60 webhook calls at once. The workers are separate
 * processes, so they share Gong's 3 calls/s only through its 429 answers.
 */

const LIMIT = 3;
const WORKFLOW_ID = 'e2eQueueWebhook1';
const WEBHOOK_PATH = 'queue-view';

let sandbox: GongSandbox;
let cluster: QueueCluster;
let cookie: string;

beforeAll(async () => {
	sandbox = await new GongSandbox({
		accessKey: ACCESS_KEY,
		accessKeySecret: ACCESS_KEY_SECRET,
		callsPerSecond: LIMIT,
	}).start();
	cluster = await createQueueCluster();
	await publishWebhookToGong(cluster.environment, sandbox.url, {
		id: WORKFLOW_ID,
		webhookPath: WEBHOOK_PATH,
		webhookId: '9a1c2b3d-0000-4000-8000-0000000a0001',
	});
	await cluster.start(2, 10);
	cookie = await ownerSession(cluster.main!);
	await waitForWebhook(cluster.main!, WEBHOOK_PATH);
}, 600_000);

afterAll(async () => {
	await cluster?.stop();
	await sandbox?.stop();
});

test('queue mode, 2 workers, 60 webhook executions at once: each event delivered once, none failed, both workers ran some', async () => {
	const main = cluster.main!;
	const bodies = burstBodies(60, 'queue');
	const { firstPostAt, answers } = await fireBurst(`${main.url}/webhook/${WEBHOOK_PATH}`, bodies);
	await waitForDistinctEvents(() => sandbox.received, bodies.length, 120_000);
	const executions = await waitForExecutions(main.url, cookie, WORKFLOW_ID, bodies.length, 60_000);
	const figures = burstFigures(bodies, sandbox.received, sandbox.requestLog, firstPostAt, LIMIT);
	const perWorker = cluster.workers.map((worker) => worker.startedExecutions().length);
	console.log(
		`queue mode, ${bodies.length} executions on workers ${perWorker.join(' + ')}: ${figures.calls} calls, ` +
			`${figures.rateLimited} × 429, ${figures.sandboxSeconds.toFixed(1)} s first to last call, ` +
			`${figures.wallSeconds.toFixed(1)} s from first POST`,
	);

	expect(answers.map((answer) => answer.status)).toEqual(bodies.map(() => 200));
	expect(executions).toEqual({ success: bodies.length, failed: 0, unfinished: 0 });
	expect(sandbox.received.map((event) => event.body.eventId).sort()).toEqual(
		bodies.map((body) => body.eventId).sort(),
	);
	expect(figures).toMatchObject({ delivered: 60, lost: 0, duplicated: 0 });
	// Each worker takes at most 10 jobs at a time, so 60 at once cannot all go to one of them.
	expect(perWorker.every((count) => count > 0)).toBe(true);
	expect(perWorker.reduce((sum, count) => sum + count, 0)).toBe(bodies.length);
}, 300_000);
