import {
	type GongHttpResponse,
	readAcceptedAnswer,
} from '../../nodes/GongEngagement/transport/gongResponse';
import { adviceFor } from '../../nodes/GongEngagement/messages';
import { scopeFor } from '../../nodes/GongEngagement/transport/gongApi';

/*
 * As pure rules: which 2xx is Gong's answer, what integrationId becomes, and which scope the advice
 * names.
 */

const VIEWED = '/v2/customer-engagement/content/viewed';
const INTERACTION = '/v2/digital-interaction';
const ok = (bodyText: string, statusCode = 200): GongHttpResponse => ({
	statusCode,
	headers: {},
	bodyText,
});

describe('a 2xx counts as accepted only when its body is Gong’s', () => {
	test.each([
		[
			'an HTML page',
			'<html><body>Welcome to nginx!</body></html>',
			'a body that is not a JSON object',
		],
		['an empty body', '', 'an empty body'],
		['a JSON array', '[1,2]', 'a body that is not a JSON object'],
		[
			'a body cut off mid-way',
			'{"requestId":"abc","integrationId":12',
			'a body that is not a JSON object',
		],
		['JSON without requestId', '{"ok":true}', 'JSON without a requestId'],
		['a requestId that is not a string', '{"requestId":42}', 'JSON without a requestId'],
		['an empty requestId', '{"requestId":""}', 'JSON without a requestId'],
	])('%s is not Gong', (_case, bodyText, what) => {
		expect(readAcceptedAnswer(ok(bodyText), VIEWED)).toEqual({
			kind: 'notGong',
			problem: `the answer (HTTP 200 with ${what}) did not come from Gong's API`,
		});
	});

	test('Gong’s own answer, integrationId past 2^53 kept digit for digit', () => {
		expect(
			readAcceptedAnswer(ok('{"requestId":"r1","integrationId":7782342274025937895}'), VIEWED),
		).toEqual({ kind: 'accepted', requestId: 'r1', integrationId: '7782342274025937895' });
	});

	test('Digital Interaction answers with a requestId alone, and that is complete', () => {
		expect(readAcceptedAnswer(ok('{"requestId":"r2"}', 201), INTERACTION)).toEqual({
			kind: 'accepted',
			requestId: 'r2',
		});
	});
});

describe('integrationId is a decimal string or absent with a warning', () => {
	test.each([
		['"12345"', '12345'],
		['-17', '-17'],
		['"-9223372036854775808"', '-9223372036854775808'],
	])('%s → %s', (raw, expected) => {
		const answer = readAcceptedAnswer(ok(`{"requestId":"r","integrationId":${raw}}`), VIEWED);
		expect(answer).toEqual({ kind: 'accepted', requestId: 'r', integrationId: expected });
	});

	test.each(['1.5', '1e30', '"12a"', '{"id":1}', 'true', '[1]'])(
		'%s is left out, with a warning',
		(raw) => {
			const answer = readAcceptedAnswer(ok(`{"requestId":"r","integrationId":${raw}}`), VIEWED);
			expect(answer).toMatchObject({ kind: 'accepted', requestId: 'r' });
			expect(answer).not.toHaveProperty('integrationId');
			expect(answer).toHaveProperty(
				'warning',
				expect.stringMatching(
					/^Gong accepted the event but sent an integrationId that is not a whole number/,
				),
			);
		},
	);

	test.each([
		['9223372036854775807', '9223372036854775807'],
		['"-9223372036854775808"', '-9223372036854775808'],
		['"007"', '7'],
	])('the int64 edge %s → %s', (raw, expected) => {
		const answer = readAcceptedAnswer(ok(`{"requestId":"r","integrationId":${raw}}`), VIEWED);
		expect(answer).toEqual({ kind: 'accepted', requestId: 'r', integrationId: expected });
	});

	test.each([
		['2^63', '9223372036854775808', '9223372036854775808'],
		['−2^63 − 1', '"-9223372036854775809"', '-9223372036854775809'],
		['a thousand digits', `"${'9'.repeat(1000)}"`, `${'9'.repeat(40)}…`],
	])('%s is beyond 64 bits: left out, with a warning', (_case, raw, shown) => {
		const answer = readAcceptedAnswer(ok(`{"requestId":"r","integrationId":${raw}}`), VIEWED);
		expect(answer).toEqual({
			kind: 'accepted',
			requestId: 'r',
			warning: `Gong accepted the event but sent an integrationId beyond 64 bits (${shown}); it was left out`,
		});
	});

	test.each(['{"requestId":"r"}', '{"requestId":"r","integrationId":null}'])(
		'none from an engagement endpoint: %s warns',
		(bodyText) => {
			expect(readAcceptedAnswer(ok(bodyText), VIEWED)).toEqual({
				kind: 'accepted',
				requestId: 'r',
				warning: 'Gong accepted the event but sent no integrationId',
			});
		},
	);
});

describe('401/403/404 advice names the scope of the call that failed', () => {
	test.each([
		[VIEWED, 'api:engagement-data:write'],
		['/v2/customer-engagement/content/shared', 'api:engagement-data:write'],
		['/v2/customer-engagement/action', 'api:engagement-data:write'],
		[INTERACTION, 'api:digital-interactions:write'],
		['/v2/workspaces', 'api:workspaces:read'],
	])('%s needs %s', (path, scope) => {
		expect(scopeFor(path)).toBe(scope);
		for (const status of [401, 403, 404])
			expect(adviceFor(status, scopeFor(path))).toContain(scope);
		const others = [
			'api:engagement-data:write',
			'api:digital-interactions:write',
			'api:workspaces:read',
		];
		for (const other of others.filter((name) => name !== scope))
			expect(adviceFor(403, scopeFor(path))).not.toContain(other);
	});
});
