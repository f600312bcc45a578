#!/usr/bin/env bash
# `cpack -G DEB` builds a .deb that installs /usr/bin/briefcast, the man page and the units,
# and depends on the libraries' packages (dpkg-shlibdeps) and the data packages.
#
# usage: deb_package.sh BUILD_DIR WORK_DIR
# cpack runs the build's `preinstall` step: nothing is compiled when the build is up to date.
# Exits 77 when dpkg-deb or dpkg-shlibdeps (dpkg-dev) is missing.
set -uo pipefail
build=$1 work=$2
for tool in dpkg-deb dpkg-shlibdeps; do
  if ! command -v "$tool" >/dev/null; then
    echo "SKIP: $tool is missing (Debian package dpkg-dev; scripts/setup installs it)"
    exit 77
  fi
done
rm -rf "$work" && mkdir -p "$work"
if ! (cd "$work" && cpack -G DEB --config "$build/CPackConfig.cmake" -B "$work") \
  >"$work/cpack.log" 2>&1; then
  echo "FAILED: cpack -G DEB:"; cat "$work/cpack.log"; exit 1
fi
deb=$(ls "$work"/briefcast_*.deb 2>/dev/null | head -1)
if [ -z "$deb" ]; then
  echo "FAILED: no briefcast_*.deb in $work:"; cat "$work/cpack.log"; exit 1
fi
failed=0
fail() { echo "FAILED: $deb: $*"; failed=1; }
contents=$(dpkg-deb -c "$deb" | awk '{print $6}')
for file in ./usr/bin/briefcast ./usr/share/man/man1/briefcast.1 \
  ./usr/lib/systemd/system/briefcast-publish.service \
  ./usr/lib/systemd/system/briefcast-publish.timer ./usr/lib/sysusers.d/briefcast.conf \
  ./usr/share/doc/briefcast/deploy.md ./usr/share/doc/briefcast/nginx-briefcast.conf; do
  grep -q -x -F "$file" <<<"$contents" || fail "does not contain $file"
done
[ "$(dpkg-deb -f "$deb" Package)" = briefcast ] || fail "Package is not briefcast"
depends=$(dpkg-deb -f "$deb" Depends)
for package in libc6 libespeak-ng1 libmp3lame0 libtag1v5 libcurl4 espeak-ng-data fonts-noto-cjk; do
  grep -q -E "(^|, )$package( |,|$)" <<<"$depends" || fail "Depends lacks $package: $depends"
done
# The output in a variable, not a pipe: grep -q may end before dpkg-deb has written all,
# which under pipefail would count as a failure.
info=$(dpkg-deb -I "$deb")
grep -q -E '^ +[0-9]+ bytes, +[0-9]+ lines +\* +postinst' <<<"$info" ||
  fail "has no postinst (it creates the units' user)"
[ "$failed" -eq 0 ] && echo "$(basename "$deb"): $(wc -l <<<"$contents") entries; Depends: $depends"
exit "$failed"
