#!/usr/bin/env bash
# What the demo, the tests, the benchmark and CI need, each part set up only when it is missing, so
# running this again changes nothing:
#   --engine  a Docker engine that answers. One that already does (a laptop, a GitHub runner) is left
#             alone: never started again, restarted or reconfigured. On a fresh Debian machine as root
#             it installs docker.io and starts dockerd in the background; otherwise it says what to do.
#   --images  the example suites' base images, made offline when missing: busybox:1.36 by docker import
#             of Debian's static busybox, busybox-bash:1.36 from it with Debian's static bash at
#             /bin/bash (Harbor's verifiers run `bash /tests/test.sh`). Images already there are kept.
#   --deps    node_modules, with npm ci, when it is missing.
#   --bundle  dist/cli.js, with npm run bundle, when it is missing.
#   --debian  bakeoff-debian:bookworm, a real Debian root (debootstrap, minbase: apt, bash, coreutils)
#             from the mirror this machine's apt uses, for tests that apt-get inside a task. The root
#             is cached as a tarball in ${XDG_CACHE_HOME:-~/.cache}/bakeoff, so a second machine setup
#             or CI run on the same host imports it without the download.
# No flag: --engine --images --deps. Packages are installed with apt-get as root, or through
# passwordless sudo on a CI runner (CI=true); never on a user's machine without root.
set -euo pipefail
cd "$(dirname "$0")/.."

BASE_IMAGE="${BAKEOFF_BASE_IMAGE:-busybox:1.36}"
BASH_IMAGE="${BAKEOFF_BASH_IMAGE:-busybox-bash:1.36}"
DEBIAN_SUITE="${BAKEOFF_DEBIAN_SUITE:-bookworm}"
DEBIAN_IMAGE="${BAKEOFF_DEBIAN_IMAGE:-bakeoff-debian:$DEBIAN_SUITE}"
DOCKERD_LOG=/tmp/bakeoff-dockerd.log

say() { echo "bakeoff: $*" >&2; }
die() { say "$@"; exit 1; }

# Runs a command as root when this machine lets us without asking anyone: we are root, or a CI runner's sudo.
as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"
  elif [ "${CI:-}" = true ] && sudo -n true 2>/dev/null; then sudo "$@"
  else return 1
  fi
}
can_install() { command -v apt-get >/dev/null 2>&1 && as_root true; }

apt_install() {
  say "installing $* from Debian's packages..."
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null 2>&1 ||
    { as_root apt-get update -qq && as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null; }
}

engine_answers() { command -v docker >/dev/null 2>&1 && docker info >/dev/null 2>&1; }

setup_engine() {
  engine_answers && return 0
  if [ "$(id -u)" != 0 ]; then
    say "no Docker engine answers (docker info failed)."
    say "  Start Docker (e.g. 'sudo systemctl start docker' or Docker Desktop), or make sure your"
    say "  user can reach it ('sudo usermod -aG docker \$USER', then log in again), or set DOCKER_HOST."
    exit 1
  fi
  if ! command -v dockerd >/dev/null 2>&1; then
    command -v apt-get >/dev/null 2>&1 || die "no Docker engine and no apt-get to install one: install Docker for this OS first."
    apt_install docker.io
  fi
  # Started only when no dockerd runs at all: one that runs but does not answer yet is waited for, never replaced.
  if ! pgrep -x dockerd >/dev/null 2>&1; then
    say "starting dockerd in the background (log: $DOCKERD_LOG)..."
    nohup dockerd >"$DOCKERD_LOG" 2>&1 &
  fi
  for _ in $(seq 1 60); do
    engine_answers && return 0
    sleep 1
  done
  die "dockerd did not answer within 60 s; see $DOCKERD_LOG"
}

image_present() { docker image inspect "$1" >/dev/null 2>&1; }

static_busybox() {
  local candidate
  for candidate in /bin/busybox /usr/bin/busybox; do
    if [ -x "$candidate" ] && ! ldd "$candidate" >/dev/null 2>&1; then
      echo "$candidate"
      return 0
    fi
  done
  return 1
}

build_base_image() {
  image_present "$BASE_IMAGE" && return 0
  local bb root
  if ! bb=$(static_busybox); then
    can_install || die "image $BASE_IMAGE is missing and no static busybox is installed." \
      "Install one (Debian: 'sudo apt-get install busybox-static') or 'docker pull $BASE_IMAGE'."
    apt_install busybox-static
    bb=$(static_busybox)
  fi
  root=$(mktemp -d)
  mkdir -p "$root"/{bin,sbin,usr/bin,usr/sbin,tmp,work,etc,root,proc,sys,dev}
  chmod 1777 "$root/tmp"
  cp "$bb" "$root/bin/busybox"
  for applet in $("$root/bin/busybox" --list); do
    [ "$applet" = busybox ] || ln -sf /bin/busybox "$root/bin/$applet"
  done
  printf 'root:x:0:0:root:/root:/bin/sh\nnobody:x:65534:65534:nobody:/:/bin/false\n' >"$root/etc/passwd"
  printf 'root:x:0:\nnogroup:x:65534:\n' >"$root/etc/group"
  say "building $BASE_IMAGE from $bb (docker import)..."
  tar -C "$root" -c . | docker import --change 'CMD ["sh"]' - "$BASE_IMAGE" >/dev/null
  rm -rf "$root"
  say "built $BASE_IMAGE"
}

build_bash_image() {
  image_present "$BASH_IMAGE" && return 0
  local ctx
  if [ ! -x /bin/bash-static ]; then
    can_install || die "image $BASH_IMAGE is missing and no static bash is installed (Debian: sudo apt-get install bash-static)."
    apt_install bash-static
  fi
  ctx=$(mktemp -d)
  cp /bin/bash-static "$ctx/bash"
  printf 'FROM %s\nCOPY bash /bin/bash\n' "$BASE_IMAGE" >"$ctx/Dockerfile"
  docker build -q -t "$BASH_IMAGE" "$ctx" >/dev/null
  rm -rf "$ctx"
  say "built $BASH_IMAGE"
}

setup_images() {
  build_base_image
  build_bash_image
}

# The first http URI in this machine's apt sources (deb822 or one-line format): the one mirror tests may reach.
apt_mirror() {
  local uri
  uri=$(cat /etc/apt/sources.list.d/*.sources 2>/dev/null | awk '/^URIs:/ {print $2; exit}')
  [ -n "$uri" ] || uri=$(cat /etc/apt/sources.list 2>/dev/null | awk '/^deb / {print $2; exit}')
  [ -n "$uri" ] || die "no apt mirror found in /etc/apt/sources.list.d/*.sources or /etc/apt/sources.list"
  echo "$uri"
}

build_debian_image() {
  image_present "$DEBIAN_IMAGE" && return 0
  local cache="${XDG_CACHE_HOME:-$HOME/.cache}/bakeoff" mirror root
  local tarball="$cache/debian-$DEBIAN_SUITE-minbase.tar"
  if [ ! -s "$tarball" ]; then
    command -v debootstrap >/dev/null 2>&1 || { can_install || die "debootstrap is missing (Debian: sudo apt-get install debootstrap)"; apt_install debootstrap; }
    mirror=$(apt_mirror)
    root=$(mktemp -d)
    say "debootstrap $DEBIAN_SUITE (minbase) from $mirror: a few minutes, once..."
    as_root debootstrap --variant=minbase "$DEBIAN_SUITE" "$root" "$mirror" >"$root.log" 2>&1 ||
      die "debootstrap failed; see $root.log"
    as_root rm -rf "$root"/var/cache/apt/archives/*.deb "$root"/var/lib/apt/lists/*
    mkdir -p "$cache"
    as_root tar -C "$root" -cf "$tarball.tmp" . && mv "$tarball.tmp" "$tarball"
    as_root rm -rf "$root" "$root.log"
  fi
  say "importing $DEBIAN_IMAGE from $tarball..."
  docker import --change 'CMD ["bash"]' --change 'ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' \
    "$tarball" "$DEBIAN_IMAGE" >/dev/null
  say "built $DEBIAN_IMAGE"
}

setup_debian() { build_debian_image; }

setup_deps() { [ -d node_modules ] || npm ci --no-audit --no-fund; }

setup_bundle() { [ -f dist/cli.js ] || npm run bundle; }

parts=()
for arg in "$@"; do
  case "$arg" in
    --engine | --images | --deps | --bundle | --debian) parts+=("${arg#--}") ;;
    *) die "setup.sh: unknown option $arg (use --engine, --images, --deps, --bundle, --debian)" ;;
  esac
done
[ ${#parts[@]} -gt 0 ] || parts=(engine images deps)
# In a fixed order whatever the flags' order: images need the engine, the bundle needs the dependencies.
for part in engine images debian deps bundle; do
  if [[ " ${parts[*]} " == *" $part "* ]]; then "setup_$part"; fi
done
