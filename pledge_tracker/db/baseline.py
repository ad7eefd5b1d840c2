"""Baseline audit entries: one for every existing record, recording the state it has now.

Written by the upgrade that introduced row hashes (migration 0002), so that records saved
before then are covered by `check` from the upgrade on; appended to the chain like any entry.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import insert, inspect
from sqlalchemy.orm import Session

from pledge_tracker.db import audit, rowstate
from pledge_tracker.db.models import AuditEntry
from pledge_tracker.domain.dates import utcnow

_CHUNK = 1000


def write_baseline(
    session: Session,
    *,
    actor: str,
    action: str = "baseline",
    entities: Sequence[rowstate.Entity] = rowstate.ENTITIES,
) -> int:
    """Append one entry per audited record of `entities` (in id order); returns how many."""
    current = audit.head(session)
    at = utcnow().isoformat(timespec="microseconds") + "Z"
    next_id, prev, pending = current.last_id + 1, current.hash, []
    written = 0
    for entity in entities:
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


def current_entities(session: Session) -> list[rowstate.Entity]:
    """The audited entities whose tables and columns all exist in the database as it is now.

    A migration's baseline runs against the schema of its own revision: records of a table
    that a later revision changes are baselined by that later revision instead.
    """
    inspector = inspect(session.connection())
    present = set(inspector.get_table_names())
    found = []
    for entity in rowstate.ENTITIES:
        tables = [entity.table, *(link.table for link in entity.links)]
        if not all(table.name in present for table in tables):
            continue
        columns = {column["name"] for column in inspector.get_columns(entity.table.name)}
        if set(entity.table.columns.keys()) <= columns:
            found.append(entity)
    return found


def _values(entry: AuditEntry) -> dict[str, Any]:
    # Not `restricted`: a baseline holds no content, and migrations before 0013 lack it.
    columns = AuditEntry.__table__.columns.keys()
    return {column: getattr(entry, column) for column in columns if column != "restricted"}


def _flush(session: Session, pending: list[dict[str, Any]]) -> int:
    if pending:
        session.execute(insert(AuditEntry), pending)
    count = len(pending)
    pending.clear()
    return count
