#!/usr/bin/env bash
# `systemd-analyze verify` on the installed systemd units.
#
# usage: systemd_units.sh ROOT   (ROOT: a DESTDIR that `cmake --install --prefix /usr` filled)
#
# verify checks that ExecStart's binary exists and that Documentation's man page is found.
# The units name /usr/bin/briefcast, which is installed in ROOT, not on this machine, so
# verify runs with --root on a copy of ROOT: there it resolves /usr/bin/briefcast to the
# installed binary. A root needs the units ours refer to (sysinit.target,
# network-online.target, timers.target, ...): the machine's own units are copied in beside
# ours. MANPATH points at the root's man pages. No path in the units is rewritten.
# Any output of verify is a failure. Exits 77 (skip) only when verify cannot run at all here:
# not installed, or failing on a minimal service that runs /bin/true.
set -uo pipefail
root=$1
if ! command -v systemd-analyze >/dev/null; then
  echo "SKIP: systemd-analyze is missing (Debian package systemd; scripts/setup installs it)"
  exit 77
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
units=usr/lib/systemd/system
cp -a "$root" "$tmp/root"
cp -an /usr/lib/systemd/system/. "$tmp/root/$units/"
verify() {  # verify UNIT...: verify's output, its exit status
  MANPATH=$tmp/root/usr/share/man systemd-analyze verify --root="$tmp/root" "$@" 2>&1
}

# Can verify run here at all?
printf '[Service]\nType=oneshot\nExecStart=/bin/true\n' >"$tmp/root/$units/briefcast-probe.service"
mkdir -p "$tmp/root/bin" && cp /bin/true "$tmp/root/bin/true"
if ! out=$(verify "$tmp/root/$units/briefcast-probe.service") || [ -n "$out" ]; then
  echo "SKIP: systemd-analyze verify fails on a minimal unit here: $out"
  exit 77
fi

failed=0
out=$(verify "$tmp/root/$units/briefcast-publish.service" "$tmp/root/$units/briefcast-publish.timer")
status=$?
if [ "$status" -ne 0 ] || [ -n "$out" ]; then
  echo "FAILED: systemd-analyze verify (exit $status):"
  echo "$out"
  failed=1
fi
# verify does look: without the binary it fails.
rm "$tmp/root/usr/bin/briefcast"
if verify "$tmp/root/$units/briefcast-publish.service" >/dev/null; then
  echo "FAILED: verify passed with /usr/bin/briefcast missing: it checks nothing here"
  failed=1
fi
[ "$failed" -eq 0 ] && echo "systemd-analyze verify: briefcast-publish.service and .timer ok"
exit "$failed"
