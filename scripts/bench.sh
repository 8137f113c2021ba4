#!/usr/bin/env bash
# npm run bench: build the benchmark (it imports bakeoff's own modules) and run it on the real engine.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-docker.sh
bash scripts/ensure-images.sh
[ -d node_modules ] || npm ci --no-audit --no-fund
[ -f dist/cli.js ] || npm run bundle
npx ncc build bench/bench.ts -o bench/.build >/dev/null
node bench/.build/index.js "$@"
