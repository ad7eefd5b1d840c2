"""What colleagues changed since a window last looked: read from the audit log.

Every committed unit of work appends audit entries, ids 1, 2, 3… with no gaps. A window
remembers the newest id it has seen; when a server notice arrives (PostgreSQL) or the window
regains focus (SQLite) it reads the entries after that id, skips the ones its own database
object appended, and turns the rest into one `Changes` for the views, with a summary of who
did what for the status bar.

An entry the reader may not see (row-level security on a team server hides restricted
ones), a newest id beyond what it can read, or a gap too long to read quickly all give an
unknown change: refresh everything, never fail.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Container
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from pledge_tracker.db import models as m
from pledge_tracker.db.uow import Database
from pledge_tracker.domain.changes import Cell, Changes, cell_of

CHANNEL = "pledge_tracker"  # the PostgreSQL channel of migration 0014's trigger

# More new entries than this (an import, a restore) are not read one by one: the views
# reload everything anyway.
MAX_ENTRIES = 2000


@dataclass(frozen=True)
class Place:
    """The one supporter × commitment cell a change concerned, by name and code."""

    supporter: str
    commitment: str


@dataclass(frozen=True)
class Feed:
    """What changed elsewhere after an entry id, up to `newest`.

    `changes` is None when nothing did (only this window's own entries, or none at all).
    `headline` is the first change's action and entity with how many entries share them;
    `others` says whether other kinds of change came with it.
    """

    changes: Changes | None
    newest: int
    headline: tuple[str, str, int] | None = None
    others: bool = False
    place: Place | None = None


def newest_entry_id(session: Session) -> int:
    """The newest audit entry this session can read (0 when there is none)."""
    return int(session.scalar(select(func.max(m.AuditEntry.id))) or 0)


def read_feed(database: Database, after: int | None, hint: int) -> Feed:
    """What changed elsewhere after entry `after` (None: the first look, start from now)."""
    with database.read() as session:
        if after is None:
            return Feed(None, newest_entry_id(session))
        return changes_since(session, after, database.appended, hint=hint or None)


def changes_since(
    session: Session, after_id: int, own_ids: Container[int], *, hint: int | None = None
) -> Feed:
    """The changes made elsewhere in the entries after `after_id`.

    `own_ids` holds the entries this window appended itself (skipped); `hint` is the newest
    id a server notice named, which may be beyond what this session is allowed to read.
    `newest` in the answer is never beyond what this session can read, so that a notice
    (true or stray) cannot make the window skip entries it has not yet seen.
    """
    visible = newest_entry_id(session)
    # A notice naming an entry this reader cannot see: hidden by row-level security (or a
    # stray notice). Something changed; the id is not trusted beyond this one answer.
    beyond = hint is not None and hint > max(visible, after_id)
    if visible <= after_id:
        return Feed(Changes(elsewhere=True) if beyond else None, after_id)
    if visible - after_id > MAX_ENTRIES:
        return Feed(Changes(elsewhere=True), visible)
    rows = session.execute(
        select(
            m.AuditEntry.id,
            m.AuditEntry.actor,
            m.AuditEntry.action,
            m.AuditEntry.entity,
            m.AuditEntry.before,
            m.AuditEntry.after,
        )
        .where(m.AuditEntry.id > after_id, m.AuditEntry.id <= visible)
        .order_by(m.AuditEntry.id)
    ).all()
    seen = {row.id for row in rows}
    hidden = [i for i in range(after_id + 1, visible + 1) if i not in seen and i not in own_ids]
    foreign = [row for row in rows if row.id not in own_ids]
    if hidden or beyond:  # whose they are is hidden too: no name is given
        return Feed(Changes(elsewhere=True), visible)
    if not foreign:
        return Feed(None, visible)
    return _summary(session, foreign, visible)


def _summary(session: Session, rows: list[Any], newest: int) -> Feed:
    cells: set[Cell] = set()
    lost = False  # an assessment whose cell cannot be told: the whole matrix is read again
    for row in rows:
        cell = cell_of(row.entity, _parsed(row.before), _parsed(row.after))
        if cell is not None and all(0 < number < 2**63 for number in cell):
            cells.add(cell)
        elif row.entity == "assessment":
            lost = True
    if lost:
        cells.clear()
    actors = {row.actor for row in rows}
    changes = Changes.of(
        {row.entity for row in rows},
        cells,
        actor=actors.pop() if len(actors) == 1 else "",
        elsewhere=True,
    )
    kinds = Counter((row.action, row.entity) for row in rows)
    first = (rows[0].action, rows[0].entity)
    place = _place(session, next(iter(cells))) if len(cells) == 1 else None
    return Feed(changes, newest, (*first, kinds[first]), len(kinds) > 1, place)


def _parsed(text: str | None) -> dict[str, Any] | None:
    """An entry's before/after state; None when absent or unreadable (the cell is unknown)."""
    if not text:
        return None
    try:
        value = json.loads(text)
    except ValueError:
        return None
    return value if isinstance(value, dict) else None


def _place(session: Session, cell: Cell) -> Place | None:
    supporter = session.scalar(select(m.Stakeholder.name).where(m.Stakeholder.id == cell[0]))
    code = session.scalar(select(m.Commitment.code).where(m.Commitment.id == cell[1]))
    return Place(supporter, code) if supporter and code else None
