#!/usr/bin/env bash
# curl against a served site (run by serve_site.sh, which sets SITE_DIR and SITE_URL):
# what a podcast app's downloader and an audio player ask of the host.
#
# - HEAD on the feed and on every enclosure: 200, Content-Length equal to the file's size
#   (and to the feed's enclosure length), the right Content-Type, Accept-Ranges: bytes;
# - byte ranges on an MP3: 206 with the right Content-Range, Content-Type and bytes,
#   a suffix range, and 416 for a range past the end;
# - the transcripts and chapters answer 200 with their types.
# Prints one line per failure and 'N passed, N failed'; exits 1 when any failed.
set -uo pipefail

# shellcheck source=tests/clients/check_tally.sh
. "$(dirname "$0")/check_tally.sh"
header() {  # header FILE NAME: the value of one response header, without CR
  sed -n "s/^$2: *//Ip" "$1" | tr -d '\r' | tail -1
}
status_of() { head -1 "$1" | cut -d' ' -f2; }

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# head_check PATH TYPE: HEAD answers 200 with the file's size and TYPE.
head_check() {
  local file="$SITE_DIR/$1" h="$tmp/head"
  curl -s -I -o "$h" "$SITE_URL$1"
  local size status length type
  size=$(stat -c %s "$file")
  status=$(status_of "$h")
  length=$(header "$h" Content-Length)
  type=$(header "$h" Content-Type)
  [ "$status" = 200 ]
  check $? "HEAD $1: status $status, expected 200"
  [ "$length" = "$size" ]
  check $? "HEAD $1: Content-Length $length, file has $size bytes"
  [ "${type%%;*}" = "$2" ]
  check $? "HEAD $1: Content-Type '$type', expected $2"
}

head_check feed.xml application/rss+xml
head_check index.html text/html
head_check cover.png image/png

# Every enclosure of the feed, by its URL in the feed, against its length attribute.
enclosures=$(grep -o '<enclosure url="[^"]*" length="[0-9]*"' "$SITE_DIR/feed.xml" |
  sed 's/<enclosure url="\([^"]*\)" length="\([0-9]*\)"/\1 \2/')
[ -n "$enclosures" ]
check $? "feed.xml has enclosures"
while read -r url length; do
  [ -n "$url" ] || continue
  path=${url#"$SITE_URL"}
  [ "$path" != "$url" ]
  check $? "enclosure $url is under $SITE_URL"
  head_check "$path" audio/mpeg
  served=$(header "$tmp/head" Content-Length)
  [ "$served" = "$length" ]
  check $? "$url: feed says length $length, server sends $served"
  [ "$(header "$tmp/head" Accept-Ranges)" = bytes ]
  check $? "$url: Accept-Ranges: bytes"
  stem=${path%.mp3}
  head_check "$stem.vtt" text/vtt
  head_check "$stem.srt" application/x-subrip
  head_check "$stem.chapters.json" application/json
done <<<"$enclosures"

# range_check PATH RANGE FIRST LAST: a 206 carrying bytes FIRST..LAST of the file.
range_check() {
  local file="$SITE_DIR/$1" h="$tmp/range.h" body="$tmp/range.body"
  local size
  size=$(stat -c %s "$file")
  curl -s -D "$h" -o "$body" -H "Range: bytes=$2" "$SITE_URL$1"
  [ "$(status_of "$h")" = 206 ]
  check $? "GET $1 Range $2: status $(status_of "$h"), expected 206"
  [ "$(header "$h" Content-Range)" = "bytes $3-$4/$size" ]
  check $? "GET $1 Range $2: Content-Range '$(header "$h" Content-Range)', expected 'bytes $3-$4/$size'"
  [ "$(header "$h" Content-Type)" = audio/mpeg ]
  check $? "GET $1 Range $2: Content-Type '$(header "$h" Content-Type)', expected audio/mpeg"
  [ "$(stat -c %s "$body")" -eq $(($4 - $3 + 1)) ] &&
    cmp -s -n $(($4 - $3 + 1)) -i "$3:0" "$file" "$body"
  check $? "GET $1 Range $2: body is not bytes $3-$4 of the file"
}

mp3=$(printf '%s\n' "$enclosures" | head -1 | cut -d' ' -f1)
mp3=${mp3#"$SITE_URL"}
size=$(stat -c %s "$SITE_DIR/$mp3")
range_check "$mp3" 0-1 0 1
range_check "$mp3" 1000-66535 1000 66535
range_check "$mp3" -4096 $((size - 4096)) $((size - 1))
curl -s -o /dev/null -D "$tmp/past.h" -H "Range: bytes=$((size + 10))-" "$SITE_URL$mp3"
[ "$(status_of "$tmp/past.h")" = 416 ]
check $? "GET $mp3 Range past the end: status $(status_of "$tmp/past.h"), expected 416"

check_summary
