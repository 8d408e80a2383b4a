import { createHmac } from 'crypto';
import { readFileSync } from 'fs';
import path from 'path';

import { projectRoot } from './projectRoot';

/*
 * DocuSign Connect as the DocuSign example meets it: JSON SIM messages from
 * test/e2e/fixtures/docusign/, signed the way Connect signs them (X-DocuSign-Signature-1 =
 * base64 of HMAC-SHA256 over the raw body, keyed with the Connect HMAC key as written).
 */

const FIXTURES = path.join(projectRoot(), 'test', 'e2e', 'fixtures', 'docusign');

/** The id the example's Crypto node expects its credential under. */
export const CONNECT_HMAC_CREDENTIAL_ID = 'docusignConnectHmac';

/** n8n's Crypto credential holding the Connect HMAC key, for `n8n import:credentials`. */
export function connectHmacCredential(key: string) {
	return {
		id: CONNECT_HMAC_CREDENTIAL_ID,
		name: 'DocuSign Connect HMAC key',
		type: 'crypto',
		data: { hmacSecret: key },
	};
}

export function connectSignature(rawBody: string, key: string): string {
	return createHmac('sha256', key).update(rawBody).digest('base64');
}

/** A Connect message fixture as the raw body Connect would post (compact JSON, as DocuSign sends). */
export function connectMessage(name: string): string {
	return JSON.stringify(JSON.parse(readFileSync(path.join(FIXTURES, `${name}.json`), 'utf8')));
}

/** A stored refused request: its headers and its exact raw body. */
export function connectRequestFixture(name: string): {
	headers: Record<string, string>;
	rawBody: string;
} {
	return JSON.parse(readFileSync(path.join(FIXTURES, `${name}.json`), 'utf8'));
}

/** POSTs a raw body to the Connect webhook with the given headers, as Connect does. */
export async function postToConnectWebhook(
	url: string,
	rawBody: string,
	headers: Record<string, string>,
): Promise<Response> {
	return await fetch(url, {
		method: 'POST',
		headers: { 'Content-Type': 'application/json; charset=utf-8', ...headers },
		body: rawBody,
	});
}

/** The headers of a genuine Connect post of `rawBody` signed with `key`. */
export function signedHeaders(rawBody: string, key: string): Record<string, string> {
	return {
		'X-Authorization-Digest': 'HMACSHA256',
		'X-DocuSign-Signature-1': connectSignature(rawBody, key),
	};
}
