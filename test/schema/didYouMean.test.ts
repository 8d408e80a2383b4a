import { eventSchemas, validateEvent } from '../../nodes/GongEngagement/schema';

/*
 * A JSON key that differs from one Gong accepts only in case, or by one letter added, dropped,
 * changed or swapped, is refused naming the key meant, at any depth. Runs on zod 3 and zod 4.
 */

const viewed = (extra: Record<string, unknown>) => ({
	reportingSystem: 'docusign',
	eventTimestamp: '2026-03-02T15:04:05Z',
	contentId: 'env-1',
	contentUrl: 'https://docs.example.com/env-1',
	contentTitle: 'Proposal',
	...extra,
});

const problemsOf = (operation: keyof typeof eventSchemas, event: unknown) => {
	const result = validateEvent<unknown>(eventSchemas[operation], event);
	return result.valid ? [] : result.problems;
};

test.each([
	[
		'another case',
		{ contentID: 'x' },
		'"contentID" is not a field Gong accepts here (did you mean contentId?)',
	],
	[
		'a letter dropped',
		{ userAgnt: 'x' },
		'"userAgnt" is not a field Gong accepts here (did you mean userAgent?)',
	],
	[
		'a letter added',
		{ shareIds: 'x' },
		'"shareIds" is not a field Gong accepts here (did you mean shareId?)',
	],
	[
		'two letters swapped',
		{ trakcingId: 'x' },
		'"trakcingId" is not a field Gong accepts here (did you mean trackingId?)',
	],
	[
		'nested in a list row',
		{ viewer: { emial: 'jane@acme.example' } },
		'viewer: "emial" is not a field Gong accepts here (did you mean email?)',
	],
])('%s: %j names the key meant', (_, extra, problem) => {
	const event = viewed(extra);
	// The wrong key replaces nothing: the required fields are all there.
	expect(problemsOf('contentViewed', event)).toEqual([problem]);
});

test('a key in a list of objects, several levels down', () => {
	const event = viewed({
		crmContext: [{ system: 'Generic', objects: [{ objectType: 'Account', objectid: 'a-1' }] }],
	});
	expect(problemsOf('contentViewed', event)).toEqual(
		expect.arrayContaining([
			'crmContext[0].objects[0]: "objectid" is not a field Gong accepts here (did you mean objectId?)',
		]),
	);
});

test('Digital Interaction: content.contentTitel names contentTitle', () => {
	const problems = problemsOf('digitalInteraction', {
		eventId: 'di-1',
		timestamp: '2026-01-01T10:00:00Z',
		eventType: 'Pricing Page Viewed',
		content: { contentTitle: 'Pricing', contentTitel: 'Pricing' },
	});
	expect(problems).toEqual([
		'content: "contentTitel" is not a field Gong accepts here (did you mean contentTitle?)',
	]);
});

test('a key two edits away, or near two accepted keys, gets no guess', () => {
	expect(problemsOf('contentViewed', viewed({ cntntId: 'x' }))).toEqual([
		'"cntntId" is not a field Gong accepts here',
	]);
});

test('a documented hint wins over a guess: actionName on Content Viewed points to viewActionTitle', () => {
	expect(problemsOf('contentViewed', viewed({ actionName: 'x' }))).toEqual([
		'"actionName" is not a field Gong accepts here (use viewActionTitle on Content Viewed)',
	]);
});
