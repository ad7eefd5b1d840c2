"""The package's data checked against the database schema before a row is written.

A package's hashes prove only that it arrived as written, not that whoever wrote it was
friendly: every value is checked for its column's type, nullability and vocabulary, every
reference for its target, every unique column for duplicates.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from enum import StrEnum
from typing import Any

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    Integer,
    LargeBinary,
    Table,
    UniqueConstraint,
)

from pledge_tracker.db.models import DERIVED_COLUMNS, Base
from pledge_tracker.domain.instruments import InstrumentKind
from pledge_tracker.domain.kinds import (
    CommitmentGroup,
    Confidence,
    EvidenceKind,
    FoundHow,
    Origin,
    Protocol,
    Reliability,
    StakeholderKind,
)
from pledge_tracker.domain.levels import Level
from pledge_tracker.domain.validate import name_key
from pledge_tracker.services.transfer.archive import ArchiveRefused

# Parents before children, so inserting in this order satisfies every foreign key.
TABLES: tuple[Table, ...] = tuple(Base.metadata.sorted_tables)
BY_NAME = {table.name: table for table in TABLES}
VOCABULARIES: dict[tuple[str, str], type[StrEnum]] = {
    ("stakeholders", "kind"): StakeholderKind,
    ("commitments", "group"): CommitmentGroup,
    ("assessments", "level"): Level,
    ("assessments", "confidence"): Confidence,
    ("assessments", "origin"): Origin,
    ("evidence", "kind"): EvidenceKind,
    ("evidence", "reliability"): Reliability,
    ("instruments", "kind"): InstrumentKind,
    ("protocol_activations", "protocol"): Protocol,
    ("sightings", "found_how"): FoundHow,
}
MAX_STRING = 1_000_000


def plain(value: Any) -> Any:
    """A column value as JSON: dates and times in ISO form."""
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    return value


def coerce_tables(
    raw: dict[str, Any], file: str, tables: Sequence[Table] = TABLES
) -> dict[str, list[dict[str, Any]]]:
    """Typed rows for every table, or ArchiveRefused naming the first bad value.

    `tables` is this version's schema, or an older one for a package an older version wrote.
    """
    unknown = sorted(set(raw) - {table.name for table in tables})
    if unknown:
        raise ArchiveRefused(file, f"data.json holds an unknown table '{str(unknown[0])[:60]}'")
    typed: dict[str, list[dict[str, Any]]] = {}
    for table in tables:
        rows = raw.get(table.name, [])
        if not isinstance(rows, list):
            raise ArchiveRefused(file, f"data.json: table {table.name} is not a list of rows")
        specs = _column_specs(table)
        for i, row in enumerate(rows):  # in place: each parsed row is freed once typed
            rows[i] = _row(table.name, specs, row, i + 1, file)
        typed[table.name] = rows
        _check_unique(table, typed[table.name], file)
    _check_references(typed, file, tables)
    for i, row in enumerate(typed["stakeholders"], start=1):
        if row["name_key"] != name_key(row["name"]):
            raise ArchiveRefused(file, f"data.json: stakeholders row {i}: name_key does not match")
    return typed


class _Bad(Exception):
    """A value of the wrong type for its column."""


ColumnSpec = tuple[str, Callable[[Any], Any], bool, frozenset[str] | None, str]


def _column_specs(table: Table) -> list[ColumnSpec]:
    """For each column: key, converter, whether required, vocabulary, type name."""
    specs = []
    derived = DERIVED_COLUMNS.get(table.name, frozenset())  # never taken from a package
    for column in table.columns:
        if isinstance(column.type, LargeBinary) or column.key in derived:
            continue
        vocabulary = VOCABULARIES.get((table.name, column.key))
        allowed = frozenset(v.value for v in vocabulary) if vocabulary else None
        required = not column.nullable or column.primary_key
        specs.append((column.key, _converter(column.type), required, allowed, str(column.type)))
    return specs


def _row(table: str, specs: list[ColumnSpec], row: Any, number: int, file: str) -> dict[str, Any]:
    if not isinstance(row, dict):
        raise ArchiveRefused(file, f"data.json: {table} row {number} is not an object")
    if len(row) > len(specs) or not set(row) <= {spec[0] for spec in specs}:
        extra = sorted(set(map(str, row)) - {spec[0] for spec in specs})
        raise ArchiveRefused(
            file, f"data.json: {table} row {number} has an unknown column '{extra[0][:60]}'"
        )
    typed: dict[str, Any] = {}
    for key, convert, required, allowed, type_name in specs:
        value = row.get(key)
        if value is None:
            if required:
                raise ArchiveRefused(file, f"{_where(table, number, key)}: a value is required")
            typed[key] = None
            continue
        try:
            typed[key] = convert(value)
        except (_Bad, ValueError):
            raise ArchiveRefused(
                file,
                f"{_where(table, number, key)}: '{str(value)[:40]}' is not a valid {type_name}",
            ) from None
        if allowed is not None and typed[key] not in allowed:
            raise ArchiveRefused(
                file, f"{_where(table, number, key)}: '{str(value)[:40]}' is not a known value"
            )
    return typed


def _where(table: str, number: int, key: str) -> str:
    return f"data.json: {table} row {number}, column {key}"


def _converter(kind: Any) -> Callable[[Any], Any]:
    if isinstance(kind, Boolean):
        return _boolean
    if isinstance(kind, Integer):
        return _integer
    if isinstance(kind, DateTime):
        return _moment
    if isinstance(kind, Date):
        return _day
    return _string


def _boolean(value: Any) -> bool:
    if value is True or value is False:
        return value
    raise _Bad


def _integer(value: Any) -> int:
    if type(value) is int and abs(value) < 2**63:
        return value
    raise _Bad


def _moment(value: Any) -> dt.datetime:
    if isinstance(value, str):
        moment = dt.datetime.fromisoformat(value)
        if moment.tzinfo is None:
            return moment
    raise _Bad


def _day(value: Any) -> dt.date:
    if isinstance(value, str) and len(value) == 10:
        return dt.date.fromisoformat(value)
    raise _Bad


def _string(value: Any) -> str:
    if isinstance(value, str) and len(value) <= MAX_STRING and "\0" not in value:
        return value
    raise _Bad


def _check_unique(table: Table, rows: list[dict[str, Any]], file: str) -> None:
    groups = [tuple(c.key for c in table.primary_key.columns)]
    groups += [(c.key,) for c in table.columns if c.unique]
    groups += [
        tuple(c.key for c in constraint.columns)
        for constraint in table.constraints
        if isinstance(constraint, UniqueConstraint)
    ]
    for keys in groups:
        seen: set[tuple[Any, ...]] = set()
        for row in rows:
            value = tuple(row.get(k) for k in keys)
            if value in seen:
                raise ArchiveRefused(
                    file, f"data.json: {table.name} has {', '.join(keys)} {value!r} twice"[:200]
                )
            seen.add(value)


def _check_references(
    typed: dict[str, list[dict[str, Any]]], file: str, tables: Sequence[Table]
) -> None:
    for table in tables:
        for fk in table.foreign_keys:
            target = fk.column
            present = {row[target.key] for row in typed[target.table.name]}
            for number, row in enumerate(typed[table.name], start=1):
                value = row.get(fk.parent.key)
                if value is not None and value not in present:
                    raise ArchiveRefused(
                        file,
                        f"data.json: {table.name} row {number}, column {fk.parent.key}: "
                        f"refers to a missing {target.table.name} record",
                    )
