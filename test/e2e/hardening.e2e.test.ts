import { rmSync } from 'fs';

import { ACCESS_KEY, ACCESS_KEY_SECRET, requiredFromItem, viewItem } from '../harness/fixtures';
import { answer, HostileServer } from '../hostile/hostileServer';
import { GongSandbox } from '../sandbox/server';
import {
	createN8nEnvironment,
	executeWorkflow,
	importCredentials,
	importWorkflows,
	type N8nEnvironment,
	type N8nServer,
	ownerSession,
	startServer,
	testAccessKeyCredential,
} from './n8nRuntime';
import { gongNode, httpRequestWorkflow, sandboxKeyCredential, workflowFeeding } from './workflows';

/*
 * In a real n8n 2.41.1: the REST credential test is held to the base URL rule, does not follow
 * redirects and gives advice per status, and a base URL problem under either Continue mode gives
 * one error item per input item.
 *
 * n8n runs with HTTP_PROXY pointing at a local recorder: a request to http://gong.example.com,
 * had one gone out, would land there instead of on the internet. A workflow with n8n's own HTTP
 * Request node shows that the recorder does catch such requests.
 */

const BAD_BASE_URL = 'http://gong.example.com';

let sandbox: GongSandbox;
let proxy: HostileServer;
let n8n: N8nEnvironment;

const outputOf = (result: Awaited<ReturnType<typeof executeWorkflow>>, output: number) =>
	result.run?.data.resultData.runData.Gong?.[0]?.data?.main[output] ?? [];

beforeAll(async () => {
	sandbox = await new GongSandbox({
		accessKey: ACCESS_KEY,
		accessKeySecret: ACCESS_KEY_SECRET,
	}).start();
	proxy = await new HostileServer().start();
	proxy.handle((_request, response) =>
		answer(response, 200, { requestId: 'proxy', workspaces: [] }),
	);
	n8n = await createN8nEnvironment({
		HTTP_PROXY: proxy.url,
		http_proxy: proxy.url,
		NO_PROXY: '127.0.0.1,localhost',
		no_proxy: '127.0.0.1,localhost',
	});
	await importCredentials(n8n, [
		sandboxKeyCredential(sandbox),
		{
			id: 'gongBadBaseUrl01',
			name: 'gongBadBaseUrl01',
			type: 'gongEngagementApi',
			data: { baseUrl: BAD_BASE_URL, accessKey: ACCESS_KEY, accessKeySecret: ACCESS_KEY_SECRET },
		},
	]);
	const badUrlGong = (onError: 'continueRegularOutput' | 'continueErrorOutput') =>
		gongNode('Gong', {
			parameters: requiredFromItem,
			credential: { type: 'gongEngagementApi', id: 'gongBadBaseUrl01' },
			onError,
		});
	await importWorkflows(n8n, [
		workflowFeeding(
			'e2eBadUrlRegular',
			[viewItem(0), viewItem(1)],
			badUrlGong('continueRegularOutput'),
		),
		workflowFeeding(
			'e2eBadUrlErrOut1',
			[viewItem(0), viewItem(1)],
			badUrlGong('continueErrorOutput'),
		),
		httpRequestWorkflow('e2eProxyControl1', `${BAD_BASE_URL}/proxy-control`),
	]);
}, 600_000);

afterAll(async () => {
	await sandbox?.stop();
	await proxy?.stop();
	if (n8n) rmSync(n8n.home, { recursive: true, force: true });
});

beforeEach(() => {
	sandbox.reset();
	proxy.requests.length = 0;
});

test('control: n8n sends a plain-http request for gong.example.com to the proxy recorder', async () => {
	const result = await executeWorkflow(n8n, 'e2eProxyControl1');
	expect(result.run?.status).toBe('success');
	expect(proxy.requests.map((request) => request.path)).toEqual([`${BAD_BASE_URL}/proxy-control`]);
});

describe('a base URL problem under Continue On Fail: one error item per input item', () => {
	/** One `{ error, details }` item per input item, paired, naming its item and the base URL. */
	const expectErrorItems = (
		items: Array<{ json: Record<string, unknown>; pairedItem?: unknown }>,
	) => {
		expect(items.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 1 }]);
		items.forEach((item, index) => {
			expect(item.json.error).toMatch(new RegExp(`^item ${index}: not sent: .*must use https`));
			expect(item.json.details).toMatchObject({ status: 'failed', sent: false });
		});
	};

	test('On Error → Continue: the error items on the main output', async () => {
		const result = await executeWorkflow(n8n, 'e2eBadUrlRegular');
		expect(result.run?.status).toBe('success');
		const items = outputOf(result, 0);
		expectErrorItems(items);
		for (const item of items) expect(Object.keys(item.json).sort()).toEqual(['details', 'error']);
		expect(proxy.requests).toHaveLength(0);
		expect(sandbox.requestLog).toHaveLength(0);
	});

	test('On Error → Continue (using error output): the error items on the error output', async () => {
		const result = await executeWorkflow(n8n, 'e2eBadUrlErrOut1');
		expect(result.run?.status).toBe('success');
		expect(outputOf(result, 0)).toHaveLength(0);
		const items = outputOf(result, 1);
		expectErrorItems(items);
		// n8n itself adds the input item's fields to what it routes to the error output.
		expect(items.map((item) => item.json.envelopeId)).toEqual(['env-0', 'env-1']);
		expect(proxy.requests).toHaveLength(0);
	});
});

describe('the REST credential test', () => {
	let server: N8nServer;
	let cookie: string;
	let elsewhere: HostileServer;
	let redirecting: HostileServer;

	beforeAll(async () => {
		elsewhere = await new HostileServer().start();
		redirecting = await new HostileServer().start();
		server = await startServer(n8n);
		cookie = await ownerSession(server);
	}, 300_000);

	afterAll(async () => {
		await server?.stop();
		await elsewhere?.stop();
		await redirecting?.stop();
	});

	const testCredential = async (data: Record<string, unknown>) =>
		await testAccessKeyCredential(server, cookie, data);

	test('http://gong.example.com is refused and no request goes out', async () => {
		const result = await testCredential({
			baseUrl: BAD_BASE_URL,
			accessKey: ACCESS_KEY,
			accessKeySecret: ACCESS_KEY_SECRET,
		});
		expect(result.status).toBe('Error');
		expect(result.message).toContain(
			'The Base URL "http://gong.example.com" must use https (plain http is allowed only for 127.0.0.1, localhost and [::1]). Nothing was sent.',
		);
		expect(proxy.requests).toHaveLength(0);
	});

	test('a 302 to another local server is not followed: the key never reaches it', async () => {
		elsewhere.handle((_request, response) =>
			answer(response, 200, { requestId: 'elsewhere', workspaces: [] }),
		);
		redirecting.handle((_request, response) =>
			answer(response, 302, '', { Location: `${elsewhere.url}/v2/workspaces` }),
		);
		const result = await testCredential({
			baseUrl: redirecting.url,
			accessKey: ACCESS_KEY,
			accessKeySecret: ACCESS_KEY_SECRET,
		});
		expect(redirecting.requests.map((request) => request.path)).toEqual(['/v2/workspaces']);
		expect(elsewhere.requests).toHaveLength(0);
		expect(result.status).toBe('Error');
		expect(result.message).toMatch(/^The Base URL answered with a redirect \(302\)/);
	});

	test.each([
		[403, /needs the scope api:workspaces:read/],
		[404, /it should look like https:\/\/us-12345\.api\.gong\.io/],
	])('%s gets advice on what to check', async (status, advice) => {
		elsewhere.handle((_request, response) =>
			answer(response, status, { requestId: 'r', errors: ['no'] }),
		);
		const result = await testCredential({
			baseUrl: elsewhere.url,
			accessKey: ACCESS_KEY,
			accessKeySecret: ACCESS_KEY_SECRET,
		});
		expect(elsewhere.requests.map((request) => request.path)).toEqual(['/v2/workspaces']);
		expect(result.status).toBe('Error');
		expect(result.message).toMatch(advice);
	});

	test('a wrong secret gets advice; the right one passes', async () => {
		const wrong = await testCredential({
			baseUrl: sandbox.url,
			accessKey: ACCESS_KEY,
			accessKeySecret: 'wrong-secret',
		});
		expect(wrong).toEqual({
			status: 'Error',
			message:
				'Gong refused the access key and secret (401). Copy both again from Company Settings → Ecosystem → API.',
		});
		const right = await testCredential({
			baseUrl: `${sandbox.url}/`,
			accessKey: ACCESS_KEY,
			accessKeySecret: ACCESS_KEY_SECRET,
		});
		expect(right.status).toBe('OK');
	});
});
