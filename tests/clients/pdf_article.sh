#!/usr/bin/env bash
# PDF articles: headless Chromium prints an HTML article to a PDF of several pages with a
# running header (date, title), footer (URL, "1/3") and indented paragraphs; briefcast must
# read exactly the article's paragraphs, joined across page breaks, without header, footer
# or page numbers. A PDF with only an image (a scan) fails with a message saying so.
#
# usage: pdf_article.sh BRIEFCAST WORK_DIR      (exits 77 when Chromium is missing)
set -euo pipefail
briefcast=$1
work=$2
here=$(cd "$(dirname "$0")" && pwd)
pages=$here/../data/pages
rm -rf "$work"
mkdir -p "$work"
fail() { echo "FAILED: $*"; exit 1; }

status=0
node "$here/print_pdf.mjs" "$pages/report_for_pdf.html" "$work/report.pdf" \
  --bare "$pages/scan_for_pdf.html" "$work/scan.pdf" || status=$?
[ "$status" -eq 77 ] && exit 77
[ "$status" -eq 0 ] || fail "Chromium could not print the PDFs"

"$briefcast" publish --site "$work/site" --jobs 1 "$work/report.pdf" 2>"$work/publish.log" ||
  { cat "$work/publish.log"; fail "the PDF was not published"; }
python3 - "$work/site" "$pages/report_for_pdf.paragraphs" <<'PY'
import glob, json, sys
record = json.load(open(glob.glob(sys.argv[1] + "/episodes/*[0-9a-f].json")[0]))
expected = open(sys.argv[2], encoding="utf-8").read().split("\n")[:-1]
problems = []
if record["title"] != "公司发布2024年社会责任报告":
    problems.append("title " + record["title"])
if not record["pub_date"].startswith("2024-06-28"):
    problems.append("date " + record["pub_date"])
if record["paragraphs"] != expected:
    problems.append("paragraphs:\n" + "\n".join(record["paragraphs"]))
for paragraph in record["paragraphs"]:
    for furniture in ("file:", "/3", "PM", "AM", "report_for_pdf"):
        if furniture in paragraph:
            problems.append("furniture read: " + paragraph)
if problems:
    sys.exit("FAILED: " + "\n".join(problems))
PY

status=0
"$briefcast" publish --site "$work/site" --jobs 1 "$work/scan.pdf" 2>"$work/scan.log" || status=$?
[ "$status" -eq 1 ] || fail "a scanned PDF gave exit status $status, not 1"
grep -q "scan.pdf: the PDF has no text layer" "$work/scan.log" || fail "$(cat "$work/scan.log")"
"$briefcast" check --site "$work/site" || fail "the site is not valid"
echo ok
