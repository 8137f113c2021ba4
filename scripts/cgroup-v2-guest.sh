#!/usr/bin/env bash
# The cgroup v2 path, which GitHub's runners take and this machine (cgroup v1) cannot: boots Debian's
# kernel in a qemu guest under software emulation (no KVM here) with cgroup v1 disabled, on an
# initramfs root holding Debian's docker.io, Node 24 and the committed bundle (dist/), runs the
# classification cases of scripts/guest/suite.yml there, and checks each one's outcome.
# As root on Debian; installs what it needs with apt-get. Never talks to this machine's Docker engine:
# its binaries are taken from Debian's packages and run only inside the guest. Exits non-zero on any
# mismatch, or when the guest does not finish within BAKEOFF_GUEST_TIMEOUT seconds.
set -euo pipefail
cd "$(dirname "$0")/.."
cache="${BAKEOFF_GUEST_CACHE:-${TMPDIR:-/tmp}/bakeoff-guest-cache}"
limit="${BAKEOFF_GUEST_TIMEOUT:-900}"
start=$SECONDS
say() { echo "cgroup-v2-guest: [$((SECONDS - start))s] $*"; }
die() { echo "cgroup-v2-guest: FAILED: $*" >&2; exit 1; }

[ "$(id -u)" = 0 ] || die "run as root (it installs packages with apt-get and makes device nodes)"
command -v apt-get >/dev/null || die "needs Debian's apt-get"
[ -f dist/cli.js ] || die "no dist/cli.js: the committed bundle is what runs in the guest"

# Shared libraries of the docker.io binaries are resolved on this machine by ldd: these packages hold
# them (plain libraries; docker.io itself is only downloaded, so no engine gets installed or started).
HOST_PACKAGES=(qemu-system-x86 cpio busybox-static libdevmapper1.02.1 libseccomp2 libsystemd0 libcap2 libgcrypt20 libstdc++6)
missing=()
for p in "${HOST_PACKAGES[@]}"; do
  dpkg-query -W -f '${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
apt_updated=
apt_update() { [ -n "$apt_updated" ] || { say "apt-get update"; apt-get update -qq; apt_updated=1; }; }
if [ ${#missing[@]} -gt 0 ]; then
  apt_update
  say "installing ${missing[*]}"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# The kernel and the engine: Debian's packages, downloaded (not installed) into the cache.
mkdir -p "$cache/debs"
kernel_pkg=$(apt-cache depends linux-image-amd64 2>/dev/null | awk '/Depends: linux-image-[0-9]/ { print $2; exit }')
[ -n "$kernel_pkg" ] || { apt_update; kernel_pkg=$(apt-cache depends linux-image-amd64 | awk '/Depends: linux-image-[0-9]/ { print $2; exit }'); }
[ -n "$kernel_pkg" ] || die "apt-cache finds no kernel package behind linux-image-amd64"
debs=()
for p in "$kernel_pkg" docker.io containerd runc; do
  v=$(apt-cache policy "$p" | awk '/Candidate:/ { print $2 }')
  [ -n "$v" ] && [ "$v" != "(none)" ] || { apt_update; v=$(apt-cache policy "$p" | awk '/Candidate:/ { print $2 }'); }
  [ -n "$v" ] && [ "$v" != "(none)" ] || die "Debian's mirror has no candidate for $p"
  f=$(ls "$cache/debs/${p}_${v//:/%3a}_"*.deb 2>/dev/null | head -n 1 || true)
  if [ -z "$f" ]; then
    say "downloading $p $v"
    rm -f "$cache/debs/${p}_"*.deb
    # A stale package list names a version the mirror has dropped: update once and ask again.
    (cd "$cache/debs" && apt-get download -qq "$p=$v" 2>&1 | grep -v 'Download is performed unsandboxed' || true)
    if ! ls "$cache/debs/${p}_${v//:/%3a}_"*.deb >/dev/null 2>&1 && [ -z "$apt_updated" ]; then
      apt_update
      v=$(apt-cache policy "$p" | awk '/Candidate:/ { print $2 }')
      (cd "$cache/debs" && apt-get download -qq "$p=$v" 2>&1 | grep -v 'Download is performed unsandboxed' || true)
    fi
    f=$(ls "$cache/debs/${p}_${v//:/%3a}_"*.deb 2>/dev/null | head -n 1 || true)
    [ -n "$f" ] || die "apt-get download $p=$v left no .deb"
  fi
  debs+=("$f")
done

node=$(bash scripts/node-from-npm.sh 24)
busybox=/bin/busybox
ldd "$busybox" >/dev/null 2>&1 && die "$busybox is not the static one (busybox-static)"

# The slow part, built once per set of packages: the guest's root without the bundle and the cases.
key=$( { printf '%s\n' "${debs[@]##*/}"; "$node" --version; dpkg-query -W -f '${Version}\n' busybox-static; sed -n '/^build_base()/,/^}/p' "$0"; } | sha256sum | cut -c1-16)
base="$cache/base-$key"
build_base() {
  local tmp root pkgs b lib
  tmp=$(mktemp -d "$cache/build.XXXXXX")
  root="$tmp/root" pkgs="$tmp/pkgs"
  mkdir -p "$root"/{bin,sbin,usr/bin,usr/sbin,usr/local/bin,lib/x86_64-linux-gnu,lib64,etc,root,proc,sys,dev,run,tmp,var/lib,cases,bakeoff,base-image,out} "$pkgs"
  chmod 1777 "$root/tmp"
  for d in "${debs[@]}"; do dpkg-deb -x "$d" "$pkgs"; done
  kver=$(ls "$pkgs/boot" | sed -n 's/^vmlinuz-//p' | head -n 1)
  cp "$pkgs/boot/vmlinuz-$kver" "$tmp/vmlinuz"
  cp "$busybox" "$root/bin/busybox"
  for applet in $("$busybox" --list); do
    [ -e "$root/bin/$applet" ] || ln -s busybox "$root/bin/$applet"
  done
  local bins=("$pkgs/usr/sbin/dockerd" "$pkgs/usr/bin/docker" "$pkgs/usr/bin/containerd"
    "$pkgs/usr/bin/containerd-shim-runc-v2" "$pkgs/usr/sbin/runc")
  for b in "${bins[@]}"; do
    [ -f "$b" ] || die "no ${b#"$pkgs"} in the downloaded packages"
    cp "$b" "$root/usr/bin/"
  done
  cp "$node" "$root/usr/bin/node"
  for b in "${bins[@]}" "$node"; do
    ldd "$b" | grep -q 'not found' && die "a library of $b is missing on this machine: $(ldd "$b" | grep 'not found')"
    for lib in $(ldd "$b" | awk '$2 == "=>" && $3 ~ /^\// { print $3 } $1 ~ /^\// { print $1 }'); do
      case "$lib" in
        */ld-linux-x86-64.so.2) cp -L "$lib" "$root/lib64/ld-linux-x86-64.so.2" ;;
        *) cp -L "$lib" "$root/lib/x86_64-linux-gnu/${lib##*/}" ;;
      esac
    done
  done
  printf 'root:x:0:0:root:/root:/bin/sh\nnobody:x:65534:65534:nobody:/:/bin/false\n' >"$root/etc/passwd"
  printf 'root:x:0:\nnogroup:x:65534:\n' >"$root/etc/group"
  printf '127.0.0.1 localhost\n' >"$root/etc/hosts"
  : >"$root/etc/resolv.conf"
  # The image the cases run in, made the way scripts/setup.sh --images makes busybox:1.36 (docker import in the guest).
  mkdir -p "$root"/base-image/{bin,sbin,usr/bin,usr/sbin,tmp,work,etc,root,proc,sys,dev}
  chmod 1777 "$root/base-image/tmp"
  cp "$busybox" "$root/base-image/bin/busybox"
  for applet in $("$busybox" --list); do
    [ "$applet" = busybox ] || ln -s /bin/busybox "$root/base-image/bin/$applet"
  done
  cp "$root/etc/passwd" "$root/etc/group" "$root/base-image/etc/"
  # The kernel opens /dev/console before /init runs, and devtmpfs is not mounted yet.
  mknod -m 600 "$root/dev/console" c 5 1
  mknod -m 666 "$root/dev/null" c 1 3
  (cd "$root" && find . | LC_ALL=C sort | cpio -o -H newc --quiet) >"$tmp/base.cpio"
  rm -rf "$root" "$pkgs"
  echo "$kver" >"$tmp/kernel-version"
  rm -rf "$base"
  mv "$tmp" "$base"
}
if [ ! -f "$base/base.cpio" ]; then
  say "building the guest's root (Debian's docker.io, containerd, runc, busybox; Node $("$node" --version)) into $base"
  rm -rf "$cache"/base-* "$cache"/build.*
  build_base
fi
say "guest root: $(du -m "$base/base.cpio" | cut -f1) MiB; kernel $(cat "$base/kernel-version")"

# Per run: a second cpio with the init, the cases and the committed bundle, appended to the cached one
# (the kernel unpacks concatenated archives in order).
work=$(mktemp -d "${TMPDIR:-/tmp}/bakeoff-cgroup-v2.XXXXXX")
qemu_pid=
cleanup() {
  [ -z "$qemu_pid" ] || kill "$qemu_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM
mkdir -p "$work/run/cases" "$work/run/bakeoff"
cp scripts/guest/init "$work/run/init"
chmod 755 "$work/run/init"
cp -r scripts/guest/suite.yml scripts/guest/profile.yml scripts/guest/agent "$work/run/cases/"
cp -r dist "$work/run/bakeoff/dist"
(cd "$work/run" && find . | LC_ALL=C sort | cpio -o -H newc --quiet) >"$work/run.cpio"
cat "$base/base.cpio" "$work/run.cpio" >"$work/initrd"
rm -rf "$work/run" "$work/run.cpio"

say "booting the guest (qemu, TCG, 2 CPUs, 3 GiB, no network; at most ${limit}s)"
: >"$work/console.log"
: >"$work/results.out"
timeout --kill-after=10 "$limit" qemu-system-x86_64 -accel tcg -cpu max -smp 2 -m 3G \
  -nodefaults -display none -no-reboot -nic none \
  -kernel "$base/vmlinuz" -initrd "$work/initrd" \
  -append "console=ttyS0 rdinit=/init panic=-1 quiet systemd.unified_cgroup_hierarchy=1 cgroup_no_v1=all apparmor=0" \
  -serial "file:$work/console.log" -serial "file:$work/results.out" </dev/null >"$work/qemu.log" 2>&1 &
qemu_pid=$!
tail -n +1 -f --pid="$qemu_pid" "$work/console.log" 2>/dev/null | sed -u 's/\r$//; s/^/  | /' &
tail_pid=$!
set +e
wait "$qemu_pid"
qemu_rc=$?
set -e
qemu_pid=
wait "$tail_pid" 2>/dev/null || true
[ -s "$work/qemu.log" ] && sed 's/^/  qemu: /' "$work/qemu.log"
[ "$qemu_rc" = 124 ] && die "the guest did not finish within ${limit}s (BAKEOFF_GUEST_TIMEOUT)"
[ "$qemu_rc" = 0 ] || die "qemu exited $qemu_rc"
grep -q '^BAKEOFF-GUEST-END' "$work/results.out" || die "the guest wrote no results: $(head -c 500 "$work/results.out")"
say "the guest finished; checking the classification"

"$node" scripts/guest/check.mjs "$work/results.out"
say "done in $((SECONDS - start))s"
