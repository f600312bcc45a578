#!/usr/bin/python3
"""Checks a published site with real podcast clients' parsers and media tools.

usage: feed_clients.py SITE_DIR EXPECTED_EPISODES

gPodder's parser (podcastparser) and feedparser must read the feed with the expected
number of episodes; every enclosure's length must equal its file's size; every duration
must be within 1 s of what ffprobe measures; mp3val must report no problem.
Exits 1 with one line per failure, 0 when all hold; prints 'N passed, N failed'.
"""
import json
import os
import subprocess
import sys
import urllib.parse

import feedparser
import podcastparser

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from check_report import report  # noqa: E402 (tests/check_report.py)


def episode_file(site, url):
    return os.path.join(site, "episodes", os.path.basename(urllib.parse.urlparse(url).path))


def ffprobe_seconds(path):
    out = subprocess.run(
        ["ffprobe", "-v", "error", "-show_entries", "format=duration", "-of", "json", path],
        check=True, capture_output=True, text=True).stdout
    return float(json.loads(out)["format"]["duration"])


def main():
    site, expected = sys.argv[1], int(sys.argv[2])
    feed_path = os.path.join(site, "feed.xml")
    checks = []

    def check(ok, what):
        checks.append((ok, what))

    with open(feed_path, "rb") as f:
        parsed = podcastparser.parse("file://" + feed_path, f)
    episodes = parsed.get("episodes", [])
    check(len(episodes) == expected, f"podcastparser: {len(episodes)} episodes, expected {expected}")
    check(bool(parsed.get("title")), "podcastparser: channel has a title")

    fp = feedparser.parse(feed_path)
    check(not fp.bozo, f"feedparser: well-formed ({fp.get('bozo_exception')})")
    check(len(fp.entries) == expected, f"feedparser: {len(fp.entries)} entries, expected {expected}")

    for episode in episodes:
        enclosure = episode["enclosures"][0]
        path = episode_file(site, enclosure["url"])
        size = os.path.getsize(path)
        check(enclosure["file_size"] == size,
              f"{path}: enclosure length {enclosure['file_size']} == file size {size}")
        check(enclosure["mime_type"] == "audio/mpeg", f"{path}: type audio/mpeg")
        measured = ffprobe_seconds(path)
        check(abs(episode["total_time"] - measured) <= 1.0,
              f"{path}: duration {episode['total_time']} s within 1 s of ffprobe's {measured:.2f}")
        mp3val = subprocess.run(["mp3val", path], capture_output=True, text=True).stdout
        problems = [l for l in mp3val.splitlines() if l.startswith(("WARNING", "ERROR"))]
        check(not problems, f"{path}: mp3val reports {problems}")
        check(bool(episode.get("guid")), f"{path}: episode has a guid")

    failed = [what for ok, what in checks if not ok]
    return report(failed, f"{len(checks) - len(failed)} passed, {len(failed)} failed")


if __name__ == "__main__":
    sys.exit(main())
