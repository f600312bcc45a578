#!/usr/bin/env python3
"""Checks the source tree's shape (docs/architecture.md): every #include points down the
stage order, no header includes a C library's header (each library is wrapped in a .cc),
and no source file is over 300 lines. Prints one line per violation."""
import pathlib
import re
import sys

# Higher rooms may include lower ones; a room's shared headers sit at its top-level folder.
RANK = {
    "feeds/cli": 9, "feeds/publish": 8, "feeds/site": 7, "feeds/formats": 6, "feeds": 5,
    "synth/speech": 4, "synth/pinyin": 3, "synth/normalize": 2, "synth/read": 2, "synth/fetch": 1.5, "synth": 1,
    "audio": 0,
}
INCLUDE = re.compile(r'#include "([a-z_/0-9]+)/[a-z_0-9]+\.h"')
# A C library's header (<gumbo.h>, <lame/lame.h>); the system's <sys/...> ones are not wrapped.
C_HEADER = re.compile(r"#include <(?!sys/)([A-Za-z0-9_/.-]+\.h)>")
MAX_LINES = 300


def problems(root):
    for path in sorted(root.glob("[saf]*/**/*")):
        if path.suffix not in (".h", ".cc") or path.parts[len(root.parts)] not in ("synth", "audio", "feeds"):
            continue
        relative = path.relative_to(root)
        room = str(relative.parent)
        lines = path.read_text(encoding="utf-8").splitlines()
        if len(lines) > MAX_LINES:
            yield f"{relative}: {len(lines)} lines, over {MAX_LINES}: split it by concept"
        for number, line in enumerate(lines, 1):
            library = C_HEADER.match(line)
            if library and path.suffix == ".h":
                yield (f"{relative}:{number}: a header includes <{library.group(1)}>: "
                       "include it in the .cc that wraps the library")
            match = INCLUDE.match(line)
            if not match or room not in RANK or match.group(1) not in RANK:
                continue
            target = match.group(1)
            if target != room and RANK[target] >= RANK[room]:
                yield f"{relative}:{number}: {room} includes {target}, which is not below it"


def main():
    root = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else ".").resolve()
    found = list(problems(root))
    for problem in found:
        print(problem)
    print(f"layout: {len(found)} problems")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
