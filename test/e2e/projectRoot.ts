import { existsSync, readFileSync } from 'fs';
import path from 'path';

/** The repository root, from the TypeScript sources or from their compiled copy in dist-test/. */
export function projectRoot(): string {
	for (let dir = __dirname; dir !== path.dirname(dir); dir = path.dirname(dir)) {
		const manifest = path.join(dir, 'package.json');
		if (
			existsSync(manifest) &&
			(JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name ===
				'n8n-nodes-gong-engagement'
		) {
			return dir;
		}
	}
	throw new Error(`no n8n-nodes-gong-engagement package.json above ${__dirname}`);
}
