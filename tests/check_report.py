"""The end of a Python check script: its failures, one line each, and a summary.

A check script's main() ends with `return report(failures, summary)`; the exit code is 1
when there is any failure, else 0.
"""


def report(failures, summary):
    """Prints 'FAILED: ...' for each of failures, then summary; returns the exit code."""
    for failure in failures:
        print("FAILED:", failure)
    print(summary)
    return 1 if failures else 0
