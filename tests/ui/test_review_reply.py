"""In the app: Mark reviewed and Record reply… are audited edits that Undo and Redo take back."""

from __future__ import annotations

from PySide6.QtCore import Qt
from sqlalchemy import select

from pledge_tracker.db import models as m
from pledge_tracker.domain.dto import AssessmentInput
from pledge_tracker.services import assessments
from pledge_tracker.services.check import run_check
from tests.ui.conftest import DISPLAY_NAME
from tests.ui.shell_helpers import ids, wait_for_matrix


def _judged_by(window, context, qtbot, actor: str, supporter: str, code: str) -> int:
    """A judgement recorded by `actor`, with the matrix cursor on its cell."""
    person, commitment = ids(context.database, supporter, code)
    with context.database.write(actor=actor) as tx:
        judged = assessments.record(
            tx, AssessmentInput(person, commitment, "limited", rationale="A first step.")
        )
    view = window.matrix
    view.reload()
    wait_for_matrix(qtbot, view)
    assert view.select_cell(person, commitment)
    qtbot.waitUntil(lambda: view.detail.review_button.isEnabled())
    return judged.id


def _row(context, assessment_id: int) -> m.Assessment:
    with context.database.read() as session:
        row = session.get(m.Assessment, assessment_id)
        assert row is not None
        session.expunge(row)
        return row


def test_mark_reviewed_from_the_detail_panel_undo_and_redo(window, context, qtbot) -> None:
    judged = _judged_by(window, context, qtbot, "Other Officer", "New Zealand", "GOV-3")
    qtbot.mouseClick(window.matrix.detail.review_button, Qt.MouseButton.LeftButton)
    assert _row(context, judged).reviewed_by == DISPLAY_NAME  # the display name, not a login
    assert window.undo_action.text() == "&Undo Mark reviewed: New Zealand · GOV-3"
    qtbot.waitUntil(
        lambda: "Reviewed by Aroha Reviewer" in window.matrix.detail.browser.toPlainText()
    )

    window.undo_action.trigger()
    assert _row(context, judged).reviewed_by is None
    window.redo_action.trigger()
    assert _row(context, judged).reviewed_by == DISPLAY_NAME
    with context.database.read() as session:
        actions = session.scalars(
            select(m.AuditEntry.action).where(m.AuditEntry.entity == "assessment")
        ).all()
    assert actions[-3:] == ["review", "unreview", "review"]  # every step audited
    assert run_check(context.database).ok


def test_the_assessor_cannot_mark_their_own_judgement_reviewed(
    window, context, qtbot, monkeypatch
) -> None:
    from pledge_tracker.ui.errors import ErrorDialog

    shown: list[ErrorDialog] = []
    monkeypatch.setattr(ErrorDialog, "exec", lambda self: shown.append(self) or 0)
    judged = _judged_by(window, context, qtbot, DISPLAY_NAME, "France", "GOV-2")
    before = context.undo_stack.count()
    window.matrix.review.review_action.trigger()  # Assess → Mark Reviewed
    qtbot.waitUntil(lambda: len(shown) == 1)
    assert "second officer" in shown[0].message_label.text()
    assert _row(context, judged).reviewed_by is None
    assert context.undo_stack.count() == before  # nothing to undo: nothing happened


def test_record_reply_dialog_saves_an_audited_reply_that_undo_withdraws(
    window, context, qtbot
) -> None:
    judged = _judged_by(window, context, qtbot, "Other Officer", "New Zealand", "GOV-1")
    view = window.matrix
    view.review.reply_action.trigger()  # Assess → Record Supporter's Reply…
    dialog = view.review.dialog
    assert dialog is not None and dialog.isVisible()
    assert not dialog.save_button.isEnabled()  # no text yet: Save says why
    qtbot.keyClicks(dialog.text, "We adopted the policy in full.")
    qtbot.keyClicks(dialog.source, "https://gov.example/reply")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()

    def replies() -> list[tuple[str, bool]]:
        with context.database.read() as session:
            rows = session.scalars(select(m.Reply).where(m.Reply.assessment_id == judged)).all()
            return [(r.text, r.withdrawn) for r in rows]

    assert replies() == [("We adopted the policy in full.", False)]
    qtbot.waitUntil(lambda: "Supporter's reply" in view.detail.browser.toPlainText())
    window.undo_action.trigger()
    assert replies() == [("We adopted the policy in full.", True)]  # kept, withdrawn
    window.redo_action.trigger()
    assert replies() == [("We adopted the policy in full.", False)]
    assert run_check(context.database).ok


def test_reviewed_only_checkbox_reaches_the_report_options(context, qtbot) -> None:
    from pledge_tracker.ui.views.reports_view import ReportsView

    view = ReportsView(context)
    qtbot.addWidget(view)
    assert not view.options().reviewed_only
    view.reviewed_only.setChecked(True)
    assert view.options().reviewed_only
