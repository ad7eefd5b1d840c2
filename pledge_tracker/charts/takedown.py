"""Takedown charts: time to removal (cumulative, on both clocks) and weekly counts.

Both are drawn from figures the metrics service computed in SQL (services/takedown.py):
`RemovalCurves` holds each clock's cumulative share removed within fixed hours, and the
weekly chart takes its `WeekCount`s. Neither ever sees a sighting or its address.
The 1-hour (EU TCO Regulation) and 24-hour lines are drawn on the curve, labelled.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from matplotlib import rc_context
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.ticker import FixedLocator, MaxNLocator, NullLocator

from pledge_tracker.charts import strings
from pledge_tracker.charts.common import (
    dated_title,
    legend_below,
    no_data,
    set_title,
    style_axes,
)
from pledge_tracker.charts.palette import (
    FONT_SIZE,
    MUTED,
    NO_DATA_HEIGHT,
    PRINT_DPI,
    PRINT_WIDTH,
    line_style,
)
from pledge_tracker.domain.takedown import ONE_DAY, ONE_HOUR, CurvePoint, WeekCount

HOUR_TICKS = (0.25, 1, 4, 12, 24, 72, 168, 720)
CHART_HEIGHT = 3.6  # inches


@dataclass(frozen=True)
class RemovalCurves:
    """What the cumulative chart draws: each clock's points, and how many sightings in all."""

    as_of: dt.date
    sightings: int
    found: tuple[CurvePoint, ...]
    reported: tuple[CurvePoint, ...]


@dataclass(frozen=True)
class WeeklyCounts:
    """What the weekly chart draws: new sightings and removals per week."""

    as_of: dt.date
    weeks: tuple[WeekCount, ...]


def hours_label(hours: float, lang: str = "en") -> str:
    """1 h, 15 min, 3 d: the unit that reads best for a time to removal."""
    if hours < 1:
        return f"{round(hours * 60)} min"
    if hours < 48:
        number = f"{hours:g}"
        return f"{number.replace('.', ',') if lang == 'fr' else number} h"
    days = hours / 24
    return f"{days:g} {'j' if lang == 'fr' else 'd'}"


def curve_title(data: RemovalCurves, lang: str = "en") -> str:
    return dated_title("removal_curve", data.as_of, lang)


def weekly_title(data: WeeklyCounts, lang: str = "en") -> str:
    return dated_title("weekly_takedown", data.as_of, lang)


def curve_figsize(data: RemovalCurves) -> tuple[float, float]:
    return (PRINT_WIDTH, NO_DATA_HEIGHT if not data.sightings else CHART_HEIGHT)


def weekly_figsize(data: WeeklyCounts) -> tuple[float, float]:
    return (PRINT_WIDTH, NO_DATA_HEIGHT if not data.weeks else 3.2)


def share_at(points: Sequence[CurvePoint], hours: float) -> float | None:
    """The share removed within exactly `hours` (a point the service computed), if present."""
    return next((p.share for p in points if p.hours == hours), None)


def draw_removal_curve(ax: Axes, data: RemovalCurves, *, lang: str = "en") -> None:
    """Share of all sightings removed within each time, one line per clock; 1 h and 24 h lines."""
    heading = curve_title(data, lang)
    if not data.sightings:
        no_data(ax, heading, strings.text("no_sighting", lang))
        return
    set_title(ax, heading)
    style_axes(ax, grid_axis="y")
    for index, (key, points) in enumerate(
        (("clock_reported", data.reported), ("clock_found", data.found))
    ):
        style = line_style(index)
        within_hour = share_at(points, ONE_HOUR)
        within_day = share_at(points, ONE_DAY)
        shares = " · ".join(
            strings.text(
                "removed_within",
                lang,
                share=strings.percent(share, lang),
                hours=hours_label(mark, lang),
            )
            for mark, share in ((ONE_HOUR, within_hour), (ONE_DAY, within_day))
            if share is not None
        )
        label = strings.text(key, lang) + (f" ({shares})" if shares else "")
        ax.plot(
            [p.hours for p in points],
            [100 * p.share for p in points],
            color=style.colour,
            marker=style.marker,
            linestyle=style.dashes,
            linewidth=1.6,
            markersize=4,
            label=label,
        )
    ax.set_xscale("log")
    for mark, key in ((ONE_HOUR, "one_hour"), (ONE_DAY, "one_day")):
        ax.axvline(mark, color=MUTED, linewidth=1, linestyle=":")
        ax.annotate(
            strings.text(key, lang),
            xy=(mark, 1),
            xycoords=("data", "axes fraction"),
            xytext=(3, -2),
            textcoords="offset points",
            fontsize=FONT_SIZE,
            color=MUTED,
            va="top",
        )
    ax.set_ylim(0, 100)
    ax.set_yticks(range(0, 101, 25), [strings.percent(t / 100, lang) for t in range(0, 101, 25)])
    ax.xaxis.set_major_locator(FixedLocator(HOUR_TICKS))
    ax.xaxis.set_minor_locator(NullLocator())
    ax.set_xticklabels([hours_label(h, lang) for h in HOUR_TICKS])
    ax.set_xlabel(strings.text("hours_axis", lang), fontsize=FONT_SIZE)
    ax.set_ylabel(strings.text("removed_axis", lang), fontsize=FONT_SIZE)
    legend_below(ax, list(ax.lines[:2]), columns=1, drop=40)


def draw_weekly(ax: Axes, data: WeeklyCounts, *, lang: str = "en") -> None:
    """New sightings and removals per week, side by side (hatched apart for greyscale)."""
    heading = weekly_title(data, lang)
    if not data.weeks:
        no_data(ax, heading, strings.text("no_sighting", lang))
        return
    set_title(ax, heading)
    style_axes(ax, grid_axis="y")
    xs = list(range(len(data.weeks)))
    width = 0.4
    new_style, removed_style = line_style(1), line_style(2)
    ax.bar(
        [x - width / 2 for x in xs],
        [w.new for w in data.weeks],
        width,
        color=new_style.colour,
        edgecolor="#222222",
        linewidth=0.4,
        label=strings.text("new_sightings", lang),
    )
    ax.bar(
        [x + width / 2 for x in xs],
        [w.removed for w in data.weeks],
        width,
        color=removed_style.colour,
        edgecolor="#222222",
        linewidth=0.4,
        hatch="///",
        label=strings.text("removals", lang),
    )
    step = max(1, len(xs) // 8)
    ticks = xs[::step]
    ax.set_xticks(ticks, [strings.day(data.weeks[i].week_start, lang) for i in ticks])
    ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    ax.set_xlabel(strings.text("week_axis", lang), fontsize=FONT_SIZE)
    ax.set_ylabel(strings.text("count_axis", lang), fontsize=FONT_SIZE)
    ax.legend(fontsize=FONT_SIZE, frameon=False, loc="upper right")


Draw = Callable[..., None]


def new_figure(
    draw: Draw, size: tuple[float, float], data: Any, *, lang: str = "en", dpi: float = PRINT_DPI
) -> Figure:
    """A Figure (object API, no pyplot) with one chart drawn at its print size."""
    fig = Figure(figsize=size, dpi=dpi, layout="constrained")
    draw_on(fig, draw, data, lang=lang)
    return fig


def draw_on(fig: Figure, draw: Draw, data: Any, *, lang: str = "en") -> Axes:
    """Clear `fig` and draw on one axes (names are text, never TeX: see registry.draw_into)."""
    fig.clear()
    ax = fig.add_subplot()
    with rc_context({"text.parse_math": False}):
        draw(ax, data, lang=lang)
    return ax


def chart_texts(fig: Figure) -> list[str]:
    """Every piece of text a figure draws (titles, labels, ticks, legends, notes)."""
    from matplotlib.text import Text

    return [t.get_text() for t in fig.findobj(Text) if t.get_text()]
