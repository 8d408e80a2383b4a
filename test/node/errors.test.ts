import { runNode } from '../harness/runWorkflow';
import { useVirtualClock } from '../harness/virtualClock';
import {
	ACCESS_KEY,
	ACCESS_KEY_SECRET,
	ACCESS_KEY_BASIC,
	accessKeyCredentials,
	requiredFromItem,
	runOnSandbox,
	useSandbox,
	viewItem,
} from '../harness/fixtures';

/* What users see when things go wrong: errors that name the item and carry Gong's requestId. */

/** Pacing, retry delays and 429 waits run on a virtual clock (see test/harness/virtualClock.ts). */
useVirtualClock();
const state = useSandbox();

const gongError = (status: number, errors: string[], requestId = 'req-from-gong-42') => ({
	status,
	body: { requestId, errors },
});

describe("Gong error answers become errors naming the item, the status, Gong's errors and requestId", () => {
	test.each([
		[400, ['contentUrl: invalid url'], '400 Bad Request', 'Gong rejected the event body'],
		[500, ['Unexpected error'], '500 Internal Server Error', 'safe to retry later'],
	])(
		'%s (scripted; a 500 persisting past Max Retries)',
		async (status, errors, statusText, advice) => {
			const { sandbox } = state;
			sandbox.answerNext(
				gongError(status, errors),
				gongError(status, errors),
				gongError(status, errors),
			);
			const run = await runOnSandbox(state, {
				parameters: { ...requiredFromItem, delivery: { maxRetries: 2, retryDelaySeconds: 0.005 } },
				items: [viewItem(0)],
			});
			expect(run.error?.message).toBe(
				`item 0: Gong answered ${statusText}: ${errors.join('; ')} (requestId req-from-gong-42)`,
			);
			expect(run.error?.description).toContain(advice);
			expect((run.error as unknown as { httpCode: string }).httpCode).toBe(String(status));
		},
	);

	test('401 from a wrong secret', async () => {
		const { sandbox } = state;
		const run = await runNode({
			parameters: requiredFromItem,
			items: [viewItem(0)],
			credentials: { ...accessKeyCredentials(sandbox), accessKeySecret: 'wrong-secret' },
		});
		// n8n retries a 401 once after re-authenticating; the error carries the last answer's requestId.
		const requestId = sandbox.rejected.at(-1)?.requestId;
		expect(run.error?.message).toBe(
			`item 0: Gong answered 401 Unauthorized: Access denied: invalid access key (requestId ${requestId})`,
		);
		expect(run.error?.description).toContain('Check the access key and secret');
	});

	test('409 when Gong already has the event, with Treat Already Reported as Error', async () => {
		const { sandbox } = state;
		const parameters = {
			...requiredFromItem,
			additionalFields: { eventId: 'evt-1' },
			delivery: { alreadyReportedIsError: true },
		};
		await runOnSandbox(state, { parameters, items: [viewItem(0)] });
		const again = await runOnSandbox(state, {
			parameters,
			items: [viewItem(0)],
		});
		expect(sandbox.received).toHaveLength(1);
		expect(again.error?.message).toMatch(
			/^item 0: Gong answered 409 Conflict: Event was already reported in the past \(requestId \w+\)$/,
		);
	});

	test('429 with Retry-After', async () => {
		const { sandbox } = state;
		sandbox.answerNext({
			status: 429,
			body: { requestId: 'req-429', errors: ['API rate limit exceeded'] },
			headers: { 'Retry-After': '3600' },
		});
		const run = await runOnSandbox(state, {
			parameters: requiredFromItem,
			items: [viewItem(0)],
		});
		expect(run.error?.message).toContain(
			'item 0: Gong answered 429 Too Many Requests: API rate limit exceeded (requestId req-429)',
		);
	});
});

describe('bad input in a batch', () => {
	const items = [
		viewItem(0),
		viewItem(1, { envelopeId: '' }),
		viewItem(2),
		viewItem(3, { viewedAt: 'not a date' }),
	];

	test('without continueOnFail the node names every bad item and sends nothing', async () => {
		const { sandbox } = state;
		const run = await runOnSandbox(state, {
			parameters: requiredFromItem,
			items,
		});
		expect(run.error?.message).toMatch(
			/^2 items have problems, nothing was sent: item 1: Content ID is required \(contentId\) \| item 3: Event Timestamp must be a date-time: .* \(eventTimestamp\)$/,
		);
		expect((run.error as unknown as { context: { itemIndex: number } }).context.itemIndex).toBe(1);
		// n8n's error view shows the description as HTML: the list is one, entries escaped.
		expect(run.error?.description).toMatch(
			/^Nothing was sent\. Items with problems:<ul><li>item 1: Content ID is required \(contentId\)<\/li><li>item 3: Event Timestamp must be a date-time: .*<\/li><\/ul>$/,
		);
		expect(sandbox.requestLog).toHaveLength(0);
	});

	test('one bad item without continueOnFail: its own error', async () => {
		const { sandbox } = state;
		const run = await runOnSandbox(state, {
			parameters: requiredFromItem,
			items: items.slice(0, 3),
		});
		expect(run.error?.message).toBe('item 1: Content ID is required (contentId)');
		expect(run.error?.description).toBe(
			'Nothing was sent for this item. Problems found:<ul><li>Content ID is required (contentId)</li></ul>',
		);
		expect(sandbox.requestLog).toHaveLength(0);
	});

	test('many bad items: the first three in the message, every one in the description', async () => {
		const { sandbox } = state;
		const run = await runOnSandbox(state, {
			parameters: requiredFromItem,
			items: [0, 1, 2, 3, 4, 5, 6].map((index) =>
				viewItem(index, index === 3 ? {} : { envelopeId: '' }),
			),
		});
		const named = [0, 1, 2].map((index) => `item ${index}: Content ID is required (contentId)`);
		expect(run.error?.message).toBe(
			`6 items have problems, nothing was sent: ${named.join(' | ')} | and 3 more`,
		);
		const listed = [0, 1, 2, 4, 5, 6].map(
			(index) => `<li>item ${index}: Content ID is required (contentId)</li>`,
		);
		expect(run.error?.description).toBe(
			`Nothing was sent. Items with problems:<ul>${listed.join('')}</ul>`,
		);
		expect(sandbox.requestLog).toHaveLength(0);
	});

	test('a batch of 150 bad items: the description still lists every one of them', async () => {
		const indexes = Array.from({ length: 150 }, (_, index) => index);
		const run = await runOnSandbox(state, {
			parameters: requiredFromItem,
			items: indexes.map((index) => viewItem(index, { envelopeId: '' })),
		});
		expect(run.error?.message).toMatch(
			/^150 items have problems, nothing was sent: .* \| and 147 more$/,
		);
		const listed = indexes.map(
			(index) => `<li>item ${index}: Content ID is required (contentId)</li>`,
		);
		expect(run.error?.description).toBe(
			`Nothing was sent. Items with problems:<ul>${listed.join('')}</ul>`,
		);
		expect(state.sandbox.requestLog).toHaveLength(0);
	});

	test("the list escapes the user's text for n8n's HTML view; the error item holds it as plain lines", async () => {
		const bad = viewItem(0, { envelopeId: '<b>bold</b> & more' });
		const stopped = await runOnSandbox(state, {
			parameters: { ...requiredFromItem, contentUrl: '={{ $json.envelopeId }}' },
			items: [bad],
		});
		expect(stopped.error?.description).toContain(
			'<li>Content URL must be an absolute http(s) URL; got "&lt;b&gt;bold&lt;/b&gt; &amp; more"',
		);
		const continued = await runOnSandbox(state, {
			parameters: { ...requiredFromItem, contentUrl: '={{ $json.envelopeId }}' },
			items: [bad],
			continueOnFail: true,
		});
		expect((continued.items[0].json.details as { description: string }).description).toMatch(
			/^Nothing was sent for this item\. Problems found:\n- Content URL must be an absolute http\(s\) URL; got "<b>bold<\/b> & more"/,
		);
	});

	test('with continueOnFail every item comes out, in order, paired to its input', async () => {
		const { sandbox } = state;
		sandbox.answerNext({
			...gongError(500, ['Unexpected error'], 'req-500'),
			onlyFor: (body) => body.contentId === 'env-2',
		});
		const run = await runOnSandbox(state, {
			parameters: { ...requiredFromItem, delivery: { maxRetries: 0 } },
			items,
			continueOnFail: true,
		});

		expect(run.error).toBeUndefined();
		expect(run.items.map((item) => item.pairedItem)).toEqual([
			{ item: 0 },
			{ item: 1 },
			{ item: 2 },
			{ item: 3 },
		]);
		expect(run.items[0].json.status).toBe('reported');
		// Failed items: only `error` and `details`, the shape n8n routes to an error output.
		for (const item of run.items.slice(1))
			expect(Object.keys(item.json).sort()).toEqual(['details', 'error']);
		expect(run.items[1].json).toEqual({
			error: 'item 1: Content ID is required (contentId)',
			details: {
				status: 'failed',
				sent: false,
				description:
					'Nothing was sent for this item. Problems found:\n- Content ID is required (contentId)',
			},
		});
		expect(run.items[2].json).toMatchObject({
			error:
				'item 2: Gong answered 500 Internal Server Error: Unexpected error (requestId req-500)',
			details: {
				status: 'failed',
				httpStatus: 500,
				requestId: 'req-500',
				errors: ['Unexpected error'],
			},
		});
		expect(run.items[3].json.error).toMatch(
			/^item 3: Event Timestamp must be a date-time: .* \(eventTimestamp\)$/,
		);
		expect(sandbox.received.map((event) => event.body.contentId)).toEqual(['env-0']);
	});

	test('an API failure without continueOnFail stops the batch: events not yet started are not sent', async () => {
		const { sandbox } = state;
		sandbox.answerNext({
			...gongError(400, ['bad'], 'req-400'),
			onlyFor: (body) => body.contentId === 'env-1',
		});
		const run = await runOnSandbox(state, {
			parameters: requiredFromItem,
			items: [viewItem(0), viewItem(1), viewItem(2), viewItem(3), viewItem(4)],
		});
		expect(run.error?.message).toBe(
			'item 1: Gong answered 400 Bad Request: bad (requestId req-400)',
		);
		expect(run.error?.description).toContain('3 later item(s) were not sent.');
		expect(sandbox.received.map((event) => event.body.contentId)).toEqual(['env-0']);
	});

	test('JSON mode: text that is not JSON, and JSON that is not an object', async () => {
		const text = await runOnSandbox(state, {
			parameters: { inputMode: 'json', eventJson: '{"contentId": ' },
		});
		expect(text.error?.message).toMatch(/^item 0: Event \(JSON\) is not valid JSON/);
		const array = await runOnSandbox(state, {
			parameters: { inputMode: 'json', eventJson: '={{ [1, 2] }}' },
		});
		expect(array.error?.message).toBe('item 0: the event must be a JSON object; got an array');
		expect(array.error?.description).toBe(
			'Each item carries one event. To send several, split the array into items first (e.g. with the Split Out node), then map {{ $json }}.',
		);
		const nothing = await runOnSandbox(state, {
			parameters: { inputMode: 'json', eventJson: '={{ $json.missing }}' },
		});
		expect(nothing.error?.message).toBe('item 0: the event must be a JSON object; got nothing');
		const jsonString = await runOnSandbox(state, {
			parameters: { inputMode: 'json', eventJson: '"a string"' },
		});
		expect(jsonString.error?.message).toBe(
			'item 0: the event must be a JSON object; got "a string"',
		);
	});

	test('a time zone that does not exist', async () => {
		const run = await runOnSandbox(state, {
			parameters: { ...requiredFromItem, options: { timeZone: 'Mars/Olympus' } },
			items: [viewItem(0)],
		});
		expect(run.error?.message).toBe(
			'item 0: options.timeZone "Mars/Olympus" is not an IANA time zone',
		);
	});
});

describe('one Event ID for different events of one batch', () => {
	// Event ID mapped from the document, not the view: before, item 1 and 3 came out as
	// "alreadyReported" (Gong's 409 for item 0's ID) and never reached the timeline.
	const parameters = { ...requiredFromItem, additionalFields: { eventId: '={{ $json.docId }}' } };
	const viewsOfOneDocument = [
		viewItem(0, { docId: 'doc-1' }),
		viewItem(1, { docId: 'doc-1' }),
		viewItem(2, { docId: 'doc-2' }),
		viewItem(3, { docId: 'doc-1', viewedAt: '2026-03-03T09:00:00Z' }),
	];
	const sharedIdError = (itemIndex: number, eventId: string, first: number) =>
		`item ${itemIndex}: eventId must differ from item ${first}'s ("${eventId}"), whose event is a different one: Gong keeps the first event with an ID and answers 409 to the others`;

	test('with Continue On Fail: the later ones are error items naming the first; the rest are sent', async () => {
		const run = await runOnSandbox(state, {
			parameters,
			items: viewsOfOneDocument,
			continueOnFail: true,
		});
		expect(run.items.map((item) => item.json.error ?? item.json.status)).toEqual([
			'reported',
			sharedIdError(1, 'doc-1', 0),
			'reported',
			sharedIdError(3, 'doc-1', 0),
		]);
		expect(run.items[1].json.details).toMatchObject({ sent: false, eventId: 'doc-1' });
		expect(run.items.map((item) => item.pairedItem)).toEqual(
			[0, 1, 2, 3].map((item) => ({ item })),
		);
		expect(state.sandbox.received.map((event) => event.body.contentId)).toEqual(['env-0', 'env-2']);
	});

	test('without it: nothing is sent, and the error names each such item', async () => {
		const run = await runOnSandbox(state, { parameters, items: viewsOfOneDocument });
		expect(run.error?.message).toBe(
			`2 items have problems, nothing was sent: ${sharedIdError(1, 'doc-1', 0)} | ${sharedIdError(3, 'doc-1', 0)}`,
		);
		expect(state.sandbox.requestLog).toHaveLength(0);
	});

	test('an exact repeat is no conflict: Gong has it once, the repeat is alreadyReported', async () => {
		const run = await runOnSandbox(state, {
			parameters: {
				operation: 'contentViewed',
				inputMode: 'json',
				eventJson: '={{ $json.event }}',
				// One call at a time, so the first of the two is the one Gong gets first.
				delivery: { maxConcurrentCalls: 1 },
			},
			items: [
				{
					event: {
						reportingSystem: 'docusign',
						eventId: 'e-1',
						eventTimestamp: '2026-03-02T10:00:00Z',
						contentId: 'c',
						contentUrl: 'https://x.example/c',
						contentTitle: 'C',
					},
				},
				// The same event with its keys in another order.
				{
					event: {
						contentTitle: 'C',
						contentUrl: 'https://x.example/c',
						contentId: 'c',
						eventTimestamp: '2026-03-02T10:00:00Z',
						eventId: 'e-1',
						reportingSystem: 'docusign',
					},
				},
				// The same ID from another reporting system is another event for Gong.
				{
					event: {
						reportingSystem: 'pandadoc',
						eventId: 'e-1',
						eventTimestamp: '2026-03-02T10:00:00Z',
						contentId: 'c',
						contentUrl: 'https://x.example/c',
						contentTitle: 'C',
					},
				},
			],
			continueOnFail: true,
		});
		expect(run.items.map((item) => item.json.status)).toEqual([
			'reported',
			'alreadyReported',
			'reported',
		]);
	});
});

describe('secrets never appear in output, errors or logs', () => {
	const secrets = [ACCESS_KEY, ACCESS_KEY_SECRET, ACCESS_KEY_BASIC];

	test('across success, Gong errors, validation errors and network failures', async () => {
		const { sandbox } = state;
		const logged: string[] = [];
		const spies = (['log', 'warn', 'error', 'info', 'debug'] as const).map((method) =>
			jest
				.spyOn(console, method)
				.mockImplementation((...args: unknown[]) => void logged.push(args.map(String).join(' '))),
		);
		try {
			sandbox.answerNext(gongError(500, ['boom']), gongError(401, ['Access denied']));
			const noRetries = { ...requiredFromItem, delivery: { maxRetries: 0 } };
			const runs = [
				await runOnSandbox(state, {
					parameters: noRetries,
					items: [viewItem(0)],
				}),
				await runOnSandbox(state, {
					parameters: requiredFromItem,
					items: [viewItem(1)],
				}),
				await runOnSandbox(state, {
					parameters: requiredFromItem,
					items: [viewItem(2)],
				}),
				await runOnSandbox(state, {
					parameters: requiredFromItem,
					items: [viewItem(3), viewItem(4, { envelopeId: '' })],
					continueOnFail: true,
				}),
				await runNode({
					parameters: noRetries,
					items: [viewItem(5)],
					credentials: { ...accessKeyCredentials(sandbox), baseUrl: 'http://127.0.0.1:9' },
					continueOnFail: true,
				}),
			];
			expect(runs[4].items[0].json.error).toMatch(
				/^item 0: could not reach Gong: the connection was refused$/,
			);
			const seen = runs
				.flatMap((run) => [
					JSON.stringify(run.items),
					run.error?.message ?? '',
					run.error?.description ?? '',
					JSON.stringify(run.error ?? {}),
					JSON.stringify(run.run.data.resultData),
				])
				.concat(logged)
				.join('\n');
			for (const secret of secrets) expect(seen).not.toContain(secret);
		} finally {
			spies.forEach((spy) => spy.mockRestore());
		}
	});
});
