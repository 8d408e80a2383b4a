import type { Icon, ICredentialType, INodeProperties } from 'n8n-workflow';

export class GongEngagementOAuth2Api implements ICredentialType {
	name = 'gongEngagementOAuth2Api';

	extends = ['oAuth2Api'];

	// Sorts beside "Gong Engagement API"; the editor's redirect-URL hint reads "In Gong Engagement…".
	displayName = 'Gong Engagement OAuth2 API';

	icon: Icon = { light: 'file:gong.svg', dark: 'file:gong.dark.svg' };

	documentationUrl = 'https://help.gong.io/docs/create-an-app-for-gong';

	properties: INodeProperties[] = [
		{
			displayName: 'Grant Type',
			name: 'grantType',
			type: 'hidden',
			default: 'authorizationCode',
		},
		{
			displayName: 'Authorization URL',
			name: 'authUrl',
			type: 'hidden',
			default: 'https://app.gong.io/oauth2/authorize',
			required: true,
		},
		{
			displayName: 'Access Token URL',
			name: 'accessTokenUrl',
			type: 'hidden',
			default: 'https://app.gong.io/oauth2/generate-customer-token',
			required: true,
		},
		{
			displayName: 'Scope',
			name: 'scope',
			type: 'hidden',
			default: 'api:engagement-data:write api:digital-interactions:write api:workspaces:read',
		},
		{
			displayName: 'Auth URI Query Parameters',
			name: 'authQueryParameters',
			type: 'hidden',
			default: '',
		},
		{
			// Gong's token endpoint takes the client id and secret as HTTP Basic, not in the body.
			displayName: 'Authentication',
			name: 'authentication',
			type: 'hidden',
			default: 'header',
		},
		{
			displayName:
				'To create the Gong app: in Gong, open Company Settings → Ecosystem → API → Integrations and click Create Integration. Give it a name, enter the OAuth Redirect URL shown at the top of this form as its redirect URL, and select the scopes api:engagement-data:write, api:digital-interactions:write and api:workspaces:read. Gong then shows the app’s Client ID and Client Secret: enter them above. <a target="_blank" href="https://help.gong.io/docs/create-an-app-for-gong">Gong’s guide</a>',
			name: 'notice',
			type: 'notice',
			default: '',
		},
		{
			displayName: 'Base URL',
			name: 'baseUrl',
			type: 'string',
			default: 'https://api.gong.io',
			description:
				"Used only when Gong's token response carries no api_base_url_for_customer. Gong normally returns your tenant's address there, and calls go to it.",
		},
	];
}
