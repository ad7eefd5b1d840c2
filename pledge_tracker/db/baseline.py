"""Baseline audit entries: one for every existing record, recording the state it has now.

Written by the upgrade that introduced row hashes (migration 0002), so that records saved
before then are covered by `check` from the upgrade on; appended to the chain like any entry.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import insert, inspect
from sqlalchemy.orm import Session

from pledge_tracker.db import audit, rowstate
from pledge_tracker.db.models import AuditEntry
from pledge_tracker.domain.dates import utcnow

_CHUNK = 1000


def write_baseline(session: Session, *, actor: str, action: str = "baseline") -> int:
    """Append one entry per audited record (all entities, in id order); returns how many."""
    current = audit.head(session)
    at = utcnow().isoformat(timespec="microseconds") + "Z"
    next_id, prev, pending = current.last_id + 1, current.hash, []
    written = 0
    # An upgrade run from an older schema has not yet created the tables of later entities.
    present = set(inspect(session.connection()).get_table_names())
    for entity in rowstate.ENTITIES:
        if entity.table.name not in present:
            continue
        for uid, state in rowstate.stream(session, entity):
            entry = AuditEntry(
                id=next_id,
                at=at,
                actor=actor,
                action=action,
                entity=entity.name,
                record_uid=uid,
                before=None,
                after=None,
                prev_hash=prev,
                row_hash=rowstate.row_hash(state),
            )
            entry.hash = prev = audit.entry_hash(prev, audit.entry_fields(entry))
            pending.append(_values(entry))
            next_id += 1
            if len(pending) >= _CHUNK:
                written += _flush(session, pending)
    return written + _flush(session, pending)


def columns_ready(session: Session) -> bool:
    """Whether every audited table has all the columns the models give it.

    Not so half way through an upgrade from an old schema: a later migration adds columns
    and writes the baseline itself, once the states it hashes can be read whole.
    """
    found = inspect(session.connection())
    for entity in rowstate.ENTITIES:
        present = {column["name"] for column in found.get_columns(entity.table.name)}
        if not set(entity.table.columns.keys()) <= present:
            return False
    return True


def _values(entry: AuditEntry) -> dict[str, Any]:
    return {column: getattr(entry, column) for column in AuditEntry.__table__.columns.keys()}


def _flush(session: Session, pending: list[dict[str, Any]]) -> int:
    if pending:
        session.execute(insert(AuditEntry), pending)
    count = len(pending)
    pending.clear()
    return count
