#!/usr/bin/env bash
# The demo: the example suite under profiles/production.yml, on a real Docker engine.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
mkdir -p out
node dist/cli.js validate --suite examples/demo/suite.yml --profile profiles/production.yml
node dist/cli.js run --suite examples/demo/suite.yml --profile profiles/production.yml --out out/demo-production.json "$@"
