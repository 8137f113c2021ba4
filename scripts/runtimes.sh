#!/usr/bin/env bash
# The Node lines bakeoff supports, beyond the one npm test ran on: the CLI's tests on Node 22 (the
# oldest maintained line, engines ">=22"), and the committed bundles started on Node 24 (action.yml: node24).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
node22=$(bash scripts/node-from-npm.sh 22)
node24=$(bash scripts/node-from-npm.sh 24)

echo "runtimes: the CLI's tests on $("$node22" --version)"
"$node22" --experimental-vm-modules node_modules/jest/bin/jest.js --runInBand \
  __tests__/commands __tests__/config __tests__/engine/cli.docker.test.ts __tests__/engine/preflight.docker.test.ts

echo "runtimes: the committed bundles on $("$node24" --version)"
"$node24" dist/cli.js --version
"$node24" dist/cli.js validate --suite examples/demo/suite.yml --profile profiles/production.yml
out=$(INPUT_CONCURRENCY=lots GITHUB_OUTPUT=/dev/null "$node24" dist/index.js || true)
echo "$out" | grep -q '::error::bakeoff: invalid input: concurrency "lots"' || { echo "runtimes: dist/index.js did not start on Node 24: $out" >&2; exit 1; }
echo "runtimes: dist/index.js starts on Node 24 and validates its inputs"
