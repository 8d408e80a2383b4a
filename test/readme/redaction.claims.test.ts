import { ACCESS_KEY, requiredFromItem, viewItem } from '../harness/fixtures';
import { runNode } from '../harness/runWorkflow';
import { answer, useHostileServer } from '../hostile/hostileServer';

/*
 * Redaction: "the access key, the secret, the Basic value (each also URL-encoded or
 * JSON-escaped) … and any Authorization: / Proxy-Authorization: value or bare Basic … / Bearer …
 * credential become [redacted]", here with a secret that JSON and URLs must escape.
 */

const state = useHostileServer();

const SECRET = 'q"uo\\te/s+l=ash&x';
const basic = Buffer.from(`${ACCESS_KEY}:${SECRET}`).toString('base64');

test.each([
	['the secret JSON-escaped in a non-JSON page', JSON.stringify(SECRET)],
	['the secret URL-encoded', encodeURIComponent(SECRET)],
	['the Basic value URL-encoded', encodeURIComponent(basic)],
	['the Basic value JSON-escaped', JSON.stringify(`Basic ${basic}`)],
	['a Proxy-Authorization line', 'Proxy-Authorization: Basic c29tZW9uZTplbHNl'],
	['a bare Bearer credential', 'token was Bearer eyJhbGciOiJIUzI1NiJ9.e30.abc'],
])('%s becomes [redacted] in the error item', async (_case, echoed) => {
	state.server.handle((_request, response) =>
		answer(response, 400, `<pre>debug: ${echoed} :end</pre>`),
	);
	const run = await runNode({
		parameters: requiredFromItem,
		items: [viewItem(0)],
		credentials: { baseUrl: state.server.url, accessKey: ACCESS_KEY, accessKeySecret: SECRET },
		continueOnFail: true,
	});
	const error = String(run.items[0].json.error);
	expect(error).toMatch(
		/^item 0: Gong answered 400 Bad Request: <pre>debug: .*\[redacted\].* :end<\/pre>$/,
	);
	const visible = JSON.stringify(run.items) + JSON.stringify(run.run.data.resultData);
	for (const secret of [
		SECRET,
		JSON.stringify(SECRET).slice(1, -1),
		encodeURIComponent(SECRET),
		basic,
		encodeURIComponent(basic),
	])
		expect(visible).not.toContain(secret);
	expect(visible).not.toContain('c29tZW9uZTplbHNl');
	expect(visible).not.toContain('eyJhbGciOiJIUzI1NiJ9.e30.abc');
});
