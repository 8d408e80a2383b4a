/*
 * `npm run demo`: the Gong sandbox and a real n8n with this package installed, a credential
 * pointing at the sandbox, the examples imported, and the DocuSign example fired once with a
 * sample payload. Prints the URLs and runs until Ctrl-C, then cleans up after itself.
 */
import { spawn } from 'child_process';
import { rmSync } from 'fs';
import path from 'path';

import { GongSandbox } from '../test/sandbox/server';
import { connectHmacCredential, connectMessage, signedHeaders } from '../test/e2e/docusignConnect';
import {
	createN8nEnvironment,
	importCredentials,
	importWorkflows,
	type N8nEnvironment,
	type N8nServer,
	ownerSession,
	publishWorkflow,
	startServer,
	waitForWebhook,
} from '../test/e2e/n8nRuntime';
import { projectRoot } from '../test/e2e/projectRoot';
import { exampleWorkflow } from '../test/e2e/workflows';

const ROOT = projectRoot();
const SANDBOX_PORT = Number(process.env.DEMO_SANDBOX_PORT ?? 4010);
const N8N_PORT = Number(process.env.DEMO_N8N_PORT ?? 5678);
const LOGIN = { email: 'demo@example.com', password: 'Demo-Password-1' };
// The DocuSign example only accepts posts signed with its Connect HMAC key; the demo's own.
const DEMO_CONNECT_KEY = 'demo-connect-hmac-key';
const say = (line: string) => process.stdout.write(`${line}\n`);

/** Runs without blocking, so the sandbox's timeline page is served while n8n installs. */
async function ensureN8nInstalled() {
	say(
		'• n8n: making sure the pinned n8n and Node 24 are installed (a few minutes the first time)…',
	);
	const install = spawn('bash', [path.join(ROOT, 'scripts/e2e/install-n8n.sh')], {
		cwd: ROOT,
		stdio: ['ignore', 'pipe', 'inherit'],
	});
	let output = '';
	install.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
	const code = await new Promise<number | null>((resolve) => install.on('close', resolve));
	if (code !== 0) throw new Error(`scripts/e2e/install-n8n.sh failed (exit ${code})`);
	for (const line of output.split('\n')) {
		const [key, value] = line.split('=');
		if ((key === 'NODE24_BIN' || key === 'N8N_BIN') && value) process.env[key] = value;
	}
}

async function main() {
	const sandbox = await new GongSandbox({
		port: SANDBOX_PORT,
		callsPerSecond: 3,
		callsPerDay: 10_000,
	}).start();
	say(`• Gong sandbox listening on ${sandbox.url}`);
	say(`• Gong timeline (served already; n8n follows): ${sandbox.url}/`);
	let environment: N8nEnvironment | undefined;
	let server: N8nServer | undefined;
	let stopping = false;
	const stop = async (code: number) => {
		if (stopping) return;
		stopping = true;
		say('\n• stopping n8n and the sandbox…');
		await server?.stop();
		await sandbox.stop();
		if (environment) rmSync(environment.home, { recursive: true, force: true });
		say('• cleaned up. Bye.');
		process.exit(code);
	};
	process.on('SIGINT', () => void stop(0));
	process.on('SIGTERM', () => void stop(0));

	try {
		await ensureN8nInstalled();
		say('• n8n: installing this package the way "Install community node" does…');
		environment = await createN8nEnvironment({ N8N_LOG_LEVEL: 'warn' });
		await importCredentials(environment, [
			{
				id: 'gongSandboxKey01',
				name: 'Gong (sandbox)',
				type: 'gongEngagementApi',
				data: {
					baseUrl: sandbox.url,
					accessKey: sandbox.options.accessKey,
					accessKeySecret: sandbox.options.accessKeySecret,
				},
			},
			connectHmacCredential(DEMO_CONNECT_KEY),
		]);
		await importWorkflows(environment, [
			exampleWorkflow('docusign-to-gong', 'demoDocuSign0001'),
			exampleWorkflow('webhook-to-gong', 'demoWebhook00001'),
			exampleWorkflow('google-drive-to-gong', 'demoGoogleDrive1'),
			exampleWorkflow('google-drive-views-to-gong', 'demoDriveViews01'),
			// Imported, not published: its chat model needs an OpenAI (or compatible) credential.
			exampleWorkflow('ai-agent-reports-to-gong', 'demoAiAgent00001'),
		]);
		await publishWorkflow(environment, 'demoDocuSign0001');
		await publishWorkflow(environment, 'demoWebhook00001');
		say('• n8n: starting…');
		server = await startServer(environment, 180_000, N8N_PORT);
		await ownerSession(server, LOGIN);
		await waitForWebhook(server, 'docusign-connect');
		await waitForWebhook(server, 'document-viewed');

		const sample = connectMessage('recipient-delivered-signer');
		const fired = await fetch(`${server.url}/webhook/docusign-connect`, {
			method: 'POST',
			headers: { 'Content-Type': 'application/json', ...signedHeaders(sample, DEMO_CONNECT_KEY) },
			body: sample,
		});
		const deadline = Date.now() + 20_000;
		while (sandbox.received.length === 0 && Date.now() < deadline)
			await new Promise((resolve) => setTimeout(resolve, 200));
		say(
			`• fired the DocuSign example with a sample "recipient-delivered" payload signed with the demo's Connect key (HTTP ${fired.status}); the sandbox received ${sandbox.received.length} event(s)`,
		);

		say('');
		say(`  n8n editor:        ${server.url}   (log in as ${LOGIN.email} / ${LOGIN.password})`);
		say(`  Gong timeline:     ${sandbox.url}/`);
		say('');
		say('  Try another view event through the generic webhook example:');
		say(
			`    curl -X POST ${server.url}/webhook/document-viewed -H 'Content-Type: application/json' \\`,
		);
		say(
			`      -d '{"documentId":"deck-1","documentTitle":"Pricing Deck","documentUrl":"https://docs.example.com/d/deck-1","viewerEmail":"cfo@globex.example","viewedAt":"${new Date().toISOString()}","viewId":"demo-1"}'`,
		);
		say('');
		say(
			'  The AI agent example (chat → AI Agent → Gong tool) is imported too: give its OpenAI Chat Model a credential, then open its chat.',
		);
		say('');
		say('  Press Ctrl-C to stop; everything the demo created is removed.');
	} catch (error) {
		process.stderr.write(`demo failed: ${(error as Error).message}\n`);
		await stop(1);
	}
}

void main();
