"""A saved assessment repaints its supporter's row of the matrix, not the whole matrix."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication

from pledge_tracker.domain.changes import Changes
from pledge_tracker.domain.dto import AssessmentInput, Matrix
from pledge_tracker.domain.levels import Level
from pledge_tracker.services import assessments, stakeholders, window_reads
from pledge_tracker.ui.dialogs.assessment_dialog import AssessmentDialog
from pledge_tracker.ui.models.matrix_model import MatrixModel, level_of
from pledge_tracker.ui.models.matrix_rows import SortKey
from pledge_tracker.ui.views.matrix_view import MatrixView
from tests.ui.shell_helpers import ids, wait_for_matrix


class ModelSpy:
    """Counts the signals a model emits: resets, layout changes, rows repainted."""

    def __init__(self, model: MatrixModel) -> None:
        self.resets = 0
        self.layouts = 0
        self.repainted: list[tuple[int, int, int, int]] = []
        model.modelReset.connect(self._reset)
        model.layoutChanged.connect(self._layout)
        model.dataChanged.connect(self._data)

    def _reset(self) -> None:
        self.resets += 1

    def _layout(self) -> None:
        self.layouts += 1

    def _data(self, top: QModelIndex, bottom: QModelIndex) -> None:
        self.repainted.append((top.row(), bottom.row(), top.column(), bottom.column()))


def _fresh(view: MatrixView) -> Matrix:
    context = view._context
    return window_reads.whole_matrix(
        context.database, context.as_of, context.settings.freshness_months
    )


def _assert_shows_fresh(view: MatrixView) -> None:
    """Every cell, row and total on screen equals a fresh read of the whole matrix."""
    shown, fresh = view.model.matrix, _fresh(view)
    assert shown is not None
    assert shown.cells.keys() == fresh.cells.keys()
    for key, cell in fresh.cells.items():
        assert shown.cells[key] == cell, key
    assert shown.rows == fresh.rows and shown.overall == fresh.overall


def _record_in_dialog(view: MatrixView, qtbot, supporter: int, commitment: int) -> None:
    """Select the cell, press Enter, choose Substantial, type a reason, press Ctrl+Enter."""
    assert view.select_cell(supporter, commitment)
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    dialog = view.dialog
    assert isinstance(dialog, AssessmentDialog) and dialog.isVisible()
    dialog.activateWindow()  # Ctrl+Enter is the active window's shortcut
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    dialog.level.setFocus()
    qtbot.keyClicks(dialog.level, "Subst")
    qtbot.keyClicks(dialog.rationale, "A code of practice covers livestreams.")
    with qtbot.waitSignal(view.rows_updated, timeout=10_000) as updated:
        qtbot.keyClick(dialog.rationale, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert not dialog.isVisible()
    assert updated.args == [frozenset({supporter})]


def test_an_assessment_saved_in_the_dialog_repaints_only_its_supporters_row(
    window, context, qtbot
) -> None:
    view = window.matrix
    nz, gov2 = ids(context.database, "New Zealand", "GOV-2")
    row = view.model.index_of(nz, gov2).row()
    spy = ModelSpy(view.model)
    _record_in_dialog(view, qtbot, nz, gov2)

    assert spy.resets == 0 and spy.layouts == 0
    last = view.model.columnCount() - 1
    assert spy.repainted and set(spy.repainted) == {(row, row, 0, last)}
    cell = view.model.index_of(nz, gov2)
    assert level_of(cell) is Level.SUBSTANTIAL
    assert cell.data(Qt.ItemDataRole.DisplayRole) == Level.SUBSTANTIAL.glyph
    assert view.model.row_at(row).summary.assessed == 1  # the row's score moved too
    assert view.table.currentIndex() == cell  # the cursor stayed on the cell
    _assert_shows_fresh(view)
    # The window's shared matrix (supporters, dashboard) shows the change as well.
    months = context.settings.freshness_months
    assert context.shared_matrix(context.as_of, months) == _fresh(view)


def test_a_change_to_a_supporter_still_reads_the_whole_matrix(window, context, qtbot) -> None:
    view = window.matrix
    nz, _gov1 = ids(context.database, "New Zealand", "GOV-1")
    spy = ModelSpy(view.model)
    with qtbot.waitSignal(view.matrix_loaded, timeout=10_000):
        context.write(lambda tx: stakeholders.set_active(tx, nz, False))
    assert spy.resets == 1
    with qtbot.waitSignal(view.matrix_loaded, timeout=10_000):
        context.data_changed.emit(Changes())  # unknown (a colleague's, unreadable)
    assert spy.resets == 2
    _assert_shows_fresh(view)


def test_a_new_score_moves_the_row_in_score_order_without_a_reset(window, context, qtbot) -> None:
    view = window.matrix
    view.filters.set_sort(SortKey.SCORE)
    wait_for_matrix(qtbot, view)
    france, gov1 = ids(context.database, "France", "GOV-1")
    assert view.select_cell(france, gov1)
    assert view.model.visible_rows()[0].stakeholder.name != "France"
    shown = view.model.matrix
    assert shown is not None
    pledged = [c.id for c in shown.commitments if shown.cell(france, c.id).applicable]

    def judge_all(tx) -> None:  # every pledge judged: France is ranked, and first
        for commitment in pledged:
            assessments.record(
                tx, AssessmentInput(france, commitment, Level.COMPLETE, rationale="in force")
            )

    spy = ModelSpy(view.model)
    with qtbot.waitSignal(view.rows_updated, timeout=10_000):
        context.write(judge_all)
    assert spy.resets == 0 and spy.layouts == 1
    assert view.model.visible_rows()[0].stakeholder.name == "France"
    assert view.model.cell_at(view.table.currentIndex()).stakeholder_id == france
    _assert_shows_fresh(view)
