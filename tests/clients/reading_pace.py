#!/usr/bin/python3
"""Checks the reading pace of a published episode: Chinese characters of the original text
(title and paragraphs) per minute of the episode, pauses included.

usage: reading_pace.py RECORD.json LOW HIGH     (exit 0 when LOW <= pace <= HIGH)
Prints the pace and '1 passed, 0 failed' or '0 passed, 1 failed'.
"""
import json
import sys


def main():
    record = json.load(open(sys.argv[1], encoding="utf-8"))
    low, high = float(sys.argv[2]), float(sys.argv[3])
    text = record["title"] + "".join(record["paragraphs"])
    han = sum(1 for c in text if "\u4e00" <= c <= "\u9fff" or "\u3400" <= c <= "\u4dbf")
    pace = han / record["duration_seconds"] * 60
    ok = low <= pace <= high
    print(f"{record['id']}: {han} characters in {record['duration_seconds']:.1f} s = "
          f"{pace:.1f} characters per minute (target {low:g}-{high:g})")
    print("1 passed, 0 failed" if ok else "0 passed, 1 failed")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
