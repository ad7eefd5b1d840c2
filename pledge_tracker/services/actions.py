"""Actions: promised or expected steps with a due date; overdue ones stand out."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from pledge_tracker.db import models as m
from pledge_tracker.db.uow import Database, Tx
from pledge_tracker.domain.dates import parse_date
from pledge_tracker.domain.dto import ActionDTO
from pledge_tracker.domain.errors import NotFoundError
from pledge_tracker.domain.validate import check_record, clean_field
from pledge_tracker.services import commitments, stakeholders
from pledge_tracker.services.convert import action_dto, snapshot
from pledge_tracker.services.stale import check_state, state_hash

ENTITY = "action"


def list_actions(
    session: Session, *, stakeholder_id: int | None = None, commitment_id: int | None = None
) -> list[ActionDTO]:
    """Actions, soonest due first (undated last)."""
    query = select(m.Action)
    if stakeholder_id is not None:
        query = query.where(m.Action.stakeholder_id == stakeholder_id)
    if commitment_id is not None:
        query = query.where(m.Action.commitment_id == commitment_id)
    rows = [action_dto(row) for row in session.scalars(query)]
    return sorted(rows, key=lambda a: (a.due is None, a.due or dt.date.max, a.id))


def overdue(session: Session, today: dt.date) -> list[ActionDTO]:
    return [a for a in list_actions(session) if a.overdue(today)]


def add(
    tx: Tx,
    *,
    stakeholder_id: int,
    title: str,
    commitment_id: int | None = None,
    due: dt.date | str | None = None,
    notes: str | None = None,
) -> ActionDTO:
    row = m.Action(done=False)
    _fill(tx, row, stakeholder_id, title, commitment_id, due, notes)
    tx.session.add(row)
    tx.session.flush()
    tx.audit("add", "action", row.uid, None, snapshot(row))
    return action_dto(row)


def edit(
    tx: Tx,
    action_id: int,
    *,
    stakeholder_id: int,
    title: str,
    commitment_id: int | None = None,
    due: dt.date | str | None = None,
    notes: str | None = None,
    expected_state: str | None = None,
) -> ActionDTO:
    """Change what an action says (who, what, by when); whether it is done stays as it is.

    With `expected_state` (the hash of the action's state when the form read it) a save
    from a stale copy is refused with both versions.
    """
    row = _get(tx.session, action_id)
    typed = {
        "stakeholder_id": stakeholder_id,
        "title": title,
        "commitment_id": commitment_id,
        "due": due,
        "notes": notes,
    }
    check_state(
        tx.session, ENTITY, row.uid, expected_state, mine=typed, theirs=lambda: action_dto(row)
    )
    before = snapshot(row)
    _fill(tx, row, stakeholder_id, title, commitment_id, due, notes)
    tx.session.flush()
    tx.audit("edit", "action", row.uid, before, snapshot(row))
    return action_dto(row)


def get(session: Session, action_id: int) -> ActionDTO:
    return action_dto(_get(session, action_id))


def read_with_state(database: Database, action_id: int) -> tuple[ActionDTO, str]:
    """An action as stored now and the hash of its state (a form's copy, to save against)."""
    with database.read() as session:
        row = _get(session, action_id)
        return action_dto(row), state_hash(session, ENTITY, row.uid)


def _get(session: Session, action_id: int) -> m.Action:
    row = session.get(m.Action, action_id)
    if row is None:
        raise NotFoundError("action", f"no action with id {action_id}")
    return row


def _fill(
    tx: Tx,
    row: m.Action,
    stakeholder_id: int,
    title: str,
    commitment_id: int | None,
    due: dt.date | str | None,
    notes: str | None,
) -> None:
    """The fields a form sets, each checked as every way in checks it (the limits table)."""
    stakeholders.get(tx.session, stakeholder_id)
    if commitment_id is not None:
        commitments.get(tx.session, commitment_id)
    due_on = parse_date(due, "due")
    check_record("actions", {"due": due_on})
    row.stakeholder_id = stakeholder_id
    row.commitment_id = commitment_id
    row.title = clean_field("actions", "title", title)
    row.due = due_on
    row.notes = clean_field("actions", "notes", notes) or None


def set_done(tx: Tx, action_id: int, done: bool, on: dt.date | None = None) -> ActionDTO:
    row = _get(tx.session, action_id)
    before = snapshot(row)
    row.done = done
    row.done_on = (on or tx.now.date()) if done else None
    check_record("actions", {"done_on": row.done_on})
    tx.session.flush()
    tx.audit("done" if done else "reopen", "action", row.uid, before, snapshot(row))
    return action_dto(row)
