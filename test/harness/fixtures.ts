import type { IDataObject, INodeParameters } from 'n8n-workflow';

import { GongSandbox, type SandboxOptions } from '../sandbox/server';

export const ACCESS_KEY = 'AK-7Q2M9X4TPL';
export const ACCESS_KEY_SECRET = 'eyJzZWNyZXQiOiJ0b3Atc2VjcmV0LXZhbHVlIn0';

/** One sandbox per test file, emptied before each test. */
export function useSandbox(options: SandboxOptions = {}) {
	const state: { sandbox: GongSandbox } = {} as never;
	beforeAll(async () => {
		state.sandbox = await new GongSandbox({
			accessKey: ACCESS_KEY,
			accessKeySecret: ACCESS_KEY_SECRET,
			...options,
		}).start();
	});
	beforeEach(() => state.sandbox.reset());
	afterAll(async () => await state.sandbox.stop());
	return state;
}

export function accessKeyCredentials(sandbox: GongSandbox): IDataObject {
	return { baseUrl: sandbox.url, accessKey: ACCESS_KEY, accessKeySecret: ACCESS_KEY_SECRET };
}

/** The five required fields, mapped from the input item by expressions as users do. */
export const requiredFromItem: INodeParameters = {
	reportingSystem: 'docusign',
	eventTimestamp: '={{ $json.viewedAt }}',
	contentId: '={{ $json.envelopeId }}',
	contentUrl: '={{ "https://docs.example.com/envelopes/" + $json.envelopeId }}',
	contentTitle: '={{ $json.subject }}',
};

export function viewItem(index: number, overrides: IDataObject = {}): IDataObject {
	return {
		envelopeId: `env-${index}`,
		subject: `Proposal ${index}`,
		viewedAt: '2026-03-02T15:04:05+01:00',
		email: `buyer${index}@acme.com`,
		...overrides,
	};
}
