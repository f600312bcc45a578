#!/usr/bin/env bash
# Publishes from the web: nginx on 127.0.0.1 serves test pages (tests/data/pages, or PAGES_DIR
# for pages written elsewhere), a feed whose items carry only summaries and a GBK page;
# briefcast publishes the feed URL, the GBK page and a three-page story, and a second run
# must cost one 304 per source and synthesize nothing. An unreachable URL fails with a
# message naming it and exit status 4 while the other source is published and the site stays
# valid.
#
# usage: fetch_sources.sh BRIEFCAST WORK_DIR     (exits 77 when nginx is missing)
set -euo pipefail
briefcast=$1
work=$2
source_dir=$(cd "$(dirname "$0")/../.." && pwd)
pages=${PAGES_DIR:-$source_dir/tests/data/pages}
nginx=/usr/sbin/nginx
[ -x "$nginx" ] || { echo "SKIP: $nginx is missing (nginx-light)"; exit 77; }

rm -rf "$work"
mkdir -p "$work/www/news" "$work/nginx"
cp "$pages"/*.html "$work/www/news/"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
closed=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
base="http://127.0.0.1:$port"
item() {  # title, link, date, summary
  printf '<item><title>%s</title><link>%s/news/%s</link><pubDate>%s</pubDate><description>%s</description></item>\n' "$1" "$base" "$2" "$3" "$4"
}
{
  echo '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>示例集团新闻</title>'
  item "安全生产工作会议召开" portal.html "Fri, 07 Jun 2024 01:30:00 +0000" "集团召开安全生产工作会议。"
  item "防汛工作通知" gov_notice.html "Mon, 03 Jun 2024 02:00:00 +0000" "关于做好防汛工作的通知。"
  item "新员工培训开班" wechat.html "Wed, 05 Jun 2024 10:20:00 +0000" "新员工培训开班。"
  echo '</channel></rss>'
} >"$work/www/news/rss.xml"

user_line=""
[ "$(id -u)" -eq 0 ] && user_line="user root;"
cat >"$work/nginx/nginx.conf" <<CONF
$user_line
daemon off;
worker_processes 1;
pid $work/nginx/nginx.pid;
error_log $work/nginx/error.log warn;
events { worker_connections 64; }
http {
  log_format requests '\$request_method \$uri \$status';
  access_log $work/nginx/access.log requests;
  client_body_temp_path $work/nginx/body;
  types { text/html html; application/rss+xml xml; }
  server { listen 127.0.0.1:$port; root $work/www; }
}
CONF
"$nginx" -p "$work/nginx" -c "$work/nginx/nginx.conf" -e "$work/nginx/error.log" &
nginx_pid=$!
trap 'kill $nginx_pid 2>/dev/null || true; wait $nginx_pid 2>/dev/null || true' EXIT
for _ in $(seq 50); do curl -sf -o /dev/null "$base/news/rss.xml" && break; sleep 0.1; done

fail() { echo "FAILED: $*"; exit 1; }
site=$work/site
publish() { "$briefcast" publish --site "$site" --jobs 1 --base-url http://127.0.0.1/ "$@"; }
transcripts() { cat "$site"/episodes/*.vtt | grep -v -- '-->' | tr -d '\n'; }
requests() { wc -l <"$work/nginx/access.log"; }

publish "$base/news/rss.xml" 2>"$work/run1.log" || { cat "$work/run1.log"; fail "first run"; }
grep -q "fetching $base/news/portal.html" "$work/run1.log" || fail "progress does not name the source"
[ "$(ls "$site"/episodes/*.mp3 | wc -l)" -eq 3 ] || fail "not one episode per feed item"
for text in 隐患排查治理取得明显成效 二十四小时值班和领导带班制度 在岗位上成长成才; do
  transcripts | grep -q "$text" || fail "the linked page's body is missing: $text"
done
for text in 热点排行 相关新闻 版权所有 打印本页 关闭窗口 当前位置 分享到 留言 责任编辑; do
  ! transcripts | grep -q "$text" || fail "navigation, sidebar or footer text was read: $text"
done
grep -q '"title": *"安全生产工作会议召开"' "$site"/episodes/*.json || fail "the item's title is not authoritative"

before=$(requests)
publish "$base/news/rss.xml" 2>"$work/run2.log" || { cat "$work/run2.log"; fail "second run"; }
[ "$(grep -c "^unchanged 20" "$work/run2.log")" -eq 3 ] && ! grep -q "^published" "$work/run2.log" || fail "the second run synthesized"
second=$(tail -n +"$((before + 1))" "$work/nginx/access.log")
[ "$second" = "GET /news/rss.xml 304" ] || fail "the second run is not one 304: $second"

publish "$base/news/gbk_notice.html" "$base/news/multipage_1.html" 2>"$work/run3.log" ||
  { cat "$work/run3.log"; fail "GBK and multi-page run"; }
transcripts | grep -q "职工食堂午餐开放时间调整为十一点至十三点" || fail "the GBK page is not read as Chinese"
transcripts | grep -q "一线员工的工作效率明显提高" || fail "the third page of the story is missing"

status=0
publish "http://127.0.0.1:$closed/news/a.html" "$base/news/images.html" "$base/news/missing.html" \
  2>"$work/run4.log" || status=$?
[ "$status" -eq 4 ] || { cat "$work/run4.log"; fail "exit status $status for failed sources, not 4"; }
grep -q "failed: http://127.0.0.1:$closed/news/a.html: cannot connect" "$work/run4.log" ||
  fail "the unreachable URL is not named: $(cat "$work/run4.log")"
grep -q "failed: $base/news/missing.html: HTTP 404" "$work/run4.log" || fail "the 404 is not named"
transcripts | grep -q "免费义诊服务" || fail "the good source was not published"
"$briefcast" check --site "$site" || fail "the site is not valid"
echo "ok: $(requests) requests"
