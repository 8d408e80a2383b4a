import { rmSync } from 'fs';

import { ACCESS_KEY, ACCESS_KEY_SECRET } from '../harness/fixtures';
import { answer, HostileServer } from '../hostile/hostileServer';
import { GongSandbox } from '../sandbox/server';
import {
	createN8nEnvironment,
	executeWorkflow,
	importCredentials,
	importWorkflows,
	type N8nEnvironment,
} from './n8nRuntime';
import { httpRequestWorkflow } from './workflows';

/*
 * Custom API Call, as n8n offers it for this node, in a real n8n 2.41.1: n8n's own HTTP Request
 * node with Authentication → Predefined Credential Type → Gong Engagement API. The access key goes
 * to the credential's Base URL, and nowhere else, even when the node is told to follow redirects.
 */

let sandbox: GongSandbox;
let elsewhere: HostileServer;
let n8n: N8nEnvironment;

const CREDENTIAL = { id: 'gongCustomCall01', name: 'Gong Engagement account' };

/** Manual Trigger → HTTP Request (GET `url`) with a Gong Engagement API credential. */
const customCallWorkflow = (id: string, url: string, credential = CREDENTIAL) =>
	httpRequestWorkflow(id, url, {
		parameters: {
			authentication: 'predefinedCredentialType',
			nodeCredentialType: 'gongEngagementApi',
			options: { redirect: { redirect: { followRedirects: true, maxRedirects: 5 } } },
		},
		credentials: { gongEngagementApi: credential },
	});

beforeAll(async () => {
	sandbox = await new GongSandbox({
		accessKey: ACCESS_KEY,
		accessKeySecret: ACCESS_KEY_SECRET,
	}).start();
	elsewhere = await new HostileServer().start();
	n8n = await createN8nEnvironment();
	await importCredentials(n8n, [
		{
			...CREDENTIAL,
			type: 'gongEngagementApi',
			data: { baseUrl: sandbox.url, accessKey: ACCESS_KEY, accessKeySecret: ACCESS_KEY_SECRET },
		},
	]);
	await importWorkflows(n8n, [
		customCallWorkflow('e2eCustomCallGong', `${sandbox.url}/v2/workspaces`),
		customCallWorkflow('e2eCustomCallElse', `${elsewhere.url}/collect`),
	]);
}, 600_000);

afterAll(async () => {
	await sandbox?.stop();
	await elsewhere?.stop();
	if (n8n) rmSync(n8n.home, { recursive: true, force: true });
});

test("the HTTP Request node calls the credential's Base URL with the key as HTTP Basic", async () => {
	const result = await executeWorkflow(n8n, 'e2eCustomCallGong');
	expect(result.run?.status).toBe('success');
	const [item] = result.run?.data.resultData.runData['HTTP Request']?.[0]?.data?.main[0] ?? [];
	expect(item.json.workspaces).toEqual(expect.arrayContaining([expect.anything()]));
	// The sandbox answers 401 to any other Authorization than the key's Basic value.
	expect(sandbox.requestLog.map(({ path, status }) => [path, status])).toEqual([
		['/v2/workspaces', 200],
	]);
});

test('the HTTP Request node cannot take the key to another address: nothing reaches it', async () => {
	elsewhere.handle((_request, response) => answer(response, 200, { ok: true }));
	const result = await executeWorkflow(n8n, 'e2eCustomCallElse');
	expect(result.run?.status).toBe('error');
	expect(result.run?.data.resultData.error?.message).toContain(
		`The access key is sent only to the credential's Base URL (${sandbox.url}), not to ${elsewhere.url}. Nothing was sent.`,
	);
	expect(elsewhere.requests).toHaveLength(0);
});

test('a redirect from the Base URL is not followed, though the HTTP Request node follows redirects', async () => {
	elsewhere.handle((_request, response) => answer(response, 200, { ok: true }));
	sandbox.reset();
	const redirecting = await new HostileServer().start();
	try {
		redirecting.handle((_request, response) =>
			answer(response, 302, '', { Location: `${elsewhere.url}/v2/workspaces` }),
		);
		await importCredentials(n8n, [
			{
				id: 'gongCustomCall02',
				name: 'Gong redirecting',
				type: 'gongEngagementApi',
				data: {
					baseUrl: redirecting.url,
					accessKey: ACCESS_KEY,
					accessKeySecret: ACCESS_KEY_SECRET,
				},
			},
		]);
		const workflow = customCallWorkflow('e2eCustomCallRedir', `${redirecting.url}/v2/workspaces`, {
			id: 'gongCustomCall02',
			name: 'Gong redirecting',
		});
		await importWorkflows(n8n, [workflow]);
		const result = await executeWorkflow(n8n, 'e2eCustomCallRedir');
		expect(redirecting.requests.map((request) => request.path)).toEqual(['/v2/workspaces']);
		expect(elsewhere.requests).toHaveLength(0);
		expect(result.run?.status).toBe('error');
	} finally {
		await redirecting.stop();
	}
});
