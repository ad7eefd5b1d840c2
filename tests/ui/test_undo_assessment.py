"""Edit → Undo and Redo of a recorded assessment, from the keyboard, checked in the DB."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from pledge_tracker.db import models as m
from pledge_tracker.domain.levels import Level
from pledge_tracker.services import assessments
from pledge_tracker.ui.models.matrix_model import level_of
from tests.ui.shell_helpers import ids, wait_for_matrix


def record(window, qtbot, level: str, rationale: str) -> None:
    view = window.matrix
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    dialog = view.dialog
    dialog.level.setCurrentIndex(dialog.level.findText(level))
    qtbot.keyClicks(dialog.rationale, rationale)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)  # focus is back


def press(window, qtbot, key: QKeySequence.StandardKey) -> None:
    combo = QKeySequence(key)[0]
    qtbot.keyClick(window.matrix.table, combo.key(), combo.keyboardModifiers())


def test_undo_retracts_the_assessment_and_redo_restores_it(window, context, qtbot) -> None:
    nz, gov3 = ids(context.database, "New Zealand", "GOV-3")
    view = window.matrix
    assert view.select_cell(nz, gov3)
    record(window, qtbot, "Complete", "Code of practice adopted by broadcasters.")
    wait_for_matrix(qtbot, view)
    assert level_of(view.model.index_of(nz, gov3)) is Level.COMPLETE
    assert window.undo_action.text() == "&Undo Record assessment: New Zealand · GOV-3 → Complete"

    press(window, qtbot, QKeySequence.StandardKey.Undo)
    wait_for_matrix(qtbot, view)
    assert level_of(view.model.index_of(nz, gov3)) is Level.NOT_ASSESSED
    with context.database.read() as session:
        assert assessments.history(session, nz, gov3) == []  # gone from every view...
        row = session.scalars(select(m.Assessment).where(m.Assessment.commitment_id == gov3)).one()
        assert row.retracted  # ...but kept, retracted, for the audit
    assert window.redo_action.text().startswith("&Redo Record assessment: New Zealand")

    press(window, qtbot, QKeySequence.StandardKey.Redo)
    wait_for_matrix(qtbot, view)
    assert level_of(view.model.index_of(nz, gov3)) is Level.COMPLETE
    with context.database.read() as session:
        (restored,) = assessments.history(session, nz, gov3)
    assert restored.rationale == "Code of practice adopted by broadcasters."


def test_undo_goes_back_one_judgement_at_a_time(window, context, qtbot) -> None:
    fr, gov1 = ids(context.database, "France", "GOV-1")
    view = window.matrix
    assert view.select_cell(fr, gov1)
    record(window, qtbot, "Limited", "Consultation launched.")
    record(window, qtbot, "Substantial", "Law passed.")
    wait_for_matrix(qtbot, view)
    assert level_of(view.model.index_of(fr, gov1)) is Level.SUBSTANTIAL
    window.undo_action.trigger()
    wait_for_matrix(qtbot, view)
    assert level_of(view.model.index_of(fr, gov1)) is Level.LIMITED
    with context.database.read() as session:
        assert [a.level for a in assessments.history(session, fr, gov1)] == [Level.LIMITED]


def test_an_undo_the_database_refuses_is_explained_and_leaves_the_stack(
    window, context, qtbot, monkeypatch
) -> None:
    from pledge_tracker.ui.errors import ErrorDialog

    shown: list[ErrorDialog] = []
    monkeypatch.setattr(ErrorDialog, "exec", lambda self: shown.append(self) or 0)
    fr, gov2 = ids(context.database, "France", "GOV-2")
    assert window.matrix.select_cell(fr, gov2)
    record(window, qtbot, "Limited", "A draft bill.")
    context.database.read_only = True  # e.g. the file became read-only meanwhile
    try:
        window.undo_action.trigger()
        qtbot.waitUntil(lambda: len(shown) == 1)
    finally:
        context.database.read_only = False
    assert "read-only" in shown[0].message_label.text()
    assert context.undo_stack.count() == 0  # it no longer offers what it cannot do
    assert not window.undo_action.isEnabled()
    with context.database.read() as session:
        assert [a.level for a in assessments.history(session, fr, gov2)] == [Level.LIMITED]
