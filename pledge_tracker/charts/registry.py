"""The registry of charts, and rendering one to PNG, SVG or PDF without pyplot.

`CHARTS[name]` is a `ChartSpec`: its English `title`, the data builder (`build(session,
options)`), the draw function (`draw(ax, data, *, lang="en")`), the figure size for its data
(`figsize(data)`, inches, sized to print at 100%) and `locate(data, x, y)`, which says what a
click at data coordinates stands for. The CLI, the dashboard and the PDF reports all go
through it, so the same chart looks the same everywhere.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from matplotlib import rc_context
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from sqlalchemy.orm import Session

from pledge_tracker.charts import changes, evidence, heatmap, indicators, levels, timeseries
from pledge_tracker.charts.common import ChartTarget
from pledge_tracker.charts.palette import PRINT_DPI
from pledge_tracker.domain.errors import ValidationError
from pledge_tracker.safe_files import atomic_output
from pledge_tracker.services import chart_data
from pledge_tracker.services.chart_data import ChartOptions

FORMATS = ("png", "svg", "pdf")


@dataclass(frozen=True)
class ChartSpec:
    """Everything the app needs to know about one chart."""

    name: str
    title: str
    build: Callable[[Session, ChartOptions], Any]
    draw: Callable[..., None]
    figsize: Callable[[Any], tuple[float, float]]
    locate: Callable[[Any, float, float], ChartTarget | None]
    heading: Callable[..., str]  # (data, lang) -> the title drawn on the chart
    is_empty: Callable[[Any], bool]  # True: the chart draws only its "no data" message


_SPECS = (
    ChartSpec(
        "levels_by_group",
        "Progress by commitment group",
        chart_data.build_levels_by_group,
        levels.draw_levels_by_group,
        levels.figsize,
        levels.locate_levels_by_group,
        levels.title,
        levels.is_empty,
    ),
    ChartSpec(
        "heatmap",
        "Every supporter on every commitment",
        chart_data.build_heatmap,
        heatmap.draw_heatmap,
        heatmap.figsize,
        heatmap.locate_heatmap,
        heatmap.title,
        heatmap.is_empty,
    ),
    ChartSpec(
        "score_over_time",
        "Score over time",
        chart_data.build_score_over_time,
        timeseries.draw_score_over_time,
        timeseries.score_figsize,
        timeseries.locate_score_over_time,
        timeseries.score_title,
        timeseries.score_is_empty,
    ),
    ChartSpec(
        "coverage_over_time",
        "Coverage over time",
        chart_data.build_coverage_over_time,
        timeseries.draw_coverage_over_time,
        timeseries.coverage_figsize,
        timeseries.locate_coverage_over_time,
        timeseries.coverage_title,
        timeseries.coverage_is_empty,
    ),
    ChartSpec(
        "evidence_by_quarter",
        "Evidence per quarter, by kind",
        chart_data.build_evidence_by_quarter,
        evidence.draw_evidence_by_quarter,
        evidence.figsize,
        evidence.locate_evidence_by_quarter,
        evidence.title,
        evidence.is_empty,
    ),
    ChartSpec(
        "changes",
        "What changed between two dates",
        chart_data.build_changes,
        changes.draw_changes,
        changes.figsize,
        changes.locate_changes,
        changes.title,
        changes.is_empty,
    ),
    ChartSpec(
        "indicators",
        "Published figures over time",
        chart_data.build_indicators,
        indicators.draw_indicators,
        indicators.figsize,
        indicators.locate_indicators,
        indicators.title,
        indicators.is_empty,
    ),
)

CHARTS: dict[str, ChartSpec] = {chart.name: chart for chart in _SPECS}
"""Every chart by name, in the order the dashboard and `chart --list` show them."""


def spec(name: str) -> ChartSpec:
    """The chart called `name` (hyphens or underscores); ValidationError naming the choices."""
    key = name.strip().replace("-", "_")
    if key not in CHARTS:
        raise ValidationError(
            "chart", f"no chart called '{name}'; choose one of {', '.join(CHARTS)}"
        )
    return CHARTS[key]


def figure(name: str, data: Any, *, lang: str = "en", dpi: float = PRINT_DPI) -> Figure:
    """A new Figure (object API, no pyplot) with the chart drawn at its print size."""
    chart = spec(name)
    fig = Figure(figsize=chart.figsize(data), dpi=dpi, layout="constrained")
    draw_into(fig, chart, data, lang=lang)
    return fig


def draw_into(fig: Figure, chart: ChartSpec, data: Any, *, lang: str = "en") -> Axes:
    """Clear `fig` and draw the chart on one axes filling it (the dashboard redraws this way)."""
    fig.clear()
    ax = fig.add_subplot()
    # Names are text, never TeX: "$\\frac{1}{$" in a supporter's name must print as typed,
    # not stop the chart with a mathtext parse error.
    with rc_context({"text.parse_math": False}):
        chart.draw(ax, data, lang=lang)
    return ax


def render(
    name: str,
    data: Any,
    target: str | Path | IO[bytes],
    format: str | None = None,
    *,
    lang: str = "en",
    dpi: float = PRINT_DPI,
) -> None:
    """Write the chart to a path or binary file object as PNG (at `dpi`), SVG or PDF.

    The format is `format`, else the path's extension. Output carries no creation date, so
    the same data gives the same file.
    """
    kind = (format or Path(str(getattr(target, "name", target))).suffix.lstrip(".")).lower()
    if kind not in FORMATS:
        raise ValidationError("out", f"choose a .png, .svg or .pdf file (not '{kind or target}')")
    fig = figure(name, data, lang=lang, dpi=dpi)
    metadata: dict[str, Any] = {
        "png": {"Software": None},
        "svg": {"Date": None},
        "pdf": {"CreationDate": None, "ModDate": None},
    }[kind]
    with rc_context({"svg.hashsalt": "pledge-tracker"}):  # stable ids: same data, same SVG
        if not isinstance(target, str | Path):
            fig.savefig(target, format=kind, dpi=dpi, metadata=metadata)
            return
        with atomic_output(Path(target)) as partial:  # whole or not at all, never the database
            fig.savefig(partial, format=kind, dpi=dpi, metadata=metadata)


def render_from(
    name: str,
    session: Session,
    options: ChartOptions,
    target: str | Path | IO[bytes],
    format: str | None = None,
    *,
    lang: str = "en",
    dpi: float = PRINT_DPI,
) -> Any:
    """Build the chart's data from the database and render it; returns the data."""
    data = spec(name).build(session, options)
    render(name, data, target, format, lang=lang, dpi=dpi)
    return data
