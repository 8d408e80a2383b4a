import { accessKeyCredentials, requiredFromItem, viewItem } from '../harness/fixtures';
import { interactionParameters } from '../harness/operationFixtures';
import { runNode } from '../harness/runWorkflow';
import { answer, useHostileServer } from './hostileServer';

/*
 * The advice on 401/403/404 names the scope of the call that failed; every 403
 * used to ask for api:engagement-data:write, also for Digital Interaction.
 */

const state = useHostileServer();

const credentials = () => accessKeyCredentials(state.server);

test.each([
	['Content Viewed', requiredFromItem, [viewItem(0)], 'api:engagement-data:write'],
	[
		'Digital Interaction',
		interactionParameters,
		[{ id: 'di-1', at: 1767261600000 }],
		'api:digital-interactions:write',
	],
])('403 on %s names the scope of that call', async (_operation, parameters, items, scope) => {
	const { server } = state;
	server.handle((_request, response) =>
		answer(response, 403, { requestId: 'req-403', errors: ['Forbidden'] }),
	);
	const run = await runNode({ parameters, items, credentials: credentials() });
	expect(run.error?.message).toMatch(/^item 0: Gong answered 403 Forbidden/);
	expect(run.error?.description).toContain(scope);
	const otherScopes = ['api:engagement-data:write', 'api:digital-interactions:write'].filter(
		(name) => name !== scope,
	);
	for (const other of otherScopes) expect(run.error?.description).not.toContain(other);
});
