import {
	ACCESS_KEY,
	ACCESS_KEY_SECRET,
	ACCESS_KEY_BASIC,
	accessKeyCredentials,
	requiredFromItem,
	viewItem,
} from '../harness/fixtures';
import { type NodeRun, runNode } from '../harness/runWorkflow';
import { answer, headerLines, type HostileRequest, useHostileServer } from './hostileServer';

/*
 * An error answer that echoes the request headers (gateways, WAF pages,
 * debugging proxies, an echo service behind a wrong base URL) must not put the Authorization value,
 * the key or the secret into the execution data, error messages or logs.
 */

const state = useHostileServer();

const ACCESS_TOKEN = 'oauth-access-token-5f2a9c';
const REFRESH_TOKEN = 'oauth-refresh-token-77b1e4';
const secrets = [
	ACCESS_KEY,
	ACCESS_KEY_SECRET,
	ACCESS_KEY_BASIC,
	encodeURIComponent(ACCESS_KEY_BASIC),
	ACCESS_TOKEN,
	REFRESH_TOKEN,
];

const credentials = () => accessKeyCredentials(state.server);

/** Everything a user or an operator can see of a run: items, error, run data, and the logs. */
function visibleText(run: NodeRun, logged: string[]): string {
	return [
		JSON.stringify(run.items),
		run.error?.message ?? '',
		run.error?.description ?? '',
		JSON.stringify(run.error ?? {}),
		JSON.stringify(run.run.data.resultData),
		...logged,
	].join('\n');
}

async function runCapturingLogs(options: Parameters<typeof runNode>[0]) {
	const logged: string[] = [];
	const spies = (['log', 'warn', 'error', 'info', 'debug'] as const).map((method) =>
		jest
			.spyOn(console, method)
			.mockImplementation((...args: unknown[]) => void logged.push(args.map(String).join(' '))),
	);
	try {
		const run = await runNode(options);
		return visibleText(run, logged);
	} finally {
		spies.forEach((spy) => spy.mockRestore());
	}
}

const authorization = (request: HostileRequest) => String(request.headers.authorization);

const echoes: Array<[string, number, (request: HostileRequest) => unknown]> = [
	[
		'Gong-style errors[] quoting the Authorization header',
		500,
		(request) => ({
			requestId: 'req-echo-1',
			errors: [`Unexpected error; request had Authorization: ${authorization(request)}`],
		}),
	],
	[
		'an HTML error page listing every request header',
		502,
		(request) =>
			`<html><body><h1>502 Bad Gateway</h1><pre>${headerLines(request)}</pre></body></html>`,
	],
	[
		'errors[] holding the request headers as JSON objects',
		400,
		(request) => ({
			requestId: 'req-echo-3',
			errors: [{ message: 'rejected', request: { headers: request.headers } }],
		}),
	],
	[
		'the key, the secret and the URL-encoded Basic value in a debug line',
		401,
		(request) => ({
			requestId: 'req-echo-4',
			errors: [
				`denied key=${ACCESS_KEY}&secret=${ACCESS_KEY_SECRET}&auth=${encodeURIComponent(authorization(request).replace(/^Basic /, ''))}`,
			],
		}),
	],
];

describe('answers that echo the credential are redacted before anyone sees them', () => {
	test.each(echoes)('%s (status %s), with Continue On Fail', async (_case, status, body) => {
		const { server } = state;
		server.handle((request, response) => answer(response, status, body(request)));
		const seen = await runCapturingLogs({
			parameters: { ...requiredFromItem, delivery: { maxRetries: 0 } },
			items: [viewItem(0)],
			credentials: credentials(),
			continueOnFail: true,
		});
		// The server did receive the secret and did send it back: the redaction is what kept it out.
		expect(server.requests[0].headers.authorization).toBe(`Basic ${ACCESS_KEY_BASIC}`);
		expect(seen).toContain('[redacted]');
		for (const secret of secrets) expect(seen).not.toContain(secret);
	});

	test.each(echoes)('%s (status %s), stopping the workflow', async (_case, status, body) => {
		const { server } = state;
		server.handle((request, response) => answer(response, status, body(request)));
		const seen = await runCapturingLogs({
			parameters: { ...requiredFromItem, delivery: { maxRetries: 0 } },
			items: [viewItem(0)],
			credentials: credentials(),
		});
		expect(seen).toContain('[redacted]');
		for (const secret of secrets) expect(seen).not.toContain(secret);
	});

	test('an OAuth2 Bearer token and refresh token echoed back', async () => {
		const { server } = state;
		server.handle((request, response) =>
			answer(response, 500, {
				requestId: 'req-echo-bearer',
				errors: [
					`proxy saw {"authorization":"${authorization(request)}"}`,
					`and a refresh_token=${REFRESH_TOKEN}`,
				],
			}),
		);
		const seen = await runCapturingLogs({
			parameters: { ...requiredFromItem, delivery: { maxRetries: 0 } },
			items: [viewItem(0)],
			credentialType: 'gongEngagementOAuth2Api',
			credentials: {
				clientId: 'client-1',
				clientSecret: 'client-secret-1',
				grantType: 'authorizationCode',
				authUrl: 'https://app.gong.io/oauth2/authorize',
				accessTokenUrl: `${state.server.url}/oauth2/generate-customer-token`,
				scope: 'api:engagement-data:write',
				authentication: 'header',
				authQueryParameters: '',
				baseUrl: state.server.url,
				oauthTokenData: {
					token_type: 'bearer',
					access_token: ACCESS_TOKEN,
					refresh_token: REFRESH_TOKEN,
				},
			},
			continueOnFail: true,
		});
		expect(server.requests[0].headers.authorization).toBe(`Bearer ${ACCESS_TOKEN}`);
		expect(seen).toContain('[redacted]');
		for (const secret of secrets) expect(seen).not.toContain(secret);
	});
});

describe('echoes in the places an answer is not read as text', () => {
	const echoHeaders = (request: HostileRequest) => ({
		'X-Echo-Authorization': authorization(request),
		'WWW-Authenticate': `Basic realm="${ACCESS_KEY}"`,
		Location: `${state.server.url}/login?key=${ACCESS_KEY}&secret=${ACCESS_KEY_SECRET}`,
	});

	test.each<[string, number, (request: HostileRequest) => unknown]>([
		[
			'a reported answer whose requestId is the Authorization value',
			200,
			(request) => ({ requestId: authorization(request), integrationId: '1' }),
		],
		['a redirect whose Location carries the key and secret', 302, () => ''],
		[
			'a 2xx with errors quoting the key',
			200,
			() => ({ requestId: 'req-mixed', errors: [`key ${ACCESS_KEY} rejected`] }),
		],
		[
			'a gateway {message} quoting the Basic value',
			403,
			(request) => ({ message: `denied for ${authorization(request)}` }),
		],
	])('%s', async (_case, status, body) => {
		const { server } = state;
		server.handle((request, response) =>
			answer(response, status, body(request), echoHeaders(request)),
		);
		const seen = await runCapturingLogs({
			parameters: { ...requiredFromItem, delivery: { maxRetries: 0 } },
			items: [viewItem(0)],
			credentials: credentials(),
			continueOnFail: true,
		});
		expect(server.requests[0].headers.authorization).toBe(`Basic ${ACCESS_KEY_BASIC}`);
		for (const secret of secrets) expect(seen).not.toContain(secret);
	});
});
