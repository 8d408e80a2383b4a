const shared = {
	preset: 'ts-jest',
	testEnvironment: 'node',
	// Types are checked once by `npm run typecheck`; ts-jest only transpiles.
	transform: { '^.+\\.ts$': ['ts-jest', { diagnostics: false }] },
};

/** @type {import('jest').Config} */
module.exports = {
	testTimeout: 30000,
	projects: [
		{
			...shared,
			displayName: 'unit',
			roots: ['<rootDir>/test'],
			testMatch: ['**/*.test.ts'],
			testPathIgnorePatterns: ['/node_modules/', '/test/e2e/'],
		},
		{
			// n8n 2.x ships zod 3.25; the schema must read the same on zod 4's API (zod/v4 inside 3.25).
			...shared,
			displayName: 'schema-on-zod4',
			roots: ['<rootDir>/test/schema'],
			testMatch: ['**/*.test.ts'],
			moduleNameMapper: { '^zod$': 'zod/v4' },
		},
	],
};
