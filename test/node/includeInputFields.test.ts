import type { NodeRun } from '../harness/runWorkflow';
import { requiredFromItem, runOnSandbox, useSandbox, viewItem } from '../harness/fixtures';

/*
 * Options → Include Input Fields: off, the output holds the result alone (as before); on, the
 * input item's fields stand beside the result on the success output and on error items, whichever
 * On Error mode routes them.
 */

const state = useSandbox();

const withInput = { ...requiredFromItem, options: { includeInputFields: true } };
/** An input item whose own `status` the result must win over. */
const input = viewItem(0, { status: 'draft', folder: 'Proposals' });
const badInput = viewItem(1, { subject: '', folder: 'Contracts' });

const errorOutputOf = (run: NodeRun) =>
	run.run.data.resultData.runData.Gong?.[0]?.data?.main[1] ?? [];

test("off (the default): the success output holds the result alone, not the input's fields", async () => {
	const run = await runOnSandbox(state, { parameters: requiredFromItem, items: [input] });
	expect(run.items[0].json.status).toBe('reported');
	expect(run.items[0].json).not.toHaveProperty('envelopeId');
	expect(run.items[0].json).not.toHaveProperty('folder');
});

test("on: the input's fields beside the result, the result winning a shared name", async () => {
	const run = await runOnSandbox(state, { parameters: withInput, items: [input] });
	expect(run.items[0].json).toMatchObject({
		envelopeId: 'env-0',
		folder: 'Proposals',
		status: 'reported',
		httpStatus: 200,
	});
	expect(run.items[0].pairedItem).toEqual({ item: 0 });
});

test('on, Continue (regular output): an error item carries the input fields too', async () => {
	const run = await runOnSandbox(state, {
		parameters: withInput,
		items: [input, badInput],
		continueOnFail: true,
	});
	expect(run.items.map((item) => item.json.folder)).toEqual(['Proposals', 'Contracts']);
	expect(run.items[1].json.error).toMatch(/^item 1: Content Title/);
	expect(run.items[1].json.details).toMatchObject({ status: 'failed' });
});

test('on, Continue (using error output): both outputs carry the input fields', async () => {
	const run = await runOnSandbox(state, {
		parameters: withInput,
		items: [input, badInput],
		onError: 'continueErrorOutput',
	});
	expect(run.items.map((item) => [item.json.folder, item.json.status])).toEqual([
		['Proposals', 'reported'],
	]);
	const errors = errorOutputOf(run);
	expect(errors.map((item) => item.json.folder)).toEqual(['Contracts']);
	expect(errors[0].json.error).toMatch(/^item 1: Content Title/);
});
