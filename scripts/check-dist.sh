#!/usr/bin/env bash
# dist/ must equal a fresh bundle of src/ (the Action runs dist/, not src/), and the bundles must start.
set -euo pipefail
cd "$(dirname "$0")/.."
npm run bundle >/dev/null
if [ -n "$(git status --porcelain -- dist)" ]; then
  echo "check-dist: dist/ differs from a fresh build of src/; run 'npm run bundle' and commit dist/" >&2
  git status --porcelain -- dist >&2
  exit 1
fi
node dist/cli.js --help >/dev/null
echo "check-dist: dist/ is up to date and dist/cli.js starts"
