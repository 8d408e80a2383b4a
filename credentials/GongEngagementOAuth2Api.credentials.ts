import type { Icon, ICredentialType, INodeProperties } from 'n8n-workflow';

export class GongEngagementOAuth2Api implements ICredentialType {
	name = 'gongEngagementOAuth2Api';

	extends = ['oAuth2Api'];

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
			displayName: 'Base URL',
			name: 'baseUrl',
			type: 'string',
			default: 'https://api.gong.io',
			description:
				"Used only when Gong's token response carries no api_base_url_for_customer. Gong normally returns your tenant's address there, and calls go to it.",
		},
	];
}
