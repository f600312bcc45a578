#!/usr/bin/env bash
# Serves a published site with nginx on 127.0.0.1 while one command checks it.
#
# usage: serve_site.sh SITE_DIR COMMAND [ARG...]
#
# The port is the one in the feed's atom:link rel="self" (the base URL the site was
# published with), so enclosure, transcript and chapter URLs resolve to this server.
# nginx is configured by the snippet that docs/deploy.md ships,
# docs/deploy/nginx-briefcast.conf (types, caching headers, private files refused), and
# answers HEAD and byte ranges (206 with the file's Content-Type), as podcast hosts do.
# COMMAND runs with SITE_DIR and SITE_URL set; its exit code is this script's. nginx is
# stopped whatever happens. Exits 77 (ctest's skip) when nginx is not installed.
set -euo pipefail

site=$(cd "$1" && pwd)
shift
nginx=/usr/sbin/nginx
if [ ! -x "$nginx" ]; then
  echo "SKIP: $nginx is missing (Debian package nginx-light; scripts/setup installs it)"
  exit 77
fi
if ! command -v "$1" >/dev/null; then
  echo "SKIP: $1 is not installed (scripts/setup installs what the client tests use)"
  exit 77
fi
port=$(sed -n 's|.*<atom:link href="http://127\.0\.0\.1:\([0-9]*\)/feed\.xml".*|\1|p' \
  "$site/feed.xml")
if [ -z "$port" ]; then
  echo "FAILED: $site/feed.xml has no atom:link self URL on http://127.0.0.1:PORT/"
  exit 1
fi

snippet=$(cd "$(dirname "$0")/../../docs/deploy" && pwd)/nginx-briefcast.conf
tmp=$(mktemp -d)
nginx_pid=""
stop() {
  if [ -n "$nginx_pid" ]; then
    kill "$nginx_pid" 2>/dev/null || true
    wait "$nginx_pid" 2>/dev/null || true
  fi
  rm -rf "$tmp"
}
trap stop EXIT
trap 'exit 1' INT TERM

# Only root may name a worker user; files in the build tree belong to whoever built them.
user_line=""
[ "$(id -u)" -eq 0 ] && user_line="user root;"
cat >"$tmp/nginx.conf" <<EOF
$user_line
daemon off;
master_process on;
worker_processes 1;
pid $tmp/nginx.pid;
error_log $tmp/error.log warn;
events { worker_connections 64; }
http {
  access_log $tmp/access.log;
  client_body_temp_path $tmp/body;
  proxy_temp_path $tmp/proxy;
  fastcgi_temp_path $tmp/fastcgi;
  uwsgi_temp_path $tmp/uwsgi;
  scgi_temp_path $tmp/scgi;
  server {
    listen 127.0.0.1:$port;
    # The shipped snippet, as docs/deploy.md says to include it.
    location / {
      root $site;
      include $snippet;
    }
  }
}
EOF

"$nginx" -p "$tmp" -c "$tmp/nginx.conf" -e "$tmp/error.log" &
nginx_pid=$!
url="http://127.0.0.1:$port/"
for _ in $(seq 50); do
  curl -sf -o /dev/null "${url}feed.xml" && break
  if ! kill -0 "$nginx_pid" 2>/dev/null; then
    echo "FAILED: nginx did not start on 127.0.0.1:$port:"
    cat "$tmp/error.log"
    exit 1
  fi
  sleep 0.1
done

status=0
SITE_DIR="$site" SITE_URL="$url" "$@" || status=$?
if [ "$status" -ne 0 ] && [ "$status" -ne 77 ] && [ -s "$tmp/error.log" ]; then
  echo "nginx error log:"
  cat "$tmp/error.log"
fi
exit "$status"
