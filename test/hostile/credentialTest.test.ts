import { ACCESS_KEY, ACCESS_KEY_BASIC, ACCESS_KEY_SECRET } from '../harness/fixtures';
import { testAccessKeyCredential } from './credentialTester';
import { answer, HostileServer, useHostileServer } from './hostileServer';

/*
 * "Test credential" is held to the base URL rule, does not follow redirects, and says what to
 * check per status.
 */

const state = useHostileServer();
const elsewhere: { server: HostileServer } = {} as never;
beforeAll(async () => {
	elsewhere.server = await new HostileServer().start();
});
afterAll(async () => await elsewhere.server.stop());

const withBaseUrl = (baseUrl: string, accessKeySecret = ACCESS_KEY_SECRET) => ({
	baseUrl,
	accessKey: ACCESS_KEY,
	accessKeySecret,
});

test('plain http to a non-loopback host is refused before any request goes out', async () => {
	const result = await testAccessKeyCredential(withBaseUrl('http://gong.example.com'));
	expect(result.status).toBe('Error');
	expect(result.message).toBe(
		'The Base URL "http://gong.example.com" must use https (plain http is allowed only for 127.0.0.1, localhost and [::1]). Nothing was sent.',
	);
});

test('a 302 to another server is not followed: the key never reaches it', async () => {
	elsewhere.server.handle((_request, response) =>
		answer(response, 200, { requestId: 'r', workspaces: [] }),
	);
	state.server.handle((_request, response) =>
		answer(response, 302, '', { Location: `${elsewhere.server.url}/v2/workspaces` }),
	);
	const result = await testAccessKeyCredential(withBaseUrl(state.server.url));
	expect(state.server.requests.map((request) => request.path)).toEqual(['/v2/workspaces']);
	expect(elsewhere.server.requests).toHaveLength(0);
	expect(result).toEqual({
		status: 'Error',
		message: expect.stringMatching(
			/^The Base URL answered with a redirect \(302\), which is not followed/,
		),
	});
});

test.each([
	[401, /^Gong refused the access key and secret \(401\)/],
	[403, /needs the scope api:workspaces:read/],
	[404, /it should look like https:\/\/us-12345\.api\.gong\.io/],
])('%s gets advice on what to check', async (status, advice) => {
	state.server.handle((_request, response) =>
		answer(response, status, { requestId: 'r', errors: ['no'] }),
	);
	const result = await testAccessKeyCredential(withBaseUrl(state.server.url, 'wrong'));
	expect(result.status).toBe('Error');
	expect(result.message).toMatch(advice);
});

test('a Gong answer passes, with the key sent as HTTP Basic', async () => {
	state.server.handle((_request, response) =>
		answer(response, 200, { requestId: 'r', workspaces: [] }),
	);
	const result = await testAccessKeyCredential(withBaseUrl(`${state.server.url}/`));
	expect(result).toEqual({ status: 'OK', message: 'Connection successful!' });
	expect(state.server.requests[0].headers.authorization).toBe(`Basic ${ACCESS_KEY_BASIC}`);
});
