#!/usr/bin/env bash
# The nginx snippet docs/deploy/nginx-briefcast.conf against a published site: the headers
# docs/deploy.md promises, and that only the site's public files are served.
#
# usage: nginx_snippet.sh SITE_DIR COPY_DIR
#
# Copies SITE_DIR to COPY_DIR, adds the private files a site can hold (.lock, .fetched/,
# temporaries of a run in progress, site.json.damaged, records, a kept WAV), serves the copy
# with serve_site.sh (which includes the snippet) and checks with curl:
# - Content-Type with charset=utf-8 of the feed, page, transcripts and chapters; audio/mpeg;
# - Cache-Control: short and must-revalidate for the feed and page, a day (not immutable:
#   episode files keep their names when an episode is made again) for the audio;
# - a Range request gives 206, an If-None-Match with the ETag gives 304;
# - every file of the site is either public (200) or answers 404.
# Prints one line per failure and 'N passed, N failed'; exits 1 when any failed.
set -uo pipefail

if [ -z "${SITE_URL:-}" ]; then
  set -e
  rm -rf "$2"
  cp -a "$1" "$2"
  id=$(basename "$(ls "$2"/episodes/*.mp3 | head -1)" .mp3)
  : >"$2/.lock"
  mkdir -p "$2/.fetched"
  echo '{}' >"$2/.fetched/0123456789abcdef0123456789abcdef01234567.body"
  echo partial >"$2/.feed.xml.tmp-4242"
  echo partial >"$2/episodes/.$id.mp3.tmp-4242"
  cp "$2/site.json" "$2/site.json.damaged"
  cp "$2/episodes/$id.json" "$2/episodes/$id.pending.json"
  echo RIFF >"$2/episodes/$id.wav"
  exec "$(dirname "$0")/serve_site.sh" "$2" "$0"
fi

# shellcheck source=tests/clients/check_tally.sh
. "$(dirname "$0")/check_tally.sh"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
header() {  # header NAME: the value of one header of the last response, without CR
  sed -n "s/^$1: *//Ip" "$tmp/h" | tr -d '\r' | tail -1
}
status() { head -1 "$tmp/h" | cut -d' ' -f2; }
# expect PATH HEADER VALUE [CURL_ARG...]: HEAD (or the request CURL_ARGs make) of PATH sends
# HEADER: VALUE ('status' for the status code).
expect() {
  local path=$1 name=$2 value=$3 got
  shift 3
  curl -s -o /dev/null -D "$tmp/h" "$@" "$SITE_URL$path"
  if [ "$name" = status ]; then got=$(status); else got=$(header "$name"); fi
  [ "$got" = "$value" ]
  check $? "$* $path: $name is '$got', expected '$value'"
}

mp3=$(cd "$SITE_DIR" && ls episodes/*.mp3 | head -1)
stem=${mp3%.mp3}
short="public, max-age=300, must-revalidate"
expect feed.xml Content-Type "application/rss+xml; charset=utf-8" -I
expect feed.xml Cache-Control "$short" -I
expect feed.xml Access-Control-Allow-Origin "*" -I
expect index.html Content-Type "text/html; charset=utf-8" -I
expect index.html Cache-Control "$short" -I
expect "" Content-Type "text/html; charset=utf-8" -I
expect "" Cache-Control "$short" -I
expect cover.png Content-Type image/png -I
expect "$mp3" Content-Type audio/mpeg -I
expect "$mp3" Cache-Control "public, max-age=86400" -I
expect "$mp3" Accept-Ranges bytes -I
expect "$mp3" status 206 -H "Range: bytes=100-199"
expect "$mp3" Content-Length 100 -H "Range: bytes=100-199"
expect "$stem.vtt" Content-Type "text/vtt; charset=utf-8" -I
expect "$stem.srt" Content-Type "application/x-subrip; charset=utf-8" -I
expect "$stem.chapters.json" Content-Type "application/json; charset=utf-8" -I
hour="public, max-age=3600, must-revalidate"
expect "$stem.vtt" Cache-Control "$hour" -I
expect "$stem.srt" Cache-Control "$hour" -I
expect "$stem.chapters.json" Cache-Control "$hour" -I
expect cover.png Cache-Control "public, max-age=86400" -I
expect "$stem.chapters.json" Access-Control-Allow-Origin "*" -I
expect "$stem.transcript.json" Content-Type "application/json; charset=utf-8" -I
expect "$stem.transcript.json" Cache-Control "$hour" -I
curl -s -I -o "$tmp/h" "$SITE_URL$mp3"
etag=$(header ETag)
[ -n "$etag" ]
check $? "$mp3 has no ETag"
expect "$mp3" status 304 -I -H "If-None-Match: $etag"

# Every file in the site: the public ones answer 200, all others 404.
public='^(feed\.xml|index\.html|cover\.png|episodes/[a-z0-9-]+\.(mp3|vtt|srt|transcript\.json|chapters\.json|html))$'
count=0
while read -r path; do
  count=$((count + 1))
  if [[ "$path" =~ $public ]]; then expect "$path" status 200 -I; else
    expect "$path" status 404 -I
  fi
done < <(cd "$SITE_DIR" && find . -type f | sed 's|^\./||' | sort)
[ "$count" -gt 10 ]
check $? "only $count files in the site"
# site_links: the URLs below SITE_URL in feed.xml and index.html (relative ones resolved),
# without fragments.
site_links() {
  grep -h -o -E '(url|href|src)="[^"#]*' "$SITE_DIR/feed.xml" "$SITE_DIR/index.html" |
    sed -E 's/^[a-z]+="//' | while read -r link; do
    case $link in http://* | https://*) echo "$link" ;; podcast://*) ;; *) echo "$SITE_URL$link" ;; esac
  done | grep -F "$SITE_URL" | sort -u
}
# Every URL the feed and the page give apps and browsers is served, whatever the list above
# says: a new kind of output file fails here until the snippet serves it.
links=0
while read -r url; do
  links=$((links + 1))
  expect "${url#"$SITE_URL"}" status 200 -I
done < <(site_links)
[ "$links" -gt 10 ]
check $? "only $links URLs of the site found in feed.xml and index.html"
expect .fetched/ status 404 -I
expect episodes/ status 403 -I
expect nosuchfile.mp3 status 404 -I

check_summary
