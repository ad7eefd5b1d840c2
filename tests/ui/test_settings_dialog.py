"""Settings: edited in the dialog, kept between runs, used at once; window state remembered."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QSettings, Qt

from pledge_tracker.domain.dto import AssessmentInput
from pledge_tracker.domain.levels import Level
from pledge_tracker.services import assessments
from pledge_tracker.ui.context import AppContext
from pledge_tracker.ui.dialogs.settings_dialog import SettingsDialog
from pledge_tracker.ui.main_window import MainWindow
from pledge_tracker.ui.models.matrix_model import ReviewRole
from pledge_tracker.ui.settings import Settings
from tests.ui.shell_helpers import ids, wait_for_matrix


def reopened(settings: Settings, tmp_path) -> Settings:
    """The same settings file read afresh, as the next run of the app would."""
    settings.sync()
    return Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


def test_settings_are_saved_kept_and_used_at_once(window, context, qtbot, tmp_path) -> None:
    nz, gov1 = ids(context.database, "New Zealand", "GOV-1")
    context.write(
        lambda tx: assessments.record(
            tx, AssessmentInput(nz, gov1, Level.LIMITED, effective="2022-01-01", rationale="r")
        )
    )
    wait_for_matrix(qtbot, window.matrix)
    cell = window.matrix.model.index_of(nz, gov1)
    assert cell.data(ReviewRole) is True  # older than 24 months

    dialog = SettingsDialog(context, window)
    qtbot.addWidget(dialog)
    dialog.display_name.clear()
    assert not dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()
    qtbot.keyClicks(dialog.display_name, "Mere Tane")
    dialog.freshness.setValue(120)
    assert dialog.rank_threshold.value() == 50  # the default
    dialog.rank_threshold.setValue(70)
    dialog.paper.setCurrentIndex(dialog.paper.findText("US Letter"))
    qtbot.mouseClick(
        dialog.buttons.button(dialog.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton
    )

    again = reopened(context.settings, tmp_path)
    assert (again.display_name, again.freshness_months, again.paper_size) == (
        "Mere Tane",
        120,
        "letter",
    )
    assert again.rank_threshold == 70
    from pledge_tracker.ui.views.reports_view import ReportsView

    reports = ReportsView(context)
    qtbot.addWidget(reports)
    assert reports.options().rank_threshold == 0.7  # the next report ranks by it
    assert context.database.actor == "Mere Tane"
    assert "Mere Tane" in window.actor_label.text()
    wait_for_matrix(qtbot, window.matrix)
    assert window.matrix.model.index_of(nz, gov1).data(ReviewRole) is False


def test_window_size_splitter_and_sort_are_remembered(context, qtbot, tmp_path) -> None:
    first = MainWindow(context)
    qtbot.addWidget(first)
    first.show()
    first.resize(1234, 777)
    saved_geometry = first.saveGeometry()
    first.matrix.splitter.setSizes([700, 300])
    sizes = first.matrix.splitter.sizes()
    first.matrix.filters.sort.setCurrentIndex(
        first.matrix.filters.sort.findText("Coverage (highest first)")
    )
    wait_for_matrix(qtbot, first.matrix)
    first.matrix.columns_header.resizeSection(3, 61)  # as a user drags a column edge
    first.matrix.as_of.set_date(dt.date(2024, 1, 1))  # a recomputed matrix keeps it
    qtbot.waitSignal(first.matrix.matrix_loaded).wait()
    assert first.matrix.columns_header.sectionSize(3) == 61
    first.close()

    second_context = AppContext(context.database, reopened(context.settings, tmp_path))
    second = MainWindow(second_context)
    qtbot.addWidget(second)
    second.show()
    wait_for_matrix(qtbot, second.matrix)
    # The offscreen screen is 800×600, so Qt clamps a restored window: check what was kept.
    assert second_context.settings.state("window/geometry") == saved_geometry
    assert second.restoreGeometry(saved_geometry)
    table, panel = second.matrix.splitter.sizes()  # same share of a clamped width
    # (within 3 points: the panels keep their minimum widths inside the clamped window)
    assert abs(table / (table + panel) - sizes[0] / sum(sizes)) < 0.03
    assert second.matrix.filters.sort.currentText() == "Coverage (highest first)"
    assert second.matrix.columns_header.sectionSize(3) == 61
    second.close()
