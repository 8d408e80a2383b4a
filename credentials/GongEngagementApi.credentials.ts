import type {
	ICredentialDataDecryptedObject,
	Icon,
	ICredentialTestRequest,
	ICredentialType,
	IHttpRequestOptions,
	INodeProperties,
} from 'n8n-workflow';
import { UserError } from 'n8n-workflow';

import {
	CREDENTIAL_TEST_ADVICE,
	credentialTestRedirectAdvice,
} from '../nodes/GongEngagement/messages';
import { checkKeyDestination } from '../nodes/GongEngagement/transport/baseUrl';

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

	/**
	 * HTTP Basic with the key and secret, attached only for the credential's own Base URL (https, or
	 * http on loopback) and never carried along a redirect. n8n calls this for every request that
	 * uses the credential, its credential test included, so that test obeys the same rule.
	 */
	async authenticate(
		credentials: ICredentialDataDecryptedObject,
		requestOptions: IHttpRequestOptions,
	): Promise<IHttpRequestOptions> {
		const refused = checkKeyDestination(credentials.baseUrl, requestOptions);
		if (refused) throw new UserError(`${refused.problem}. Nothing was sent.`);
		return {
			...requestOptions,
			disableFollowRedirect: true,
			auth: {
				username: String(credentials.accessKey ?? ''),
				password: String(credentials.accessKeySecret ?? ''),
			},
		};
	}

	// GET /v2/workspaces is Gong's cheapest authenticated call; a wrong key or URL fails here.
	test: ICredentialTestRequest = {
		request: {
			baseURL: '={{$credentials.baseUrl.trim().replace(/\\/+$/, "")}}',
			url: '/v2/workspaces',
			method: 'GET',
			disableFollowRedirect: true,
		},
		rules: [
			...Object.entries(CREDENTIAL_TEST_ADVICE).map(([status, message]) => ({
				type: 'responseCode' as const,
				properties: { value: Number(status), message },
			})),
			...[301, 302, 303, 307, 308].map((status) => ({
				type: 'responseCode' as const,
				properties: { value: status, message: credentialTestRedirectAdvice(status) },
			})),
		],
	};
}
