import { ACCESS_KEY, ACCESS_KEY_SECRET, requiredFromItem, viewItem } from '../harness/fixtures';
import { runNode } from '../harness/runWorkflow';
import { answer, useHostileServer } from '../hostile/hostileServer';

/*
 * Without Continue On Fail, the first failed event stops the node: calls already in flight
 * finish, events not yet started are not sent, and the error says how many.
 */

const state = useHostileServer();

test('calls in flight when an event fails are answered in full; the events not started are not sent', async () => {
	const { server } = state;
	const finished: Array<{ contentId: string; at: number }> = [];
	server.handle((request, response) => {
		const { contentId } = JSON.parse(request.body) as { contentId: string };
		if (contentId === 'env-0')
			return answer(response, 400, { requestId: 'req-bad', errors: ['bad'] });
		// The others in flight answer later; a node that dropped them would close the socket first.
		setTimeout(() => {
			answer(response, 200, { requestId: `req-${contentId}`, integrationId: '1' });
			response.on('finish', () => finished.push({ contentId, at: Date.now() }));
		}, 1000);
	});
	const run = await runNode({
		parameters: { ...requiredFromItem, delivery: { callsPerSecond: 0, maxConcurrentCalls: 3 } },
		items: [0, 1, 2, 3, 4].map((index) => viewItem(index)),
		credentials: { baseUrl: server.url, accessKey: ACCESS_KEY, accessKeySecret: ACCESS_KEY_SECRET },
	});
	const endedAt = Date.now();
	expect(run.error?.message).toBe('item 0: Gong answered 400 Bad Request: bad (requestId req-bad)');
	expect(run.error?.description).toContain('2 later item(s) were not sent.');
	const sent = server.requests.map(
		(request) => (JSON.parse(request.body) as { contentId: string }).contentId,
	);
	expect(sent.sort()).toEqual(['env-0', 'env-1', 'env-2']);
	// Both answers went out whole, and the node ended only after them: it waited for its calls.
	expect(finished.map((entry) => entry.contentId).sort()).toEqual(['env-1', 'env-2']);
	finished.forEach((entry) => expect(entry.at).toBeLessThanOrEqual(endedAt));
});
