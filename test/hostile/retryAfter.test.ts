import { MAX_RETRY_AFTER_MS, retryAfterMs } from '../../nodes/GongEngagement/transport/retryPolicy';
import { accessKeyCredentials, requiredFromItem, viewItem } from '../harness/fixtures';
import { runNode } from '../harness/runWorkflow';
import { useVirtualClock } from '../harness/virtualClock';
import { answer, type HostileRequest, useHostileServer } from './hostileServer';

/*
 * Retry-After in every form a Gong, a gateway or a fake may send on 429: seconds (whole or
 * fractional), "0", an HTTP date in each of HTTP's three forms, nothing at all, and junk.
 * JavaScript's Date.parse reads nearly any text as some date, so junk such as "later 2099" used to
 * become a wait of decades and stop the node; 400 digits became an infinite hold.
 */

const NOW = Date.parse('2026-11-25T08:00:00Z');

describe('retryAfterMs', () => {
	test.each<[string, string | undefined, number]>([
		['whole seconds', '2', 2000],
		['zero', '0', 0],
		['fractional seconds, rounded up to the millisecond', '0.2505', 251],
		['blanks around it', '  3 ', 3000],
		['missing', undefined, 1000],
		['empty', '', 1000],
		['negative', '-1', 1000],
		['a signed number', '+5', 1000],
		['exponent notation', '1e3', 1000],
		['a word', 'soon', 1000],
		['a sentence with a year in it', 'later 2099', 1000],
		['a sentence with a number in it', 'try again in 5', 1000],
		['IMF-fixdate, 90 s ahead', 'Wed, 25 Nov 2026 08:01:30 GMT', 90_000],
		['RFC 850 date, 90 s ahead', 'Wednesday, 25-Nov-26 08:01:30 GMT', 90_000],
		['asctime date (GMT by definition), 90 s ahead', 'Wed Nov 25 08:01:30 2026', 90_000],
		[
			'ISO 8601 with Z (not HTTP’s form, but unambiguous), 90 s ahead',
			'2026-11-25T08:01:30Z',
			90_000,
		],
		['ISO 8601 without an offset', '2026-11-25T08:01:30', 1000],
		['a date in the past', 'Tue, 24 Nov 2026 08:00:00 GMT', 0],
		['hours of seconds (daily budget spent)', '7200', 7_200_000],
		['more than a day of seconds', '99999999999', MAX_RETRY_AFTER_MS],
		['400 digits', '9'.repeat(400), MAX_RETRY_AFTER_MS],
		['a date years ahead', 'Fri, 31 Dec 9999 23:59:59 GMT', MAX_RETRY_AFTER_MS],
	])('%s', (_case, header, expected) => {
		expect(retryAfterMs(header, NOW)).toBe(expected);
	});
});

/** The node's waits and the server's arrival times run on one virtual clock. */
const time = useVirtualClock();
const state = useHostileServer();

const credentials = () => accessKeyCredentials(state.server);

const eventIdOf = (request: HostileRequest) =>
	String((JSON.parse(request.body) as { eventId: string }).eventId);

/** 429 with these headers on the first call of every event, Gong's answer on the next. */
function firstCallLimited(headers: Record<string, string>) {
	const seen = new Set<string>();
	return (request: HostileRequest, response: Parameters<typeof answer>[0]) => {
		const eventId = eventIdOf(request);
		if (seen.has(eventId)) {
			answer(response, 200, { requestId: `ok-${eventId}`, integrationId: '1' });
			return;
		}
		seen.add(eventId);
		answer(response, 429, { requestId: 'limited', errors: ['API rate limit exceeded'] }, headers);
	};
}

describe('429 through the node', () => {
	test.each<[string, Record<string, string>]>([
		['Retry-After "0"', { 'Retry-After': '0' }],
		['a fractional Retry-After', { 'Retry-After': '0.3' }],
		['no Retry-After at all', {}],
		['a Retry-After that is junk with a year in it', { 'Retry-After': 'later 2099' }],
		['a negative Retry-After', { 'Retry-After': '-1' }],
	])(
		'%s on the first call of every item: each is sent again and reported, none twice more',
		async (_case, headers) => {
			const { server } = state;
			server.handle(firstCallLimited(headers));
			const run = await runNode({
				parameters: { ...requiredFromItem, delivery: { callsPerSecond: 0 } },
				items: [viewItem(0), viewItem(1), viewItem(2)],
				credentials: credentials(),
			});
			expect(run.error).toBeUndefined();
			expect(run.items.map((item) => [item.json.status, item.json.attempts])).toEqual([
				['reported', 2],
				['reported', 2],
				['reported', 2],
			]);
			const calls = new Map<string, number>();
			for (const request of server.requests)
				calls.set(eventIdOf(request), (calls.get(eventIdOf(request)) ?? 0) + 1);
			expect([...calls.values()]).toEqual([2, 2, 2]);
		},
	);

	test('default pacing, 429 with Retry-After 1 on every item’s first call: all reported, never over 3 calls in a second', async () => {
		const { server } = state;
		const arrivals: number[] = [];
		const limited = firstCallLimited({ 'Retry-After': '1' });
		server.handle((request, response) => {
			arrivals.push(time.clock.now());
			limited(request, response);
		});
		const run = await runNode({
			parameters: requiredFromItem,
			items: [viewItem(0), viewItem(1), viewItem(2), viewItem(3)],
			credentials: credentials(),
		});
		expect(run.items.map((item) => [item.json.status, item.json.attempts])).toEqual(
			Array(4).fill(['reported', 2]),
		);
		expect(server.requests).toHaveLength(8);
		// The server's clock, as Gong counts: a loaded machine only spreads calls further apart.
		const busiest = Math.max(
			...arrivals.map((start) => arrivals.filter((at) => at >= start && at < start + 1000).length),
		);
		expect(busiest).toBeLessThanOrEqual(3);
	}, 60_000);

	test('no Retry-After: the node waits about Gong’s 1-second window before calling again', async () => {
		const { server } = state;
		const arrivals: number[] = [];
		const limited = firstCallLimited({});
		server.handle((request, response) => {
			arrivals.push(time.clock.now());
			limited(request, response);
		});
		const run = await runNode({
			parameters: { ...requiredFromItem, delivery: { callsPerSecond: 0 } },
			items: [viewItem(0)],
			credentials: credentials(),
		});
		expect(run.items[0].json).toMatchObject({ status: 'reported', attempts: 2 });
		// A lower bound only: a loaded machine makes the wait longer, never shorter.
		expect(arrivals[1] - arrivals[0]).toBeGreaterThanOrEqual(950);
	});

	test.each([
		['more than a day of seconds', '99999999999'],
		['400 digits', '9'.repeat(400)],
	])(
		'Retry-After of %s stops the node at once, naming a wait of a day, not a nonsense one',
		async (_case, retryAfter) => {
			const { server } = state;
			server.handle((_request, response) =>
				answer(
					response,
					429,
					{ requestId: 'req-long', errors: ['API daily limit exceeded'] },
					{ 'Retry-After': retryAfter },
				),
			);
			const startedAt = time.clock.now();
			const run = await runNode({
				parameters: requiredFromItem,
				items: [viewItem(0), viewItem(1)],
				credentials: credentials(),
			});
			expect(run.error?.message).toMatch(
				/^item 0: Gong answered 429 Too Many Requests: API daily limit exceeded \(requestId req-long\) — Gong asks to wait 24 h 0 min \(Retry-After\), longer than Max Rate-Limit Wait \(5 min\): the daily budget of 10,000 calls per company is probably spent\. 2 item\(s\) were not sent\.$/,
			);
			expect(server.requests).toHaveLength(1);
			// Stops instead of waiting: far less than the 5-minute budget, on any machine.
			expect(time.clock.now() - startedAt).toBeLessThan(60_000);
		},
	);
});
