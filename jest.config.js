const os = require('os');

const shared = {
	preset: 'ts-jest',
	testEnvironment: 'node',
	// Types are checked once by `npm run typecheck`; ts-jest only transpiles, file by file
	// (isolatedModules): without it ts-jest builds a whole TypeScript program in every jest process
	// just to compute its cache keys, about 20 s of CPU before the first test runs.
	transform: {
		'^.+\\.ts$': ['ts-jest', { diagnostics: false, tsconfig: { isolatedModules: true } }],
	},
};

/** @type {import('jest').Config} */
module.exports = {
	testTimeout: 30000,
	// The tests' waits run on a virtual clock (test/harness/virtualClock.ts), so what is left is
	// CPU: one worker per core, at least two (jest's default, cores - 1, is one worker on 2 cores).
	maxWorkers: Math.max(2, os.cpus().length - 1),
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
