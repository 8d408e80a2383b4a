import { customApiCall } from '../../nodes/GongEngagement/messages';
import { requiredFromItem, useSandbox, runOnSandbox, viewItem } from '../harness/fixtures';

/*
 * n8n adds "Custom API Call" to Resource and Operation of this node (its credentials can be used by
 * an HTTP Request node). Run anyway, the node says where that call is made, instead of n8n's bare
 * `Could not get parameter "operation"`, and sends nothing.
 */

const state = useSandbox();

test.each([
	// n8n hides (and so does not save) Operation when Resource is Custom API Call.
	['Resource', { resource: '__CUSTOM_API_CALL__', operation: undefined }],
	['Operation', { operation: '__CUSTOM_API_CALL__' }],
])('Custom API Call chosen as %s: the node points to the HTTP Request node', async (_, choice) => {
	const parameters = { ...requiredFromItem, ...choice };
	const run = await runOnSandbox(state, { parameters, items: [viewItem(0)] });
	expect(run.error?.message).toBe(customApiCall.message);
	expect(run.error?.description).toContain('Predefined Credential Type');
	expect(run.error?.message).not.toContain('Could not get parameter');
	expect(state.sandbox.received).toHaveLength(0);
});
