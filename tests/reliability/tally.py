"""Counts for the hostile-input suite: every hostile case says how it ended.

A test feeding hostile or faulty input calls `refused(...)` when the app refused it with a
clear message and changed nothing, or `accepted(...)` when it took the input and the test
checked the stored result is exactly right. `make reliability` prints the totals at the end
(cases, clean refusals, accepted and verified, failures); a failing test is a failure.
"""

from __future__ import annotations

from collections import Counter

COUNTS: Counter[str] = Counter()


def refused(case: str) -> None:
    """A hostile case the app refused cleanly: one-line message, nothing changed."""
    COUNTS["refused"] += 1
    COUNTS[f"refused:{case}"] += 1


def accepted(case: str) -> None:
    """A hostile case the app accepted, its stored result checked by the test."""
    COUNTS["accepted"] += 1
    COUNTS[f"accepted:{case}"] += 1


def summary(failures: int) -> str:
    """One line of totals for the end of the run."""
    refusals, taken = COUNTS["refused"], COUNTS["accepted"]
    return (
        f"hostile cases: {refusals + taken}, clean refusals: {refusals}, "
        f"accepted and verified: {taken}, failures: {failures}"
    )
