"""What changed between two dates: upgrades, downgrades and new assessments per group.

`draw_changes(ax, data: Changes, *, lang="en")` draws, for each commitment group, three bars
(▲ upgraded, ▼ downgraded, ✚ newly assessed), each with its glyph, hatch and count, so the
chart reads in greyscale. A cell counts once, by comparing its level on the two dates.
"""

from __future__ import annotations

from matplotlib.axes import Axes
from matplotlib.ticker import MaxNLocator

from pledge_tracker.charts import strings
from pledge_tracker.charts.common import (
    ChartTarget,
    legend_below,
    legend_patch,
    no_data_for,
    paint,
    set_title,
    style_axes,
)
from pledge_tracker.charts.palette import (
    CHANGE_STYLES,
    FONT_SIZE,
    INK,
    NO_DATA_HEIGHT,
    PRINT_WIDTH,
)
from pledge_tracker.services.chart_data import CHANGE_KINDS, Changes

BAR_HEIGHT = 0.26
BLOCK = 1.2  # height of one group's block: its label and three bars


def period(data: Changes, lang: str = "en") -> str:
    """ "from <since> to <as of>", in the chart's language."""
    return strings.text(
        "from_to", lang, since=strings.day(data.since, lang), date=strings.day(data.as_of, lang)
    )


def title(data: Changes, lang: str = "en") -> str:
    return f"{strings.text('changes', lang)}, {period(data, lang)}"


def is_empty(data: Changes) -> bool:
    return not data.total


def figsize(data: Changes) -> tuple[float, float]:
    if is_empty(data):
        return (PRINT_WIDTH, NO_DATA_HEIGHT)
    return (PRINT_WIDTH, 1.9 + 1.0 * max(1, len(data.groups)))


def bar_position(group_index: int, kind_index: int) -> float:
    """The y of one bar (groups top to bottom, then upgrade, downgrade, new)."""
    return group_index * BLOCK + kind_index * BAR_HEIGHT


def draw_changes(ax: Axes, data: Changes, *, lang: str = "en") -> None:
    """Three bars per commitment group: cells upgraded, downgraded and newly assessed."""
    heading = title(data, lang)
    if is_empty(data):
        no_data_for(ax, heading, "changes", period(data, lang), "no_change", lang)
        return
    set_title(ax, heading)
    style_axes(ax, grid_axis="x")
    widest = max(max(g.counts.values()) for g in data.groups)
    for row, group in enumerate(data.groups):
        ax.text(
            0,
            bar_position(row, 0) - BAR_HEIGHT * 0.75,
            strings.group_label(group.group, lang),
            va="bottom",
            fontsize=FONT_SIZE,
            color=INK,
            fontweight="bold",
        )
        for index, kind in enumerate(CHANGE_KINDS):
            count = group.counts[kind]
            style = CHANGE_STYLES[kind]
            y = bar_position(row, index)
            if count:  # a zero-width bar would still draw its edge, like a tick
                (patch,) = ax.barh(y, count, height=BAR_HEIGHT * 0.9)
                paint(patch, style)
            ax.text(
                count + widest * 0.01,
                y,
                f"{style.glyph} {count}",
                va="center",
                fontsize=FONT_SIZE,
                color=INK,
            )
    ax.set_yticks([])
    ax.spines["left"].set_visible(False)
    ax.set_ylim(bar_position(len(data.groups) - 1, 2) + BAR_HEIGHT, -BAR_HEIGHT * 2.4)
    ax.set_xlim(0, widest * 1.12 + 0.5)
    ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    ax.set_xlabel(strings.text("changes_axis", lang), fontsize=FONT_SIZE)
    handles = [
        legend_patch(CHANGE_STYLES[kind], f"{CHANGE_STYLES[kind].glyph} {strings.text(kind, lang)}")
        for kind in CHANGE_KINDS
    ]
    legend_below(ax, handles, columns=3, drop=38)


def locate_changes(data: Changes, x: float, y: float) -> ChartTarget | None:
    """The supporters and commitments behind the bar at data coordinates (x, y)."""
    for row, group in enumerate(data.groups):
        for index, kind in enumerate(CHANGE_KINDS):
            centre = bar_position(row, index)
            if abs(y - centre) <= BAR_HEIGHT / 2 and 0 <= x <= group.counts[kind]:
                label = f"{strings.group_label(group.group)} · {strings.text(kind)}"
                return ChartTarget(group.stakeholders[kind], frozenset(group.commitment_ids), label)
    return None
