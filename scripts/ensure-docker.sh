#!/usr/bin/env bash
# Make sure a Docker engine answers. On a machine that already has one (a laptop, a GitHub
# runner) this does nothing. On a fresh Debian machine as root it installs docker.io from
# Debian and starts dockerd in the background. Otherwise it says exactly what to do.
set -euo pipefail

engine_answers() { docker info >/dev/null 2>&1; }

if command -v docker >/dev/null 2>&1 && engine_answers; then
  exit 0
fi

if [ "$(id -u)" != "0" ]; then
  echo "bakeoff: no Docker engine answers (docker info failed)." >&2
  echo "  Start Docker (e.g. 'sudo systemctl start docker' or Docker Desktop), or make sure your" >&2
  echo "  user can reach it ('sudo usermod -aG docker \$USER', then log in again), or set DOCKER_HOST." >&2
  exit 1
fi

if ! command -v dockerd >/dev/null 2>&1; then
  if ! command -v apt-get >/dev/null 2>&1; then
    echo "bakeoff: no Docker engine and no apt-get to install one: install Docker for this OS first." >&2
    exit 1
  fi
  echo "bakeoff: installing docker.io from Debian's packages..." >&2
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq docker.io >/dev/null
fi

if ! pgrep -x dockerd >/dev/null 2>&1; then
  echo "bakeoff: starting dockerd in the background (log: /tmp/bakeoff-dockerd.log)..." >&2
  nohup dockerd >/tmp/bakeoff-dockerd.log 2>&1 &
fi

for _ in $(seq 1 60); do
  engine_answers && exit 0
  sleep 1
done
echo "bakeoff: dockerd did not answer within 60 s; see /tmp/bakeoff-dockerd.log" >&2
exit 1
