import { ACCESS_KEY, ACCESS_KEY_SECRET, requiredFromItem, viewItem } from '../harness/fixtures';
import { runNode } from '../harness/runWorkflow';
import { answer, useHostileServer } from './hostileServer';

/*
 * A problem that concerns the whole node (the credential's base URL) under
 * Continue On Fail still yields one `{ error, details }` item per input item, paired, and nothing
 * is sent. Before, the node threw and n8n passed the input through as if nothing had failed.
 */

const state = useHostileServer();

test.each([
	['plain http to a non-loopback host', 'http://gong.example.com', /must use https/],
	['not a URL', 'us-12345.api.gong.io', /is not a URL/],
])('%s: every item comes out as an error item, nothing sent', async (_case, baseUrl, problem) => {
	const { server } = state;
	server.handle((_request, response) => answer(response, 200, { requestId: 'never' }));
	const run = await runNode({
		parameters: requiredFromItem,
		items: [viewItem(0), viewItem(1, { envelopeId: '' }), viewItem(2)],
		credentials: { baseUrl, accessKey: ACCESS_KEY, accessKeySecret: ACCESS_KEY_SECRET },
		continueOnFail: true,
	});
	expect(run.error).toBeUndefined();
	expect(run.items.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 1 }, { item: 2 }]);
	for (const item of run.items) expect(Object.keys(item.json).sort()).toEqual(['details', 'error']);
	expect(run.items[0].json.error).toMatch(/^item 0: not sent: /);
	expect(run.items[0].json.error).toMatch(problem);
	expect(run.items[0].json.details).toMatchObject({
		status: 'failed',
		sent: false,
		eventId: expect.stringMatching(/^n8n-/),
		description: expect.stringContaining('https://us-12345.api.gong.io'),
	});
	// The invalid item keeps its own error; the base URL problem does not hide it.
	expect(run.items[1].json.error).toBe('item 1: Content ID is required (contentId)');
	expect(run.items[2].json.error).toMatch(/^item 2: not sent: /);
	expect(server.requests).toHaveLength(0);
});

test('without Continue On Fail the node still stops, naming the base URL, and sends nothing', async () => {
	const { server } = state;
	server.handle((_request, response) => answer(response, 200, { requestId: 'never' }));
	const run = await runNode({
		parameters: requiredFromItem,
		items: [viewItem(0)],
		credentials: {
			baseUrl: 'http://gong.example.com',
			accessKey: ACCESS_KEY,
			accessKeySecret: ACCESS_KEY_SECRET,
		},
	});
	expect(run.error?.message).toMatch(/must use https/);
	expect(run.error?.description).toContain('https://us-12345.api.gong.io');
	expect(server.requests).toHaveLength(0);
});
