#!/usr/bin/env bash
# npm run bench: build the benchmark (it imports bakeoff's own modules) and run it on the real engine.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --engine --images --deps --bundle
npx ncc build bench/bench.ts -o bench/.build >/dev/null
node bench/.build/index.js "$@"
