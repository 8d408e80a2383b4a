#!/usr/bin/env bash
# The test command (`npm test`): what the tests need first (Node 24 and n8n from the npm registry,
# Chromium, Redis and PostgreSQL from Debian — or a stop at once naming what to install), then
# types, n8n's lint, build, unit/integration tests, and the end-to-end tests in a real n8n.
# `bash scripts/test.sh e2e` (npm run test:e2e) runs the end-to-end part alone.
# Prints one closing line "tests: N passed, N failed" summed over the suites that ran.
set -euo pipefail
cd "$(dirname "$0")/.."
mode="${1:-all}"
mkdir -p test-artifacts
rm -f test-artifacts/jest-unit.json test-artifacts/jest-e2e.json

echo "== what the end-to-end tests need"
# Debian's packages first: when they cannot be installed, stop before anything else takes time.
bash scripts/e2e/install-debian-packages.sh
# Node 24 and the pinned n8n into .cache/ the first time (a few minutes), then re-used.
n8n_paths="$(bash scripts/e2e/install-n8n.sh)"
eval "$(grep -E '^(NODE24_BIN|N8N_BIN)=' <<<"$n8n_paths")"
export NODE24_BIN N8N_BIN

echo "== typecheck (and compile tests, scripts and the sandbox into dist-test/ for the demo test)"
npx tsc -p tsconfig.json
echo "== lint: n8n's own CLI over the repository, then the shipped code under n8n's default config"
npx n8n-node lint
npm run --silent lint:shipped
echo "== build"
npm run build --silent

status=0
# A hung run (a child process that never exits) is ended, and counted as failed.
if [ "$mode" = "all" ]; then
	echo "== unit and integration tests (n8n-core engine + Gong sandbox over HTTP)"
	timeout --kill-after=30s 20m npx jest --ci --json --outputFile=test-artifacts/jest-unit.json || status=$?
fi
echo "== end-to-end tests (the packed package inside a real n8n on Node 24)"
timeout --kill-after=30s 45m npx jest --ci -c jest.e2e.config.js --json --outputFile=test-artifacts/jest-e2e.json || status=$?

MODE="$mode" node -e '
const names = process.env.MODE === "all" ? ["unit", "e2e"] : ["e2e"];
const runs = names.map((name) => {
	try { return require(`./test-artifacts/jest-${name}.json`); } catch { return { numPassedTests: 0, numFailedTests: 0, numRuntimeErrorTestSuites: 1 }; }
});
const passed = runs.reduce((sum, r) => sum + r.numPassedTests, 0);
const failed = runs.reduce((sum, r) => sum + r.numFailedTests + r.numRuntimeErrorTestSuites, 0);
console.log(`tests: ${passed} passed, ${failed} failed`);
'
exit "$status"
