import { basicValue, credentialSecrets, redact } from '../../nodes/GongEngagement/transport/redact';

/* The redaction step on its own: what it replaces, and what it leaves readable. */

const key = 'AK-7Q2M9X4TPL';
const secret = 'se+cr/et=value-42';
const secrets = credentialSecrets({ accessKey: key, accessKeySecret: secret });
const basic = basicValue(key, secret);

test.each([
	[`Authorization: Basic ${basic}`, 'Authorization: Basic [redacted]'],
	['authorization: Bearer abc.def.ghi', 'authorization: Bearer [redacted]'],
	['{"authorization":"Bearer tok123456"}', '{"authorization":"Bearer [redacted]"}'],
	['Proxy-Authorization: Basic Zm9vOmJhcg==', 'Proxy-Authorization: Basic [redacted]'],
	[`key=${key}&secret=${encodeURIComponent(secret)}`, 'key=[redacted]&secret=[redacted]'],
	[`auth=${encodeURIComponent(basic)}`, 'auth=[redacted]'],
	[`<td>Basic ${basic}</td>`, '<td>Basic [redacted]</td>'],
	[`${JSON.stringify({ s: secret })}`, '{"s":"[redacted]"}'],
])('%s → %s', (text, expected) => {
	expect(redact(text, secrets)).toBe(expected);
});

test.each([
	'Basic authentication failed',
	'Access denied: invalid access key',
	'contentUrl: invalid url',
	'authorization failed for this workspace',
])('ordinary text stays as it is: %s', (text) => {
	expect(redact(text, secrets)).toBe(text);
});

test('the secrets of an OAuth2 credential are its client secret and tokens', () => {
	expect(
		credentialSecrets({
			clientSecret: 'client-secret-1',
			oauthTokenData: { access_token: 'access-1', refresh_token: 'refresh-1' },
		}),
	).toEqual(['client-secret-1', 'access-1', 'refresh-1']);
});
