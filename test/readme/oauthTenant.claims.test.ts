import { searchWorkspaces } from '../../nodes/GongEngagement/methods/listSearch';
import { useSandbox } from '../harness/fixtures';
import { loadOptionsContext } from '../harness/runWorkflow';

/*
 * OAuth2: Gong's token response names the tenant's API host (api_base_url_for_customer) and the
 * node sends every call there — the workspace picker's call included, not only events.
 */

const state = useSandbox({
	workspaces: [{ id: '623457276584334', name: 'Sales' }],
});

test("the workspace picker lists the tenant's workspaces from api_base_url_for_customer, with the Bearer token", async () => {
	const { sandbox } = state;
	sandbox.configure({ bearerTokens: { 'live-token': ['api:workspaces:read'] } });
	const context = loadOptionsContext(
		{
			parameters: { authentication: 'oAuth2' },
			credentialType: 'gongEngagementOAuth2Api',
			credentials: {
				clientId: 'client-1',
				clientSecret: 'client-secret-1',
				grantType: 'authorizationCode',
				authUrl: 'https://app.gong.io/oauth2/authorize',
				accessTokenUrl: `${sandbox.url}/oauth2/generate-customer-token`,
				scope: 'api:workspaces:read',
				authentication: 'header',
				authQueryParameters: '',
				// A loopback port nothing listens on: a call that went here would fail, not leave the machine.
				baseUrl: 'http://127.0.0.1:9',
				oauthTokenData: {
					token_type: 'bearer',
					access_token: 'live-token',
					refresh_token: 'r-1',
					api_base_url_for_customer: sandbox.url,
				},
			},
		},
		'parameters.additionalFields.workspaceId',
	);
	const listed = await searchWorkspaces.call(context);
	expect(listed.results.map((result) => result.value)).toEqual(['623457276584334']);
	expect(
		sandbox.requestLog.map((entry) => `${entry.method} ${entry.path} ${entry.status}`),
	).toEqual(['GET /v2/workspaces 200']);
});
