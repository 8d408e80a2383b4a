/*
 * `npm run bench:queue`: concurrent executions in a real n8n 2.41 (the packed package installed as
 * the e2e tests do it), each a webhook call sending one Content Viewed event to a Gong sandbox that
 * enforces 3 calls/s. Rows: bursts of one-event executions in one n8n process, and n8n's queue mode
 * (main + 2 workers on PostgreSQL and Redis). Printed as a table and one JSON line. Not a test:
 * nothing here passes or fails.
 *
 * The sandbox runs in this process (its request log is read directly); n8n runs in its own
 * processes, so the sandbox's CPU is not counted as the node's.
 */
import { rmSync } from 'fs';

import { ACCESS_KEY, ACCESS_KEY_SECRET } from '../test/harness/fixtures';
import { GongSandbox } from '../test/sandbox/server';
import {
	createN8nEnvironment,
	type N8nEnvironment,
	type N8nServer,
	ownerSession,
	startServer,
	waitForWebhook,
} from '../test/e2e/n8nRuntime';
import { createQueueCluster } from '../test/e2e/queueRuntime';
import {
	burstBodies,
	burstFigures,
	type BurstFigures,
	executionCounts,
	fireBurst,
	waitForDistinctEvents,
	waitForExecutions,
	publishWebhookToGong,
} from '../test/e2e/webhookBurst';

const LIMIT = 3;
const WORKFLOW_ID = 'benchBurstHook01';
const WEBHOOK_PATH = 'bench-view';

interface Row extends BurstFigures {
	name: string;
	failedExecutions: number;
	perWorker?: number[];
}

async function setUp(environment: N8nEnvironment, sandbox: GongSandbox) {
	await publishWebhookToGong(environment, sandbox.url, {
		id: WORKFLOW_ID,
		webhookPath: WEBHOOK_PATH,
		webhookId: '9a1c2b3d-0000-4000-8000-0000000be001',
	});
}

/** `count` webhook calls at once; waits for every answer (the webhook answers when done). */
async function burst(
	name: string,
	server: N8nServer,
	cookie: string,
	sandbox: GongSandbox,
	count: number,
) {
	sandbox.reset();
	const before = await executionCounts(server.url, cookie, WORKFLOW_ID);
	const bodies = burstBodies(count, name.replace(/\W+/g, '-'));
	const { firstPostAt } = await fireBurst(`${server.url}/webhook/${WEBHOOK_PATH}`, bodies);
	// Answers come when executions finish; a short grace for anything still on its way.
	await waitForDistinctEvents(() => sandbox.received, count, 5_000);
	const after = await waitForExecutions(
		server.url,
		cookie,
		WORKFLOW_ID,
		before.success + before.failed + count,
		30_000,
	);
	return {
		name,
		...burstFigures(bodies, sandbox.received, sandbox.requestLog, firstPostAt, LIMIT),
		failedExecutions: after.failed - before.failed + after.unfinished,
	};
}

/** Bursts in one n8n process (`n8n start`, regular mode, SQLite). */
async function oneProcess(sandbox: GongSandbox, counts: number[]): Promise<Row[]> {
	const environment = await createN8nEnvironment();
	let server: N8nServer | undefined;
	try {
		await setUp(environment, sandbox);
		server = await startServer(environment);
		const cookie = await ownerSession(server);
		await waitForWebhook(server, WEBHOOK_PATH);
		const rows: Row[] = [];
		for (const count of counts)
			rows.push(await burst(`one process, ${count} at once`, server, cookie, sandbox, count));
		return rows;
	} finally {
		await server?.stop();
		rmSync(environment.home, { recursive: true, force: true });
	}
}

/** n8n main + workers (`n8n worker --concurrency=10`) on PostgreSQL and Redis. */
async function queueMode(sandbox: GongSandbox, count: number, workers: number): Promise<Row> {
	const cluster = await createQueueCluster();
	try {
		await setUp(cluster.environment, sandbox);
		await cluster.start(workers, 10);
		const cookie = await ownerSession(cluster.main!);
		await waitForWebhook(cluster.main!, WEBHOOK_PATH);
		const row = await burst(
			`queue mode, ${workers} workers, ${count}`,
			cluster.main!,
			cookie,
			sandbox,
			count,
		);
		return { ...row, perWorker: cluster.workers.map((w) => w.startedExecutions().length) };
	} finally {
		await cluster.stop();
	}
}

function printTable(rows: Row[]) {
	const columns: Array<[string, number, (row: Row) => string]> = [
		['', 34, (row) => row.name],
		['delivered', 11, (row) => String(row.delivered)],
		['lost', 6, (row) => String(row.lost)],
		['dup', 5, (row) => String(row.duplicated)],
		['failed', 8, (row) => String(row.failedExecutions)],
		['calls/event', 13, (row) => row.callsPerEvent.toFixed(2)],
		['429s', 7, (row) => String(row.rateLimited)],
		['seconds', 9, (row) => row.sandboxSeconds.toFixed(1)],
		['wall s', 8, (row) => row.wallSeconds.toFixed(1)],
		['÷ limit', 9, (row) => row.ratioToLimit.toFixed(3)],
		['per worker', 0, (row) => row.perWorker?.join(' + ') ?? ''],
	];
	const line = (cells: string[]) =>
		`${cells.map((cell, index) => cell.padEnd(columns[index][1])).join('')}\n`.trimEnd() + '\n';
	process.stdout.write(line(columns.map(([title]) => title)));
	for (const row of rows) process.stdout.write(line(columns.map(([, , value]) => value(row))));
}

async function main() {
	const queueCount = Number(process.env.BENCH_QUEUE_EXECUTIONS ?? 60);
	const burstCounts = (process.env.BENCH_BURSTS ?? '30,100').split(',').map(Number);
	process.stdout.write(
		`n8n 2.41.1 on Node 24 with the packed package; sandbox enforcing ${LIMIT} calls/s in this process; ` +
			`Webhook → Gong Content Viewed, one event per execution; default delivery settings.\n` +
			`seconds: first to last event call the sandbox saw, on its clock; wall s: first webhook POST ` +
			`to the last accepted call; ÷ limit: (delivered - 1) ÷ seconds ÷ ${LIMIT}.\n\n`,
	);
	const sandbox = await new GongSandbox({
		accessKey: ACCESS_KEY,
		accessKeySecret: ACCESS_KEY_SECRET,
		callsPerSecond: LIMIT,
	}).start();
	try {
		const rows = [
			...(await oneProcess(sandbox, burstCounts)),
			await queueMode(sandbox, queueCount, 2),
		];
		printTable(rows);
		const round = (value: number, digits: number) => Number(value.toFixed(digits));
		const figures = Object.fromEntries(
			rows.map((row) => [
				row.name,
				{
					executions: row.executions,
					delivered: row.delivered,
					lost: row.lost,
					duplicated: row.duplicated,
					failedExecutions: row.failedExecutions,
					calls: row.calls,
					callsPerEvent: round(row.callsPerEvent, 3),
					rateLimited: row.rateLimited,
					seconds: round(row.sandboxSeconds, 2),
					wallSeconds: round(row.wallSeconds, 2),
					ratioToLimit: round(row.ratioToLimit, 4),
					...(row.perWorker ? { perWorker: row.perWorker } : {}),
				},
			]),
		);
		process.stdout.write(`\n${JSON.stringify(figures)}\n`);
	} finally {
		await sandbox.stop();
	}
}

main().then(
	() => process.exit(0),
	(error: Error) => {
		process.stderr.write(`${error.stack ?? error.message}\n`);
		process.exit(1);
	},
);
