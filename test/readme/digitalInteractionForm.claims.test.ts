import type { INodeParameters } from 'n8n-workflow';

import { runOnSandbox, useSandbox } from '../harness/fixtures';

/* Digital Interaction's fields and the form's hints, in the fields mode (dry run). */

const state = useSandbox();

async function outcome(extra: INodeParameters) {
	const run = await runOnSandbox(state, {
		parameters: {
			operation: 'digitalInteraction',
			eventId: 'di-form',
			timestamp: '2026-01-01T10:00:00Z',
			eventType: 'NPS Answered',
			contentTitle: 'Survey',
			delivery: { dryRun: true },
			...extra,
		},
		continueOnFail: true,
	});
	return run.items[0].json;
}

test('UI hint: Numeric Range From and To are "needed with any numeric detail"', async () => {
	const result = await outcome({ content: { numericValue: 9 } });
	expect(result.error).toMatch(/Numeric Range From/);
	expect(result.error).toMatch(/Numeric Range To/);
});

test('numeric details are whole numbers (int32)', async () => {
	const result = await outcome({
		content: { numericValue: 9.5, numericRangeFrom: 0, numericRangeTo: 10 },
	});
	expect(result.error).toBe(
		'item 0: Content Details → Numeric Value must be a whole number from -2147483648 to 2147483647 (int32); got 9.5 (content.numericContentDetails.value)',
	);
});

test('UI hint: a Person CRM Object ID is needed "with an object type", and the error names the missing one', async () => {
	const withoutType = await outcome({
		person: { email: 'jane@acme.example', personCrmObjectId: '0033600001abcDEAAY' },
	});
	expect(withoutType.error).toBe(
		'item 0: Person → Person CRM Object Type is required (person.personBusinessContext.objectType)',
	);
	const withoutId = await outcome({
		person: { email: 'jane@acme.example', personCrmObjectType: 'CONTACT' },
	});
	expect(withoutId.error).toBe(
		'item 0: Person → Person CRM Object ID is required (person.personBusinessContext.objectId)',
	);
	const both = await outcome({
		person: {
			email: 'jane@acme.example',
			personCrmObjectType: 'LEAD',
			personCrmObjectId: '00Q3600001abcDEAAY',
		},
	});
	expect(both.event).toMatchObject({
		person: { personBusinessContext: { objectType: 'LEAD', objectId: '00Q3600001abcDEAAY' } },
	});
});

test('UI hints: Search Name and Search Domain are "needed with any search detail", also when only the Object Type was added', async () => {
	const result = await outcome({ content: { searchObjectType: 'PRODUCT' } });
	expect(result.error).toBe(
		'item 0: Content Details → Search Name is required (content.searchObjectDetails.name) (and 1 more: Content Details → Search Domain is required (content.searchObjectDetails.domain))',
	);
});
