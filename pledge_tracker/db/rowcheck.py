"""Are the audited tables exactly what the audit log says? Every record, or a random sample.

Each record's current state hash (db/rowstate.py) is compared with the row hash of the
newest audit entry for that record: a record changed behind the app's back, a record with
no entry (inserted directly) and an entry whose record is gone (deleted directly) all show.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from pledge_tracker.db import rowstate
from pledge_tracker.db.models import AuditEntry

CHANGED, UNRECORDED, GONE = "changed", "unrecorded", "gone"


@dataclass(frozen=True)
class Mismatch:
    """One record that differs from what the audit log recorded."""

    entity: str
    uid: str
    kind: str  # CHANGED, UNRECORDED or GONE
    entry_id: int | None  # the newest entry for the record, if any


@dataclass(frozen=True)
class RowCheck:
    """What comparing records with the log found: the first mismatch, and counts."""

    checked: int
    mismatches: int
    first: Mismatch | None


Latest = dict[str, tuple[int, str | None]]  # uid → (newest entry id, its row hash)


def latest_entries(session: Session, entity: str, uids: Sequence[str] | None = None) -> Latest:
    """The newest entry of each record of one entity (one GROUP BY query)."""
    newest = select(func.max(AuditEntry.id).label("id")).where(AuditEntry.entity == entity)
    if uids is not None:
        newest = newest.where(AuditEntry.record_uid.in_(uids))
    newest_ids = newest.group_by(AuditEntry.record_uid).subquery()
    rows = session.execute(
        select(AuditEntry.record_uid, AuditEntry.id, AuditEntry.row_hash).join(
            newest_ids, AuditEntry.id == newest_ids.c.id
        )
    )
    return {uid: (ident, digest) for uid, ident, digest in rows}


class _Tally:
    def __init__(self) -> None:
        self.checked, self.mismatches = 0, 0
        self.first: Mismatch | None = None

    def compare(self, entity: str, uid: str, state: dict | None, latest: Latest) -> None:
        """Compare one record (None: it is gone) with its newest entry."""
        self.checked += 1
        entry = latest.get(uid)
        if state is None:
            if entry is not None and entry[1] is not None:
                self._add(Mismatch(entity, uid, GONE, entry[0]))
        elif entry is None:
            self._add(Mismatch(entity, uid, UNRECORDED, None))
        elif entry[1] != rowstate.row_hash(state):
            self._add(Mismatch(entity, uid, CHANGED, entry[0]))

    def _add(self, mismatch: Mismatch) -> None:
        self.mismatches += 1
        self.first = self.first or mismatch

    def result(self) -> RowCheck:
        return RowCheck(self.checked, self.mismatches, self.first)


def check_all(session: Session) -> RowCheck:
    """Every record of every audited entity, streamed, against its newest entry."""
    tally = _Tally()
    for entity in rowstate.ENTITIES:
        latest = latest_entries(session, entity.name)
        for uid, state in rowstate.stream(session, entity):
            tally.compare(entity.name, uid, state, latest)
            latest.pop(uid, None)
        for uid in sorted(latest, key=lambda u: latest[u][0]):
            tally.compare(entity.name, uid, None, latest)
    return tally.result()


def check_sample(session: Session, size: int = 500) -> RowCheck:
    """A random sample of records, and of records the log names, against their entries."""
    tally = _Tally()
    counts = {
        e.name: session.scalar(select(func.count()).select_from(e.table)) or 0
        for e in rowstate.ENTITIES
    }
    total = sum(counts.values()) or 1
    for entity in rowstate.ENTITIES:
        share = min(counts[entity.name], max(1, size * counts[entity.name] // total))
        uids = list(
            session.scalars(select(entity.table.c.uid).order_by(func.random()).limit(share))
        )
        uids += session.scalars(
            select(AuditEntry.record_uid)
            .where(AuditEntry.entity == entity.name)
            .order_by(func.random())
            .limit(max(1, share // 5))
        ).all()
        uids = sorted(set(uids))
        states = rowstate.states_of(session, entity, uids)
        latest = latest_entries(session, entity.name, uids)
        for uid in uids:
            tally.compare(entity.name, uid, states.get(uid), latest)
    return tally.result()


def describe(session: Session, mismatch: Mismatch) -> str:
    """One line naming the record and saying how it differs from the log."""
    name = f"{mismatch.entity} {mismatch.uid}"
    try:
        label = _label(session, mismatch)
    except DBAPIError:  # a damaged name (text that is not UTF-8): the uid must do
        label = ""
    if label:
        name += f" ({label})"
    if mismatch.kind == UNRECORDED:
        return f"{name}: it has no entry in the audit log (it was added behind the app's back)"
    entry = session.get(AuditEntry, mismatch.entry_id)
    when = f"on {entry.at[:10]} by {entry.actor}" if entry else "earlier"
    if mismatch.kind == GONE:
        return f"{name}: it is gone, but the audit log recorded it {when} and no deletion"
    return f"{name}: its stored data differs from what the audit log recorded {when}"


def _label(session: Session, mismatch: Mismatch) -> str:
    entity = rowstate.BY_NAME[mismatch.entity]
    table = entity.table
    if mismatch.entity == "assessment":
        from pledge_tracker.db.models import Commitment, Stakeholder

        row = session.execute(
            select(Stakeholder.name, Commitment.code)
            .select_from(table)
            .outerjoin(Stakeholder, Stakeholder.id == table.c.stakeholder_id)
            .outerjoin(Commitment, Commitment.id == table.c.commitment_id)
            .where(table.c.uid == mismatch.uid)
        ).first()
        return f"{row[0]} / {row[1]}" if row else _label_from_log(session, mismatch)
    column = next((c for c in ("name", "title", "code", "platform") if c in table.c), None)
    if column is None:
        return ""
    found = session.scalar(select(table.c[column]).where(table.c.uid == mismatch.uid))
    return str(found)[:80] if found is not None else _label_from_log(session, mismatch)


def _label_from_log(session: Session, mismatch: Mismatch) -> str:
    """A gone record's name, as its newest entry with data recorded it."""
    after = session.scalar(
        select(AuditEntry.after)
        .where(AuditEntry.entity == mismatch.entity, AuditEntry.record_uid == mismatch.uid)
        .where(AuditEntry.after.is_not(None))
        .order_by(AuditEntry.id.desc())
        .limit(1)
    )
    try:
        data = json.loads(after) if after else {}
    except ValueError:
        return ""
    for key in ("name", "title", "code", "platform"):
        if isinstance(data, dict) and data.get(key):
            return str(data[key])[:80]
    return ""
