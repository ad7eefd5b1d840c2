"""Adding many checked records at once: one batched insert, then their audit entries in one pass.

The row-by-row import adds each record as a unit of work of its own (a flush, an audit
append, a savepoint). For the kinds imported in large numbers the rows are checked first
(`Prepared.stage`), then inserted here with the very column values and audit entries the
service's `add` would have written, inside the same one write transaction.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from sqlalchemy import Table, insert

from pledge_tracker.db import models as m
from pledge_tracker.db.uow import Tx

Staged = dict[str, Any]
BATCH = 5000


def add_sightings(tx: Tx, rows: list[Staged]) -> None:
    """Insert staged sightings and audit each as `sightings.add` does ("add", its snapshot)."""
    _add(tx, m.Sighting.__table__, "sighting", rows)  # type: ignore[arg-type]


def _add(tx: Tx, table: Table, entity: str, rows: list[Staged]) -> None:
    ids: dict[str, int] = {}
    for start in range(0, len(rows), BATCH):
        chunk = rows[start : start + BATCH]
        result = tx.session.execute(insert(table).returning(table.c.uid, table.c.id), chunk)
        ids.update(dict(result.tuples().all()))
    names = [column.key for column in table.columns if column.key not in _skipped(table)]
    tx.audit_many(
        "add",
        entity,
        [(row["uid"], None, _snapshot(names, {**row, "id": ids[row["uid"]]})) for row in rows],
    )


def _skipped(table: Table) -> frozenset[str]:
    """The columns `services.convert.snapshot` leaves out of an audit entry."""
    return m.DERIVED_COLUMNS.get(table.name, frozenset()) | {"content"}


def _snapshot(names: list[str], row: Staged) -> dict[str, Any]:
    """`services.convert.snapshot` of the row these values make."""
    return {name: _json(row[name]) for name in names}


def _json(value: object) -> object:
    return value.isoformat() if isinstance(value, dt.date | dt.datetime) else value


APPLY: dict[str, Callable[[Tx, list[Staged]], None]] = {"sightings": add_sightings}
