"""Evidence per quarter, by kind: stacked columns, one per quarter.

`draw_evidence_by_quarter(ax, data: EvidenceByQuarter, *, lang="en")` stacks, for each quarter
up to the as-of date, the evidence items by kind (colour and hatch per kind). The x label says
which date places an item in a quarter (the date it speaks for, or the day it was recorded)
and whether restricted items are counted.
"""

from __future__ import annotations

from matplotlib.axes import Axes
from matplotlib.ticker import MaxNLocator

from pledge_tracker.charts import strings
from pledge_tracker.charts.common import (
    ChartTarget,
    as_of,
    dated_title,
    legend_below,
    legend_patch,
    no_data_for,
    paint,
    quarter_ticks,
    set_title,
    style_axes,
)
from pledge_tracker.charts.palette import FONT_SIZE, NO_DATA_HEIGHT, PRINT_WIDTH, evidence_style
from pledge_tracker.services.chart_data import EvidenceByQuarter

BAR_WIDTH = 0.8


def title(data: EvidenceByQuarter, lang: str = "en") -> str:
    return dated_title("evidence_by_quarter", data.as_of, lang)


def is_empty(data: EvidenceByQuarter) -> bool:
    return not data.total


def figsize(data: EvidenceByQuarter) -> tuple[float, float]:
    return (PRINT_WIDTH, NO_DATA_HEIGHT if is_empty(data) else 3.9)


def stacks(data: EvidenceByQuarter, quarter: int) -> list[tuple[str, float, int]]:
    """(kind, bottom, count) of each non-empty segment of one quarter's column."""
    parts = []
    bottom = 0
    for kind, counts in data.counts.items():
        if counts[quarter]:
            parts.append((kind, float(bottom), counts[quarter]))
            bottom += counts[quarter]
    return parts


def draw_evidence_by_quarter(ax: Axes, data: EvidenceByQuarter, *, lang: str = "en") -> None:
    """One column per quarter, stacked by kind of evidence."""
    heading = title(data, lang)
    if is_empty(data):
        when = as_of(data.as_of, lang)
        no_data_for(ax, heading, "evidence_by_quarter", when, "no_evidence", lang)
        return
    set_title(ax, heading)
    style_axes(ax, grid_axis="y")
    for quarter in range(len(data.quarters)):
        for kind, bottom, count in stacks(data, quarter):
            (patch,) = ax.bar(quarter, count, bottom=bottom, width=BAR_WIDTH)
            paint(patch, evidence_style(kind))
    quarter_ticks(ax, data.quarters, lang)
    ax.set_xlim(-0.6, len(data.quarters) - 0.4)
    ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    ax.set_ylabel(strings.text("items", lang), fontsize=FONT_SIZE)
    basis = strings.text("by_dated" if data.basis == "dated" else "by_recorded", lang)
    restricted = strings.text(
        "restricted_in" if data.restricted_included else "restricted_out", lang
    )
    ax.set_xlabel(f"{basis}; {restricted}", fontsize=FONT_SIZE)
    handles = [
        legend_patch(evidence_style(kind), f"{strings.evidence_label(kind, lang)} ({sum(counts)})")
        for kind, counts in data.counts.items()
    ]
    legend_below(ax, handles, columns=3, drop=34)


def locate_evidence_by_quarter(data: EvidenceByQuarter, x: float, y: float) -> ChartTarget | None:
    """The supporters linked to the evidence in the segment at (x, y), if any."""
    quarter = round(x)
    if not 0 <= quarter < len(data.quarters) or abs(x - quarter) > BAR_WIDTH / 2:
        return None
    for kind, bottom, count in stacks(data, quarter):
        if bottom <= y <= bottom + count:
            people = data.stakeholders.get((kind, quarter), frozenset())
            if not people:
                return None
            label = f"{strings.evidence_label(kind)} · {strings.quarter(data.quarters[quarter])}"
            return ChartTarget(people, frozenset(), label)
    return None
