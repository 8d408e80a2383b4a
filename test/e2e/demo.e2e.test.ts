import { spawn } from 'child_process';
import path from 'path';

import { freePort } from './n8nRuntime';

/*
 * `npm run demo` as a new user runs it (the compiled script): it must print the editor and timeline
 * URLs, both must answer, the fired DocuSign event must be on the timeline, and Ctrl-C must end it.
 */

const ROOT = path.resolve(__dirname, '..', '..');

test('npm run demo starts the sandbox and n8n, fires the DocuSign example, prints the URLs, and stops on Ctrl-C', async () => {
	const [sandboxPort, n8nPort] = [await freePort(), await freePort()];
	const demo = spawn(process.execPath, [path.join(ROOT, 'dist-test/scripts/demo.js')], {
		cwd: ROOT,
		env: { ...process.env, DEMO_SANDBOX_PORT: String(sandboxPort), DEMO_N8N_PORT: String(n8nPort) },
	});
	let output = '';
	demo.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
	demo.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
	const exited = new Promise<number | null>((resolve) => demo.on('exit', resolve));
	try {
		const deadline = Date.now() + 150_000;
		while (!output.includes('Press Ctrl-C')) {
			if (demo.exitCode !== null || Date.now() > deadline)
				throw new Error(`demo did not come up:\n${output}`);
			await new Promise((resolve) => setTimeout(resolve, 250));
		}
		expect(output).toContain(`n8n editor:        http://127.0.0.1:${n8nPort}`);
		expect(output).toContain(`Gong timeline:     http://127.0.0.1:${sandboxPort}/`);
		expect(output).toContain('the sandbox received 1 event(s)');
		expect((await fetch(`http://127.0.0.1:${n8nPort}/healthz`)).ok).toBe(true);
		const page = await (await fetch(`http://127.0.0.1:${sandboxPort}/`)).text();
		expect(page).toContain('Gong sandbox — activity timeline');
		const events = (await (
			await fetch(`http://127.0.0.1:${sandboxPort}/__sandbox/events`)
		).json()) as { received: Array<{ body: { contentTitle: string } }> };
		expect(events.received.map((event) => event.body.contentTitle)).toEqual([
			'Please DocuSign: Acme Corp - Master Services Agreement 2026.pdf',
		]);
		// Every example is in the editor, the AI agent one too (its chat model has no credential).
		const login = await fetch(`http://127.0.0.1:${n8nPort}/rest/login`, {
			method: 'POST',
			headers: { 'Content-Type': 'application/json' },
			body: JSON.stringify({ emailOrLdapLoginId: 'demo@example.com', password: 'Demo-Password-1' }),
		});
		expect(login.status).toBe(200);
		const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0];
		const workflows = (await (
			await fetch(`http://127.0.0.1:${n8nPort}/rest/workflows`, { headers: { cookie } })
		).json()) as { data: Array<{ name: string }> };
		expect(workflows.data.map((workflow) => workflow.name)).toContain(
			'AI agent reports document views to Gong (chat → AI Agent → Gong tool)',
		);
	} finally {
		demo.kill('SIGINT');
	}
	expect(await exited).toBe(0);
	expect(output).toContain('cleaned up');
	await expect(fetch(`http://127.0.0.1:${n8nPort}/healthz`)).rejects.toThrow();
}, 240_000);
