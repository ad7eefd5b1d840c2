"""Copying every table of one database into another, rows verbatim, in batched inserts.

Rows are read in primary-key order from one read snapshot and written with executemany in
chunks (Core, never the ORM: no events run, no audit entry is added, so the copy's log is
the source's, entry for entry). Tables go parents first (the models' foreign-key order); a
column referring to its own table (a court decision striking down another instrument) is
filled in a second pass, because the row it names may come later in id order.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from typing import Any

from sqlalchemy import Column, Connection, Table, bindparam, func, insert, select, update
from sqlalchemy.exc import DBAPIError

from pledge_tracker.db.models import Base
from pledge_tracker.domain.errors import DatabaseError

# Parents before children: inserting in this order satisfies every foreign key.
TABLES: tuple[Table, ...] = tuple(Base.metadata.sorted_tables)
CHUNK_ROWS = 500
CHUNK_BYTES = 32 * 1024 * 1024  # attachments: a batch holds at most this many bytes of files
# Called after each batch with the table being copied, rows copied so far and rows in all.
Progress = Callable[[str, int, int], None]


def count_rows(connection: Connection, tables: Sequence[Table] = TABLES) -> dict[str, int]:
    """How many rows each table holds (every table of the models, links included)."""
    return {
        table.name: int(connection.scalar(select(func.count()).select_from(table)) or 0)
        for table in tables
    }


def copy_tables(
    source: Connection,
    target: Connection,
    *,
    progress: Progress | None = None,
    tables: Sequence[Table] = TABLES,
) -> int:
    """Insert every row of `source` into `target` (both in open transactions); rows copied."""
    total = sum(count_rows(source, tables).values())
    done = 0
    for table in tables:
        later = _self_references(table)
        for batch in read_batches(source, table):
            _insert(target, table, [_without(row, later) for row in batch])
            done += len(batch)
            if progress is not None:
                progress(table.name, done, total)
        if later:
            _fill_self_references(source, target, table, later)
    return done


def read_batches(source: Connection, table: Table) -> Iterator[list[dict[str, Any]]]:
    """The table's rows in primary-key order, in batches bounded by rows and bytes."""
    result = source.execution_options(stream_results=True, yield_per=CHUNK_ROWS).execute(
        select(table).order_by(*table.primary_key.columns)
    )
    batch: list[dict[str, Any]] = []
    size = 0
    for row in result.mappings():
        batch.append(dict(row))
        size += sum(len(value) for value in row.values() if isinstance(value, bytes))
        if len(batch) >= CHUNK_ROWS or size >= CHUNK_BYTES:
            yield batch
            batch, size = [], 0
    if batch:
        yield batch


def _self_references(table: Table) -> list[Column[Any]]:
    return [c for c in table.columns if any(fk.column.table is table for fk in c.foreign_keys)]


def _without(row: dict[str, Any], columns: list[Column[Any]]) -> dict[str, Any]:
    return {**row, **{column.key: None for column in columns}} if columns else row


def _fill_self_references(
    source: Connection, target: Connection, table: Table, columns: list[Column[Any]]
) -> None:
    """Second pass: set the columns that name a row of the same table, now all present."""
    (key,) = table.primary_key.columns
    for column in columns:
        rows = source.execute(
            select(key.label("b_key"), column.label("b_value")).where(column.is_not(None))
        ).mappings()
        values = [dict(row) for row in rows]
        if values:
            statement = (
                update(table)
                .where(key == bindparam("b_key"))
                .values({column.key: bindparam("b_value")})
            )
            _execute(target, table, statement, values)


def _insert(target: Connection, table: Table, rows: list[dict[str, Any]]) -> None:
    _execute(target, table, insert(table), rows)


def _execute(target: Connection, table: Table, statement: Any, rows: list[dict[str, Any]]) -> None:
    """executemany, with a refusal named by table (a value too long for a server column,
    a NUL character PostgreSQL will not store) instead of a driver's traceback."""
    try:
        target.execute(statement, rows)
    except DBAPIError as exc:
        first = str(exc.orig or exc).strip().splitlines()[0][:200]
        raise DatabaseError(f"table {table.name} could not be copied: {first}") from None
