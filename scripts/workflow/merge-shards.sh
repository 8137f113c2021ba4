#!/usr/bin/env bash
# The reusable workflow's merge of its shard artifacts, downloaded one directory each under DIR
# (default shards/): the head shards into merged-head.json and, when the shards reran the base
# (baseline: rerun), the base shards into merged-base.json, so the compare step pairs the two.
# Writes results= and, with base shards, baseline= to $GITHUB_OUTPUT.
set -euo pipefail
cli="${BAKEOFF_CLI:-.bakeoff/dist/cli.js}"
dir="${1:-shards}"
shopt -s nullglob
heads=("$dir"/*/head.json)
bases=("$dir"/*/base.json)

if [ ${#heads[@]} -eq 0 ]; then
  echo "bakeoff: no shard results under $dir/ (every shard job uploads a bakeoff-shard-* artifact)" >&2
  exit 1
fi
node "$cli" merge "${heads[@]}" --out merged-head.json
echo "results=merged-head.json" >>"$GITHUB_OUTPUT"

if [ ${#bases[@]} -gt 0 ]; then
  if [ ${#bases[@]} -ne ${#heads[@]} ]; then
    echo "bakeoff: ${#bases[@]} base shards for ${#heads[@]} head shards: every shard reruns the base or none does" >&2
    exit 1
  fi
  node "$cli" merge "${bases[@]}" --out merged-base.json
  echo "baseline=merged-base.json" >>"$GITHUB_OUTPUT"
fi
