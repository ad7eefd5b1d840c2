"""Two connections editing one record: a save from a stale copy shows both versions.

Each test runs on SQLite (two Database objects on one file) and, with a server, on
PostgreSQL (two engines on one database); the dialogs are the real ones, driven as a user
drives them.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog
from sqlalchemy import select

from pledge_tracker.db import models as m
from pledge_tracker.db.uow import Database
from pledge_tracker.domain.dto import EvidenceInput, StakeholderInput
from pledge_tracker.services import evidence, incidents, stakeholders
from pledge_tracker.services.check import run_check
from pledge_tracker.ui.context import AppContext
from pledge_tracker.ui.dialogs.conflict_dialog import ConflictDialog
from pledge_tracker.ui.dialogs.evidence_dialog import EvidenceDialog
from pledge_tracker.ui.dialogs.incident_dialog import IncidentDialog
from pledge_tracker.ui.dialogs.supporter_dialog import SupporterDialog


def _canada(context: AppContext):
    with context.database.read() as session:
        found = stakeholders.find(session, "Canada").id
    return stakeholders.read_one(context.database, found)


def _their_notes(other: Database, supporter_id: int, notes: str) -> None:
    with other.write() as tx:
        now = stakeholders.read_one(other, supporter_id)
        stakeholders.edit(tx, supporter_id, replace(StakeholderInput.of(now), notes=notes))


def _open(qtbot, dialog: QDialog) -> QDialog:
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _answer_conflict(choose: Callable[[ConflictDialog], None], seen: list[ConflictDialog]):
    """Wait (every 50 ms) for the conflict dialog, note it, then let `choose` click."""

    def look() -> None:
        shown = QApplication.activeModalWidget()
        if isinstance(shown, ConflictDialog):
            seen.append(shown)
            choose(shown)
            timer.stop()

    timer = QTimer()
    timer.setInterval(50)
    timer.timeout.connect(look)
    timer.start()
    return timer


def _click(qtbot, button: str) -> Callable[[ConflictDialog], None]:
    return lambda shown: qtbot.mouseClick(getattr(shown, button), Qt.MouseButton.LeftButton)


def _stale_supporter_save(
    qtbot, mine: AppContext, other: Database, choose: Callable[[ConflictDialog], None]
):
    """Open Canada, let the other connection change its notes, type mine and Save."""
    canada = _canada(mine)
    dialog = _open(qtbot, SupporterDialog(mine, None, canada))
    _their_notes(other, canada.id, "theirs")
    dialog.notes.clear()
    qtbot.keyClicks(dialog.notes, "mine")
    seen: list[ConflictDialog] = []
    keeper = _answer_conflict(choose, seen)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    keeper.stop()
    assert len(seen) == 1, "the stale save must show the two versions"
    return canada, dialog, seen[0]


def test_keep_mine_saves_my_notes_and_keeps_theirs_in_the_history(
    qtbot, mine: AppContext, other: Database
) -> None:
    canada, dialog, shown = _stale_supporter_save(qtbot, mine, other, _click(qtbot, "keep_mine"))
    assert shown.row_texts("notes") == ("mine", "theirs")
    assert shown.changed == ["notes"]  # only the field that differs is highlighted
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert stakeholders.read_one(other, canada.id).notes == "mine"
    with other.read() as session:
        notes = [
            (entry.actor, json.loads(entry.after or "{}").get("notes"))
            for entry in session.scalars(
                select(m.AuditEntry)
                .where(m.AuditEntry.record_uid == canada.uid)
                .order_by(m.AuditEntry.id)
            )
        ]
    assert notes[-2:] == [(other.actor, "theirs"), (mine.database.actor, "mine")]
    assert other.actor != mine.database.actor  # two people (two logins on a server)
    assert run_check(mine.database).ok


def test_keep_theirs_discards_my_edit_and_closes_the_form(
    qtbot, mine: AppContext, other: Database
) -> None:
    canada, dialog, shown = _stale_supporter_save(qtbot, mine, other, _click(qtbot, "keep_theirs"))
    assert shown.row_texts("notes") == ("mine", "theirs")
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert stakeholders.read_one(mine.database, canada.id).notes == "theirs"
    assert run_check(mine.database).ok


def test_closing_the_comparison_keeps_my_typing_in_the_form(
    qtbot, mine: AppContext, other: Database
) -> None:
    canada, dialog, _shown = _stale_supporter_save(qtbot, mine, other, ConflictDialog.reject)
    assert dialog.isVisible()
    assert dialog.notes.toPlainText() == "mine"  # nothing typed is lost
    assert "Not saved" in (dialog.errors.message("__general__") or "")
    assert stakeholders.read_one(other, canada.id).notes == "theirs"


def test_a_stale_evidence_save_shows_both_titles_and_keep_mine_wins(
    qtbot, mine: AppContext, other: Database
) -> None:
    with other.write() as tx:
        item = evidence.add(tx, EvidenceInput("Annual report", effective="2024-03-01"))
    dialog = _open(qtbot, EvidenceDialog(mine, None, item))
    with other.write() as tx:
        evidence.edit(tx, item.id, replace(EvidenceInput.of(item), title="Their title"))
    dialog.title.clear()
    qtbot.keyClicks(dialog.title, "My title")
    seen: list[ConflictDialog] = []
    keeper = _answer_conflict(_click(qtbot, "keep_mine"), seen)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    keeper.stop()
    assert [s.row_texts("title") for s in seen] == [("My title", "Their title")]
    assert evidence.read_one(other, item.id).title == "My title"
    assert run_check(mine.database).ok


def test_a_stale_incident_save_is_compared_by_its_stored_state(
    qtbot, mine: AppContext, other: Database
) -> None:
    when = dt.datetime(2024, 3, 15, 1, 40)
    with other.write() as tx:
        made = incidents.add(tx, name="Harbour attack", occurred_at=when, place="Harbour")
    dialog = _open(qtbot, IncidentDialog(mine, None, made))
    with other.write() as tx:
        incidents.edit(tx, made.id, name="Harbour attack", occurred_at=when, place="Their place")
    dialog.place.clear()
    qtbot.keyClicks(dialog.place, "My place")
    seen: list[ConflictDialog] = []
    keeper = _answer_conflict(_click(qtbot, "keep_mine"), seen)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    keeper.stop()
    assert [s.row_texts("place") for s in seen] == [("My place", "Their place")]
    assert seen[0].changed == ["place"]  # the same instant, however the form gave it
    assert incidents.read_with_state(other, made.id)[0].place == "My place"
    assert run_check(mine.database).ok
