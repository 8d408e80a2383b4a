import type {
	IExecuteFunctions,
	INodeExecutionData,
	INodeType,
	INodeTypeDescription,
} from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import {
	ACCESS_KEY_BASIC,
	accessKeyCredentials,
	requiredFromItem,
	viewItem,
} from '../harness/fixtures';
import { registerNodeType, runNode } from '../harness/runWorkflow';
import { serverDelay, useVirtualClock } from '../harness/virtualClock';
import { answer, HostileServer } from '../hostile/hostileServer';

/*
 * Where the key goes and how odd answers read, proven against local servers
 * that answer as a test tells them: redirects, slow answers, long non-JSON bodies.
 */

/** The node's waits and the slow answers below run on a virtual clock. */
useVirtualClock();
const gong = new HostileServer();
const elsewhere = new HostileServer();
beforeAll(async () => {
	await gong.start();
	await elsewhere.start();
});
afterAll(async () => {
	await gong.stop();
	await elsewhere.stop();
});

const credentials = () => accessKeyCredentials(gong);
const gongAnswer = { requestId: 'req-ok', integrationId: '12345' };

describe('redirects are not followed, so a key is only ever sent to the base URL', () => {
	test.each([301, 302, 307, 308])(
		'a %s from the base URL: nothing reaches the other server, the item fails',
		async (status) => {
			elsewhere.handle((_request, response) => answer(response, 200, gongAnswer));
			gong.handle((_request, response) =>
				answer(response, status, '', {
					Location: `${elsewhere.url}/v2/customer-engagement/content/viewed`,
				}),
			);
			const run = await runNode({
				parameters: { ...requiredFromItem, delivery: { maxRetries: 0 } },
				items: [viewItem(0)],
				credentials: credentials(),
				continueOnFail: true,
			});
			expect(gong.requests).toHaveLength(1);
			expect(elsewhere.requests).toHaveLength(0);
			expect(run.items[0].json.status).not.toBe('reported');
			// The wording of a redirect's error is being reworked elsewhere; the item and status stay.
			expect(run.items[0].json.error).toMatch(new RegExp(`^item 0: .*\\b${status}\\b`));
		},
	);
});

/** Another node (an HTTP Request node, say) that uses the Gong credential for a URL it is given. */
class RequestWithGongCredential implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Request With Gong Credential',
		name: 'requestWithGongCredential',
		group: ['transform'],
		version: 1,
		description: 'Test node',
		defaults: { name: 'Request' },
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'gongEngagementApi', required: true }],
		properties: [{ displayName: 'URL', name: 'url', type: 'string', default: '' }],
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		const url = this.getNodeParameter('url', 0) as string;
		try {
			await this.helpers.httpRequestWithAuthentication.call(this, 'gongEngagementApi', {
				url,
				method: 'GET',
			});
			return [[{ json: { outcome: 'sent' }, pairedItem: { item: 0 } }]];
		} catch (error) {
			return [[{ json: { outcome: (error as Error).message }, pairedItem: { item: 0 } }]];
		}
	}
}
registerNodeType('test.requestWithGongCredential', new RequestWithGongCredential());

describe("the access key is attached only for the credential's own base URL, whichever node uses it", () => {
	const request = async (url: string) =>
		await runNode({
			nodeType: 'test.requestWithGongCredential',
			parameters: { url },
			credentials: credentials(),
		});

	test('a request to another host with this credential sends nothing there', async () => {
		elsewhere.handle((_request, response) => answer(response, 200, { ok: true }));
		const run = await request(`${elsewhere.url}/anything`);
		expect(elsewhere.requests.filter((seen) => seen.headers.authorization)).toHaveLength(0);
		expect(run.items[0].json.outcome).not.toBe('sent');
		expect(run.items[0].json.outcome).toBe(
			`The access key is sent only to the credential's Base URL (${gong.url}), not to ${elsewhere.url}. Nothing was sent.`,
		);
		expect(elsewhere.requests).toHaveLength(0);
	});

	test("a request to the credential's own base URL carries the key as HTTP Basic", async () => {
		gong.handle((_request, response) => answer(response, 200, { requestId: 'r', workspaces: [] }));
		const run = await request(`${gong.url}/v2/workspaces`);
		expect(run.items[0].json.outcome).toBe('sent');
		expect(gong.requests.map((seen) => seen.headers.authorization)).toEqual([
			`Basic ${ACCESS_KEY_BASIC}`,
		]);
	});
});

/**
 * n8n's HTTP Request node with Predefined Credential Type (the Custom API Call n8n offers): it
 * sends n8n's legacy request options through requestWithAuthentication, the target in `uri`,
 * following redirects when told to.
 */
class LegacyRequestWithGongCredential implements INodeType {
	description: INodeTypeDescription = {
		...new RequestWithGongCredential().description,
		displayName: 'Legacy Request With Gong Credential',
		name: 'legacyRequestWithGongCredential',
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		const uri = this.getNodeParameter('url', 0) as string;
		try {
			await this.helpers.requestWithAuthentication.call(this, 'gongEngagementApi', {
				uri,
				method: 'GET',
				followRedirect: true,
				followAllRedirects: true,
			});
			return [[{ json: { outcome: 'sent' }, pairedItem: { item: 0 } }]];
		} catch (error) {
			return [[{ json: { outcome: (error as Error).message }, pairedItem: { item: 0 } }]];
		}
	}
}
registerNodeType('test.legacyRequestWithGongCredential', new LegacyRequestWithGongCredential());

describe("in an HTTP Request node (n8n's legacy request options) the key goes to the base URL only", () => {
	const request = async (url: string) =>
		await runNode({
			nodeType: 'test.legacyRequestWithGongCredential',
			parameters: { url },
			credentials: credentials(),
		});

	test("a request to the credential's own base URL carries the key as HTTP Basic", async () => {
		gong.handle((_request, response) => answer(response, 200, { requestId: 'r', workspaces: [] }));
		const run = await request(`${gong.url}/v2/workspaces`);
		expect(run.items[0].json.outcome).toBe('sent');
		expect(gong.requests.map((seen) => seen.headers.authorization)).toEqual([
			`Basic ${ACCESS_KEY_BASIC}`,
		]);
	});

	test('a request to another host sends nothing there', async () => {
		elsewhere.handle((_request, response) => answer(response, 200, { ok: true }));
		const run = await request(`${elsewhere.url}/anything`);
		expect(run.items[0].json.outcome).toContain(
			`The access key is sent only to the credential's Base URL (${gong.url}), not to ${elsewhere.url}. Nothing was sent.`,
		);
		expect(elsewhere.requests).toHaveLength(0);
	});

	test('a redirect from the base URL is not followed, though the request asks to follow it', async () => {
		elsewhere.handle((_request, response) => answer(response, 200, { ok: true }));
		gong.handle((_request, response) =>
			answer(response, 302, '', { Location: `${elsewhere.url}/v2/workspaces` }),
		);
		const run = await request(`${gong.url}/v2/workspaces`);
		expect(gong.requests).toHaveLength(1);
		expect(elsewhere.requests).toHaveLength(0);
		expect(run.items[0].json.outcome).not.toBe('sent');
	});
});

describe('how much of an odd answer an error keeps', () => {
	test('a non-JSON answer keeps at most 500 characters', async () => {
		const page = `<html>${'W'.repeat(5000)}</html>`;
		gong.handle((_request, response) => answer(response, 400, page));
		const run = await runNode({
			parameters: requiredFromItem,
			items: [viewItem(0)],
			credentials: credentials(),
			continueOnFail: true,
		});
		const error = String(run.items[0].json.error);
		expect(error).toMatch(/^item 0: Gong answered 400 Bad Request: <html>W+…/);
		expect(error).toContain(page.slice(0, 500));
		expect(error).not.toContain(page.slice(0, 501));
	});

	test("one entry of Gong's errors[] keeps at most 300 characters", async () => {
		const entry = `contentUrl: ${'x'.repeat(1000)}`;
		gong.handle((_request, response) =>
			answer(response, 400, { requestId: 'req-long', errors: [entry, 'second'] }),
		);
		const run = await runNode({
			parameters: requiredFromItem,
			items: [viewItem(0)],
			credentials: credentials(),
			continueOnFail: true,
		});
		expect(run.items[0].json.error).toBe(
			`item 0: Gong answered 400 Bad Request: ${entry.slice(0, 300)}…; second (requestId req-long)`,
		);
	});
});

describe('Max Concurrent Calls (default 3) bounds the calls in flight per execution', () => {
	/** Answers after holdMs, recording the most requests open at once. */
	function slowGong(holdMs: number) {
		const seen = { open: 0, most: 0 };
		gong.handle(async (_request, response, raw) => {
			seen.open++;
			seen.most = Math.max(seen.most, seen.open);
			await serverDelay(holdMs, raw);
			seen.open--;
			answer(response, 200, gongAnswer);
		});
		return seen;
	}

	test.each([
		[undefined, 3],
		[5, 5],
	])(
		'Max Concurrent Calls %s: at most %s calls open at once (pacing off)',
		async (setting, most) => {
			const seen = slowGong(1500);
			const run = await runNode({
				parameters: {
					...requiredFromItem,
					delivery: { callsPerSecond: 0, ...(setting ? { maxConcurrentCalls: setting } : {}) },
				},
				items: Array.from({ length: most * 2 }, (_, index) => viewItem(index)),
				credentials: credentials(),
			});
			expect(run.error).toBeUndefined();
			expect(gong.requests).toHaveLength(most * 2);
			// The answers take 1.5 s (on the virtual clock, which moves only once every open call is
			// held), so the calls the limit allows all overlap even on a busy machine.
			expect(seen.most).toBe(most);
		},
		30_000,
	);
});
