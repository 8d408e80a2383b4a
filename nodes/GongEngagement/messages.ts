/*
 * Every sentence the node, its credential and its error items show a user. Other files pass facts
 * in and get words back. Tests assert these texts byte for byte.
 */

/** "a string", "an object": the article a type or field name takes. */
export const withArticle = (word: string): string =>
	/^[aeiou]/.test(word) ? `an ${word}` : `a ${word}`;

/** Every error this node gives about an item starts with this (wordedError puts it first). */
export const itemPrefix = (itemIndex: number): string => `item ${itemIndex}: `;

/* ---------- Gong's answers ---------- */

const STATUS_TEXT: Record<number, string> = {
	301: 'Moved Permanently',
	302: 'Found',
	303: 'See Other',
	307: 'Temporary Redirect',
	308: 'Permanent Redirect',
	400: 'Bad Request',
	401: 'Unauthorized',
	403: 'Forbidden',
	404: 'Not Found',
	408: 'Request Timeout',
	409: 'Conflict',
	429: 'Too Many Requests',
	500: 'Internal Server Error',
	502: 'Bad Gateway',
	503: 'Service Unavailable',
	504: 'Gateway Timeout',
};

const describeStatus = (statusCode: number) =>
	`${statusCode}${STATUS_TEXT[statusCode] ? ` ${STATUS_TEXT[statusCode]}` : ''}`;

const BASE_URL_HINT = 'it should look like https://us-12345.api.gong.io';
const baseUrlAdvice = (verb: 'Fix' | 'Check') =>
	`${verb} the credential's Base URL: ${BASE_URL_HINT} (Gong's API settings page shows yours).`;

/** What to do about a status, for a call that needs `scope`. */
export function adviceFor(statusCode: number, scope: string): string | undefined {
	switch (statusCode) {
		case 400:
			return 'Gong rejected the event body; its errors name the field. Fix the mapping for this item.';
		case 401:
			return `Check the access key and secret (or reconnect the OAuth2 credential), that the key has the scope ${scope}, and that the base URL is your tenant's API address (${BASE_URL_HINT}).`;
		case 403:
			return `The credential lacks the scope ${scope}. Grant it in Gong and reconnect.`;
		case 404:
			return `Gong does not know this path at the base URL: check the credential's base URL (${BASE_URL_HINT}). The call needs the scope ${scope}.`;
		case 409:
			return 'Gong already has an event with this reporting system and event ID.';
		case 429:
			return "Gong's rate limit (3 calls/s, 10,000 calls/day per company) was exceeded.";
		default:
			if (statusCode >= 300 && statusCode < 400)
				return `The base URL answered with a redirect, which is not followed so the key is not sent elsewhere: check the credential's base URL (${BASE_URL_HINT}).`;
			return statusCode >= 500
				? 'Gong failed to process the request; it is safe to retry later.'
				: undefined;
	}
}

/** An error built from Gong's answer; its requestId is what support asks for. */
export function gongAnsweredMessage(
	itemIndex: number,
	statusCode: number,
	errors: string | undefined,
	requestId: string | undefined,
	extra: string | undefined,
): string {
	const requestIdText = requestId ? ` (requestId ${requestId})` : '';
	return `item ${itemIndex}: Gong answered ${describeStatus(statusCode)}: ${errors ?? 'no error text'}${requestIdText}${extra ? ` — ${extra}` : ''}`;
}

/** Why a 2xx (or a 409) did not come from Gong, by what its body was. */
export function notGongProblem(
	statusCode: number,
	body: 'cutOff' | 'empty' | 'noRequestId' | 'notObject',
	maxBody: string,
): string {
	const what = {
		cutOff: `a body larger than ${maxBody}`,
		empty: 'an empty body',
		noRequestId: 'JSON without a requestId',
		notObject: 'a body that is not a JSON object',
	}[body];
	return `the answer (HTTP ${statusCode} with ${what}) did not come from Gong's API`;
}

/** Gong accepted an event but its integrationId was missing or unusable (shown: what came). */
export function integrationIdWarning(
	problem: 'absent' | 'beyondInt64' | 'notWhole',
	shown: string,
) {
	if (problem === 'absent') return 'Gong accepted the event but sent no integrationId';
	const what = problem === 'beyondInt64' ? 'beyond 64 bits' : 'that is not a whole number';
	return `Gong accepted the event but sent an integrationId ${what} (${shown}); it was left out`;
}

/* ---------- The credential, its test and the workspace list ---------- */

export const baseUrlProblem = {
	missing: 'The credential has no Base URL',
	notUrl: (text: string) => `The credential's Base URL "${text}" is not a URL`,
	notHttps: (origin: string) =>
		`The Base URL "${origin}" must use https (plain http is allowed only for 127.0.0.1, localhost and [::1])`,
	extras: 'The Base URL must not carry a user, password, query or fragment',
	requestNotUrl: (url: string) => `The request URL "${url}" is not a URL`,
	otherOrigin: (allowed: string, target: string) =>
		`The access key is sent only to the credential's Base URL (${allowed}), not to ${target}`,
	/** Told by the credential when it refuses to attach the key. */
	refused: (problem: string) => `${problem}. Nothing was sent.`,
	description: `Nothing was sent. ${baseUrlAdvice('Fix')}`,
};

/** What a failed credential test tells the user, per status. */
export const CREDENTIAL_TEST_ADVICE: Record<number, string> = {
	401: 'Gong refused the access key and secret (401). Copy both again from Company Settings → Ecosystem → API.',
	403: 'Gong accepted the key but refused the call (403): the credential test lists workspaces, which needs the scope api:workspaces:read.',
	404: `Gong's API was not found at this address (404). ${baseUrlAdvice('Check')}`,
};

export const credentialTestRedirectAdvice = (status: number): string =>
	`The Base URL answered with a redirect (${status}), which is not followed so the key is not sent elsewhere. ${baseUrlAdvice('Check')}`;

export const workspaceList = {
	unreachable: (problem: string) => `Could not reach Gong to list workspaces (${problem})`,
	refused: (statusCode: number, errors: string[], requestId: string | undefined) =>
		`Gong answered ${statusCode} to the workspace list: ${errors.join('; ')} (requestId ${requestId ?? 'none'})`,
	description: (advice: string | undefined, scope: string) =>
		`${advice ?? ''} Listing workspaces needs the scope ${scope}; you can still enter the ID.`.trim(),
};

/* ---------- Reading parameters and building the event ---------- */

export const unsupportedOperation = (operationName: string): string =>
	`The operation "${operationName}" is not supported`;

/** n8n adds "Custom API Call" to a node whose credential an HTTP Request node can use. */
export const customApiCall = {
	message: 'Custom API Call is made in an HTTP Request node, not in this node',
	description:
		"Add an HTTP Request node, set Authentication to Predefined Credential Type and Credential Type to Gong Engagement API (access key) or Gong Engagement OAuth2 API, and pick the same credential. With the access key, the URL must start with the credential's Base URL (e.g. https://us-12345.api.gong.io/v2/…): the key is sent to no other address. To report an engagement event with this node, set Resource to Engagement Event and pick an operation.",
};

/** A numeric Delivery option outside the form's range (an expression can give any value). */
export function deliveryOptionInvalid(
	label: string,
	name: string,
	minValue: number | undefined,
	maxValue: number | undefined,
	shown: string,
): string {
	const range =
		maxValue === undefined
			? `of at least ${minValue ?? 0}`
			: `from ${minValue ?? 0} to ${maxValue}`;
	return `Delivery → ${label} must be a number ${range}; got ${shown} (delivery.${name})`;
}

export const invalidTimeZone = {
	message: (shown: string) => `options.timeZone ${shown} is not an IANA time zone`,
	description: 'Use a name such as Europe/Berlin or America/New_York',
};

const GIVE_AN_OBJECT =
	'Give a JSON object, or an expression that returns one, e.g. {{ $json.event }}';

export const invalidEventJson = {
	message: (parserMessage: string) => `Event (JSON) is not valid JSON: ${parserMessage}`,
	description: GIVE_AN_OBJECT,
};

export const eventNotAnObject = {
	message: ({ shown }: { shown: string; isArray: boolean }) =>
		`the event must be a JSON object; got ${shown}`,
	description: ({ isArray }: { shown: string; isArray: boolean }) =>
		isArray
			? 'Each item carries one event. To send several, split the array into items first (e.g. with the Split Out node), then map {{ $json }}.'
			: GIVE_AN_OBJECT,
};

export const nestedTooDeep = {
	message: (path: string, maxDepth: number) =>
		`${path} is nested more than ${maxDepth} levels deep`,
	description: `Nothing was sent for this item. Gong's events nest about 6 levels deep; pass a flatter value.`,
};

/* ---------- Validation ---------- */

/** Why a value is no date-time Gong takes, added in parentheses after the value. */
export const dateTimeReason = {
	epochOutsideWindow: (readAs: string | undefined) =>
		`${readAs ? `as an epoch value that is ${readAs}: ` : ''}epoch seconds and milliseconds are read between 1973 and 2286 only`,
	localTimeSkipped:
		'that local time does not exist in the time zone it is read in: the clocks skip it for daylight saving time; give an offset, or check Options → Time Zone',
	offsetTooLarge: (offset: string) => `its offset ${offset} is beyond ±18:00`,
	yearOutOfRange: (year: number) => `its year ${year} is outside 0000 to 9999`,
	outsideEventWindow:
		'an event time lies between 1973 and 2286; a date such as 0001-01-01 or 1970-01-01 usually stands for a missing one',
};

export const URL_WITH_WHITE_SPACE = 'it contains white space; encode a space as %20';
export const EMAIL_WITH_WHITE_SPACE = 'it begins or ends with white space';

/** A number where Gong wants text (an ID, mostly): how to give it, and whether it is still whole. */
export const numberAsText = (value: number): string =>
	Number.isInteger(value) && !Number.isSafeInteger(value)
		? 'give it as text; a number this long has already lost digits'
		: `give it as text: "${value}"`;
export const EXPRESSION_NOT_EVALUATED =
	'it was not evaluated: switch the field to Expression, or start it with =';

/** Fields mode: the form's label, the problem, then the JSON path. */
export const labelledProblem = (label: string, problem: string, path: string): string =>
	`${label} ${problem} (${path})`;

/** One item's problems: the first few in the message, more in the description, the rest counted. */
export function invalidEventMessage(itemIndex: number, problems: string[], maxInMessage: number) {
	const [first, ...others] = problems;
	const named = others.slice(0, maxInMessage - 1);
	const more = others.length
		? ` (and ${others.length} more: ${named.join('; ')}${others.length > named.length ? '; …' : ''})`
		: '';
	return `item ${itemIndex}: ${first}${more}`;
}

/*
 * n8n's error view shows a description as HTML, where plain lines run into one: a list is written
 * as escaped HTML entries (they quote the user's values), and read back as "- " lines for items.
 */
const escapeHtml = (text: string) =>
	text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const htmlList = (entries: string[]) =>
	`<ul>${entries.map((entry) => `<li>${escapeHtml(entry)}</li>`).join('')}</ul>`;

/** A description as plain text: a list written by htmlList as "- " lines. */
export function descriptionAsText(description: string): string {
	if (!description.includes('<ul><li>')) return description;
	return description
		.replace(/<ul><li>/g, '\n- ')
		.replace(/<\/li><li>/g, '\n- ')
		.replace(/<\/li><\/ul>/g, '')
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&amp;/g, '&');
}

export function invalidEventDescription(problems: string[], maxInDescription: number): string {
	const listed = problems.slice(0, maxInDescription);
	const unlisted = problems.length - listed.length;
	const entries = unlisted ? [...listed, `… and ${unlisted} more`] : listed;
	return `Nothing was sent for this item. Problems found:${htmlList(entries)}`;
}

/** Without Continue On Fail, several bad items: one error naming them. */
export function invalidItemsMessage(messages: string[], maxInMessage: number): string {
	const named = messages.slice(0, maxInMessage);
	const notNamed = messages.length - named.length;
	return `${messages.length} items have problems, nothing was sent: ${named.join(' | ')}${notNamed ? ` | and ${notNamed} more` : ''}`;
}

export const invalidItemsDescription = (messages: string[]): string =>
	`Nothing was sent. Items with problems:${htmlList(messages)}`;

/** Two different events of one batch under one ID: Gong would keep the first only. */
export const eventIdShared = {
	message: (shownEventId: string, firstItemIndex: number) =>
		`eventId must differ from item ${firstItemIndex}'s (${shownEventId}), whose event is a different one: Gong keeps the first event with an ID and answers 409 to the others`,
	description:
		"Nothing was sent for this item. Give each event its own Event ID (the source's ID of this very view or action, not of the document), or leave Event ID empty for one derived from the event. A derived ID is shared only by events of the same content, person and instant.",
};

/** An event that names no one Gong could place it by, per operation: what, why, the JSON path. */
const NO_ONE_NAMED: Record<string, string> = {
	contentShared:
		'a Recipient (with its Email) or a CRM Context record is required: Gong places a share by them, and a share naming no one lands on no timeline (recipients)',
	digitalInteraction:
		'Person (e.g. its Email) or Tracking ID is required, or set Identify Person By to Neither: Gong places an interaction by them, and one naming no one lands on no timeline (person)',
};

export const noOneNamed = {
	message: (operationName: string) => NO_ONE_NAMED[operationName],
	description:
		'Nothing was sent for this item. Gong places an event on timelines by the CRM records and the people (their emails) it names; an event that names none is shown on no timeline.',
};

/** n8n's execution hint for events sent although they name no one (the user chose so). */
export function noOneNamedHint(itemIndexes: number[], maxListed: number): string {
	const listed = itemIndexes.slice(0, maxListed).join(', ');
	const more = itemIndexes.length > maxListed ? ` and ${itemIndexes.length - maxListed} more` : '';
	const which = itemIndexes.length === 1 ? `Item ${listed} names` : `Items ${listed}${more} name`;
	return `${which} no person, tracking ID or CRM record: Gong may place ${itemIndexes.length === 1 ? 'it' : 'them'} on no timeline. To place an event, name a person (by email) or a CRM record.`;
}

/* ---------- Delivery ---------- */

/** A problem with the credential or base URL, told on each item it kept from being sent. */
export const connectionNotSent = (itemIndex: number, problem: string): string =>
	`item ${itemIndex}: not sent: ${problem}`;

/*
 * Without the error code itself: n8n replaces any message that contains a code such as
 * ECONNREFUSED with a generic sentence, which would drop the item index.
 */
const NETWORK_FAILURES: Record<string, string> = {
	ECONNREFUSED: 'the connection was refused',
	ECONNRESET: 'the connection was reset before Gong answered',
	ECONNABORTED: 'no answer within the timeout',
	ETIMEDOUT: 'no answer within the timeout',
	ENOTFOUND: 'the host name of the base URL does not resolve',
	EAI_AGAIN: 'the host name of the base URL could not be resolved right now',
	EHOSTUNREACH: 'the host is unreachable',
};

/** The text of a request that failed before an answer: its own timeout, or a cancel. */
export const requestAborted = {
	cancelled: 'the execution was cancelled',
	timedOut: (timeoutMs: number) => `no complete answer within ${timeoutMs} ms`,
};

/** A request that failed before Gong answered; unreadable: an answer came, garbled on the way. */
export type NetworkFailure = { code: string; unreadable: boolean; attempts: number };

export const networkFailure = {
	message: ({ code, unreadable }: NetworkFailure) =>
		`could not reach Gong: ${unreadable ? 'its answer could not be read (malformed HTTP or a broken compression)' : (NETWORK_FAILURES[code] ?? 'the request failed before Gong answered')}`,
	description: ({ code, attempts }: NetworkFailure) =>
		`Network error ${code} after ${attempts} attempt(s). The event may or may not have arrived; sending it again with the same eventId is safe.`,
};

const SAFE_TO_SEND_AGAIN =
	'It may or may not have arrived in Gong; sending it again with the same eventId is safe.';

export const notGongAnswer = {
	message: (problem: string) => `not confirmed: ${problem}; check the credential's Base URL`,
	description: `The Base URL should be your company's Gong API address, e.g. https://us-12345.api.gong.io. The event may or may not have arrived in Gong; sending it again with the same eventId is safe.`,
};

export const acceptedWithErrors = {
	message: (statusCode: number, errors: string[], requestId: string) =>
		`not confirmed: Gong answered ${describeStatus(statusCode)} but with errors: ${errors.join('; ')} (requestId ${requestId})`,
	description: `Gong's success answer carries no errors, so this one does not confirm the event. ${SAFE_TO_SEND_AGAIN}`,
};

export const cancelledMessage = (unsentCount: number, eventCount: number): string =>
	`The execution was cancelled; ${unsentCount} of ${eventCount} events were not sent or not confirmed`;

/** Added to the first failure's description when it stopped the rest. */
export const laterItemsNotSent = (description: string | undefined | null, unsentCount: number) =>
	`${description ?? ''} ${unsentCount} later item(s) were not sent.`.trim();

function humanDuration(ms: number): string {
	const seconds = Math.round(ms / 1000);
	if (seconds < 120) return `${seconds} s`;
	const minutes = Math.round(seconds / 60);
	return minutes < 120 ? `${minutes} min` : `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}

/** The rate-limit budget ran out: on one long Retry-After (singleWait), or on waits that added up. */
export interface RateLimitWait {
	singleWait: boolean;
	holdMs: number;
	spentMs: number;
	budgetMs: number;
}

/** The error of the item that speaks for those the spent rate-limit budget kept from being sent. */
export function rateLimitNotSent(wait: RateLimitWait, unsentCount: number): string {
	const budget = humanDuration(wait.budgetMs);
	const daily =
		wait.holdMs >= 60_000 ? ': the daily budget of 10,000 calls per company is probably spent' : '';
	const reason = wait.singleWait
		? `Gong asks to wait ${humanDuration(wait.holdMs)} (Retry-After), longer than Max Rate-Limit Wait (${budget})${daily}.`
		: `this execution already waited ${humanDuration(wait.spentMs)} on Gong's rate limit (429 answers), and Gong asks to wait ${humanDuration(wait.holdMs)} more: past Max Rate-Limit Wait (${budget}).`;
	return `${reason} ${unsentCount} item(s) were not sent.`;
}

export const rateLimitHolds = {
	message: (extra: string) =>
		`not sent: Gong's rate limit (429) holds every call to this company — ${extra}`,
	description:
		'Run the workflow again later; events already delivered are recognised by their eventId.',
};

export const rateLimitSeeItem = {
	message: (speaker: number, wait: RateLimitWait) => {
		const reason = wait.singleWait
			? `Gong's rate limit asks to wait ${humanDuration(wait.holdMs)}`
			: `Max Rate-Limit Wait (${humanDuration(wait.budgetMs)}) was spent waiting on Gong's rate limit`;
		return `not sent: ${reason} (see item ${speaker})`;
	},
	description:
		'Run the workflow again after the wait; events already delivered are recognised by their eventId.',
};
