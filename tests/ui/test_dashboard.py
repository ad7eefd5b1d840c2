"""The dashboard: charts computed off the GUI thread, following the as-of date and the filter;
clicks narrow the matrix, right-click saves a chart."""

from __future__ import annotations

import datetime as dt
import threading
from pathlib import Path

import pytest
from matplotlib.patches import Rectangle
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QFileDialog

from pledge_tracker.charts.glyphs import glyph_count
from pledge_tracker.charts.heatmap import CELL_GID, slots
from pledge_tracker.domain.dto import AssessmentInput
from pledge_tracker.domain.levels import Level
from pledge_tracker.services import assessments, commitments, stakeholders
from pledge_tracker.ui.context import AppContext, MatrixFilter
from pledge_tracker.ui.views import dashboard_view
from pledge_tracker.ui.views.dashboard_view import ChartCanvas, DashboardView

WAIT_MS = 30_000


def open_dashboard(context: AppContext, qtbot) -> DashboardView:
    view = DashboardView(context)
    qtbot.addWidget(view)
    view.resize(1300, 900)
    with qtbot.waitSignal(view.charts_updated, timeout=WAIT_MS):
        view.show()  # the first load waits until the view is on screen
    return view


def title(canvas: ChartCanvas) -> str:
    return canvas.figure.axes[0].get_title(loc="left")


def click(qtbot, canvas: ChartCanvas, x: float, y: float, button=Qt.MouseButton.LeftButton):
    """Click the canvas where data point (x, y) of its chart is drawn."""
    canvas.draw()  # lay the figure out at the widget's size, as on screen
    ax = canvas.figure.axes[0]
    px, py = ax.transData.transform((x, y))
    ratio = canvas.device_pixel_ratio
    point = QPoint(round(px / ratio), round(canvas.height() - py / ratio))
    qtbot.mouseClick(canvas, button, pos=point)


def test_every_chart_is_computed_in_a_worker_and_drawn_as_of_today(
    demo_context, qtbot, monkeypatch, tmp_path: Path
) -> None:
    on_main_thread: list[bool] = []
    real = dashboard_view.load_charts

    def spy(request, context):
        on_main_thread.append(threading.current_thread() is threading.main_thread())
        return real(request, context)

    monkeypatch.setattr(dashboard_view, "load_charts", spy)
    view = open_dashboard(demo_context, qtbot)
    assert on_main_thread == [False]
    today = dt.date.today()
    day = f"{today.day} {today.strftime('%b')} {today.year}"
    assert set(view.canvases) == set(dashboard_view.CHARTS)
    for canvas in view.canvases.values():
        assert canvas.data is not None
        assert day in title(canvas)
    heatmap = view.canvases["heatmap"]
    assert len(heatmap.data.rows) == 74
    assert heatmap.height() >= 74 * 0.19 * 100  # it grows with its rows; the page scrolls
    assert view.grab().save(str(tmp_path / "dashboard.png"))
    assert (tmp_path / "dashboard.png").stat().st_size > 20_000


def test_the_dashboard_redraws_when_the_as_of_date_changes(demo_context, qtbot) -> None:
    view = open_dashboard(demo_context, qtbot)
    heatmap = view.canvases["heatmap"]
    before = glyph_count(heatmap.figure.axes[0], CELL_GID, Level.LIMITED)
    with qtbot.waitSignal(view.charts_updated, timeout=WAIT_MS):
        demo_context.set_as_of(dt.date(2019, 6, 30))
    assert "30 Jun 2019" in title(view.canvases["levels_by_group"])
    assert "30 Jun 2019" in title(heatmap)
    after = glyph_count(heatmap.figure.axes[0], CELL_GID, Level.LIMITED)
    assert 0 < after < before  # fewer judgements existed then
    assert len(heatmap.data.rows) < 74  # and fewer supporters had joined
    assert view.since_edit.current() == dt.date(2018, 6, 30)  # follows the date


def test_a_click_on_a_bar_narrows_the_matrix_to_it(demo_context, qtbot) -> None:
    view = open_dashboard(demo_context, qtbot)
    canvas = view.canvases["levels_by_group"]
    group = canvas.data.groups[1]  # online service providers
    bars = [p for p in canvas.figure.axes[0].patches if isinstance(p, Rectangle)]
    assert bars
    x, y = 1.0, 1.0  # the start of the providers' bar: its first (best) level
    with qtbot.waitSignal(view.open_matrix_requested, timeout=5000):
        click(qtbot, canvas, x, y)
    wanted = demo_context.filter
    assert wanted.commitment_ids == frozenset(group.commitment_ids)
    assert wanted.stakeholder_ids == group.stakeholders[Level.SUBSTANTIAL]
    with demo_context.database.read() as session:
        names = {stakeholders.get(session, i).name for i in wanted.stakeholder_ids}
    assert "Microsoft" in names


def test_a_click_on_a_heatmap_cell_narrows_to_that_supporter_and_commitment(
    demo_context,
    qtbot,
) -> None:
    view = open_dashboard(demo_context, qtbot)
    canvas = view.canvases["heatmap"]
    lines = slots(canvas.data)
    y = next(i for i, line in enumerate(lines) if line.row and line.row.name == "France")
    with qtbot.waitSignal(view.open_matrix_requested, timeout=5000):
        click(qtbot, canvas, 0, y)
    with demo_context.database.read() as session:
        france = stakeholders.find(session, "France").id
        gov1 = commitments.find(session, "GOV-1").id
    assert demo_context.filter.stakeholder_ids == {france}
    assert demo_context.filter.commitment_ids == {gov1}


def test_the_dashboard_follows_the_matrix_filter_and_can_clear_it(demo_context, qtbot) -> None:
    view = open_dashboard(demo_context, qtbot)
    assert not view.clear_button.isEnabled()
    with qtbot.waitSignal(view.charts_updated, timeout=WAIT_MS):
        demo_context.set_filter(MatrixFilter(kinds=frozenset({"online_service_provider"})))
    rows = view.canvases["heatmap"].data.rows
    assert rows and {row.kind.value for row in rows} == {"online_service_provider"}
    assert "(filtered)" in view.canvases["levels_by_group"].figure.axes[0].get_xlabel()
    assert view.clear_button.isEnabled()
    with qtbot.waitSignal(view.charts_updated, timeout=WAIT_MS):
        qtbot.mouseClick(view.clear_button, Qt.MouseButton.LeftButton)
    assert demo_context.filter == MatrixFilter()
    assert len(view.canvases["heatmap"].data.rows) == 74


def test_a_new_judgement_reaches_the_charts(context, qtbot) -> None:
    view = open_dashboard(context, qtbot)
    assert view.canvases["levels_by_group"].data.assessed == 0

    def judge(tx):
        person = stakeholders.find(tx.session, "Canada")
        item = commitments.find(tx.session, "GOV-2")
        data = AssessmentInput(person.id, item.id, Level.COMPLETE, "2024-01-01", "in force")
        return assessments.record(tx, data)

    with qtbot.waitSignal(view.charts_updated, timeout=WAIT_MS):
        context.write(judge)
    assert view.canvases["levels_by_group"].data.assessed == 1


def test_right_click_saves_the_chart_as_svg_or_pdf(
    demo_context, qtbot, monkeypatch, tmp_path: Path
) -> None:
    view = open_dashboard(demo_context, qtbot)
    menu = view.context_menu("levels_by_group")
    (save,) = [a for a in menu.actions() if a.text() == "Save chart as…"]
    answers = [
        (tmp_path / "levels.svg", "SVG vector image (*.svg)", tmp_path / "levels.svg"),
        (tmp_path / "levels", "PDF document (*.pdf)", tmp_path / "levels.pdf"),  # no extension
    ]
    for typed, chosen, written in answers:
        monkeypatch.setattr(
            QFileDialog, "getSaveFileName", lambda *a, t=typed, c=chosen, **k: (str(t), c)
        )
        with qtbot.waitSignal(view.chart_saved, timeout=WAIT_MS) as saved:
            save.trigger()
        assert saved.args == [str(written)]
        assert written.read_bytes()[:5] == (b"<?xml" if written.suffix == ".svg" else b"%PDF-")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: ("", ""))  # cancelled
    monkeypatch.setattr(dashboard_view, "render", lambda *a, **k: pytest.fail("saved anyway"))
    view.save_chart("heatmap")
    assert sorted(p.name for p in tmp_path.glob("levels*")) == ["levels.pdf", "levels.svg"]
