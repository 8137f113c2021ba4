#!/usr/bin/env bash
# The test command: type-check, then every test, unit and integration, against a real Docker engine.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
npx tsc --noEmit
node --experimental-vm-modules node_modules/jest/bin/jest.js --runInBand "$@"
