"""The takedown table the briefing and the incident report share: one platform, two clocks.

Each platform takes two lines, one per clock (first seen, reported); the five buckets give a
count and its whole percentage of all the platform's sightings (a line adds up to 100 %),
then the median and 90th percentile hours to removal with the items they cover. The figures
are the metrics service's (services/takedown.py), never recomputed here.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.platypus import Table

from pledge_tracker.domain.takedown import BUCKETS, ClockFigures, PlatformFigures
from pledge_tracker.domain.words import shorten
from pledge_tracker.reports.blocks import data_table
from pledge_tracker.reports.safe import markup, para, trusted
from pledge_tracker.reports.styles import BOLD, Styles
from pledge_tracker.reports.text import Text

CLOCKS = ("found", "reported")


def takedown_table(
    t: Text,
    st: Styles,
    width: float,
    rows: Sequence[PlatformFigures],
    total: PlatformFigures | None = None,
) -> Table:
    """Every platform on both clocks, and the total over all of them when given."""
    header = [t("col.platform"), t("col.clock")]
    header += [t(f"takedown.head.{bucket}") for bucket in BUCKETS]
    header += [t("col.median_short"), t("col.p90")]
    lines: list[list[Any]] = []
    for item in [*rows, *([total] if total is not None else [])]:
        lines += platform_lines(t, st, item)
    widths: list[float] = [0, 62, 46, 46, 46, 50, 54, 56, 46]
    widths[0] = width - sum(widths)
    extra: list[tuple[Any, ...]] = [("ALIGN", (2, 0), (-1, -1), "RIGHT")]
    for index in range(0, len(lines), 2):  # the platform's name spans its two lines
        extra.append(("SPAN", (0, 1 + index), (0, 2 + index)))
        extra.append(("VALIGN", (0, 1 + index), (0, 2 + index), "TOP"))
    if total is not None:
        extra.append(("FONT", (0, len(lines) - 1), (-1, len(lines)), BOLD, 8))
    return data_table(header, lines, widths, extra, zebra=False)


def platform_lines(t: Text, st: Styles, item: PlatformFigures) -> list[list[Any]]:
    """A platform's two lines: its name (sightings, views) and each clock's figures."""
    name = shorten(item.platform, 120) or t("takedown.total")
    lines = [name, t("labelled", label=t("col.sightings"), value=t.count(item.sightings))]
    if item.views_known:
        lines.append(t("takedown.views", views=t.count(item.views), count=item.views_known))
    label = trusted("<br/>".join(markup(line) for line in lines), st.cell)
    clocks = zip(CLOCKS, (item.found, item.reported), strict=True)
    return [
        [label if index == 0 else "", para(t(f"clock.{clock}"), st.cell), *clock_cells(t, figures)]
        for index, (clock, figures) in enumerate(clocks)
    ]


def clock_cells(t: Text, figures: ClockFigures) -> list[str]:
    """The five buckets (count and whole percent), the median (n) and the 90th percentile."""
    shares = [
        f"{count}\n({t('percent', value=share)})"
        for count, share in zip(figures.counts, figures.percents(), strict=True)
    ]
    median = (
        t("takedown.median", hours=t.number(figures.median_hours), count=figures.timed)
        if figures.median_hours is not None
        else t("none")
    )
    p90 = t.number(figures.p90_hours) if figures.p90_hours is not None else t("none")
    return [*shares, median, p90]
