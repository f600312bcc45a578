#!/usr/bin/env bash
# Publishes articles into a fresh site whose base URL is http://127.0.0.1:PORT/, PORT a
# port free now, so that several build trees can serve their sites side by side.
#
# usage: publish_site.sh BRIEFCAST SITE_DIR ARTICLE...   (the site gets one episode per
# ARTICLE and a briefing of them all, dated 2024-07-02)
set -euo pipefail
briefcast=$1 site=$2
shift 2
port=$(/usr/bin/python3 -c 'import socket
s = socket.socket()
s.bind(("127.0.0.1", 0))
print(s.getsockname()[1])')
rm -rf "$site"
"$briefcast" publish --site "$site" --base-url "http://127.0.0.1:$port/" "$@"
# And a briefing of the same articles, into the same site (one more episode): its page has
# every story's text under the story's title.
"$briefcast" publish --site "$site" --briefing --date 2024-07-02 "$@"
