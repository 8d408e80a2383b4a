/* When a failed call is tried again, and after how long. */

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

export function isRetryableNetworkFailure(code: string): boolean {
	return RETRYABLE_NETWORK_CODES.has(code) || code === 'UNKNOWN';
}

/** 5xx and 408 are retried; 409 and 429 have their own handling; other 4xx are final. */
export function isRetryableStatus(statusCode: number): boolean {
	return statusCode >= 500 || statusCode === 408;
}

const MAX_BACKOFF_MS = 30_000;

/** Exponential backoff with jitter: half fixed, half random, so retries of many items spread out. */
export function backoffDelayMs(
	attempt: number,
	baseDelayMs: number,
	random: () => number = Math.random,
): number {
	const ceiling = Math.min(MAX_BACKOFF_MS, baseDelayMs * 2 ** Math.max(0, attempt - 1));
	return Math.round(ceiling / 2 + random() * (ceiling / 2));
}

/**
 * Retry-After as Gong sends it (seconds) or as HTTP allows (a date). Missing or unreadable: one
 * second, the length of Gong's rate window.
 */
export function retryAfterMs(header: string | undefined, now = Date.now()): number {
	if (header === undefined || header.trim() === '') return 1000;
	const text = header.trim();
	if (/^\d+(\.\d+)?$/.test(text)) return Math.ceil(Number(text) * 1000);
	const date = Date.parse(text);
	return Number.isNaN(date) ? 1000 : Math.max(0, date - now);
}
