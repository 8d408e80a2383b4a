import { readFileSync } from 'fs';
import path from 'path';

import { GongEngagementApi } from '../../credentials/GongEngagementApi.credentials';
import { GongEngagementOAuth2Api } from '../../credentials/GongEngagementOAuth2Api.credentials';

/*
 * The Docs links n8n shows open pages that exist: the node's goes to the package's README as npm
 * publishes it, the credentials' to Gong's help pages. n8n appends its tracking query to the
 * node's link (`?utm_source=…`), which a `#readme` fragment before it would swallow.
 */

const root = path.resolve(__dirname, '..', '..');
const readJson = (file: string) =>
	JSON.parse(readFileSync(path.join(root, file), 'utf8')) as Record<string, unknown>;
const packageJson = readJson('package.json');
const codex = readJson('nodes/GongEngagement/GongEngagement.node.json') as {
	resources: { primaryDocumentation: Array<{ url: string }> };
};

test("the node's Docs link is the package's page on npm, with nothing after the path", () => {
	const [{ url }] = codex.resources.primaryDocumentation;
	expect(url).toBe(`https://www.npmjs.com/package/${String(packageJson.name)}`);
	expect(url).not.toMatch(/[#?]/);
});

test("the credentials' Docs links are Gong's help pages", () => {
	expect(new GongEngagementApi().documentationUrl).toBe(
		'https://help.gong.io/docs/receive-access-to-the-api',
	);
	expect(new GongEngagementOAuth2Api().documentationUrl).toBe(
		'https://help.gong.io/docs/create-an-app-for-gong',
	);
});

test('package.json names no repository nobody can open; its homepage is the npm page', () => {
	expect(packageJson).not.toHaveProperty('repository');
	expect(packageJson).not.toHaveProperty('bugs');
	expect(packageJson.homepage).toBe(codex.resources.primaryDocumentation[0].url);
});
