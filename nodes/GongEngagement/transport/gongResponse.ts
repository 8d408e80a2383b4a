import { integrationIdWarning, notGongProblem } from '../messages';
import { answersWithIntegrationId } from './gongApi';
import { redact } from './redact';
import { MAX_BODY_TEXT } from './responseBody';

export interface GongHttpResponse {
	statusCode: number;
	headers: Record<string, unknown>;
	bodyText: string;
	cutOff?: boolean; // the body went on past the size the node reads; bodyText is its start
}

export interface GongResponseBody {
	requestId?: string;
	/** Gong's int64 integration id, kept as the exact decimal digits it sent. */
	integrationId?: string;
	errors?: string[];
	[key: string]: unknown;
}

const EXCERPT_LENGTH = 500; // of a non-JSON answer, kept as its error text
const ERROR_ENTRY_LENGTH = 300; // of one entry of errors[]: enough to read, not a page of JSON
const MAX_ERROR_ENTRIES = 20;
const REQUEST_ID_LENGTH = 100; // Gong's are about 20 characters; a longer one is not worth reading
/** Where gateways, proxies and OAuth servers put their error text, most telling first. */
const MESSAGE_KEYS = ['message', 'error', 'error_description', 'detail', 'title', 'reason'];

const DECIMAL = /^-?\d+$/;
const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;

const isObject = (value: unknown): value is Record<string, unknown> =>
	value !== null && typeof value === 'object' && !Array.isArray(value);

const cut = (text: string, length: number): string =>
	text.length > length ? `${text.slice(0, length)}…` : text;

/** Any value as readable text of at most `length`: strings as sent, anything else as JSON. */
function shown(value: unknown, length = ERROR_ENTRY_LENGTH): string {
	if (typeof value === 'string') return cut(value, length);
	try {
		return cut(JSON.stringify(value) ?? String(value), length);
	} catch {
		return cut(String(value), length);
	}
}

/** `errors` as a few readable, redacted strings. */
function errorTexts(errors: unknown): string[] {
	const entries = Array.isArray(errors) ? errors : [errors];
	const texts = entries.slice(0, MAX_ERROR_ENTRIES).map((entry) => shown(entry));
	if (entries.length > MAX_ERROR_ENTRIES)
		texts.push(`(and ${entries.length - MAX_ERROR_ENTRIES} more)`);
	return texts.map((text) => redact(text));
}

/** The error text of JSON without `errors[]` (a gateway's `{message}`, an OAuth `{error}`). */
function otherErrorText(body: Record<string, unknown>): string | undefined {
	for (const key of MESSAGE_KEYS) {
		const value = body[key];
		const text = isObject(value) ? value.message : value;
		if (typeof text === 'string' && text.trim() !== '') return cut(text, ERROR_ENTRY_LENGTH);
	}
	const rest = Object.fromEntries(Object.entries(body).filter(([key]) => key !== 'requestId'));
	return Object.keys(rest).length > 0 ? shown(rest) : undefined;
}

/** Gong's integration id as exact decimal digits (an int64), or undefined when it is not one. */
function integrationIdText(value: unknown): string | undefined {
	if (typeof value === 'number' && Number.isSafeInteger(value)) return String(value);
	if (typeof value !== 'string' || !DECIMAL.test(value) || value.length > 24) return undefined;
	const id = BigInt(value);
	return id >= INT64_MIN && id <= INT64_MAX ? id.toString() : undefined;
}

/** JSON, with integrationId's digits quoted before JSON.parse would round them; else undefined. */
function parseJson(text: string): unknown {
	try {
		return JSON.parse(text.replace(/("integrationId"\s*:\s*)(-?\d+)(?=\s*[,}])/g, '$1"$2"'));
	} catch {
		return undefined;
	}
}

/**
 * Gong's JSON without losing integer digits: `errors` as readable strings (from another shape's
 * message when absent), `requestId` of a readable length, `integrationId` only as decimal digits.
 */
export function parseGongBody(bodyText: string): GongResponseBody {
	if (bodyText.trim() === '') return {};
	const body = parseJson(bodyText);
	// Not a JSON object (a proxy's HTML page, say): the text itself is the error.
	if (!isObject(body)) return { errors: [cut(redact(bodyText), EXCERPT_LENGTH)] };
	if (body.errors !== undefined && body.errors !== null) body.errors = errorTexts(body.errors);
	else {
		const text = otherErrorText(body);
		if (text !== undefined) body.errors = [redact(text)];
	}
	if (body.requestId !== undefined) body.requestId = shown(body.requestId, REQUEST_ID_LENGTH);
	if (body.integrationId !== undefined) {
		const integrationId = integrationIdText(body.integrationId);
		if (integrationId === undefined) delete body.integrationId;
		else body.integrationId = integrationId;
	}
	return body as GongResponseBody;
}

/** integrationId: decimal digits, never a number; warning: Gong's lacked a usable one. */
export type AcceptedAnswer =
	| { kind: 'accepted'; requestId: string; integrationId?: string; warning?: string }
	| { kind: 'notGong'; problem: string }
	/** Gong's error shape (a non-empty errors[]) on a 2xx: not a confirmation. */
	| { kind: 'withErrors'; requestId: string; errors: string[] };

/** The body as JSON, unless it was cut off. */
const answerBody = (response: GongHttpResponse) =>
	response.cutOff ? undefined : parseJson(response.bodyText);

/** Why an answer (its body as answerBody read it) is not Gong's. */
function notGong({ statusCode, cutOff, bodyText }: GongHttpResponse, body: unknown): string {
	const what = cutOff
		? 'cutOff'
		: bodyText.trim() === ''
			? 'empty'
			: isObject(body)
				? 'noRequestId'
				: 'notObject';
	return notGongProblem(statusCode, what, MAX_BODY_TEXT);
}

/**
 * A 409 says "Gong already has this event" only when it comes as JSON, as Gong's answers do: a
 * proxy's "Conflict" page or an empty body would mark delivered an event that may never have
 * reached Gong. (No requestId is required: a 409 delivers nothing new.)
 */
export function alreadyReportedProblem(response: GongHttpResponse): string | undefined {
	const body = answerBody(response);
	return isObject(body) ? undefined : notGong(response, body);
}

/**
 * A 2xx counts as reported only when its body is Gong's: a JSON object with a string requestId and
 * no errors[] (Gong's documented success never carries one). A catch-all web host, a captive
 * portal or a cut-off answer is not Gong saying "accepted".
 */
export function readAcceptedAnswer(response: GongHttpResponse, path: string): AcceptedAnswer {
	const body = answerBody(response);
	if (!isObject(body) || typeof body.requestId !== 'string' || body.requestId === '')
		return { kind: 'notGong', problem: notGong(response, body) };
	const requestId = shown(body.requestId, REQUEST_ID_LENGTH);
	const { errors, integrationId: given } = body;
	if (Array.isArray(errors) ? errors.length > 0 : errors !== undefined && errors !== null)
		return { kind: 'withErrors', requestId, errors: errorTexts(errors) };
	const integrationId = integrationIdText(given);
	if (integrationId !== undefined) return { kind: 'accepted', requestId, integrationId };
	const absent = given === undefined || given === null;
	if (absent && !answersWithIntegrationId(path)) return { kind: 'accepted', requestId };
	const problem = absent
		? 'absent'
		: typeof given === 'string' && DECIMAL.test(given)
			? 'beyondInt64'
			: 'notWhole';
	return { kind: 'accepted', requestId, warning: integrationIdWarning(problem, shown(given, 40)) };
}

export function headerValue(headers: Record<string, unknown>, name: string): string | undefined {
	const entry = Object.entries(headers).find(([key]) => key.toLowerCase() === name.toLowerCase());
	return entry && String(Array.isArray(entry[1]) ? entry[1][0] : entry[1]);
}
