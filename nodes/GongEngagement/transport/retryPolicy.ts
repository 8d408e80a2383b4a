import { clock } from './clock';

/** Network failures worth another try: the request may not have reached Gong, or its answer was lost. */
const RETRYABLE_NETWORK_CODES = new Set([
	'ECONNRESET',
	'ECONNREFUSED',
	'ECONNABORTED',
	'ETIMEDOUT',
	'EPIPE',
	'EAI_AGAIN',
	'EHOSTUNREACH',
	'ENETUNREACH',
	'ERR_SOCKET_CONNECTION_TIMEOUT',
	'UND_ERR_SOCKET',
	'ERR_BAD_RESPONSE',
]);

/** An answer garbled on the way (Node's HTTP parser HPE_…, zlib Z_…): another try may get through. */
export function isUnreadableAnswer(code: string): boolean {
	return code.startsWith('HPE_') || code.startsWith('Z_');
}

export function isRetryableNetworkFailure(code: string): boolean {
	return RETRYABLE_NETWORK_CODES.has(code) || code === 'UNKNOWN' || isUnreadableAnswer(code);
}

/** 5xx and 408 are retried; 409 and 429 have their own handling; other 4xx are final. */
export function isRetryableStatus(statusCode: number): boolean {
	return statusCode >= 500 || statusCode === 408;
}

const MAX_BACKOFF_MS = 30_000;

/** Exponential backoff with jitter: half fixed, half random, so retries of many items spread out. */
export function backoffDelayMs(attempt: number, baseDelayMs: number, random = Math.random) {
	const ceiling = Math.min(MAX_BACKOFF_MS, baseDelayMs * 2 ** Math.max(0, attempt - 1));
	return Math.round(ceiling / 2 + random() * (ceiling / 2));
}

/**
 * The longest Retry-After honoured: Gong's daily budget renews within a day, and a longer wait
 * (400 digits, say) would hold every later execution of this n8n process on the shared limiter.
 */
export const MAX_RETRY_AFTER_MS = 24 * 60 * 60 * 1000;

const DELAY_SECONDS = /^\d+(\.\d+)?$/;
/** An HTTP date names a month and a time of day; anything else is not one (see retryAfterMs). */
const HTTP_DATE_PARTS =
	/\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b.*\b\d{1,2}:\d{2}:\d{2}\b/i;
const HAS_ZONE = /\b(gmt|utc|z)\b|[+-]\d{2}:?\d{2}$/i;
/** Not HTTP's form, but unambiguous: some servers send ISO 8601 with an offset. */
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/i;

/**
 * Retry-After in seconds (Gong) or as a date (HTTP), at most MAX_RETRY_AFTER_MS; missing or
 * unreadable: one second, Gong's rate window. Date.parse alone reads nearly anything ("-1" is
 * 2001), so a date must name a month and a time (or be ISO 8601 with an offset); no zone is GMT.
 */
export function retryAfterMs(header: string | undefined, now = clock.now()): number {
	const text = header?.trim() ?? '';
	if (DELAY_SECONDS.test(text)) return Math.min(MAX_RETRY_AFTER_MS, Math.ceil(Number(text) * 1000));
	const iso = ISO_DATE_TIME.test(text);
	if (!iso && !HTTP_DATE_PARTS.test(text)) return 1000;
	const date = Date.parse(iso || HAS_ZONE.test(text) ? text : `${text} GMT`);
	if (Number.isNaN(date)) return 1000;
	return Math.min(MAX_RETRY_AFTER_MS, Math.max(0, date - now));
}
