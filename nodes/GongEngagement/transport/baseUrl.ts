import { baseUrlProblem } from '../messages';

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]', '::1']);

/**
 * The only address credentials are ever sent to. Gong serves https; plain http is allowed for
 * loopback hosts alone, so tests and local sandboxes work without letting a typo leak a key.
 * Returns the URL without a trailing slash, or a sentence saying what is wrong.
 */
export function checkBaseUrl(value: unknown): { url: string } | { problem: string } {
	const text = typeof value === 'string' ? value.trim() : '';
	if (text === '') return { problem: baseUrlProblem.missing };
	let parsed: URL;
	try {
		parsed = new URL(text);
	} catch {
		return { problem: baseUrlProblem.notUrl(text) };
	}
	const loopback = LOOPBACK_HOSTS.has(parsed.hostname);
	if (parsed.protocol !== 'https:' && !(parsed.protocol === 'http:' && loopback))
		return { problem: baseUrlProblem.notHttps(`${parsed.protocol}//${parsed.host}`) };
	if (parsed.username || parsed.password || parsed.search || parsed.hash)
		return { problem: baseUrlProblem.extras };
	return { url: `${parsed.origin}${parsed.pathname}`.replace(/\/+$/, '') };
}

/** OAuth tokens name the tenant's own API host; EU/APAC tenants fail on the default one. */
export function baseUrlFromCredentials(credentials: {
	baseUrl?: unknown;
	oauthTokenData?: unknown;
}) {
	const tokenData = credentials.oauthTokenData as
		| { api_base_url_for_customer?: unknown }
		| undefined;
	const tenantUrl = tokenData?.api_base_url_for_customer;
	return checkBaseUrl(
		typeof tenantUrl === 'string' && tenantUrl !== '' ? tenantUrl : credentials.baseUrl,
	);
}

/** Where a request goes: its url when absolute, else the base URL joined with it, as axios does. */
function requestTarget(baseURL: string | undefined, url: string): string {
	if (/^[a-z][a-z\d+.-]*:\/\//i.test(url) || !baseURL) return url;
	return `${baseURL.replace(/\/+$/, '')}/${url.replace(/^\/+/, '')}`;
}

/**
 * The access key may go only to the credential's own base URL (https, or http on loopback):
 * checked where n8n attaches it, so the credential test and any node using the credential are held
 * to the same rule as this node's calls.
 */
export function checkKeyDestination(
	credentialBaseUrl: unknown,
	request: { baseURL?: string; url: string },
): { problem: string } | undefined {
	const base = checkBaseUrl(credentialBaseUrl);
	if ('problem' in base) return base;
	let target: URL;
	try {
		target = new URL(requestTarget(request.baseURL, request.url));
	} catch {
		return { problem: baseUrlProblem.requestNotUrl(request.url) };
	}
	const allowed = new URL(base.url);
	if (target.origin === allowed.origin) return undefined;
	return { problem: baseUrlProblem.otherOrigin(allowed.origin, target.origin) };
}
