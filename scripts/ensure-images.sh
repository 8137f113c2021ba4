#!/usr/bin/env bash
# Build the base image the example suites use (busybox:1.36) locally when it is missing:
# no registry can be reached, so it is imported from a root filesystem made of Debian's
# statically linked busybox. An image that is already there is left alone.
set -euo pipefail
IMAGE="${BAKEOFF_BASE_IMAGE:-busybox:1.36}"

BASH_IMAGE="${BAKEOFF_BASH_IMAGE:-busybox-bash:1.36}"

# busybox-bash:1.36: the base image plus Debian's static bash at /bin/bash, which Harbor's verifiers
# (bash /tests/test.sh) and the Harbor examples need. Built FROM the base image, so offline too.
ensure_bash_image() {
  docker image inspect "$BASH_IMAGE" >/dev/null 2>&1 && return 0
  if [ ! -x /bin/bash-static ]; then
    if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
      echo "bakeoff: installing bash-static from Debian's packages..." >&2
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq bash-static >/dev/null 2>&1 ||
        { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq bash-static >/dev/null; }
    else
      echo "bakeoff: image $BASH_IMAGE is missing and no static bash is installed (Debian: sudo apt-get install bash-static)." >&2
      exit 1
    fi
  fi
  local ctx
  ctx=$(mktemp -d)
  cp /bin/bash-static "$ctx/bash"
  printf 'FROM %s\nCOPY bash /bin/bash\n' "$IMAGE" >"$ctx/Dockerfile"
  docker build -q -t "$BASH_IMAGE" "$ctx" >/dev/null
  rm -rf "$ctx"
  echo "bakeoff: built $BASH_IMAGE" >&2
}

if docker image inspect "$IMAGE" >/dev/null 2>&1; then
  ensure_bash_image
  exit 0
fi

find_static_busybox() {
  for candidate in /bin/busybox /usr/bin/busybox; do
    if [ -x "$candidate" ] && ! ldd "$candidate" >/dev/null 2>&1; then
      echo "$candidate"; return 0
    fi
  done
  return 1
}

if ! bb=$(find_static_busybox); then
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    echo "bakeoff: installing busybox-static from Debian's packages..." >&2
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq busybox-static >/dev/null
    bb=$(find_static_busybox)
  else
    echo "bakeoff: image $IMAGE is missing and no static busybox is installed." >&2
    echo "  Install one (Debian: 'sudo apt-get install busybox-static') or 'docker pull $IMAGE'." >&2
    exit 1
  fi
fi

root=$(mktemp -d)
trap 'rm -rf "$root"' EXIT
mkdir -p "$root"/{bin,sbin,usr/bin,usr/sbin,tmp,work,etc,root,proc,sys,dev}
chmod 1777 "$root/tmp"
cp "$bb" "$root/bin/busybox"
for applet in $("$root/bin/busybox" --list); do
  [ "$applet" = busybox ] || ln -sf /bin/busybox "$root/bin/$applet"
done
printf 'root:x:0:0:root:/root:/bin/sh\nnobody:x:65534:65534:nobody:/:/bin/false\n' >"$root/etc/passwd"
printf 'root:x:0:\nnogroup:x:65534:\n' >"$root/etc/group"
echo "bakeoff: building $IMAGE from $bb (docker import)..." >&2
tar -C "$root" -c . | docker import --change 'CMD ["sh"]' - "$IMAGE" >/dev/null
echo "bakeoff: built $IMAGE" >&2
ensure_bash_image
