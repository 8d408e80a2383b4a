#!/usr/bin/env bash
# The test command (`npm test`): types, n8n's lint rules, build, unit/integration tests, then the
# end-to-end tests in a real n8n.
# Prints one closing line "tests: N passed, N failed" summed over all suites.
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p test-artifacts

echo "== typecheck (and compile tests, scripts and the sandbox into dist-test/ for the demo test)"
npx tsc -p tsconfig.json
echo "== lint (n8n community-node rules)"
npx eslint nodes credentials package.json
echo "== build"
npm run build --silent

echo "== unit and integration tests (n8n-core engine + Gong sandbox over HTTP)"
status=0
npx jest --ci --json --outputFile=test-artifacts/jest-unit.json || status=$?

echo "== end-to-end tests (the packed package inside a real n8n on Node 24)"
# Installs Node 24 and the pinned n8n into .cache/ the first time (a few minutes), then re-uses them.
eval "$(bash scripts/e2e/install-n8n.sh | grep -E '^(NODE24_BIN|N8N_BIN)=')"
export NODE24_BIN N8N_BIN
# Debian's Chromium for the timeline page's browser test (apt, when missing).
bash scripts/e2e/install-browser.sh
npx jest --ci -c jest.e2e.config.js --json --outputFile=test-artifacts/jest-e2e.json || status=$?

node -e '
const runs = ["unit", "e2e"].map((name) => {
	try { return require(`./test-artifacts/jest-${name}.json`); } catch { return { numPassedTests: 0, numFailedTests: 0, numRuntimeErrorTestSuites: 1 }; }
});
const passed = runs.reduce((sum, r) => sum + r.numPassedTests, 0);
const failed = runs.reduce((sum, r) => sum + r.numFailedTests + r.numRuntimeErrorTestSuites, 0);
console.log(`tests: ${passed} passed, ${failed} failed`);
'
exit "$status"
