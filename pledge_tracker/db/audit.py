"""The audit log: every change, chained by SHA-256 so that an edit or deletion shows."""

from __future__ import annotations

import hashlib
import json
import unicodedata
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Row, insert, select, text, update
from sqlalchemy.orm import Session

from pledge_tracker.db.models import AuditEntry

GENESIS = "0" * 64


_STRING = json.encoder.encode_basestring  # the C string encoder canonical's JSON uses
_ENCODER = json.JSONEncoder(
    sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=str
)  # made once: `canonical` runs for every record `check` compares


def canonical(value: Any) -> str:
    """One stable text for a value: sorted keys, fixed separators, NFC, UTF-8 safe."""
    return unicodedata.normalize("NFC", _ENCODER.encode(value))


def entry_hash(prev_hash: str, fields: dict[str, Any]) -> str:
    payload = prev_hash + "\n" + canonical(fields)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def hash_entry(prev_hash: str, entry: AuditEntry | Row[Any]) -> str:
    """`entry_hash(prev_hash, entry_fields(entry))`, written out for speed (`check` hashes
    every entry): the same text `canonical` makes, key by key in sorted order."""
    text = _text_or_null
    parts = [
        '{"action":',
        text(entry.action),
        ',"actor":',
        text(entry.actor),
        ',"after":',
        text(entry.after),
        ',"at":',
        text(entry.at),
        ',"before":',
        text(entry.before),
        ',"entity":',
        text(entry.entity),
        ',"id":',
        str(int(entry.id)),
        ',"record":',
        text(entry.record_uid),
    ]
    if entry.row_hash is not None:
        parts += [',"row_hash":', text(entry.row_hash)]
    parts.append("}")
    payload = prev_hash + "\n" + unicodedata.normalize("NFC", "".join(parts))
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def _text_or_null(value: object) -> str:
    """A JSON string as `canonical` writes it (other values as their text, like default=str)."""
    if value is None:
        return "null"
    return _STRING(value if isinstance(value, str) else str(value))


def entry_fields(entry: AuditEntry | Row[Any]) -> dict[str, Any]:
    """The fields an entry's hash covers (its id included, so rows cannot be swapped).

    `row_hash` is covered only when set, so entries written before it existed keep theirs.
    """
    fields = {
        "id": entry.id,
        "at": entry.at,
        "actor": entry.actor,
        "action": entry.action,
        "entity": entry.entity,
        "record": entry.record_uid,
        "before": entry.before,
        "after": entry.after,
    }
    if entry.row_hash is not None:
        fields["row_hash"] = entry.row_hash
    return fields


@dataclass(frozen=True)
class ChainHead:
    """The newest entry's id and hash: what an outside anchor remembers."""

    count: int
    last_id: int
    hash: str


@dataclass(frozen=True)
class ChainProblem:
    entry_id: int
    message: str


def head(session: Session) -> ChainHead:
    """The newest entry (ids run 1, 2, 3… so the last id is also the count).

    On a server with row security the head is read unfiltered (db/row_security.py): a
    writer who cannot see restricted entries must still append after the true head.
    """
    if _unfiltered_reads(session):
        last = session.execute(text("SELECT id, hash FROM pledge_audit_head()")).first()
        if last is None or last.id is None:
            return ChainHead(0, 0, GENESIS)
    else:
        last = session.execute(
            select(AuditEntry.id, AuditEntry.hash).order_by(AuditEntry.id.desc()).limit(1)
        ).first()
    if last is None:
        return ChainHead(0, 0, GENESIS)
    return ChainHead(last.id, last.id, last.hash)


def entry_hash_of(session: Session, entry_id: int) -> str | None:
    """One entry's stored hash (None when there is no such entry), unfiltered on a server."""
    if _unfiltered_reads(session):
        query = text("SELECT pledge_audit_hash(:n)").bindparams(n=entry_id)
        return session.execute(query).scalar()
    return session.scalar(select(AuditEntry.hash).where(AuditEntry.id == entry_id))


def _unfiltered_reads(session: Session) -> bool:
    """Whether this is a PostgreSQL database with migration 0013's head functions."""
    connection = session.connection()
    if connection.dialect.name != "postgresql":
        return False
    # Remembered per pooled connection once found (only then: a migration on this very
    # connection may create the functions after an earlier "not yet").
    if connection.info.get("pledge_audit_head"):
        return True
    found = connection.execute(text("SELECT to_regprocedure('pledge_audit_head()')"))
    connection.info["pledge_audit_head"] = found.scalar() is not None
    return bool(connection.info["pledge_audit_head"])


def is_restricted(entity: str, before: dict[str, Any] | None, after: dict[str, Any] | None) -> bool:
    """Whether an entry holds the content of restricted evidence or a restricted sighting."""
    if entity not in RESTRICTABLE:
        return False
    return any(bool(state.get("restricted")) for state in (before, after) if state)


RESTRICTABLE = frozenset({"evidence", "sighting"})


def append(
    session: Session,
    *,
    at: str,
    actor: str,
    action: str,
    entity: str,
    record_uid: str,
    before: dict[str, Any] | None,
    after: dict[str, Any] | None,
    row_hash: str | None = None,
) -> AuditEntry:
    """Add one entry after the current head (the caller holds the write lock)."""
    current = head(session)
    entry = AuditEntry(
        row_hash=row_hash,
        restricted=is_restricted(entity, before, after),
        id=current.last_id + 1,
        at=at,
        actor=actor,
        action=action,
        entity=entity,
        record_uid=record_uid,
        before=None if before is None else canonical(before),
        after=None if after is None else canonical(after),
        prev_hash=current.hash,
    )
    entry.hash = entry_hash(current.hash, entry_fields(entry))
    session.add(entry)
    session.flush()
    if entry.restricted and session.connection().dialect.name == "sqlite":
        # The record's earlier entries hold its content too (a trigger does it on a server).
        session.execute(
            update(AuditEntry)
            .where(AuditEntry.entity == entity, AuditEntry.record_uid == record_uid)
            .values(restricted=True)
        )
    return entry


def append_many(
    session: Session,
    *,
    at: str,
    actor: str,
    action: str,
    entity: str,
    changes: list[tuple[str, dict[str, Any] | None, dict[str, Any] | None]],
    batch: int = 5000,
) -> ChainHead | None:
    """Add one entry per (record uid, before, after), chained as `append` chains them.

    The same entries `append` would write one by one, hashed in one pass and inserted in
    batches (a bulk import). Returns the newest entry, or None when there was nothing.
    """
    current = head(session)
    prev, number = current.hash, current.last_id
    rows: list[dict[str, Any]] = []
    for record_uid, before, after in changes:
        number += 1
        row = {
            "id": number,
            "at": at,
            "actor": actor,
            "action": action,
            "entity": entity,
            "record_uid": record_uid,
            "before": None if before is None else canonical(before),
            "after": None if after is None else canonical(after),
            "prev_hash": prev,
            "row_hash": None,
            "restricted": is_restricted(entity, before, after),
        }
        fields = {key: row[key] for key in _FIELDS}
        fields["record"] = record_uid
        row["hash"] = prev = entry_hash(prev, fields)
        rows.append(row)
    for start in range(0, len(rows), batch):
        session.execute(insert(AuditEntry), rows[start : start + batch])
    return ChainHead(number, number, prev) if rows else None


_FIELDS = ("id", "at", "actor", "action", "entity", "before", "after")  # and "record"


def verify(session: Session, batch: int = 5000) -> ChainProblem | None:
    """The first entry that breaks the chain, or None when every link holds."""
    prev_hash, expected_id, last_id = GENESIS, 1, 0
    while True:
        table = AuditEntry.__table__
        rows = session.execute(  # plain rows, not ORM objects: `check` reads every entry
            select(table).where(table.c.id > last_id).order_by(table.c.id).limit(batch)
        ).all()
        if not rows:
            return None
        for entry in rows:
            if entry.id != expected_id:
                return ChainProblem(expected_id, f"audit entry {expected_id} is missing")
            if entry.prev_hash != prev_hash:
                return ChainProblem(
                    entry.id, f"audit entry {entry.id} does not follow entry {entry.id - 1}"
                )
            if hash_entry(prev_hash, entry) != entry.hash:
                return ChainProblem(
                    entry.id, f"audit entry {entry.id} ({entry.action} {entry.entity}) was altered"
                )
            prev_hash, expected_id, last_id = entry.hash, entry.id + 1, entry.id


def verify_head(session: Session) -> ChainProblem | None:
    """The quick form of `verify`: the newest entry's hash and its link to the one before."""
    newest = session.scalars(select(AuditEntry).order_by(AuditEntry.id.desc()).limit(2)).all()
    if not newest:
        return None
    entry = newest[0]
    prev_hash = newest[1].hash if len(newest) > 1 else GENESIS
    if len(newest) > 1 and newest[1].id != entry.id - 1:
        return ChainProblem(entry.id - 1, f"audit entry {entry.id - 1} is missing")
    if entry.prev_hash != prev_hash:
        return ChainProblem(
            entry.id, f"audit entry {entry.id} does not follow entry {entry.id - 1}"
        )
    if entry_hash(prev_hash, entry_fields(entry)) != entry.hash:
        return ChainProblem(
            entry.id, f"audit entry {entry.id} ({entry.action} {entry.entity}) was altered"
        )
    return None
