import type {
	IAuthenticateGeneric,
	Icon,
	ICredentialTestRequest,
	ICredentialType,
	INodeProperties,
} from 'n8n-workflow';

export class GongEngagementApi implements ICredentialType {
	name = 'gongEngagementApi';

	displayName = 'Gong Engagement API';

	icon: Icon = { light: 'file:gong.svg', dark: 'file:gong.dark.svg' };

	documentationUrl = 'https://help.gong.io/docs/receive-access-to-the-api';

	properties: INodeProperties[] = [
		{
			displayName: 'Base URL',
			name: 'baseUrl',
			type: 'string',
			default: '',
			required: true,
			placeholder: 'https://us-12345.api.gong.io',
			description:
				"Your company's Gong API address, shown on Gong's API settings page (Company Settings → Ecosystem → API). Must be https.",
		},
		{
			displayName: 'Access Key',
			name: 'accessKey',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
		},
		{
			displayName: 'Access Key Secret',
			name: 'accessKeySecret',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
		},
	];

	authenticate: IAuthenticateGeneric = {
		type: 'generic',
		properties: {
			auth: {
				username: '={{$credentials.accessKey}}',
				password: '={{$credentials.accessKeySecret}}',
			},
		},
	};

	// GET /v2/workspaces is Gong's cheapest authenticated call; a wrong key or URL fails here.
	test: ICredentialTestRequest = {
		request: {
			baseURL: '={{$credentials.baseUrl.replace(/\\/+$/, "")}}',
			url: '/v2/workspaces',
			method: 'GET',
		},
	};
}
