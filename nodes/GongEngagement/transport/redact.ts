/*
 * Every text from the server or an error object is redacted before it reaches output, errors or
 * logs: gateways, WAF pages and echo services repeat the request headers, and the Authorization
 * value (base64 of key:secret) would land in execution data anyone who can open executions reads.
 */

export const REDACTED = '[redacted]';

/** Secrets shorter than this are not searched for: they would mangle ordinary words. */
const MIN_SECRET_LENGTH = 4;

/** `Authorization: <scheme> <value>`, also `"authorization":"…"` in JSON and Proxy-Authorization. */
const AUTHORIZATION_VALUE =
	/(authorization["']?\s*[:=]\s*["']?)((?:basic|bearer|digest|token|negotiate)\s+)?[^\s"'<>,;&]+/gi;

/** A bare `Basic …` / `Bearer …` credential (a header table in an HTML page, say). */
const SCHEME_VALUE = /\b(basic|bearer)(\s+)(?=[A-Za-z0-9._~+/=-]*\d)[A-Za-z0-9._~+/=-]{8,}/gi;

/** Every spelling a secret may take in an answer: as is, URL-encoded, JSON-escaped. */
function spellings(secret: string): string[] {
	const forms = new Set([secret, encodeURIComponent(secret), JSON.stringify(secret).slice(1, -1)]);
	return [...forms];
}

/** The Basic value n8n sends for an access key: base64 of key:secret. */
export function basicValue(accessKey: string, accessKeySecret: string): string {
	return Buffer.from(`${accessKey}:${accessKeySecret}`).toString('base64');
}

/** The secrets a credential holds as they may appear on the wire, the Basic value included. */
export function credentialSecrets(credentials: Record<string, unknown>): string[] {
	const text = (value: unknown) => (typeof value === 'string' ? value : '');
	const tokenData = (credentials.oauthTokenData ?? {}) as Record<string, unknown>;
	const accessKey = text(credentials.accessKey);
	const accessKeySecret = text(credentials.accessKeySecret);
	return [
		accessKey,
		accessKeySecret,
		accessKey || accessKeySecret ? basicValue(accessKey, accessKeySecret) : '',
		text(credentials.clientSecret),
		text(tokenData.access_token),
		text(tokenData.refresh_token),
		text(tokenData.id_token),
	].filter((secret) => secret.length >= MIN_SECRET_LENGTH);
}

/** Each secrets list's spellings, worked out once per list (again if its entries changed). */
const formsBySecrets = new WeakMap<readonly string[], { secrets: string[]; forms: string[] }>();

function formsOf(secrets: readonly string[]): string[] {
	const known = formsBySecrets.get(secrets);
	const sameLength = known?.secrets.length === secrets.length;
	if (known && sameLength && known.secrets.every((secret, at) => secret === secrets[at]))
		return known.forms;
	// Longest first, so a secret inside a longer one (a key inside its Basic value) leaves no part.
	const forms = secrets
		.flatMap(spellings)
		.sort((a, b) => b.length - a.length)
		.filter((form) => form.length >= MIN_SECRET_LENGTH);
	formsBySecrets.set(secrets, { secrets: [...secrets], forms });
	return forms;
}

/** Replaces the given secrets (in every spelling) and any Authorization value with [redacted]. */
export function redact(text: string, secrets: readonly string[] = []): string {
	let result = text;
	for (const form of formsOf(secrets)) result = result.split(form).join(REDACTED);
	return result
		.replace(
			AUTHORIZATION_VALUE,
			(_match, name: string, scheme = '') => `${name}${scheme}${REDACTED}`,
		)
		.replace(
			SCHEME_VALUE,
			(_match, scheme: string, space: string) => `${scheme}${space}${REDACTED}`,
		);
}
