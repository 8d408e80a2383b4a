#!/usr/bin/env bash
# The test command (`npm test`): types, n8n's lint rules, build, then every jest test.
# Prints one closing line "tests: N passed, N failed" summed over all suites.
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p test-artifacts

echo "== typecheck"
npx tsc -p tsconfig.json --noEmit
echo "== lint (n8n community-node rules)"
npx eslint nodes credentials package.json
echo "== build"
npm run build --silent

echo "== unit and integration tests (n8n-core engine + Gong sandbox over HTTP)"
status=0
npx jest --ci --json --outputFile=test-artifacts/jest.json || status=$?

node -e '
const r = require("./test-artifacts/jest.json");
console.log(`tests: ${r.numPassedTests} passed, ${r.numFailedTests + r.numRuntimeErrorTestSuites} failed`);
'
exit "$status"
