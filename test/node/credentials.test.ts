import { checkBaseUrl } from '../../nodes/GongEngagement/transport/baseUrl';
import { runNode } from '../harness/runWorkflow';
import { accessKeyCredentials, requiredFromItem, useSandbox, viewItem } from '../harness/fixtures';

/* Where credentials may be sent, and the OAuth2 credential's tenant URL and token refresh. */

const state = useSandbox({
	oauthClient: {
		clientId: 'client-1',
		clientSecret: 'client-secret-1',
		refreshTokens: [],
		scopes: ['api:engagement-data:write', 'api:workspaces:read'],
	},
});

describe('base URL rules', () => {
	test.each([
		['https://us-12345.api.gong.io', 'https://us-12345.api.gong.io'],
		['https://us-12345.api.gong.io/', 'https://us-12345.api.gong.io'],
		['  https://eu-1.api.gong.io//  ', 'https://eu-1.api.gong.io'],
		['http://127.0.0.1:4010', 'http://127.0.0.1:4010'],
		['http://localhost:4010/', 'http://localhost:4010'],
		['http://[::1]:4010', 'http://[::1]:4010'],
	])('%s is accepted as %s', (input, expected) => {
		expect(checkBaseUrl(input)).toEqual({ url: expected });
	});

	test.each([
		['', 'The credential has no Base URL'],
		['us-12345.api.gong.io', 'The credential\'s Base URL "us-12345.api.gong.io" is not a URL'],
		[
			'http://us-12345.api.gong.io',
			'The Base URL "http://us-12345.api.gong.io" must use https (plain http is allowed only for 127.0.0.1, localhost and [::1])',
		],
		[
			'ftp://127.0.0.1',
			'The Base URL "ftp://127.0.0.1" must use https (plain http is allowed only for 127.0.0.1, localhost and [::1])',
		],
		[
			'https://user:pw@api.gong.io',
			'The Base URL must not carry a user, password, query or fragment',
		],
	])('%j is refused', (input, problem) => {
		expect(checkBaseUrl(input)).toEqual({ problem });
	});

	test('a plain-http non-loopback base URL stops the node before any request', async () => {
		const { sandbox } = state;
		const run = await runNode({
			parameters: requiredFromItem,
			items: [viewItem(0)],
			credentials: { ...accessKeyCredentials(sandbox), baseUrl: 'http://gong.example.com' },
		});
		expect(run.error?.message).toMatch(/must use https/);
		expect(sandbox.requestLog).toHaveLength(0);
	});
});

describe('OAuth2 credential', () => {
	const oauthCredentials = (tokenData: Record<string, unknown>) => ({
		clientId: 'client-1',
		clientSecret: 'client-secret-1',
		grantType: 'authorizationCode',
		authUrl: 'https://app.gong.io/oauth2/authorize',
		accessTokenUrl: `${state.sandbox.url}/oauth2/generate-customer-token`,
		scope: 'api:engagement-data:write api:workspaces:read',
		authentication: 'header',
		authQueryParameters: '',
		// Unreachable on purpose: calls must go to the tenant URL in the token data.
		baseUrl: 'https://api.gong.io',
		oauthTokenData: { token_type: 'bearer', ...tokenData },
	});

	test('calls go to api_base_url_for_customer from the token response, with the Bearer token', async () => {
		const { sandbox } = state;
		sandbox.configure({ bearerTokens: { 'live-token': ['api:engagement-data:write'] } });
		const run = await runNode({
			parameters: requiredFromItem,
			items: [viewItem(0)],
			credentialType: 'gongEngagementOAuth2Api',
			credentials: oauthCredentials({
				access_token: 'live-token',
				refresh_token: 'r-0',
				api_base_url_for_customer: sandbox.url,
			}),
		});
		expect(run.error).toBeUndefined();
		expect(sandbox.received).toHaveLength(1);
		expect(sandbox.received[0].auth).toBe('bearer');
		expect(run.items[0].json.status).toBe('reported');
	});

	test("an expired token is refreshed at Gong's token endpoint (client as Basic), rotated, and the call retried", async () => {
		const { sandbox } = state;
		sandbox.configure({ bearerTokens: {} });
		sandbox.options.oauthClient.refreshTokens.push('refresh-1');
		const run = await runNode({
			parameters: requiredFromItem,
			items: [viewItem(1)],
			credentialType: 'gongEngagementOAuth2Api',
			credentials: oauthCredentials({
				access_token: 'expired-token',
				refresh_token: 'refresh-1',
				api_base_url_for_customer: sandbox.url,
			}),
		});
		expect(run.error).toBeUndefined();
		expect(sandbox.received).toHaveLength(1);
		expect(sandbox.issuedTokens).toHaveLength(1);
		// The refresh token was single-use: it is gone, and the new pair was stored by n8n.
		expect(sandbox.options.oauthClient.refreshTokens).not.toContain('refresh-1');
		const stored = run.credentialsHelper.tokenUpdates.at(-1)?.oauthTokenData as Record<
			string,
			unknown
		>;
		expect(stored.access_token).toBe(sandbox.issuedTokens[0].access_token);
		expect(stored.refresh_token).toBe(sandbox.issuedTokens[0].refresh_token);
	});

	test('a token without the engagement scope gets 403 with advice about the scope', async () => {
		const { sandbox } = state;
		sandbox.configure({ bearerTokens: { 'narrow-token': ['api:workspaces:read'] } });
		const run = await runNode({
			parameters: requiredFromItem,
			items: [viewItem(2)],
			credentialType: 'gongEngagementOAuth2Api',
			credentials: oauthCredentials({
				access_token: 'narrow-token',
				refresh_token: 'r-2',
				api_base_url_for_customer: sandbox.url,
			}),
		});
		expect(run.error?.message).toMatch(
			/^item 0: Gong answered 403 Forbidden: Token lacks the scope api:engagement-data:write \(requestId \w+\)$/,
		);
		expect(run.error?.description).toContain('api:engagement-data:write');
	});

	test('without api_base_url_for_customer the Base URL field is used', async () => {
		const { sandbox } = state;
		sandbox.configure({ bearerTokens: { 'live-token': ['api:engagement-data:write'] } });
		const run = await runNode({
			parameters: requiredFromItem,
			items: [viewItem(3)],
			credentialType: 'gongEngagementOAuth2Api',
			credentials: {
				...oauthCredentials({ access_token: 'live-token', refresh_token: 'r-3' }),
				baseUrl: sandbox.url,
			},
		});
		expect(run.error).toBeUndefined();
		expect(sandbox.received).toHaveLength(1);
	});
});
