import { readFileSync } from 'fs';
import { join } from 'path';

/*
 * The package has no runtime dependencies and declares only n8n-workflow as a peer, and the
 * rule that shipped code imports only n8n-workflow, zod, luxon and
 * relative paths (what n8n provides to community packages).
 */

const root = join(__dirname, '..', '..');
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as Record<
	string,
	Record<string, string> | undefined
>;

test('package.json has no runtime dependencies and only n8n-workflow as a peer', () => {
	expect(manifest.dependencies ?? {}).toEqual({});
	expect(Object.keys(manifest.peerDependencies ?? {})).toEqual(['n8n-workflow']);
});

test('shipped code imports only n8n-workflow, zod, luxon, Node built-ins and relative paths', () => {
	const { execSync } = jest.requireActual<typeof import('child_process')>('child_process');
	const files = execSync('git ls-files nodes credentials', { cwd: root, encoding: 'utf8' })
		.split('\n')
		.filter((file) => file.endsWith('.ts'));
	const allowed = /^(n8n-workflow|zod|luxon|crypto|\.{1,2}\/.*)$/;
	const imported = files.flatMap((file) =>
		[
			...readFileSync(join(root, file), 'utf8').matchAll(/from '([^']+)'|require\('([^']+)'\)/g),
		].map((match) => ({ file, module: match[1] ?? match[2] })),
	);
	expect(imported.length).toBeGreaterThan(10);
	expect(imported.filter(({ module }) => !allowed.test(module))).toEqual([]);
});
