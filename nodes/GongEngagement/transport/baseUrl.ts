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
export function baseUrlFromCredentials({ baseUrl, oauthTokenData }: Record<string, unknown>) {
	const token = oauthTokenData as { api_base_url_for_customer?: unknown } | undefined;
	const tenantUrl = token?.api_base_url_for_customer;
	return checkBaseUrl(typeof tenantUrl === 'string' && tenantUrl !== '' ? tenantUrl : baseUrl);
}

/**
 * The access key goes only to the credential's own base URL: checked where n8n attaches it, so the
 * credential test and any node using the credential are held to the rule of this node's calls.
 */
export function checkKeyDestination(
	credentialBaseUrl: unknown,
	baseURL: string | undefined,
	url: string,
): { problem: string } | undefined {
	const base = checkBaseUrl(credentialBaseUrl);
	if ('problem' in base) return base;
	// As axios does: the url when absolute, else the base URL joined with it.
	const joined =
		/^[a-z][a-z\d+.-]*:\/\//i.test(url) || !baseURL
			? url
			: `${baseURL.replace(/\/+$/, '')}/${url.replace(/^\/+/, '')}`;
	let target: URL;
	try {
		target = new URL(joined);
	} catch {
		return { problem: baseUrlProblem.requestNotUrl(url) };
	}
	const allowed = new URL(base.url);
	if (target.origin === allowed.origin) return undefined;
	return { problem: baseUrlProblem.otherOrigin(allowed.origin, target.origin) };
}
