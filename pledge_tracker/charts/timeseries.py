"""Score over time and coverage over time: the quarterly as-of series, as two charts.

`draw_score_over_time(ax, data: ProgressOverTime, *, lang="en")` and
`draw_coverage_over_time(ax, data, *, lang="en")` draw one line per series (a supporter, a
kind of supporter, or all chosen supporters), each told apart by colour, marker *and* dash
pattern. Progress (score) and coverage (how much is assessed at all) are separate charts, so
a supporter nobody has assessed yet never looks like one that failed: its score line simply
has no point until a first judgement exists.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable, Sequence

import numpy as np
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.layout_engine import ConstrainedLayoutEngine

from pledge_tracker.charts import strings
from pledge_tracker.charts.common import (
    ChartTarget,
    as_of,
    dated_title,
    legend_below,
    no_data_for,
    quarter_ticks,
    set_title,
    short_name,
    style_axes,
)
from pledge_tracker.charts.palette import (
    FONT_SIZE,
    INK,
    KIND_LINE_STYLES,
    MUTED,
    NO_DATA_HEIGHT,
    PRINT_WIDTH,
    LineStyle,
    line_style,
)
from pledge_tracker.domain.dates import iso_as_known
from pledge_tracker.services.chart_data import DateMarker, ProgressOverTime, Series

Values = Callable[[Series], list[float]]
PICK_TOLERANCE = 6.0  # score points or percentage points from a line that still select it
LEGEND_NAME_LENGTH = 40  # characters of a supporter's name in a legend
KEY_LINE = 0.13  # inches a line of the key dates' key takes
LABEL_HEIGHTS = (0.985, 0.92, 0.855)  # axes fractions for key dates' numbers, top first
LABEL_GAP = 0.45  # quarters between two numbers at the same height
LABEL_BOX = {"boxstyle": "square,pad=0.1", "facecolor": "white", "edgecolor": "none"}


def score_is_empty(data: ProgressOverTime) -> bool:
    """True where no line has a single score (nothing assessed in the whole period)."""
    return all(v is None for s in data.series for v in s.scores)


def coverage_is_empty(data: ProgressOverTime) -> bool:
    """True where nothing was ever assessed (a coverage of 0 throughout is no data too)."""
    return not any(v for s in data.series for v in s.coverages)


def score_figsize(data: ProgressOverTime) -> tuple[float, float]:
    return (PRINT_WIDTH, NO_DATA_HEIGHT if score_is_empty(data) else 3.9 + _key_height(data))


def coverage_figsize(data: ProgressOverTime) -> tuple[float, float]:
    return (PRINT_WIDTH, NO_DATA_HEIGHT if coverage_is_empty(data) else 3.9 + _key_height(data))


def _key_height(data: ProgressOverTime) -> float:
    """Room under the chart for the key dates' key: a title and two entries a row."""
    if not data.markers:
        return 0.0
    return 0.12 + KEY_LINE * (math.ceil(len(data.markers) / 2) + 1)


def score_title(data: ProgressOverTime, lang: str = "en") -> str:
    return _title("score_over_time", data, lang)


def coverage_title(data: ProgressOverTime, lang: str = "en") -> str:
    return _title("coverage_over_time", data, lang)


def _title(key: str, data: ProgressOverTime, lang: str) -> str:
    return dated_title(key, data.as_of, lang)


def score_values(series: Series) -> list[float]:
    return [math.nan if v is None else v for v in series.scores]


def coverage_values(series: Series) -> list[float]:
    return [math.nan if v is None else 100 * v for v in series.coverages]


def draw_score_over_time(ax: Axes, data: ProgressOverTime, *, lang: str = "en") -> None:
    """Score (0-100, assessed cells only) at each quarter end, one line per series."""
    _draw(ax, data, lang, "score_over_time", score_values)
    if not ax.lines:
        return
    ax.set_ylim(0, 100)
    ax.set_yticks(range(0, 101, 25))
    ax.set_ylabel(strings.text("score_axis", lang), fontsize=FONT_SIZE)  # short: fits the axis
    ax.set_xlabel(
        f"{strings.text('quarter_end', lang)}\n{strings.text('score_note', lang)}",
        fontsize=FONT_SIZE,
    )


def draw_coverage_over_time(ax: Axes, data: ProgressOverTime, *, lang: str = "en") -> None:
    """Coverage (share of pledged cells assessed) at each quarter end, one line per series."""
    _draw(ax, data, lang, "coverage_over_time", coverage_values)
    if not ax.lines:
        return
    values = (float(v) for line in ax.lines for v in np.asarray(line.get_ydata(), dtype=float))
    top = max((v for v in values if not math.isnan(v)), default=0.0)
    ceiling = 100 if top > 50 else max(10, math.ceil(top / 10) * 10 + 10)
    ax.set_ylim(0, ceiling)
    ticks = list(range(0, ceiling + 1, 10 if ceiling > 40 else 5))
    ax.set_yticks(ticks, [strings.percent(t / 100, lang) for t in ticks])
    ax.set_ylabel(strings.text("coverage_axis", lang), fontsize=FONT_SIZE)
    ax.set_xlabel(
        f"{strings.text('quarter_end', lang)}\n{strings.text('coverage_note', lang)}",
        fontsize=FONT_SIZE,
    )


def _draw(ax: Axes, data: ProgressOverTime, lang: str, key: str, values: Values) -> None:
    heading = _title(key, data, lang)
    drawn = [(s, values(s)) for s in data.series]
    drawn = [(s, ys) for s, ys in drawn if any(not math.isnan(y) for y in ys)]
    empty = score_is_empty if key == "score_over_time" else coverage_is_empty
    if not drawn or empty(data):
        reason = "no_supporter" if not data.series else "no_assessment"
        no_data_for(ax, heading, key, as_of(data.as_of, lang), reason, lang)
        return
    set_title(ax, heading)
    style_axes(ax, grid_axis="y")
    xs = list(range(len(data.quarters)))
    for index, (series, ys) in enumerate(drawn):
        style = _style(series, index)
        ax.plot(
            xs,
            ys,
            color=style.colour,
            marker=style.marker,
            linestyle=style.dashes,
            linewidth=1.6,
            markersize=4.5,
            label=_label(series, ys, data.filtered, lang, percent=key == "coverage_over_time"),
        )
    quarter_ticks(ax, data.quarters, lang)
    ax.set_xlim(-0.5, len(xs) - 0.5)
    lines = list(ax.lines)
    wide = key == "score_over_time"  # its labels carry the coverage too: fewer per row
    columns = min(len(drawn), 2 if len(drawn) > 3 or wide else 3)
    legend_below(ax, lines, columns=columns, drop=50)
    draw_markers(ax, data, lang)


def marker_x(quarters: Sequence[dt.date], day: dt.date) -> float:
    """Where a date falls on the quarter axis (quarter i at x = i), between its points."""
    for index, end in enumerate(quarters):
        if day <= end:
            start = quarters[index - 1] if index else end - dt.timedelta(days=91)
            return index - (end - day).days / max((end - start).days, 1)
    return len(quarters) - 1.0


def draw_markers(ax: Axes, data: ProgressOverTime, lang: str) -> None:
    """Key dates as thin dotted lines numbered inside the top, and their key under the chart.

    A number goes at the highest height where it is clear of the last one there, so close
    dates do not hide each other; the key takes the bottom of the figure, which the layout
    leaves free for it.
    """
    shown = list(data.markers)  # the period's own: the first may sit on its first day
    if not shown:
        return
    top = ax.get_xaxis_transform()  # x in data, y in axes fraction
    last_at = [-10.0] * len(LABEL_HEIGHTS)  # where each height's latest number sits
    for marker in shown:
        x = min(max(marker_x(data.quarters, marker.dated), -0.5), len(data.quarters) - 0.5)
        free = [i for i, at in enumerate(last_at) if x - at >= LABEL_GAP]
        level = free[0] if free else min(range(len(last_at)), key=last_at.__getitem__)
        last_at[level] = x
        ax.axvline(x, color=MUTED, linewidth=0.6, linestyle=":", zorder=0)
        label = str(marker.number)
        ax.text(max(x, -0.4), LABEL_HEIGHTS[level], label, transform=top, ha="center", va="top",
                fontsize=FONT_SIZE - 2, color=MUTED, zorder=1, bbox=LABEL_BOX)  # fmt: skip
    _key(ax, shown, lang)


def _key(ax: Axes, shown: Sequence[DateMarker], lang: str) -> None:
    figure = ax.get_figure()
    engine = figure.get_layout_engine() if figure is not None else None
    if not isinstance(figure, Figure) or not isinstance(engine, ConstrainedLayoutEngine):
        return
    entries = [
        f"{m.number:>2} {iso_as_known(m.dated, m.precision):<10} {short_name(m.title, 36)}"
        + ("" if m.verified else " †")
        for m in shown
    ]
    half = math.ceil(len(entries) / 2)
    rights = [*entries[half:], ""]
    rows = [
        f"{left:<52}{right}".rstrip() for left, right in zip(entries[:half], rights, strict=False)
    ]
    height = figure.get_figheight()
    share = min(0.45, (0.12 + KEY_LINE * (len(rows) + 1)) / height)
    engine.set(rect=(0, share, 1, 1 - share))
    figure.text(0.02, share - 0.04 / height, "\n".join([strings.text("key_dates", lang), *rows]),
                ha="left", va="top", fontsize=FONT_SIZE - 2, color=INK,
                family="monospace", in_layout=False)  # fmt: skip


def _style(series: Series, index: int) -> LineStyle:
    if series.kind in ("all", "kind"):
        return KIND_LINE_STYLES.get(series.label, line_style(index))
    return line_style(index + 1)  # the solid black line is kept for "all"


def _label(series: Series, ys: Sequence[float], filtered: bool, lang: str, *, percent: bool) -> str:
    """The line's name and its latest value, e.g. "Governments (41)" or "(2.3%)"."""
    if series.kind == "all":
        name = strings.text("all_filtered" if filtered else "all", lang)
    elif series.kind == "kind":
        name = strings.kind_label(series.label, lang)
    else:
        name = short_name(series.label, LEGEND_NAME_LENGTH)  # a long name must not eat the plot
    last = next((i for i in reversed(range(len(ys))) if not math.isnan(ys[i])), None)
    if last is None:
        return name
    if percent:
        return f"{name} ({strings.percent(ys[last] / 100, lang)})"
    # A score is never shown without the coverage it rests on.
    share = strings.percent(series.coverages[last] or 0, lang)
    return f"{name} ({strings.text('score_coverage', lang, score=f'{ys[last]:.0f}', share=share)})"


def locate_series(data: ProgressOverTime, x: float, y: float, values: Values) -> ChartTarget | None:
    """The line nearest to (x, y) at that quarter, if within PICK_TOLERANCE of it."""
    index = round(x)
    if not 0 <= index < len(data.quarters):
        return None
    best: tuple[float, Series] | None = None
    for series in data.series:
        value = values(series)[index]
        if not math.isnan(value) and abs(value - y) <= PICK_TOLERANCE:
            if best is None or abs(value - y) < best[0]:
                best = (abs(value - y), series)
    if best is None or best[1].kind == "all":
        return None
    series = best[1]
    if series.kind == "kind":
        return ChartTarget(
            frozenset(),
            frozenset(),
            strings.kind_label(series.label),
            kinds=frozenset({series.label}),
        )
    return ChartTarget(series.stakeholder_ids, frozenset(), series.label)


def locate_score_over_time(data: ProgressOverTime, x: float, y: float) -> ChartTarget | None:
    return locate_series(data, x, y, score_values)


def locate_coverage_over_time(data: ProgressOverTime, x: float, y: float) -> ChartTarget | None:
    return locate_series(data, x, y, coverage_values)
