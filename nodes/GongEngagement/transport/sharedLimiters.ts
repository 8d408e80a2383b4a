import { SharedRateLimiter } from './rateLimiter';

/*
 * Gong's limit is per company, shared by every execution: module scope holds one limiter per
 * credential and base URL for this n8n process (each queue-mode worker has its own and learns of
 * the others through 429s).
 */
const limiters = new Map<string, SharedRateLimiter>();

export function sharedLimiterFor(credentialId: string, baseUrl: string): SharedRateLimiter {
	const key = JSON.stringify([credentialId, baseUrl]);
	let limiter = limiters.get(key);
	if (!limiter) {
		limiter = new SharedRateLimiter();
		limiters.set(key, limiter);
	}
	return limiter;
}

/** Tests only: start from fresh limiters, as a new n8n process would. */
export function forgetSharedLimiters(): void {
	limiters.clear();
}
