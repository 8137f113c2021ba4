#!/usr/bin/env bash
# Build the base image the example suites use (busybox:1.36) locally when it is missing:
# no registry can be reached, so it is imported from a root filesystem made of Debian's
# statically linked busybox. An image that is already there is left alone.
set -euo pipefail
IMAGE="${BAKEOFF_BASE_IMAGE:-busybox:1.36}"

if docker image inspect "$IMAGE" >/dev/null 2>&1; then
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
