#!/usr/bin/env bash
# The reusable workflow's step before the trials. Inputs arrive as environment variables, never as
# text in the script: IMAGES (one per line) are pulled, PREPARE (shell) runs, and AGENT_ENV's
# NAME=value lines become the job's environment for the suite's agent.env, each value masked first.
set -euo pipefail

while IFS= read -r image; do
  image="${image%%#*}"
  image="${image//[[:space:]]/}"
  [ -z "$image" ] || docker pull "$image"
done <<<"${IMAGES:-}"

if [ -n "${PREPARE:-}" ]; then bash -euo pipefail -c "$PREPARE"; fi

while IFS= read -r line; do
  [ -n "$line" ] || continue
  name="${line%%=*}"
  value="${line#*=}"
  if ! [[ "$name" =~ ^[A-Za-z_][A-Za-z0-9_]*$ ]] || [ "$name" = "$line" ]; then
    echo "bakeoff: agent-env: every line must be NAME=value (a line is not)" >&2
    exit 1
  fi
  echo "::add-mask::$value"
  delimiter="BAKEOFF_$(od -An -N8 -tx1 /dev/urandom | tr -d ' \n')"
  printf '%s<<%s\n%s\n%s\n' "$name" "$delimiter" "$value" "$delimiter" >>"$GITHUB_ENV"
done <<<"${AGENT_ENV:-}"
