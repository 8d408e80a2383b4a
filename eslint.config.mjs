import { config } from '@n8n/node-cli/eslint';

/*
 * n8n's own community-node rules, including n8n Cloud's, hold every file: `config` is what
 * `npx n8n-node lint` applies. test/ and scripts/ never ship: they start n8n, PostgreSQL and
 * Redis, read fixtures, keep fake keys and print figures, so the rules written for code that runs
 * inside a user's n8n (no child processes, no fs, no timers, no secrets in source, no console)
 * are turned off there and nowhere else. Tests also call n8n's deprecated request helpers on
 * purpose: n8n's own HTTP Request node still sends through them, and the credential must hold there. `npm run lint:shipped` lints nodes/, credentials/ and
 * package.json with n8n's default configuration file itself, unchanged. CONTRIBUTING.md says why.
 */
const codeThatNeverShips = {
	files: ['test/**/*.ts', 'scripts/**/*.ts'],
	rules: {
		'@n8n/community-nodes/no-restricted-globals': 'off',
		'@n8n/community-nodes/no-restricted-imports': 'off',
		'@n8n/community-nodes/no-dangerous-functions': 'off',
		'@n8n/community-nodes/no-hardcoded-secrets': 'off',
		'@n8n/community-nodes/node-usable-as-tool': 'off',
		'@n8n/community-nodes/require-node-api-error': 'off',
		'@n8n/community-nodes/no-deprecated-workflow-functions': 'off',
		'no-console': 'off',
	},
};

/** Output of `tsc -p tsconfig.json` and the test runs: generated, never edited, never shipped. */
const generated = { ignores: ['dist-test/', 'test-artifacts/', 'coverage/', '.cache/'] };

export default [...config, codeThatNeverShips, generated];
