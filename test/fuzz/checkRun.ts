import type { IDataObject } from 'n8n-workflow';

import type { GongSandbox } from '../sandbox/server';
import { ACCESS_KEY, ACCESS_KEY_BASIC, ACCESS_KEY_SECRET } from '../harness/fixtures';
import type { NodeRun } from '../harness/runWorkflow';

/*
 * What must hold for every fuzzed batch, whatever the items held. Each failed check throws an
 * error naming the item, its message and (cut) its input, so a failing seed points at the culprit.
 */

const SECRETS = [ACCESS_KEY, ACCESS_KEY_SECRET, ACCESS_KEY_BASIC];

/** A field path as the node writes it: `viewer.context[0].system`, `[""]`, `content["a b"]`. */
const PATH = String.raw`(?:[A-Za-z_$][\w$]*|\[\d+\]|\["(?:[^"\\]|\\.)*"(?: \(\d+ characters\))?\])(?:\.[A-Za-z_$][\w$]*|\[\d+\]|\["(?:[^"\\]|\\.)*"(?: \(\d+ characters\))?\])*(?:…\S*)?`;
const KEY = String.raw`"(?:[^"\\]|\\.)*"(?: \(\d+ characters\))?`;

/** Every refusal names the item, then a field (or the whole event) and what is wrong with it. */
const REFUSAL = new RegExp(
	[
		String.raw`^item (\d+): ${PATH} (?:is required|must |is nested more than \d+ levels deep)`,
		// Fields mode: the form's labels, the problem, then the JSON path in parentheses.
		String.raw`^item (\d+): \S.*? (?:is required|must [^(]*?).*? \(${PATH}\)(?: \(and \d+ more: .*\))?$`,
		String.raw`^item (\d+): (?:${PATH}: )?${KEY} is not a field Gong accepts here`,
		String.raw`^item (\d+): Event \(JSON\) is not valid JSON`,
		String.raw`^item (\d+): the event must be a JSON object; got \S`,
	].join('|'),
);

/** Object.prototype's own names, taken before the fuzzing starts. */
export const prototypeNames = () => ({
	object: Object.getOwnPropertyNames(Object.prototype).sort(),
	array: Object.getOwnPropertyNames(Array.prototype).sort(),
});

const cut = (value: unknown) => {
	const text = JSON.stringify(value) ?? String(value);
	return text.length > 400 ? `${text.slice(0, 400)}… (${text.length} characters)` : text;
};

export interface RunCounts {
	reported: number;
	alreadyReported: number;
	refused: number;
}

export function checkRun(
	run: NodeRun,
	inputs: IDataObject[],
	sandbox: GongSandbox,
	prototypesBefore: ReturnType<typeof prototypeNames>,
): RunCounts {
	const fail = (what: string, index?: number) => {
		const about =
			index === undefined
				? ''
				: `\n  item ${index} came out as ${cut(run.items[index]?.json)}\n  its input was ${cut(inputs[index])}`;
		throw new Error(`${what}${about}`);
	};
	if (run.error) fail(`the node failed as a whole: ${run.error.message}`);
	if (run.items.length !== inputs.length)
		fail(`${inputs.length} items went in, ${run.items.length} came out`);

	const counts: RunCounts = { reported: 0, alreadyReported: 0, refused: 0 };
	const reportedIds = new Set<string>();
	run.items.forEach((item, index) => {
		const paired = item.pairedItem as { item?: number } | undefined;
		if (paired?.item !== index) fail(`pairedItem is ${cut(item.pairedItem)}`, index);
		const { json } = item;
		if (json.status === 'reported') {
			counts.reported++;
			reportedIds.add(String(json.eventId));
			return;
		}
		if (json.status === 'alreadyReported') {
			// Two fuzzed items can turn into the same event; Gong then has it once (409), and so
			// does the sandbox. Only a repeat of an event of this very batch may be one.
			if (!reportedIds.has(String(json.eventId))) fail('409 for an event not sent before', index);
			counts.alreadyReported++;
			return;
		}
		const message = json.error;
		if (typeof message !== 'string') return fail('neither reported nor an error', index);
		const match = REFUSAL.exec(message);
		if (!match) fail('the refusal does not name the item and a field', index);
		const named = Number(match!.slice(1).find((group) => group !== undefined));
		if (named !== index) fail(`the refusal names item ${named}`, index);
		if ((json.details as IDataObject | undefined)?.sent !== false)
			fail('a refusal must say nothing was sent', index);
		if (message.length > 2_000) fail(`a ${message.length}-character message`, index);
		counts.refused++;
	});
	if (counts.reported + counts.alreadyReported + counts.refused !== inputs.length)
		fail(`reported + refused = ${counts.reported + counts.refused} of ${inputs.length}`);

	const invalid = sandbox.rejected.filter((rejection) => rejection.status !== 409);
	if (invalid.length > 0)
		fail(
			`the sandbox refused what the node sent: ${invalid.length} × ${cut(invalid[0].errors)} for ${cut(invalid[0].body)}`,
		);
	if (sandbox.received.length !== counts.reported)
		fail(`the sandbox stored ${sandbox.received.length}, the node reported ${counts.reported}`);

	const output = JSON.stringify(run.items);
	for (const secret of SECRETS) if (output.includes(secret)) fail('a secret is in the output');
	if (({} as IDataObject).polluted !== undefined || ([] as unknown as IDataObject).polluted)
		fail('Object.prototype was polluted');
	const prototypesNow = prototypeNames();
	if (JSON.stringify(prototypesNow) !== JSON.stringify(prototypesBefore))
		fail('Object.prototype or Array.prototype gained or lost a property');
	return counts;
}
