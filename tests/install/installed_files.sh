#!/usr/bin/env bash
# `cmake --install` with prefix /usr into a DESTDIR puts exactly these files in place, and
# the installed binary runs.
#
# usage: installed_files.sh BUILD_DIR ROOT
# Prints one line per failure; exits 1 when any. ROOT is left for the units test.
set -uo pipefail
build=$1 root=$2
rm -rf "$root"
if ! DESTDIR=$root cmake --install "$build" --prefix /usr >"$root.log" 2>&1; then
  echo "FAILED: cmake --install:"; cat "$root.log"; exit 1
fi

expected="usr/bin/briefcast
usr/lib/systemd/system/briefcast-publish.service
usr/lib/systemd/system/briefcast-publish.timer
usr/lib/sysusers.d/briefcast.conf
usr/share/doc/briefcast/README.md
usr/share/doc/briefcast/config-example.toml
usr/share/doc/briefcast/configuration.md
usr/share/doc/briefcast/deploy.md
usr/share/doc/briefcast/examples/sync-site
usr/share/doc/briefcast/nginx-briefcast.conf
usr/share/doc/briefcast/user-guide.md
usr/share/man/man1/briefcast.1"
failed=0
fail() { echo "FAILED: $*"; failed=1; }
installed=$(cd "$root" && find . -type f | sed 's|^\./||' | sort)
[ "$installed" = "$expected" ] ||
  fail "installed files differ from the expected ones:
$(diff <(echo "$expected") <(echo "$installed"))"
[ -x "$root/usr/bin/briefcast" ] || fail "usr/bin/briefcast is not executable"
version=$("$root/usr/bin/briefcast" --version 2>&1)
[[ "$version" =~ ^briefcast\ [0-9]+\.[0-9]+\.[0-9]+$ ]] ||
  fail "usr/bin/briefcast --version says '$version'"
# The units call the installed binary.
unit=$root/usr/lib/systemd/system/briefcast-publish.service
others=$(grep -E '^Exec' "$unit" | grep -v -E '^Exec[A-Za-z]*=/usr/bin/briefcast ')
[ -z "$others" ] || fail "$unit runs something else than /usr/bin/briefcast: $others"
grep -q -E '^ExecStart=/usr/bin/briefcast publish ' "$unit" ||
  fail "$unit does not run /usr/bin/briefcast publish"
# man finds the page by name below the root's man directory.
page=$(MANPATH=$root/usr/share/man LC_ALL=C.UTF-8 MANWIDTH=80 man briefcast 2>&1)
grep -q -- '--base-url' <<<"$page" || fail "man briefcast (MANPATH in ROOT) does not show the page"
[ "$failed" -eq 0 ] && echo "$(wc -l <<<"$installed") files installed; ok"
exit "$failed"
