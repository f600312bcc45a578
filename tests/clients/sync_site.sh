#!/usr/bin/env bash
# scripts/sync-site against a local rclone remote (a directory), from rclone's own log:
# - the first upload copies every MP3 before any transcript or chapters file, those before
#   the cover, the cover before index.html and index.html before feed.xml;
# - the remote then holds exactly the site's public files (no .lock, .fetched/, temporaries,
#   site.json or records);
# - after an episode is removed from the site, the next upload replaces feed.xml first and
#   deletes that episode's files only after it, and leaves files that are not the site's.
#
# usage: sync_site.sh SITE_DIR WORK_DIR
# Prints one line per failure and 'N passed, N failed'; exits 1 when any failed, 77 when
# rclone is not installed.
set -uo pipefail
sync_site=$(cd "$(dirname "$0")/../../scripts" && pwd)/sync-site
if ! command -v rclone >/dev/null; then
  echo "SKIP: rclone is not installed (Debian package rclone; scripts/setup installs it)"
  exit 77
fi
site=$2/site remote=$2/remote log=$2/rclone.log
rm -rf "$2" && mkdir -p "$2" && cp -a "$1" "$site" || exit 1
# A config of its own: no remote of the user is read.
export RCLONE_CONFIG=$2/rclone.conf
: >"$RCLONE_CONFIG"
: >"$site/.lock"
mkdir -p "$site/.fetched" && echo '{}' >"$site/.fetched/0123.body"
echo partial >"$site/.feed.xml.tmp-4242"

# shellcheck source=tests/clients/check_tally.sh
. "$(dirname "$0")/check_tally.sh"
# rank PATH: the step that must upload PATH (1 audio, 2 transcripts and chapters, 3 cover,
# 4 page, 5 feed).
rank() {
  case $1 in
    *.mp3) echo 1 ;; *.vtt | *.srt | *.transcript.json | *.chapters.json) echo 2 ;; cover.png) echo 3 ;;
    index.html | episodes/*.html) echo 4 ;; feed.xml) echo 5 ;; *) echo 9 ;;
  esac
}
# in_order ACTION: the paths rclone logged with ACTION come in rank order.
in_order() {
  local last=0 path r
  while read -r path; do
    r=$(rank "$path")
    if [ "$r" -lt "$last" ]; then
      echo "  $path (step $r) came after a file of step $last"
      return 1
    fi
    last=$r
  done < <(sed -n "s/.*INFO  : \(.*\): $1.*/\1/p" "$log")
}
public_files() {  # public_files DIR: the files an app or browser may fetch, sorted
  (cd "$1" && find . -type f | sed 's|^\./||' | grep -E \
    '^(feed\.xml|index\.html|cover\.png|episodes/[a-z0-9-]+\.(mp3|vtt|srt|transcript\.json|chapters\.json|html))$' | sort)
}

"$sync_site" "$site" "$remote" -v --log-file "$log" 2>/dev/null
check $? "sync-site failed (log: $log)"
copied=$(grep -c ': Copied (new)' "$log")
[ "$copied" -eq "$(public_files "$site" | wc -l)" ]
check $? "first upload copied $copied files, the site has $(public_files "$site" | wc -l) public files"
in_order "Copied" >&2
check $? "first upload: a file was copied before one it needs"
diff <(public_files "$site") <(cd "$remote" && find . -type f | sed 's|^\./||' | sort) >&2
check $? "the remote does not hold exactly the site's public files"
# Every file URL of the feed is on the remote, whatever the list above says.
base=$(sed -n 's|.*<atom:link href="\([^"]*\)feed\.xml".*|\1|p' "$site/feed.xml")
missing=0
for url in $(grep -o -E '(url|href)="[^"#]*' "$site/feed.xml" | sed -E 's/^[a-z]+="//' |
  grep -F "$base" | sort -u); do
  [ -f "$remote/${url#"$base"}" ] || [ "$url" = "$base" ] || { echo "  not uploaded: $url" >&2; missing=1; }
done
[ "$missing" -eq 0 ]
check $? "a file the feed links to was not uploaded"

# Remove the newest episode from the site, as retention would, and upload again.
gone=$(basename "$(ls "$site"/episodes/*.mp3 | head -1)" .mp3)
gone_public=$(public_files "$site" | grep -c -F "episodes/$gone.")
rm "$site/episodes/$gone".*
echo "<!-- without $gone -->" >>"$site/feed.xml"
mkdir -p "$remote/other" && echo keep >"$remote/other/keep.txt"
: >"$log"
"$sync_site" "$site" "$remote" -v --log-file "$log" 2>/dev/null
check $? "second sync-site failed (log: $log)"
feed_line=$(grep -n 'feed.xml: Copied' "$log" | head -1 | cut -d: -f1)
first_delete=$(grep -n ': Deleted' "$log" | head -1 | cut -d: -f1)
[ -n "$feed_line" ] && [ -n "$first_delete" ] && [ "$feed_line" -lt "$first_delete" ]
check $? "second upload: feed.xml (line ${feed_line:-none}) not replaced before the first deletion (line ${first_delete:-none})"
[ "$(grep -c ": Deleted" "$log")" -eq "$gone_public" ]
check $? "second upload deleted $(grep -c ': Deleted' "$log") files, expected the $gone_public of $gone"
[ -f "$remote/other/keep.txt" ]
check $? "a file that is not the site's was deleted from the remote"
diff <(public_files "$site") <(cd "$remote" && find . -type f ! -path './other/*' |
  sed 's|^\./||' | sort) >&2
check $? "after the second upload the remote does not hold exactly the site's public files"

check_summary
