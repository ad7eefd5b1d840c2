"""Undo and redo of an edit never overwrite a change someone else made in the meantime."""

from __future__ import annotations

from pledge_tracker.domain.dto import EvidenceInput, StakeholderInput
from pledge_tracker.domain.errors import ConflictError
from pledge_tracker.services import evidence, stakeholders
from pledge_tracker.services.convert import stakeholder_dto
from pledge_tracker.ui import undo


def _supporter(context, name: str):
    with context.database.read() as session:
        return stakeholder_dto(stakeholders.find(session, name))


def test_undo_is_refused_when_another_window_changed_the_supporter(context, qtbot) -> None:
    before = _supporter(context, "Canada")
    mine = StakeholderInput.of(before)
    undo.push(context, undo.edit_stakeholder(context, before, _with_notes(mine, "mine")))
    with context.database.write(actor="Another Officer") as tx:  # another window saves
        now = stakeholders.get(tx.session, before.id)
        theirs = StakeholderInput.of(stakeholder_dto(now))
        stakeholders.edit(tx, before.id, _with_notes(theirs, "theirs"))
    errors: list[BaseException] = []
    context.error_raised.connect(errors.append)
    context.undo_stack.undo()
    qtbot.waitUntil(lambda: bool(errors), timeout=3000)
    assert isinstance(errors[0], ConflictError)
    assert _supporter(context, "Canada").notes == "theirs"  # their change stands
    assert context.undo_stack.count() == 0  # the refused step left the stack


def test_undo_and_redo_work_when_nobody_else_wrote(context) -> None:
    with context.database.write() as tx:
        item = evidence.add(tx, EvidenceInput("Original title", effective="2021-03-01"))
    changed = EvidenceInput.of(item)
    changed = EvidenceInput(**{**changed.__dict__, "title": "Corrected title"})
    undo.push(context, undo.edit_evidence(context, item, changed))
    context.undo_stack.undo()
    with context.database.read() as session:
        assert evidence.get(session, item.id).title == "Original title"
    context.undo_stack.redo()
    with context.database.read() as session:
        assert evidence.get(session, item.id).title == "Corrected title"


def _with_notes(data: StakeholderInput, notes: str) -> StakeholderInput:
    return StakeholderInput(**{**data.__dict__, "notes": notes})
