#!/usr/bin/env bash
# npm run test:stress: engine test files several times in a row while every CPU is kept busy by a
# hog this script starts and stops itself. A race a quiet machine hides shows up here; any failure
# fails the whole run. Default: every file under __tests__/engine, STRESS_ROUNDS (3) rounds.
set -euo pipefail
cd "$(dirname "$0")/.."
rounds="${STRESS_ROUNDS:-3}"
files=("$@")
[ ${#files[@]} -gt 0 ] || files=(__tests__/engine)
bash scripts/setup.sh

hogs=()
stop_hogs() { [ ${#hogs[@]} -eq 0 ] || kill "${hogs[@]}" 2>/dev/null || true; }
trap stop_hogs EXIT
for _ in $(seq "$(nproc)"); do
  (while :; do :; done) &
  hogs+=($!)
done

for round in $(seq "$rounds"); do
  echo "stress: round $round of $rounds, ${#hogs[@]} CPU hogs busy: ${files[*]}"
  node --experimental-vm-modules node_modules/jest/bin/jest.js --runInBand "${files[@]}"
done
echo "stress: $rounds rounds passed under load"
