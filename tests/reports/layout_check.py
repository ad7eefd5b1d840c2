"""Layout faults read from a PDF's own character positions (pdfplumber): overlaps, margins, cells.

A text run is what one drawString or one paragraph line printed: characters in the order the
page draws them, on one baseline, each starting where the last one ended. Two runs whose boxes
intersect print over each other; a run past the margin may be cut by the printer; a run in a
table that starts in one column and ends in the next has crossed its cell.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from dataclasses import dataclass

import pdfplumber
from reportlab.lib.units import mm

from pledge_tracker.reports.layout import RUNNING_SIZE
from pledge_tracker.reports.styles import HEADER_GAP, MARGIN

SLACK = 0.6  # points: glyph boxes of adjacent lines may touch; they must not cross
PADDING = 3.0  # points: the cell padding of every report table (styles.table_style)
EDGE = 6 * mm  # from the top and bottom edges: what office printers leave unprinted, and more


@dataclass(frozen=True)
class Run:
    """One line of text as printed: its words and its box (PDF points, top-down)."""

    page: int
    text: str
    x0: float
    x1: float
    top: float
    bottom: float

    def meets(self, other: Run) -> bool:
        """Whether the two boxes intersect by more than the slack, both ways."""
        return (
            min(self.x1, other.x1) - max(self.x0, other.x0) > SLACK
            and min(self.bottom, other.bottom) - max(self.top, other.top) > SLACK
        )

    def __str__(self) -> str:
        return f"p{self.page} {self.text!r} [{self.x0:.1f}-{self.x1:.1f}, {self.top:.1f}]"


def runs_of(page: pdfplumber.page.Page, number: int) -> list[Run]:
    """The page's text runs, in drawing order (a space-free gap of over 1 pt starts a new run)."""
    runs: list[Run] = []
    chars: list[dict] = []
    for char in page.chars:
        if chars and not _continues(chars[-1], char):
            runs.append(_run(chars, number))
            chars = []
        chars.append(char)
    if chars:
        runs.append(_run(chars, number))
    return [run for run in runs if run.text.strip()]


def _continues(last: dict, char: dict) -> bool:
    same_line = abs(last["bottom"] - char["bottom"]) < 0.5
    return same_line and -0.5 < char["x0"] - last["x1"] < 1.0


def _run(chars: list[dict], number: int) -> Run:
    return Run(
        page=number,
        text="".join(c["text"] for c in chars),
        x0=min(c["x0"] for c in chars),
        x1=max(c["x1"] for c in chars),
        top=min(c["top"] for c in chars),
        bottom=max(c["bottom"] for c in chars),
    )


@dataclass(frozen=True)
class Faults:
    """Every layout fault of one PDF, by kind."""

    overlaps: list[tuple[Run, Run]]
    outside: list[Run]
    crossing: list[tuple[Run, float]]
    broken: list[Run]

    def __bool__(self) -> bool:
        return bool(self.overlaps or self.outside or self.crossing or self.broken)

    def __str__(self) -> str:
        lines = [f"overlap: {a} / {b}" for a, b in self.overlaps[:10]]
        lines += [f"outside the margin: {run}" for run in self.outside[:10]]
        lines += [f"crosses its cell at x={edge:.1f}: {run}" for run, edge in self.crossing[:10]]
        lines += [f"a word broken in a table header: {run}" for run in self.broken[:10]]
        return "\n".join(lines)


def faults(pdf: bytes, words: frozenset[str] = frozenset()) -> Faults:
    """Overlapping runs, runs past the page margin, runs crossing a table column, in `pdf`.

    With `words` (every word the report's catalogue prints), a table header run holding a
    piece of a word rather than whole words ("Preuve" then "s") is a fault too.
    """
    overlaps: list[tuple[Run, Run]] = []
    outside: list[Run] = []
    crossing: list[tuple[Run, float]] = []
    broken: list[Run] = []
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        for number, page in enumerate(document.pages, start=1):
            runs = runs_of(page, number)
            overlaps += [(a, b) for i, a in enumerate(runs) for b in runs[i + 1 :] if a.meets(b)]
            outside += [run for run in runs if _outside(run, page.width, page.height)]
            crossing += list(_crossing(page, runs))
            if words:
                broken += [run for run in _header_runs(page, runs) if not _whole(run, words)]
    return Faults(overlaps, outside, crossing, broken)


def _whole(run: Run, words: frozenset[str]) -> bool:
    """Whether every word of the run is a catalogue word (or holds a digit: a date, a count)."""
    return all(word in words or any(ch.isdigit() for ch in word) for word in run.text.split())


def _header_runs(page: pdfplumber.page.Page, runs: list[Run]) -> list[Run]:
    bands = [rect for rect in page.rects if rect["fill"] and _is_navy(rect)]
    return [run for band in bands for run in _inside(band, runs)]


def _inside(band: dict, runs: list[Run]) -> list[Run]:
    return [
        run
        for run in runs
        if band["top"] - SLACK <= run.top and run.bottom <= band["bottom"] + SLACK
    ]


def _outside(run: Run, width: float, height: float) -> bool:
    return (
        run.x0 < MARGIN - SLACK
        or run.x1 > width - MARGIN + SLACK
        or run.top < EDGE
        or run.bottom > height - EDGE
    )


def _crossing(page: pdfplumber.page.Page, runs: list[Run]) -> Iterator[tuple[Run, float]]:
    """Runs of a table body that reach under the header of a column beside their own.

    Columns are read from each table's header band (the navy rectangle its white header
    words sit on): the header words of one column, wrapped or not, share their horizontal span.
    A body run that meets the spans of two columns has crossed the edge of its cell. A word
    broken inside itself to fit a cell ("Preuve" / "s") is a fault too: a run of a header may
    not end in the middle of a word of the catalogue (checked by the tests themselves).
    """
    bands = [rect for rect in page.rects if rect["fill"] and _is_navy(rect)]
    for band in bands:
        columns = _columns(_inside(band, runs))
        if len(columns) < 2:
            continue
        top, bottom = _body_below(page, band)
        for run in runs:
            if not (top <= run.top and run.bottom <= bottom):
                continue
            met = [(x0, x1) for x0, x1 in columns if min(run.x1, x1) - max(run.x0, x0) > SLACK]
            if len(met) > 1:
                yield run, met[1][0]


def _columns(heads: list[Run]) -> list[tuple[float, float]]:
    """The horizontal spans of the header cells: runs that overlap sideways are one cell.

    Each span starts at its cell's edge, the cell padding (3 points) before its first word.
    """
    spans: list[list[float]] = []
    for run in sorted(heads, key=lambda r: r.x0):
        if spans and run.x0 < spans[-1][1] - SLACK:
            spans[-1][1] = max(spans[-1][1], run.x1)
        else:
            spans.append([run.x0 - PADDING, run.x1])
    return [(x0, x1) for x0, x1 in spans]


def _is_navy(rect: dict) -> bool:
    colour = rect.get("non_stroking_color")
    return isinstance(colour, tuple | list) and len(colour) == 3 and _close(colour, NAVY_RGB)


NAVY_RGB = (0x1F / 255, 0x3A / 255, 0x5F / 255)


def _close(colour: tuple | list, target: tuple[float, float, float]) -> bool:
    return all(abs(float(a) - b) < 0.01 for a, b in zip(colour, target, strict=True))


def _body_below(page: pdfplumber.page.Page, band: dict) -> tuple[float, float]:
    """The vertical span of the table under a header band: down to the rule that ends it."""
    rules = [
        line["top"]
        for line in page.lines + page.rects
        if line["top"] > band["bottom"] + SLACK
        and abs(line["x0"] - band["x0"]) < 2
        and abs(line["x1"] - band["x1"]) < 2
        and line["height"] < 1
    ]
    frame_bottom = page.height - MARGIN - HEADER_GAP  # the footer is not part of any table
    return band["bottom"], min([*rules, frame_bottom])


def running_heads(pdf: bytes) -> list[Run]:
    """The running heads (the section and commitment under the head's rule), one per page."""
    heads: list[Run] = []
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        for number, page in enumerate(document.pages, start=1):
            small = page.filter(
                lambda obj: (
                    obj.get("object_type") != "char"
                    or (abs(obj["size"] - RUNNING_SIZE) < 0.05 and obj["top"] < MARGIN + HEADER_GAP)
                )
            )
            heads += runs_of(small, number)
    return heads
