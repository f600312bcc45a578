#!/usr/bin/python3
"""The man page covers the command line: every command and option of `briefcast --help`
has an entry (a .TP item naming it) in docs/briefcast.1, and the page lints clean.

usage: man_page.py BRIEFCAST MAN_PAGE
Prints one line per failure; exits 1 when any.
"""
import os
import re
import subprocess
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from check_report import report  # noqa: E402 (tests/check_report.py)


def usage_words(briefcast):
    """The commands and the options of the usage text."""
    usage = subprocess.run([briefcast, "--help"], check=True, capture_output=True,
                           text=True).stdout
    commands_part = usage.split("commands:", 1)[1].split("options", 1)[0]
    commands = set(re.findall(r"^  ([a-z]+) ", commands_part, re.M))
    options = set(re.findall(r"(?<![\w-])(--[a-z][a-z-]*[a-z]|-[a-z])(?![\w-])", usage))
    return commands, options


def entries(man_source):
    """The words of each line right after a .TP: what the page has an entry for."""
    lines = man_source.replace("\\-", "-").splitlines()
    words = set()
    for i, line in enumerate(lines[:-1]):
        if line.strip() == ".TP":
            item = re.sub(r"\\f[BIRP]", " ", lines[i + 1])
            words.update(re.findall(r"--?[a-z][a-z-]*|[a-z]+", item))
    return words


def lint(man_page):
    """Warnings of groff (all of them, -ww) and of man-db on the page, as text."""
    problems = []
    for command in (["groff", "-man", "-ww", "-z", "-K", "utf8", "-T", "utf8", man_page],
                    ["man", "--warnings", "-E", "UTF-8", "-l", man_page]):
        run = subprocess.run(command, capture_output=True, text=True,
                             env={"LC_ALL": "C.UTF-8", "PATH": "/usr/bin:/bin",
                                  "MANWIDTH": "80"})
        if run.returncode != 0 or run.stderr.strip():
            problems.append(f"{' '.join(command)}: exit {run.returncode}: {run.stderr.strip()}")
    return problems


def main():
    briefcast, man_page = sys.argv[1], sys.argv[2]
    commands, options = usage_words(briefcast)
    with open(man_page, encoding="utf-8") as f:
        covered = entries(f.read())
    failures = [f"{man_page}: no entry for the command '{c}' of the usage text"
                for c in sorted(commands - covered)]
    failures += [f"{man_page}: no entry for the option '{o}' of the usage text"
                 for o in sorted(options - covered)]
    failures += lint(man_page)
    if len(commands) < 5 or len(options) < 15:
        failures.append(f"read only {len(commands)} commands and {len(options)} options "
                        "from the usage text")
    return report(failures,
                  f"{len(commands)} commands, {len(options)} options; {len(failures)} failures")


if __name__ == "__main__":
    sys.exit(main())
