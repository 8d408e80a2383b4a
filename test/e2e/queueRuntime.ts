import { execFile, spawn, type ChildProcess } from 'child_process';
import { chownSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'fs';
import net from 'net';
import os from 'os';
import path from 'path';
import { promisify } from 'util';

import {
	createN8nEnvironment,
	freePort,
	N8N_BIN,
	type N8nEnvironment,
	type N8nServer,
	NODE24_BIN,
	startServer,
} from './n8nRuntime';

/*
 * n8n's distributed engine for the end-to-end tests: a throw-away PostgreSQL and Redis (Debian's
 * packages, see scripts/e2e/install-debian-packages.sh) on 127.0.0.1, n8n main in queue mode and workers,
 * all sharing one user folder with the package installed. Everything is stopped and removed by
 * the returned stop functions.
 */

const run = promisify(execFile);

interface Service {
	port: number;
	stop: () => Promise<void>;
}

async function waitFor(what: string, ready: () => Promise<boolean>, timeoutMs: number) {
	const deadline = Date.now() + timeoutMs;
	while (!(await ready().catch(() => false))) {
		if (Date.now() > deadline) throw new Error(`${what} did not become ready`);
		await new Promise((resolve) => setTimeout(resolve, 200));
	}
}

async function stopChild(child: ChildProcess, signal: NodeJS.Signals = 'SIGTERM') {
	if (child.exitCode !== null || child.signalCode !== null) return;
	const exited = new Promise((resolve) => child.once('exit', resolve));
	child.kill(signal);
	const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
	await exited;
	clearTimeout(timer);
}

function postgresBinDir(): string {
	const root = '/usr/lib/postgresql';
	const versions = existsSync(root)
		? readdirSync(root)
				.filter((version) => existsSync(path.join(root, version, 'bin', 'postgres')))
				.sort((a, b) => Number(b) - Number(a))
		: [];
	if (versions.length === 0)
		throw new Error('PostgreSQL is not installed: run scripts/e2e/install-debian-packages.sh');
	return path.join(root, versions[0], 'bin');
}

/** PostgreSQL refuses to run as root: as root, its commands run as the `postgres` OS user. */
async function postgresUser(): Promise<{ wrap: (argv: string[]) => string[]; uid?: number }> {
	if (process.getuid?.() !== 0) return { wrap: (argv) => argv };
	const { stdout } = await run('id', ['-u', 'postgres']);
	return { wrap: (argv) => ['runuser', '-u', 'postgres', '--', ...argv], uid: Number(stdout) };
}

/** initdb into a temp dir, then `postgres` on 127.0.0.1 with its socket in that dir. */
export async function startPostgres(): Promise<Service & { user: string; database: string }> {
	const bin = postgresBinDir();
	const user = await postgresUser();
	const dir = mkdtempSync(path.join(os.tmpdir(), 'gong-postgres-'));
	if (user.uid !== undefined) chownSync(dir, user.uid, -1);
	const dataDir = path.join(dir, 'data');
	const [initdb, ...initdbArgs] = user.wrap([
		path.join(bin, 'initdb'),
		'-D',
		dataDir,
		'-U',
		'postgres',
		'--auth=trust',
		'--encoding=UTF8',
		'--no-sync',
	]);
	await run(initdb, initdbArgs);
	const port = await freePort();
	// A throw-away database: durability settings off, for speed.
	const [postgres, ...postgresArgs] = user.wrap([
		path.join(bin, 'postgres'),
		'-D',
		dataDir,
		'-h',
		'127.0.0.1',
		'-p',
		String(port),
		'-k',
		dir,
		'-c',
		'fsync=off',
		'-c',
		'synchronous_commit=off',
		'-c',
		'full_page_writes=off',
		'-c',
		'max_connections=200',
	]);
	const child = spawn(postgres, postgresArgs, { stdio: ['ignore', 'pipe', 'pipe'] });
	let log = '';
	child.stdout!.on('data', (chunk: Buffer) => (log += chunk.toString()));
	child.stderr!.on('data', (chunk: Buffer) => (log += chunk.toString()));
	const stop = async () => {
		// runuser passes SIGTERM on; postgres shuts down "smart" on it, "fast" on SIGINT.
		const pidFile = path.join(dataDir, 'postmaster.pid');
		if (existsSync(pidFile)) {
			try {
				process.kill(Number(readFileSync(pidFile, 'utf8').split('\n')[0]), 'SIGINT');
			} catch {
				// already gone
			}
		}
		await stopChild(child);
		rmSync(dir, { recursive: true, force: true });
	};
	try {
		await waitFor(
			'PostgreSQL',
			async () => {
				if (child.exitCode !== null) throw new Error(`postgres exited:\n${log}`);
				await run(path.join(bin, 'pg_isready'), ['-h', '127.0.0.1', '-p', String(port), '-q']);
				return true;
			},
			60_000,
		);
	} catch (error) {
		await stop();
		throw new Error(`PostgreSQL did not start: ${(error as Error).message}\n${log}`);
	}
	return { port, user: 'postgres', database: 'postgres', stop };
}

function redisPing(port: number): Promise<boolean> {
	return new Promise((resolve) => {
		const socket = net.connect(port, '127.0.0.1');
		let answer = '';
		socket.on('connect', () => socket.write('PING\r\n'));
		socket.on('data', (chunk) => {
			answer += chunk.toString();
			if (answer.includes('\r\n')) {
				socket.destroy();
				resolve(answer.startsWith('+PONG'));
			}
		});
		socket.on('error', () => resolve(false));
	});
}

/** redis-server on 127.0.0.1, nothing persisted. */
export async function startRedis(): Promise<Service> {
	const dir = mkdtempSync(path.join(os.tmpdir(), 'gong-redis-'));
	const port = await freePort();
	const child = spawn(
		'redis-server',
		['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
		{ cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] },
	);
	let log = '';
	child.stdout!.on('data', (chunk: Buffer) => (log += chunk.toString()));
	child.stderr!.on('data', (chunk: Buffer) => (log += chunk.toString()));
	child.on(
		'error',
		(error) => (log += `${error.message} (run scripts/e2e/install-debian-packages.sh)`),
	);
	const stop = async () => {
		await stopChild(child);
		rmSync(dir, { recursive: true, force: true });
	};
	try {
		await waitFor(
			'Redis',
			async () => {
				if (child.exitCode !== null || log.includes('ENOENT')) throw new Error(log);
				return await redisPing(port);
			},
			30_000,
		);
	} catch (error) {
		await stop();
		throw new Error(`Redis did not start: ${(error as Error).message}\n${log}`);
	}
	return { port, stop };
}

export interface N8nWorker {
	name: string;
	process: ChildProcess;
	/** Everything the worker logged so far. */
	output: () => string;
	/** Execution ids this worker logged "Worker started execution <id>" for. */
	startedExecutions: () => string[];
	stop: () => Promise<void>;
}

/** `n8n worker --concurrency=N`, resolved once its /healthz/readiness answers 200. */
export async function startWorker(
	environment: N8nEnvironment,
	name: string,
	concurrency = 10,
	timeoutMs = 120_000,
): Promise<N8nWorker> {
	const healthPort = await freePort();
	const env = {
		...environment.env,
		N8N_LOG_LEVEL: 'info',
		N8N_RUNNERS_BROKER_PORT: String(await freePort()),
		QUEUE_HEALTH_CHECK_ACTIVE: 'true',
		QUEUE_HEALTH_CHECK_PORT: String(healthPort),
		N8N_WORKER_SERVER_ADDRESS: '127.0.0.1',
	};
	const child = spawn(NODE24_BIN, [N8N_BIN, 'worker', `--concurrency=${concurrency}`], {
		env,
		cwd: environment.home,
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	let output = '';
	child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
	child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
	const worker: N8nWorker = {
		name,
		process: child,
		output: () => output,
		startedExecutions: () =>
			[...output.matchAll(/Worker started execution (\S+)/g)].map((match) => match[1]),
		stop: async () => await stopChild(child),
	};
	try {
		await waitFor(
			`n8n worker ${name}`,
			async () => {
				if (child.exitCode !== null) throw new Error('exited');
				const response = await fetch(`http://127.0.0.1:${healthPort}/healthz/readiness`);
				return response.ok;
			},
			timeoutMs,
		);
	} catch (error) {
		await worker.stop();
		throw new Error(`n8n worker ${name}: ${(error as Error).message}\n${output}`);
	}
	return worker;
}

export interface QueueServices {
	postgres: Awaited<ReturnType<typeof startPostgres>>;
	redis: Service;
	/** The n8n settings for queue mode on these services: the same for main, workers and the CLI. */
	n8nEnv: Record<string, string>;
	stop: () => Promise<void>;
}

export async function startQueueServices(): Promise<QueueServices> {
	// Both are started together; if one fails, the other is stopped before the error goes up, so a
	// missing redis-server never leaves a PostgreSQL running (which kept jest from exiting).
	const [postgresStart, redisStart] = await Promise.allSettled([startPostgres(), startRedis()]);
	if (postgresStart.status === 'rejected' || redisStart.status === 'rejected') {
		await Promise.all(
			[postgresStart, redisStart].map(async (start) => {
				if (start.status === 'fulfilled') await start.value.stop();
			}),
		);
		const failed = [postgresStart, redisStart].find((start) => start.status === 'rejected');
		throw (failed as PromiseRejectedResult).reason;
	}
	const postgres = postgresStart.value;
	const redis = redisStart.value;
	return {
		postgres,
		redis,
		n8nEnv: {
			EXECUTIONS_MODE: 'queue',
			QUEUE_BULL_REDIS_HOST: '127.0.0.1',
			QUEUE_BULL_REDIS_PORT: String(redis.port),
			DB_TYPE: 'postgresdb',
			DB_POSTGRESDB_HOST: '127.0.0.1',
			DB_POSTGRESDB_PORT: String(postgres.port),
			DB_POSTGRESDB_USER: postgres.user,
			DB_POSTGRESDB_PASSWORD: '',
			DB_POSTGRESDB_DATABASE: postgres.database,
		},
		stop: async () => {
			await Promise.all([postgres.stop(), redis.stop()]);
		},
	};
}

export interface QueueCluster {
	services: QueueServices;
	environment: N8nEnvironment;
	main?: N8nServer;
	workers: N8nWorker[];
	/** Starts n8n main and the workers (after credentials and workflows are imported). */
	start: (workerCount?: number, concurrency?: number) => Promise<void>;
	stop: () => Promise<void>;
}

/**
 * PostgreSQL + Redis + a user folder with the package installed, configured for queue mode. The
 * caller imports credentials and workflows with the CLI helpers of n8nRuntime, then calls start().
 */
export async function createQueueCluster(): Promise<QueueCluster> {
	const services = await startQueueServices();
	let environment: N8nEnvironment;
	try {
		environment = await createN8nEnvironment(services.n8nEnv);
	} catch (error) {
		await services.stop();
		throw error;
	}
	const cluster: QueueCluster = {
		services,
		environment,
		workers: [],
		start: async (workerCount = 2, concurrency = 10) => {
			cluster.main = await startServer(environment);
			const started = await Promise.allSettled(
				Array.from(
					{ length: workerCount },
					async (_, index) => await startWorker(environment, `worker-${index + 1}`, concurrency),
				),
			);
			// Kept even when another failed, so stop() ends them.
			for (const result of started)
				if (result.status === 'fulfilled') cluster.workers.push(result.value);
			const failed = started.find((result) => result.status === 'rejected');
			if (failed) throw (failed as PromiseRejectedResult).reason;
		},
		stop: async () => {
			await Promise.all(cluster.workers.map(async (worker) => await worker.stop()));
			await cluster.main?.stop();
			await services.stop();
			rmSync(environment.home, { recursive: true, force: true });
		},
	};
	return cluster;
}
