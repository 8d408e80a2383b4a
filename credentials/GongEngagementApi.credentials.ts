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

/** How n8n's legacy request options (the HTTP Request node's) turn redirects off. */
interface LegacyRedirectOptions {
	followRedirect: boolean;
	followAllRedirects: boolean;
}

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
	 * uses the credential: this node's calls, its credential test, and an HTTP Request node that
	 * picks this credential under Predefined Credential Type (n8n's "Custom API Call").
	 *
	 * A property, not a method: n8n copies a package's credential types with an object spread,
	 * which drops methods of the class. Without its own `authenticate` the editor does not offer
	 * the credential in the HTTP Request node, and Custom API Call led nowhere for access-key users.
	 *
	 * The HTTP Request node sends n8n's legacy request options: the target in `uri`, redirects in
	 * `followRedirect`/`followAllRedirects`. Both shapes are checked and both have redirects off.
	 */
	authenticate = async (
		credentials: ICredentialDataDecryptedObject,
		requestOptions: IHttpRequestOptions,
	): Promise<IHttpRequestOptions> => {
		const legacy = requestOptions as IHttpRequestOptions & { uri?: unknown };
		const url = requestOptions.url ?? (legacy.uri === undefined ? '' : String(legacy.uri));
		const refused = checkKeyDestination(credentials.baseUrl, {
			baseURL: requestOptions.baseURL,
			url,
		});
		if (refused) throw new UserError(`${refused.problem}. Nothing was sent.`);
		const authenticated: IHttpRequestOptions & LegacyRedirectOptions = {
			...requestOptions,
			disableFollowRedirect: true,
			followRedirect: false,
			followAllRedirects: false,
			auth: {
				username: String(credentials.accessKey ?? ''),
				password: String(credentials.accessKeySecret ?? ''),
			},
		};
		return authenticated;
	};

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
