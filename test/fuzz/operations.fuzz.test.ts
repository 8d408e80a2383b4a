import fc from 'fast-check';
import type { IDataObject, INodeParameters } from 'n8n-workflow';

import { accessKeyCredentials, useSandbox } from '../harness/fixtures';
import { runNode } from '../harness/runWorkflow';
import { checkRun, prototypeNames, type RunCounts } from './checkRun';
import { fieldsTarget, OPERATIONS, type OperationName, validBody } from './fuzzTargets';
import { hostileValue, mutate, mutations } from './hostileValues';

/*
 * Seeded fuzzing of every operation in both input modes, through n8n-core's engine against the
 * sandbox: batches of mostly-valid items with random damage. See checkRun for what must hold.
 *
 * Reproduce a failure: FUZZ_SEED=<seed> FUZZ_PATH=<path> npx jest test/fuzz/operations.fuzz.test.ts -t '<test name>'
 * (both printed on failure). FUZZ_RUNS sets batches per test, FUZZ_SHRINK=1 shrinks a failure.
 */

const DEFAULT_SEED = 20261125;
const seed = Number(process.env.FUZZ_SEED ?? DEFAULT_SEED);
const replayPath = process.env.FUZZ_PATH;
const numRuns = Number(process.env.FUZZ_RUNS ?? 4);
const BATCH = { minLength: 100, maxLength: 150 };

const state = useSandbox({ callsPerSecond: 0 });

/** Unlimited pace and several calls at once: the fuzz tests input handling, not pacing. */
const delivery = { callsPerSecond: 0, maxConcurrentCalls: 8, maxRetries: 0 };

const prototypesBefore = prototypeNames();
const totals: Record<string, RunCounts & { items: number }> = {};
let batchNumber = 0;

async function runBatch(name: string, parameters: INodeParameters, items: IDataObject[]) {
	state.sandbox.reset();
	const run = await runNode({
		parameters: { ...parameters, delivery },
		items,
		credentials: accessKeyCredentials(state.sandbox),
		continueOnFail: true,
	});
	const counts = checkRun(run, items, state.sandbox, prototypesBefore);
	const total = (totals[name] ??= { items: 0, reported: 0, alreadyReported: 0, refused: 0 });
	total.items += items.length;
	total.reported += counts.reported;
	total.alreadyReported += counts.alreadyReported;
	total.refused += counts.refused;
}

/** Runs the property with the suite's seed; a failure says how to replay exactly this case. */
async function fuzz<T>(
	testName: string,
	batches: fc.Arbitrary<T>,
	check: (batch: T) => Promise<void>,
) {
	const details = await fc.check(fc.asyncProperty(batches, check), {
		seed,
		numRuns,
		...(replayPath ? { path: replayPath } : {}),
		endOnFailure: process.env.FUZZ_SHRINK !== '1',
	});
	if (!details.failed) return;
	const cause = details.errorInstance instanceof Error ? details.errorInstance.message : 'no error';
	throw new Error(
		`${cause}\n\nReproduce: FUZZ_SEED=${details.seed} FUZZ_PATH=${details.counterexamplePath} npx jest test/fuzz/operations.fuzz.test.ts -t '${testName}'` +
			(process.env.FUZZ_SHRINK === '1' ? '' : '\n(add FUZZ_SHRINK=1 to shrink the batch first)'),
	);
}

/** A batch is named by a run id, so the ids in it are unique to it. */
const runId = () => `r${++batchNumber}`;

describe.each(OPERATIONS)('%s', (operation: OperationName) => {
	const jsonName = `${operation} JSON mode: every item comes out paired; refusals name item and field; only valid events are sent`;
	test(
		jsonName,
		async () => {
			// Each item: the operation's valid body (half of them without eventId, so it is derived),
			// damaged or not; now and then JSON text, text that is not JSON, or not an object at all.
			const event = fc.tuple(mutations, fc.boolean(), fc.nat({ max: 19 }), hostileValue);
			await fuzz(jsonName, fc.array(event, BATCH), async (batch) => {
				const run = runId();
				const items = batch.map(([changes, withoutId, form, other], index) => {
					const { eventId, ...rest } = validBody(operation, index, run);
					const body = mutate(withoutId ? rest : { eventId, ...rest }, changes);
					if (form === 0) return { event: JSON.stringify(body) };
					if (form === 1) return { event: JSON.stringify(body).slice(0, -1) };
					if (form === 2) return { event: other };
					return { event: body };
				});
				await runBatch(
					`${operation} json`,
					{ operation, inputMode: 'json', eventJson: '={{ $json.event }}' },
					items as IDataObject[],
				);
			});
		},
		90_000,
	);

	const fieldsName = `${operation} Fields mode: every item comes out paired; refusals name item and field; only valid events are sent`;
	test(
		fieldsName,
		async () => {
			const target = fieldsTarget(operation);
			await fuzz(fieldsName, fc.array(mutations, BATCH), async (batch) => {
				const run = runId();
				const items = batch.map((changes, index) => mutate(target.item(index, run), changes));
				await runBatch(`${operation} fields`, target.parameters, items);
			});
		},
		90_000,
	);
});

test('every operation and mode had both accepted and refused items (else one path went untested)', () => {
	console.log(
		`fuzz seed ${seed}:\n${Object.entries(totals)
			.map(
				([name, t]) =>
					`  ${name}: ${t.items} items, ${t.reported} reported, ${t.alreadyReported} already reported, ${t.refused} refused`,
			)
			.join('\n')}`,
	);
	const ran = Object.entries(totals).map(([name, total]) => [
		name,
		total.reported > 0,
		total.refused > 0,
	]);
	expect(ran).toEqual(ran.map(([name]) => [name, true, true]));
	if (!replayPath) expect(ran).toHaveLength(OPERATIONS.length * 2);
});
