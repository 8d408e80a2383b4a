import {
	expectedFullBody,
	fullFieldParameters,
	requiredFromItem,
	runOnSandbox,
	useSandbox,
	viewItem,
} from '../harness/fixtures';

/* Content Viewed through n8n's engine to the Gong sandbox over HTTP: what arrives, and what comes out. */

const state = useSandbox();

describe('Content Viewed, fields mode', () => {
	test("every field arrives at Gong exactly as mapped, and the output carries Gong's ids", async () => {
		const { sandbox } = state;
		const run = await runOnSandbox(state, {
			parameters: fullFieldParameters,
			items: [viewItem(0)],
		});

		expect(run.error).toBeUndefined();
		expect(sandbox.rejected).toEqual([]);
		expect(sandbox.received).toHaveLength(1);
		expect(sandbox.received[0].path).toBe('/v2/customer-engagement/content/viewed');
		expect(sandbox.received[0].auth).toBe('basic');
		expect(sandbox.received[0].body).toEqual(expectedFullBody);

		expect(run.items).toHaveLength(1);
		expect(run.items[0].pairedItem).toEqual({ item: 0 });
		expect(run.items[0].json).toEqual({
			status: 'reported',
			httpStatus: 200,
			requestId: sandbox.received[0].requestId,
			integrationId: '7782342274025937895',
			eventId: 'view-env-0',
			eventTimestamp: '2026-03-02T15:04:05+01:00',
			attempts: 1,
		});
	});

	test("integrationId keeps every digit of Gong's int64 (a JS number would not)", async () => {
		const { sandbox } = state;
		sandbox.configure({ integrationId: '9223372036854775807' });
		try {
			const run = await runOnSandbox(state, {
				parameters: requiredFromItem,
				items: [viewItem(1)],
			});
			// The sandbox writes it as a bare JSON number, as Gong does; parsed as a JS number it
			// would come out as 9223372036854775808, and as a number, not this string.
			expect(run.items[0].json.integrationId).toBe('9223372036854775807');
		} finally {
			sandbox.configure({ integrationId: '7782342274025937895' });
		}
	});

	test('left-empty optional fields are not sent', async () => {
		const { sandbox } = state;
		const run = await runOnSandbox(state, {
			parameters: {
				...requiredFromItem,
				viewer: { email: '', name: '' },
				additionalFields: { shareId: '' },
			},
			items: [viewItem(2)],
		});
		expect(run.error).toBeUndefined();
		expect(Object.keys(sandbox.received[0].body).sort()).toEqual(
			[
				'contentId',
				'contentTitle',
				'contentUrl',
				'eventId',
				'eventTimestamp',
				'reportingSystem',
			].sort(),
		);
	});
});

describe('viewer or trackingId', () => {
	test('Tracking ID mode sends trackingId and no viewer, even with viewer fields filled', async () => {
		const { sandbox } = state;
		const run = await runOnSandbox(state, {
			parameters: {
				...requiredFromItem,
				viewerIdentification: 'trackingId',
				trackingId: 'trk-123',
				viewer: { email: 'x@acme.com' },
			},
			items: [viewItem(3)],
		});
		expect(run.error).toBeUndefined();
		expect(sandbox.received[0].body.trackingId).toBe('trk-123');
		expect(sandbox.received[0].body).not.toHaveProperty('viewer');
	});

	test('Viewer mode sends the viewer and no trackingId, even with a trackingId filled', async () => {
		const { sandbox } = state;
		const run = await runOnSandbox(state, {
			parameters: {
				...requiredFromItem,
				viewerIdentification: 'viewer',
				trackingId: 'trk-123',
				viewer: { email: 'x@acme.com' },
			},
			items: [viewItem(4)],
		});
		expect(run.error).toBeUndefined();
		expect(sandbox.received[0].body.viewer).toEqual({ email: 'x@acme.com' });
		expect(sandbox.received[0].body).not.toHaveProperty('trackingId');
	});

	test('JSON with both is refused before any request', async () => {
		const { sandbox } = state;
		const run = await runOnSandbox(state, {
			parameters: {
				inputMode: 'json',
				eventJson:
					'={{ { ...$json.event, viewer: { email: "a@acme.com" }, trackingId: "trk-1" } }}',
			},
			items: [
				{
					event: {
						reportingSystem: 'x',
						eventTimestamp: '2026-01-01T00:00:00Z',
						contentId: 'c',
						contentUrl: 'https://e.com/c',
						contentTitle: 't',
					},
				},
			],
		});
		expect(run.error?.message).toBe(
			'item 0: trackingId must be left empty when viewer is given (Gong accepts a viewer or a trackingId, never both)',
		);
		expect(sandbox.requestLog).toHaveLength(0);
	});
});

describe('Content Viewed, JSON mode', () => {
	test('the same event as JSON arrives identical to the fields mode', async () => {
		const { sandbox } = state;
		const { eventId, ...withoutEventId } = expectedFullBody;
		const run = await runOnSandbox(state, {
			parameters: { inputMode: 'json', eventJson: '={{ $json.event }}' },
			items: [{ event: { ...withoutEventId, eventId } }],
		});
		expect(run.error).toBeUndefined();
		expect(sandbox.received[0].body).toEqual(expectedFullBody);
	});

	test('typed JSON text is parsed, its timestamp normalized and numbers in properties sent as strings', async () => {
		const { sandbox } = state;
		const run = await runOnSandbox(state, {
			parameters: {
				inputMode: 'json',
				eventJson: JSON.stringify({
					reportingSystem: 'drive',
					eventTimestamp: 1767261600,
					contentId: 'f1',
					contentUrl: 'https://drive.example.com/f1',
					contentTitle: 'Deck',
					contentProperties: [{ name: 'slides', value: 30, dataType: 'number' }],
				}),
			},
		});
		expect(run.error).toBeUndefined();
		expect(sandbox.received[0].body.eventTimestamp).toBe('2026-01-01T10:00:00Z');
		expect(sandbox.received[0].body.contentProperties).toEqual([
			{ name: 'slides', value: '30', dataType: 'number' },
		]);
	});
});

describe('eventTimestamp forms', () => {
	// The workflow's time zone is America/New_York (UTC-5 in January, UTC-4 in July).
	test.each([
		[
			'ISO with offset (kept as written)',
			'2026-01-15T10:00:00+05:30',
			{},
			'2026-01-15T10:00:00+05:30',
		],
		['ISO in UTC', '2026-01-15T10:00:00.250Z', {}, '2026-01-15T10:00:00.250Z'],
		[
			'ISO without offset: workflow time zone',
			'2026-01-15T10:00:00',
			{},
			'2026-01-15T10:00:00-05:00',
		],
		[
			'ISO without offset in July: DST applies',
			'2026-07-15T10:00:00',
			{},
			'2026-07-15T10:00:00-04:00',
		],
		[
			'ISO without offset: Time Zone option',
			'2026-01-15T10:00:00',
			{ timeZone: 'Europe/Berlin' },
			'2026-01-15T10:00:00+01:00',
		],
		['SQL-style date time', '2026-01-15 10:00:00', { timeZone: 'UTC' }, '2026-01-15T10:00:00Z'],
		['epoch seconds (number)', '={{ 1768471200 }}', {}, '2026-01-15T10:00:00Z'],
		['epoch milliseconds (number)', '={{ 1768471200000 }}', {}, '2026-01-15T10:00:00Z'],
		['epoch seconds (digits)', '1768471200', {}, '2026-01-15T10:00:00Z'],
		['RFC 2822', 'Thu, 15 Jan 2026 10:00:00 +0200', {}, '2026-01-15T10:00:00+02:00'],
		['HTTP date', 'Thu, 15 Jan 2026 10:00:00 GMT', {}, '2026-01-15T10:00:00Z'],
		['JS Date', '={{ new Date(Date.UTC(2026, 0, 15, 10)) }}', {}, '2026-01-15T10:00:00Z'],
		[
			'luxon DateTime',
			'={{ DateTime.fromISO("2026-01-15T10:00:00", { zone: "Asia/Tokyo" }) }}',
			{},
			'2026-01-15T10:00:00+09:00',
		],
	])('%s', async (_name, expression, options, expected) => {
		const { sandbox } = state;
		const run = await runOnSandbox(state, {
			parameters: { ...requiredFromItem, eventTimestamp: expression, options },
			items: [viewItem(5)],
		});
		expect(run.error).toBeUndefined();
		expect(sandbox.received[0].body.eventTimestamp).toBe(expected);
		expect(run.items[0].json.eventTimestamp).toBe(expected);
	});
});
