"""Chart legends are never cut off: in English and French, with the longest names, each
legend lies inside its figure (matplotlib's own layout boxes, as printed)."""

from __future__ import annotations

from dataclasses import replace

import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg

from pledge_tracker.charts.registry import CHARTS, figure
from pledge_tracker.services.chart_data import Series
from tests.charts import samples
from tests.reference import REFERENCE

LONGEST = max((s["name"] for s in REFERENCE["supporters"]), key=len)


def _long_named() -> object:
    """Three supporters' lines, each named with the reference's longest name."""
    lines = tuple(
        Series(f"{LONGEST} {n}", "supporter", frozenset({n}), (10.0, 20.0, 30.0, 40.0), (0.1,) * 4)
        for n in range(1, 4)
    )
    return replace(samples.progress(), series=lines)


CASES = {
    "levels_by_group": samples.levels_by_group,
    "heatmap": samples.heatmap,
    "score_over_time": samples.progress,
    "coverage_over_time": samples.progress,
    "evidence_by_quarter": samples.evidence,
    "changes": samples.changes,
    "indicators": samples.indicators_over_time,
    "score_over_time-long": _long_named,
    "coverage_over_time-long": _long_named,
}


def test_every_chart_is_covered() -> None:
    assert {case.split("-")[0] for case in CASES} == set(CHARTS)


@pytest.mark.parametrize("lang", ["en", "fr"])
@pytest.mark.parametrize("case", list(CASES))
def test_the_legend_lies_inside_the_figure(case: str, lang: str) -> None:
    fig = figure(case.split("-")[0], CASES[case](), lang=lang, dpi=72)
    canvas = FigureCanvasAgg(fig)
    canvas.draw()
    legends = [ax.get_legend() for ax in fig.axes if ax.get_legend() is not None]
    assert len(legends) == 1  # one key per chart (the indicators' under its last panel)
    legend = legends[0]
    box, frame = legend.get_window_extent(canvas.get_renderer()), fig.bbox
    assert frame.x0 <= box.x0 and box.x1 <= frame.x1, (case, lang, box.extents, frame.extents)
    assert frame.y0 <= box.y0 and box.y1 <= frame.y1, (case, lang, box.extents, frame.extents)
    for text in legend.get_texts():  # every entry whole, none cut at the edge
        extent = text.get_window_extent(canvas.get_renderer())
        assert frame.x0 <= extent.x0 and extent.x1 <= frame.x1, text.get_text()
