"""Recording an assessment as a user would: from the matrix, by keyboard, checked in the DB."""

from __future__ import annotations

from PySide6.QtCore import Qt
from sqlalchemy import select

from pledge_tracker.db import models as m
from pledge_tracker.domain.dto import EvidenceInput
from pledge_tracker.domain.levels import Level
from pledge_tracker.services import assessments, evidence
from pledge_tracker.ui.dialogs.assessment_dialog import AssessmentDialog
from pledge_tracker.ui.models.matrix_model import level_of
from tests.ui.conftest import DISPLAY_NAME
from tests.ui.shell_helpers import ids, wait_for_matrix


def open_dialog(window, qtbot, supporter: str, code: str) -> AssessmentDialog:
    """Select the cell with the keyboard-equivalent API, then press Enter on the matrix."""
    nz, commitment = ids(window.context.database, supporter, code)
    view = window.matrix
    assert view.select_cell(nz, commitment)
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    dialog = view.dialog
    assert isinstance(dialog, AssessmentDialog) and dialog.isVisible()
    return dialog


def test_recording_from_the_keyboard_saves_it_signed_with_the_display_name(
    window, context, qtbot
) -> None:
    nz, gov2 = ids(context.database, "New Zealand", "GOV-2")
    cited = context.write(
        lambda tx: evidence.add(
            tx,
            EvidenceInput(
                "Films and Publications Amendment Act 2021",
                kind="legislation",
                effective="2021-11-01",
                source_url="https://www.legislation.govt.nz/",
                stakeholder_ids=(nz,),
                commitment_ids=(gov2,),
            ),
        )
    )
    dialog = open_dialog(window, qtbot, "New Zealand", "GOV-2")
    qtbot.waitUntil(lambda: dialog.evidence_model.rowCount() == 1)
    dialog.level.setFocus()
    qtbot.keyClicks(dialog.level, "Subst")
    assert dialog.chosen_level() is Level.SUBSTANTIAL
    qtbot.keyClicks(dialog.rationale, "The 2021 amendment makes livestreaming TVEC an offence.")
    qtbot.keyClicks(dialog.evidence_search, "amendment")
    dialog.evidence_list.setFocus()
    dialog.evidence_list.setCurrentIndex(dialog.evidence_proxy.index(0, 0))
    qtbot.keyClick(dialog.evidence_list, Qt.Key.Key_Space)
    assert dialog.evidence_model.checked_ids() == (cited.id,)
    qtbot.keyClick(dialog.rationale, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    assert not dialog.isVisible()
    with context.database.read() as session:
        (saved,) = assessments.history(session, nz, gov2)
    assert saved.level is Level.SUBSTANTIAL
    assert saved.assessor == DISPLAY_NAME
    assert saved.evidence_ids == (cited.id,)
    assert saved.rationale.startswith("The 2021 amendment")
    wait_for_matrix(qtbot, window.matrix)
    assert level_of(window.matrix.model.index_of(nz, gov2)) is Level.SUBSTANTIAL


def test_an_incomplete_form_cannot_be_saved_and_says_why(window, context, qtbot) -> None:
    dialog = open_dialog(window, qtbot, "France", "GOV-1")
    assert not dialog.save_button.isEnabled()
    assert "Choose a level" in dialog.message.text()
    dialog.level.setCurrentIndex(dialog.level.findText("Complete"))
    assert not dialog.save_button.isEnabled()
    assert "rationale" in dialog.message.text()
    assert "rationale" in dialog.save_button.toolTip()
    qtbot.keyClick(dialog.rationale, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.isVisible()  # Ctrl+Return did not slip past the check
    dialog.level.setCurrentIndex(dialog.level.findText("Not assessed"))
    assert dialog.save_button.isEnabled()  # "not assessed" needs no reason
    dialog.level.setCurrentIndex(dialog.level.findText("Limited"))
    qtbot.keyClicks(dialog.rationale, "First steps: a consultation.")
    assert dialog.save_button.isEnabled() and not dialog.message.isVisible()
    dialog.reject()
    fr, gov1 = ids(context.database, "France", "GOV-1")
    with context.database.read() as session:
        assert assessments.history(session, fr, gov1) == []


def test_a_refused_save_keeps_the_form_and_shows_the_reason(window, context, qtbot) -> None:
    dialog = open_dialog(window, qtbot, "France", "GOV-1")
    dialog.level.setCurrentIndex(dialog.level.findText("Limited"))
    qtbot.keyClicks(dialog.rationale, "reasons")
    context.database.read_only = True  # as if the file had become read-only meanwhile
    try:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    finally:
        context.database.read_only = False
    assert dialog.isVisible()
    assert "read-only" in dialog.message.text()
    assert dialog.rationale.toPlainText() == "reasons"
    assert context.undo_stack.count() == 0


def test_new_evidence_from_the_dialog_is_prefilled_and_cited(
    window, context, qtbot, monkeypatch
) -> None:
    from pledge_tracker.ui.dialogs import assessment_dialog as module

    nz, gov2 = ids(context.database, "New Zealand", "GOV-2")
    dialog = open_dialog(window, qtbot, "New Zealand", "GOV-2")
    qtbot.waitUntil(lambda: dialog.evidence_count.text() != "Loading the evidence…")
    seen = {}

    def fill_and_save(evidence_dialog) -> int:
        seen["supporters"] = evidence_dialog.supporters.checked_ids()
        seen["commitments"] = evidence_dialog.commitments.checked_ids()
        first = evidence_dialog.supporters.proxy.index(0, 0)
        seen["first listed"] = first.data()
        qtbot.keyClicks(evidence_dialog.title, "Christchurch Call Act 2025")
        qtbot.keyClicks(evidence_dialog.dates["effective"], "2025-03-01")
        evidence_dialog._on_save_clicked()
        return 1

    monkeypatch.setattr(module.EvidenceDialog, "exec", fill_and_save)
    qtbot.mouseClick(dialog.new_evidence_button, Qt.MouseButton.LeftButton)
    assert seen["supporters"] == (nz,) and seen["commitments"] == (gov2,)
    assert seen["first listed"] == "New Zealand"  # the pre-ticked supporter leads the list
    with context.database.read() as session:
        item_id = session.scalar(
            select(m.Evidence.id).where(m.Evidence.title == "Christchurch Call Act 2025")
        )
    qtbot.waitUntil(lambda: dialog.evidence_model.checked_ids() == (item_id,), timeout=5_000)
