"""Published figures over time: one panel per metric, one line per supporter.

`draw_indicators(ax, data: IndicatorsOverTime, *, lang="en")` stacks a panel for each
metric and unit (at most chart_data.indicators.MAX_PANELS; more are named in a note), each
point placed at the end of its reporting period. Supporters are told apart by colour,
marker and dash; the last figure of each line is labelled with its value exactly as
published (the stored decimal text, never a rounded float).
"""

from __future__ import annotations

import datetime as dt

from matplotlib.axes import Axes
from matplotlib.dates import date2num
from matplotlib.lines import Line2D

from pledge_tracker.charts import strings
from pledge_tracker.charts.common import (
    ChartTarget,
    as_of,
    dated_title,
    legend_below,
    no_data_for,
    set_title,
    short_name,
    style_axes,
)
from pledge_tracker.charts.palette import (
    FONT_SIZE,
    INK,
    NO_DATA_HEIGHT,
    PRINT_WIDTH,
    LineStyle,
    line_style,
)
from pledge_tracker.domain.indicators import as_float, grouped
from pledge_tracker.services.chart_data.indicators import MAX_PANELS, IndicatorsOverTime

PANEL_HEIGHT = 1.9  # inches per metric
LEGEND_NAME_LENGTH = 40


def title(data: IndicatorsOverTime, lang: str = "en") -> str:
    return dated_title("indicators", data.as_of, lang)


def is_empty(data: IndicatorsOverTime) -> bool:
    return not data.series


def figsize(data: IndicatorsOverTime) -> tuple[float, float]:
    if is_empty(data):
        return (PRINT_WIDTH, NO_DATA_HEIGHT)
    panels = min(len(data.panels()), MAX_PANELS)
    return (PRINT_WIDTH, 1.4 + PANEL_HEIGHT * panels)


def draw_indicators(ax: Axes, data: IndicatorsOverTime, *, lang: str = "en") -> None:
    """A panel per metric (the chart's own axes is the first), a line per supporter."""
    heading = title(data, lang)
    if is_empty(data):
        no_data_for(ax, heading, "indicators", as_of(data.as_of, lang), "no_figures", lang)
        return
    panels = data.panels()
    shown = panels[:MAX_PANELS]
    figure = ax.get_figure()
    assert figure is not None
    grid = figure.add_gridspec(len(shown), 1)
    ax.set_subplotspec(grid[0])
    axes = [ax, *(figure.add_subplot(grid[i], sharex=ax) for i in range(1, len(shown)))]
    set_title(ax, heading)
    styles = {
        short_name(name, LEGEND_NAME_LENGTH): line_style(i)
        for i, name in enumerate(data.supporters)
    }
    drawn: dict[str, Line2D] = {}  # each supporter's first line: its legend key
    for panel, (metric, unit) in zip(axes, shown, strict=True):
        for name, line in _panel(panel, data, metric, unit, styles).items():
            drawn.setdefault(name, line)
    words = [strings.text("period_end", lang)]
    if len(panels) > MAX_PANELS:
        words.append(strings.text("more_metrics", lang, n=len(panels) - MAX_PANELS))
    if not data.restricted_included:
        words.append(strings.text("figures_restricted_out", lang))
    last = axes[-1]
    for upper in axes[:-1]:  # the panels share their dates: only the last one names them
        upper.tick_params(axis="x", labelbottom=False)
    last.set_xlabel("\n".join(words), fontsize=FONT_SIZE)
    handles = [drawn[name] for name in styles if name in drawn]
    legend_below(last, handles, columns=2, drop=24 + 11 * len(words))


def _panel(
    ax: Axes, data: IndicatorsOverTime, metric: str, unit: str, styles: dict[str, LineStyle]
) -> dict[str, Line2D]:
    """One metric's lines; returns the line drawn for each supporter."""
    style_axes(ax, grid_axis="y")
    ax.xaxis_date()  # positions are matplotlib date numbers; ticks read as dates
    ax.text(  # inside the panel, top left: above it is the chart's own title
        0.01,
        0.97,
        metric,
        transform=ax.transAxes,
        fontsize=FONT_SIZE,
        fontweight="bold",
        color=INK,
        ha="left",
        va="top",
        bbox={"facecolor": "white", "edgecolor": "none", "alpha": 0.85, "pad": 1.5},
    )
    ax.set_ylabel(unit, fontsize=FONT_SIZE)
    drawn: dict[str, Line2D] = {}
    for line in data.series:
        if (line.metric, line.unit) != (metric, unit):
            continue
        name = short_name(line.stakeholder, LEGEND_NAME_LENGTH)
        style = styles[name]
        days = date2num([point.period_end for point in line.points])
        values = [as_float(point.value) for point in line.points]
        (drawn[name],) = ax.plot(
            days,
            values,
            color=style.colour,
            marker=style.marker,
            linestyle=style.dashes,
            linewidth=1.4,
            markersize=5,
            label=name,
        )
        final = line.points[-1]
        ax.annotate(
            grouped(final.value),
            xy=(days[-1], values[-1]),
            xytext=(4, 4),
            textcoords="offset points",
            fontsize=FONT_SIZE,
            color=INK,
        )
    ax.margins(x=0.08, y=0.35)
    ends = sorted({p.period_end for line in data.series for p in line.points})
    if len(ends) == 1:  # one date: a year around it, not matplotlib's default decade
        around = (ends[0] - dt.timedelta(days=183), ends[0] + dt.timedelta(days=183))
        ax.set_xlim(*date2num(around))
    return drawn


def locate_indicators(data: IndicatorsOverTime, x: float, y: float) -> ChartTarget | None:
    """A click on the figures chart narrows nothing (its panels measure different things)."""
    return None
