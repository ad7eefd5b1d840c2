"""Rendering: PNG at print resolution, SVG and PDF, nothing cut off, no pyplot and no Qt."""

from __future__ import annotations

import datetime as dt
import io
import struct
import subprocess
import sys
from pathlib import Path

import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

from pledge_tracker.charts.heatmap import slots
from pledge_tracker.charts.registry import CHARTS, figure, render, spec
from pledge_tracker.db.uow import Database
from pledge_tracker.domain.errors import ValidationError
from pledge_tracker.services import chart_data
from tests.charts import samples
from tests.charts.test_draw import FULL
from tests.reference import COMMITMENTS, SUPPORTERS


def png_size(data: bytes) -> tuple[int, int]:
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def test_png_is_rendered_at_200_dpi_at_the_charts_print_size() -> None:
    out = io.BytesIO()
    render("levels_by_group", samples.levels_by_group(), out, "png")
    inches = CHARTS["levels_by_group"].figsize(samples.levels_by_group())
    assert png_size(out.getvalue()) == (round(inches[0] * 200), round(inches[1] * 200))


@pytest.mark.parametrize("fmt", ["svg", "pdf"])
def test_vector_output_is_the_same_for_the_same_data(fmt: str) -> None:
    first, second = io.BytesIO(), io.BytesIO()
    render("changes", samples.changes(), first, fmt)
    render("changes", samples.changes(), second, fmt)
    assert first.getvalue() == second.getvalue()
    assert first.getvalue()[:5] in (b"<?xml", b"%PDF-")


def test_the_format_comes_from_the_file_name(tmp_path: Path) -> None:
    render("evidence_by_quarter", samples.evidence(), tmp_path / "e.PDF")
    assert (tmp_path / "e.PDF").read_bytes().startswith(b"%PDF")
    with pytest.raises(ValidationError, match=r"\.png, \.svg or \.pdf"):
        render("evidence_by_quarter", samples.evidence(), tmp_path / "e.jpg")


def test_chart_names_take_hyphens_too() -> None:
    assert spec("score-over-time") is CHARTS["score_over_time"]
    with pytest.raises(ValidationError, match="choose one of levels_by_group"):
        spec("pie")


def _cut_off(fig: Figure) -> list[str]:
    """The edges of the figure that something drawn on it crosses (with 1 px of grace)."""
    canvas = FigureCanvasAgg(fig)
    canvas.draw()
    drawn = fig.get_tightbbox(canvas.get_renderer())  # inches; only what was really drawn
    width, height = fig.get_size_inches()
    grace = 1 / fig.dpi
    edges = {
        "left": drawn.x0 < -grace,
        "bottom": drawn.y0 < -grace,
        "right": drawn.x1 > width + grace,
        "top": drawn.y1 > height + grace,
    }
    return [edge for edge, crossed in edges.items() if crossed]


@pytest.mark.parametrize("name", list(CHARTS))
def test_nothing_is_cut_off_at_print_size(name: str) -> None:
    assert _cut_off(figure(name, FULL[name], dpi=72)) == []


def test_the_heatmap_of_every_demo_supporter_stays_legible(demo_database: Database) -> None:
    with demo_database.read() as session:
        data = chart_data.build_heatmap(session, chart_data.ChartOptions(dt.date.today()))
    assert len(data.rows) >= SUPPORTERS and len(data.commitments) == COMMITMENTS
    fig = figure("heatmap", data, dpi=72)
    assert _cut_off(fig) == []
    ax = fig.axes[0]
    height_in = ax.get_window_extent().height / fig.dpi
    width_in = ax.get_window_extent().width / fig.dpi
    assert height_in / len(slots(data)) >= 0.18  # a row: room for a 9 pt name and a glyph
    assert width_in / len(data.commitments) >= 0.16
    assert fig.get_size_inches()[0] <= 6.7  # a 170 mm text column


RENDER_ALL = """
import io, sys
from pledge_tracker.charts.registry import CHARTS, render
from tests.charts.test_draw import FULL
for name in CHARTS:
    for fmt in ("png", "svg", "pdf"):
        render(name, FULL[name], io.BytesIO(), fmt, dpi=72)
loaded = sorted(m for m in sys.modules if m.split(".")[0] in ("PySide6", "shiboken6"))
print("pyplot" in " ".join(sys.modules), loaded)
"""


def test_rendering_every_chart_loads_neither_pyplot_nor_qt() -> None:
    result = subprocess.run(
        [sys.executable, "-c", RENDER_ALL], capture_output=True, text=True, timeout=300
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["False", "[]"]


def test_dollar_signs_in_names_print_as_typed_not_as_tex(tmp_path) -> None:
    import dataclasses

    from pledge_tracker.charts import registry
    from tests.charts import samples

    data = samples.heatmap(1)
    name = "$x$ $\\frac{1}{$ a $ b"
    data = dataclasses.replace(data, rows=(dataclasses.replace(data.rows[0], name=name),))
    out = tmp_path / "heatmap.svg"
    registry.render("heatmap", data, out)  # raised a mathtext parse error before
    assert out.stat().st_size > 0
