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
	baseUrlProblem,
	CREDENTIAL_TEST_ADVICE,
	credentialTestRedirectAdvice,
} from '../nodes/GongEngagement/messages';
import { checkKeyDestination } from '../nodes/GongEngagement/transport/baseUrl';
import { WORKSPACES_PATH } from '../nodes/GongEngagement/transport/gongApi';

/** A credential test rule: n8n shows `message` when the test answers `value`. */
const rule = (value: number, message: string) => ({
	type: 'responseCode' as const,
	properties: { value, message },
});

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
	 * HTTP Basic, attached only for the credential's own Base URL and never along a redirect: for
	 * this node, its test and an HTTP Request node ("Custom API Call"). A property, not a method:
	 * n8n copies credential types with a spread, which drops methods, and without `authenticate`
	 * the HTTP Request node does not offer the credential. That node sends n8n's legacy options
	 * (`uri`, `followRedirect`/`followAllRedirects`): both shapes are checked, redirects off.
	 */
	authenticate = async (
		credentials: ICredentialDataDecryptedObject,
		requestOptions: IHttpRequestOptions,
	): Promise<IHttpRequestOptions> => {
		const { uri } = requestOptions as { uri?: unknown };
		const url = requestOptions.url ?? (uri === undefined ? '' : String(uri));
		const refused = checkKeyDestination(credentials.baseUrl, requestOptions.baseURL, url);
		if (refused) throw new UserError(baseUrlProblem.refused(refused.problem));
		return {
			...requestOptions,
			disableFollowRedirect: true,
			followRedirect: false,
			followAllRedirects: false,
			auth: {
				username: String(credentials.accessKey ?? ''),
				password: String(credentials.accessKeySecret ?? ''),
			},
		} as IHttpRequestOptions;
	};

	// GET /v2/workspaces is Gong's cheapest authenticated call; a wrong key or URL fails here.
	test: ICredentialTestRequest = {
		request: {
			baseURL: '={{$credentials.baseUrl.trim().replace(/\\/+$/, "")}}',
			url: WORKSPACES_PATH,
			method: 'GET',
			disableFollowRedirect: true,
		},
		rules: [
			...Object.entries(CREDENTIAL_TEST_ADVICE).map(([status, text]) => rule(+status, text)),
			...[301, 302, 303, 307, 308].map((status) =>
				rule(status, credentialTestRedirectAdvice(status)),
			),
		],
	};
}
