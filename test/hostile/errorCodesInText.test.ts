import {
	ACCESS_KEY,
	ACCESS_KEY_SECRET,
	accessKeyCredentials,
	requiredFromItem,
	viewItem,
} from '../harness/fixtures';
import { runNode } from '../harness/runWorkflow';
import { answer, useHostileServer } from './hostileServer';

/*
 * n8n's error classes replace any message containing a Node error code (ECONNRESET, EPERM, …,
 * also inside a word: "sleepermode") with a generic sentence. Gong's errors[] are the server's
 * text: quoting one that happens to contain such a code must not lose the item, the status and the
 * requestId from the message.
 */

const state = useHostileServer();

const credentials = () => accessKeyCredentials(state.server);

test.each([
	[500, 'upstream ECONNRESET while storing', 'Internal Server Error'],
	[400, 'unknown field sleepermode', 'Bad Request'],
	[502, 'proxy: ETIMEDOUT talking to backend', 'Bad Gateway'],
])(
	'%s naming "%s": the message still names the item, status and requestId',
	async (status, text, statusText) => {
		state.server.handle((_request, response) =>
			answer(response, status, { requestId: 'req-code', errors: [text] }),
		);
		const run = await runNode({
			parameters: { ...requiredFromItem, delivery: { maxRetries: 0 } },
			items: [viewItem(0)],
			credentials: credentials(),
			continueOnFail: true,
		});
		expect(run.items[0].json.error).toBe(
			`item 0: Gong answered ${status} ${statusText}: ${text} (requestId req-code)`,
		);
	},
);

test('without Continue On Fail the workflow error keeps the message too', async () => {
	state.server.handle((_request, response) =>
		answer(response, 400, { requestId: 'req-code', errors: ['EACCES on contentUrl'] }),
	);
	const run = await runNode({
		parameters: requiredFromItem,
		items: [viewItem(0)],
		credentials: credentials(),
	});
	expect(run.error?.message).toBe(
		'item 0: Gong answered 400 Bad Request: EACCES on contentUrl (requestId req-code)',
	);
});

test('a base URL whose host contains such a code keeps its own message (nothing sent)', async () => {
	const run = await runNode({
		parameters: requiredFromItem,
		items: [viewItem(0)],
		credentials: {
			baseUrl: 'http://deepermind.example.com',
			accessKey: ACCESS_KEY,
			accessKeySecret: ACCESS_KEY_SECRET,
		},
	});
	expect(run.error?.message).toBe(
		'The Base URL "http://deepermind.example.com" must use https (plain http is allowed only for 127.0.0.1, localhost and [::1])',
	);
});

test('with Continue On Fail, each item’s error keeps its item and the base URL problem', async () => {
	const run = await runNode({
		parameters: requiredFromItem,
		items: [viewItem(0), viewItem(1)],
		credentials: {
			baseUrl: 'http://deepermind.example.com',
			accessKey: ACCESS_KEY,
			accessKeySecret: ACCESS_KEY_SECRET,
		},
		continueOnFail: true,
	});
	expect(run.items.map((item) => item.json.error)).toEqual(
		[0, 1].map(
			(index) =>
				`item ${index}: not sent: The Base URL "http://deepermind.example.com" must use https (plain http is allowed only for 127.0.0.1, localhost and [::1])`,
		),
	);
});

describe('input the user gave, quoted in a validation error, keeps the item and the field', () => {
	test('a Content URL holding ECONNRESET, with Continue On Fail', async () => {
		const run = await runNode({
			parameters: { ...requiredFromItem, contentUrl: 'ftp-ECONNRESET' },
			items: [viewItem(0)],
			credentials: credentials(),
			continueOnFail: true,
		});
		const message = String(run.items[0].json.error);
		expect(message).toMatch(/^item 0: Content URL .*\(contentUrl\)$/);
		expect(message).toContain('ftp-ECONNRESET');
	});

	test('two such items without it: one error naming both', async () => {
		const run = await runNode({
			parameters: { ...requiredFromItem, contentUrl: '={{ $json.url }}' },
			items: [viewItem(0, { url: 'EPERM' }), viewItem(1, { url: 'eacces' })],
			credentials: credentials(),
		});
		expect(run.error?.message).toMatch(
			/^2 items have problems, nothing was sent: item 0: Content URL .*EPERM.* \| item 1: Content URL .*eacces/,
		);
	});

	test('Event (JSON) that is not JSON and holds ENOENT', async () => {
		const run = await runNode({
			parameters: { inputMode: 'json', eventJson: '{"contentId": ENOENT' },
			items: [viewItem(0)],
			credentials: credentials(),
		});
		expect(run.error?.message).toMatch(/^item 0: Event \(JSON\) is not valid JSON: /);
	});
});
