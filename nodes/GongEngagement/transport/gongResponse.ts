import { redact } from './redact';
import { MAX_BODY_TEXT } from './responseBody';

export interface GongHttpResponse {
	statusCode: number;
	headers: Record<string, unknown>;
	bodyText: string;
	/** The body went on past the size the node reads; bodyText is its start. */
	cutOff?: boolean;
}

export interface GongResponseBody {
	requestId?: string;
	/** Gong's int64 integration id, kept as the exact decimal digits it sent. */
	integrationId?: string;
	errors?: string[];
	[key: string]: unknown;
}

/** How much of a non-JSON answer is kept as its error text. */
const EXCERPT_LENGTH = 500;
/** How much of one entry of Gong's `errors[]` is kept: enough to read, not a page of JSON. */
const ERROR_ENTRY_LENGTH = 300;
const MAX_ERROR_ENTRIES = 20;
/** Gong's requestIds are about 20 characters; anything past this is not one worth reading. */
const REQUEST_ID_LENGTH = 100;
/**
 * Where gateways, proxies and OAuth servers put their error text when there is no `errors[]`,
 * most telling first (an OAuth error's code before its description).
 */
const MESSAGE_KEYS = ['message', 'error', 'error_description', 'detail', 'title', 'reason'];

const DECIMAL = /^-?\d+$/;

const isObject = (value: unknown): value is Record<string, unknown> =>
	value !== null && typeof value === 'object' && !Array.isArray(value);

function cut(text: string, length: number): string {
	return text.length > length ? `${text.slice(0, length)}…` : text;
}

/** One entry of `errors[]` as readable text: strings as sent, anything else as JSON. */
function errorEntryText(entry: unknown): string {
	if (typeof entry === 'string') return cut(entry, ERROR_ENTRY_LENGTH);
	let text: string;
	try {
		text = JSON.stringify(entry) ?? String(entry);
	} catch {
		text = String(entry);
	}
	return cut(text, ERROR_ENTRY_LENGTH);
}

function errorTexts(errors: unknown): string[] {
	const entries = Array.isArray(errors) ? errors : [errors];
	const texts = entries.slice(0, MAX_ERROR_ENTRIES).map(errorEntryText);
	if (entries.length > MAX_ERROR_ENTRIES)
		texts.push(`(and ${entries.length - MAX_ERROR_ENTRIES} more)`);
	return texts;
}

/**
 * The error text of a JSON answer without `errors[]` (a gateway's `{message}`, an OAuth
 * `{error}`): its first message-like value, else the object itself as JSON, else nothing.
 */
function otherErrorText(body: Record<string, unknown>): string | undefined {
	for (const key of MESSAGE_KEYS) {
		const value = body[key];
		if (typeof value === 'string' && value.trim() !== '') return cut(value, ERROR_ENTRY_LENGTH);
		if (isObject(value) && typeof value.message === 'string' && value.message.trim() !== '')
			return cut(value.message, ERROR_ENTRY_LENGTH);
	}
	const rest = Object.fromEntries(Object.entries(body).filter(([key]) => key !== 'requestId'));
	return Object.keys(rest).length > 0 ? errorEntryText(rest) : undefined;
}

/** A requestId as text of a readable length, whatever was sent. */
function requestIdText(value: unknown): string {
	return cut(typeof value === 'string' ? value : errorEntryText(value), REQUEST_ID_LENGTH);
}

const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;

/** Whether decimal digits fit Gong's int64 (a thousand digits are not an id). */
const isInt64 = (digits: string): boolean =>
	digits.length <= 24 && BigInt(digits) >= INT64_MIN && BigInt(digits) <= INT64_MAX;

/** Gong's integration id as exact decimal digits, or undefined when what came is not one. */
function integrationIdText(value: unknown): string | undefined {
	if (typeof value === 'string' && DECIMAL.test(value))
		return isInt64(value) ? BigInt(value).toString() : undefined;
	if (typeof value === 'number' && Number.isSafeInteger(value)) return String(value);
	return undefined;
}

/** integrationId is an int64: its digits are quoted before JSON.parse would round them. */
function parseKeepingIntegrationId(bodyText: string): unknown {
	return JSON.parse(bodyText.replace(/("integrationId"\s*:\s*)(-?\d+)(?=\s*[,}])/g, '$1"$2"'));
}

/**
 * Parses Gong's JSON without losing integer digits. `errors` always comes out as readable strings
 * (objects as JSON, each cut to a sane length); `integrationId` only as decimal digits.
 */
export function parseGongBody(bodyText: string): GongResponseBody {
	if (bodyText.trim() === '') return {};
	let parsed: unknown;
	try {
		parsed = parseKeepingIntegrationId(bodyText);
	} catch {
		parsed = undefined;
	}
	if (!isObject(parsed)) {
		// Not a JSON object (a proxy's HTML page, say): the text itself is the error.
		return { errors: [cut(redact(bodyText), EXCERPT_LENGTH)] };
	}
	const body = parsed as GongResponseBody;
	if (body.errors !== undefined && body.errors !== null) {
		body.errors = errorTexts(body.errors).map((text) => redact(text));
	} else {
		const text = otherErrorText(body);
		if (text !== undefined) body.errors = [redact(text)];
	}
	if (body.requestId !== undefined) body.requestId = requestIdText(body.requestId);
	if (body.integrationId !== undefined) {
		const integrationId = integrationIdText(body.integrationId);
		if (integrationId === undefined) delete body.integrationId;
		else body.integrationId = integrationId;
	}
	return body;
}

export type AcceptedAnswer =
	| {
			kind: 'accepted';
			requestId: string;
			/** Decimal digits only (an optional minus), never a number. */
			integrationId?: string;
			/** Set when Gong's answer lacked a usable integrationId; goes into the output item. */
			warning?: string;
	  }
	| { kind: 'notGong'; problem: string }
	/** Gong's error shape (a non-empty errors[]) on a 2xx: not a confirmation. */
	| { kind: 'withErrors'; requestId: string; errors: string[] };

/** The body as JSON (integrationId kept as digits), or undefined when it is none or was cut off. */
function parsedBody(response: GongHttpResponse): unknown {
	if (response.cutOff) return undefined;
	try {
		return parseKeepingIntegrationId(response.bodyText);
	} catch {
		return undefined;
	}
}

function notGongProblem(response: GongHttpResponse, parsed: unknown): string {
	const what = response.cutOff
		? `a body larger than ${MAX_BODY_TEXT}`
		: response.bodyText.trim() === ''
			? 'an empty body'
			: isObject(parsed)
				? 'JSON without a requestId'
				: 'a body that is not a JSON object';
	return `the answer (HTTP ${response.statusCode} with ${what}) did not come from Gong's API`;
}

/**
 * A 409 says "Gong already has this event" only when it comes as JSON, as Gong's answers do: a
 * proxy's HTML "Conflict" page or an empty body would otherwise mark an event delivered that may
 * never have reached Gong. (A requestId is not required here: a 409 delivers nothing new.)
 */
export function alreadyReportedProblem(response: GongHttpResponse): string | undefined {
	const parsed = parsedBody(response);
	return isObject(parsed) ? undefined : notGongProblem(response, parsed);
}

/** The three customer-engagement endpoints answer with an integrationId; Digital Interaction does not. */
const answersWithIntegrationId = (path: string) => path.startsWith('/v2/customer-engagement/');

/**
 * A 2xx counts as reported only when its body is Gong's: a JSON object with a string requestId.
 * A catch-all web host, a captive portal or a cut-off answer is not Gong saying "accepted"; nor is
 * Gong's error shape (errors[]), which its documented success never carries.
 */
export function readAcceptedAnswer(response: GongHttpResponse, path: string): AcceptedAnswer {
	const parsed = parsedBody(response);
	if (!isObject(parsed) || typeof parsed.requestId !== 'string' || parsed.requestId === '') {
		return { kind: 'notGong', problem: notGongProblem(response, parsed) };
	}
	const requestId = requestIdText(parsed.requestId);
	const { errors } = parsed;
	const hasErrors = Array.isArray(errors)
		? errors.length > 0
		: errors !== undefined && errors !== null;
	if (hasErrors)
		return {
			kind: 'withErrors',
			requestId,
			errors: errorTexts(errors).map((text) => redact(text)),
		};
	const integrationId = integrationIdText(parsed.integrationId);
	if (integrationId !== undefined) return { kind: 'accepted', requestId, integrationId };
	const absent = parsed.integrationId === undefined || parsed.integrationId === null;
	if (absent && !answersWithIntegrationId(path)) return { kind: 'accepted', requestId };
	const shown = cut(errorEntryText(parsed.integrationId), 40);
	const beyondInt64 =
		typeof parsed.integrationId === 'string' && DECIMAL.test(parsed.integrationId);
	const warning = absent
		? 'Gong accepted the event but sent no integrationId'
		: beyondInt64
			? `Gong accepted the event but sent an integrationId beyond 64 bits (${shown}); it was left out`
			: `Gong accepted the event but sent an integrationId that is not a whole number (${shown}); it was left out`;
	return { kind: 'accepted', requestId, warning };
}

export function headerValue(headers: Record<string, unknown>, name: string): string | undefined {
	const wanted = name.toLowerCase();
	for (const [key, value] of Object.entries(headers)) {
		if (key.toLowerCase() === wanted)
			return Array.isArray(value) ? String(value[0]) : String(value);
	}
	return undefined;
}
