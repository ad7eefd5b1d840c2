"""What a whole-database copy must show on arrival: the source's figures, exactly.

The source's side is taken inside the copy's read snapshot (`Snapshot`); the target's is
read after the copy committed. Each comparison names the first thing that differs, so a
failed `migrate` says what did not arrive.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection
from sqlalchemy.orm import Session

from pledge_tracker.db import audit
from pledge_tracker.db.table_copy import count_rows
from pledge_tracker.db.uow import Database
from pledge_tracker.services import queries
from pledge_tracker.services.check import run_check


@dataclass(frozen=True)
class Snapshot:
    """A database's figures at one moment: rows per table, chain head, `stats --json`."""

    counts: dict[str, int]
    audit_count: int
    audit_hash: str
    stats: dict[str, Any]


def snapshot_of(connection: Connection, as_of: dt.date) -> Snapshot:
    """The figures of the database behind `connection`, in its current transaction."""
    session = Session(bind=connection)  # joins the open transaction: the same snapshot
    try:
        head = audit.head(session)
        figures = _plain(queries.stats(session, as_of))
    finally:
        session.close()
    return Snapshot(count_rows(connection), head.count, head.hash, figures)


def snapshot_database(database: Database, as_of: dt.date) -> Snapshot:
    with database.engine.connect() as connection, connection.begin():
        return snapshot_of(connection, as_of)


def first_difference(source: Snapshot, copy: Snapshot) -> str | None:
    """What differs between the source's figures and the copy's (None: nothing)."""
    for table, count in source.counts.items():
        arrived = copy.counts.get(table, 0)
        if arrived != count:
            return f"table {table} has {count} rows in the source but {arrived} in the copy"
    if (source.audit_count, source.audit_hash) != (copy.audit_count, copy.audit_hash):
        return (
            f"the audit chain head differs (source: entry {source.audit_count}, "
            f"{source.audit_hash[:12]}…; copy: entry {copy.audit_count}, {copy.audit_hash[:12]}…)"
        )
    return _stats_difference(source.stats, copy.stats)


def check_copy(database: Database) -> tuple[str | None, tuple[str, ...]]:
    """`check` on the copy: its first problem (None when sound) and what passed."""
    report = run_check(database)
    return report.problem, report.passed


def _stats_difference(source: dict[str, Any], copy: dict[str, Any]) -> str | None:
    for key in source.keys() | copy.keys():
        if source.get(key) == copy.get(key):
            continue
        where = _first_key_differing(source.get(key), copy.get(key))
        return f"the 'stats --json' figure {key}{where} differs"
    return None


def _first_key_differing(left: object, right: object) -> str:
    """'.audit_entries' or '[3]' for the first differing entry of two dicts or lists."""
    if isinstance(left, dict) and isinstance(right, dict):
        for key in sorted(left.keys() | right.keys(), key=str):
            if left.get(key) != right.get(key):
                return f".{key}"
    if isinstance(left, list) and isinstance(right, list):
        for index, (a, b) in enumerate(zip(left, right, strict=False)):
            if a != b:
                return f"[{index}]"
    return ""


def _plain(figures: dict[str, Any]) -> dict[str, Any]:
    """The figures as `stats --json` prints them (so 0.5 and Decimal('0.5') compare alike)."""
    loaded: dict[str, Any] = json.loads(json.dumps(figures, default=str, sort_keys=True))
    return loaded
