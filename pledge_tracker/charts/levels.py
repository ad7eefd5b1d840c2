"""Progress by commitment group: stacked bars of the applicable cells, by level.

`draw_levels_by_group(ax, data: LevelsByGroup, *, lang="en")` draws one horizontal bar per
commitment group. A bar is 100% of that group's *applicable* cells, cut by level (colour,
hatch and glyph), "not assessed" included as a white segment: 14 assessed cells of 285 fill
5% of the bar, never all of it. Coverage is also written above each bar.
"""

from __future__ import annotations

from matplotlib.axes import Axes

from pledge_tracker.charts import strings
from pledge_tracker.charts.common import (
    ChartTarget,
    as_of,
    dated_title,
    legend_below,
    legend_patch,
    no_data_for,
    paint,
    set_title,
    style_axes,
)
from pledge_tracker.charts.palette import (
    FONT_SIZE,
    INK,
    LEVEL_STYLES,
    NO_DATA_HEIGHT,
    PRINT_WIDTH,
    PROGRESS_LEVELS,
)
from pledge_tracker.domain.levels import Level
from pledge_tracker.services.chart_data import GroupLevels, LevelsByGroup

BAR_HEIGHT = 0.5
MIN_LABELLED = 7.0  # percent: narrower segments carry no count (the legend and hatch remain)


def title(data: LevelsByGroup, lang: str = "en") -> str:
    return dated_title("levels_by_group", data.as_of, lang)


def is_empty(data: LevelsByGroup) -> bool:
    return not data.groups or not data.supporters or not data.assessed


def figsize(data: LevelsByGroup) -> tuple[float, float]:
    if is_empty(data):
        return (PRINT_WIDTH, NO_DATA_HEIGHT)
    return (PRINT_WIDTH, 2.6 + 0.6 * max(1, len(data.groups)))


BAR_LEVELS = (*PROGRESS_LEVELS, Level.NOT_ASSESSED)  # what a bar stacks, gaps last


def segments(group: GroupLevels) -> list[tuple[Level, float, float, int]]:
    """(level, left, width, count) of each segment, in percent of the applicable cells."""
    parts = []
    left = 0.0
    for level in BAR_LEVELS:
        count = group.counts.get(level, 0)
        if count and group.applicable:
            width = 100 * count / group.applicable
            parts.append((level, left, width, count))
            left += width
    return parts


def draw_levels_by_group(ax: Axes, data: LevelsByGroup, *, lang: str = "en") -> None:
    """One stacked bar per commitment group: the share of its applicable cells at each level."""
    heading = title(data, lang)
    if is_empty(data):
        reason = "no_supporter" if not data.groups or not data.supporters else "no_assessment"
        no_data_for(ax, heading, "levels_by_group", as_of(data.as_of, lang), reason, lang)
        return
    set_title(ax, heading)
    style_axes(ax, grid_axis="x")
    for row, group in enumerate(data.groups):
        _draw_bar(ax, row, group, lang)
    ax.set_yticks([])
    ax.spines["left"].set_visible(False)
    ax.set_ylim(len(data.groups) - 0.5, -0.85)  # first group on top, room for its label
    ax.set_xlim(0, 100)
    ax.set_xticks(range(0, 101, 20), [strings.percent(x / 100, lang) for x in range(0, 101, 20)])
    key = "supporters_filtered" if data.filtered else "supporters_all"
    who = strings.text(key, lang, n=data.supporters)
    ax.set_xlabel(f"{strings.text('share_assessed', lang)}\n{who}", fontsize=FONT_SIZE)
    handles = [
        legend_patch(LEVEL_STYLES[lv], f"{lv.glyph} {strings.level_label(lv, lang)}".strip())
        for lv in BAR_LEVELS
    ]
    legend_below(ax, handles, columns=3, drop=FONT_SIZE * 6.6)  # under a 3-line label


def _draw_bar(ax: Axes, row: int, group: GroupLevels, lang: str) -> None:
    ax.text(
        0,
        row - BAR_HEIGHT / 2 - 0.06,
        _row_label(group, lang),
        va="bottom",
        fontsize=FONT_SIZE,
        color=INK,
    )
    for level, left, width, count in segments(group):
        style = LEVEL_STYLES[level]
        (patch,) = ax.barh(row, width, left=left, height=BAR_HEIGHT)
        paint(patch, style)
        if width >= MIN_LABELLED:
            ax.text(
                left + width / 2,
                row,
                f"{style.glyph} {count}".strip(),
                ha="center",
                va="center",
                fontsize=FONT_SIZE,
                color=style.ink,
                fontweight="bold",
                bbox={"boxstyle": "round,pad=0.15", "facecolor": style.colour, "edgecolor": "none"},
            )


def _row_label(group: GroupLevels, lang: str) -> str:
    name = strings.group_label(group.group, lang)
    share = strings.percent(group.assessed / group.applicable, lang) if group.applicable else "–"
    coverage = strings.text(
        "coverage_line", lang, assessed=group.assessed, applicable=group.applicable, share=share
    )
    return strings.text("group_line", lang, name=name, coverage=coverage)


def locate_levels_by_group(data: LevelsByGroup, x: float, y: float) -> ChartTarget | None:
    """The supporters and commitments behind the segment at data coordinates (x, y)."""
    row = round(y)
    if not 0 <= row < len(data.groups) or abs(y - row) > BAR_HEIGHT / 2:
        return None
    group = data.groups[row]
    for level, left, width, _ in segments(group):
        if left <= x <= left + width:
            return ChartTarget(
                group.stakeholders.get(level, frozenset()),
                frozenset(group.commitment_ids),
                f"{strings.group_label(group.group)} · {strings.level_label(level)}",
            )
    return None
