"""The bulk import (sightings) writes exactly what the row-by-row import writes."""

from __future__ import annotations

import datetime as dt
import sqlite3
import tempfile
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from itertools import count
from pathlib import Path
from typing import Any
from unittest.mock import patch

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pledge_tracker.bootstrap import open_app_database
from pledge_tracker.db.uow import Database
from pledge_tracker.services.check import run_check
from pledge_tracker.services.transfer.importer import ImportRefused, import_table
from pledge_tracker.services.transfer.readers import Table
from tests.conftest import _template, copy_anchored

HEADERS = ["platform", "url", "found_at", "reported_at", "views", "supporter", "notes"]
NOW = dt.datetime(2026, 1, 2, 3, 4, 5)

good_row = st.tuples(
    st.sampled_from(["ExampleTube", "exampletube", "Vidz"]),
    st.sampled_from(["https://example.org/v/1", "hxxps://example[.]org/v/1", "http://b.test/x"]),
    st.sampled_from(["2024-03-15T14:30Z", "2024-03-15T15:30+01:00", "2024-03-16"]),
    st.sampled_from(["", "2024-03-16T15:00"]),
    st.sampled_from(["", "120", "0"]),
    st.sampled_from(["", "France"]),
    st.sampled_from(["", "seen twice", "Ünïcode ✓"]),
)
bad_row = st.tuples(
    st.sampled_from(["", "Vidz"]),
    st.just("http://b.test/y"),
    st.sampled_from(["not a date", "2024-03-16"]),
    st.sampled_from(["", "2024-03-01T00:00"]),  # before it was found
    st.sampled_from(["-1", "lots", ""]),
    st.sampled_from(["Nowhere Land", ""]),
    st.just(""),
)
files = st.one_of(
    st.lists(good_row, min_size=1, max_size=15),
    st.tuples(st.lists(good_row, max_size=8), bad_row, st.lists(good_row, max_size=4)).map(
        lambda parts: [*parts[0], parts[1], *parts[2]]
    ),
)


@contextmanager
def repeatable() -> Iterator[None]:
    """The same uids and clock on every run, so two runs can be compared byte for byte."""
    numbers = count(1)
    with (
        patch("uuid.uuid4", side_effect=lambda: uuid.UUID(int=next(numbers))),
        patch("pledge_tracker.db.uow.utcnow", return_value=NOW),
    ):
        yield


def contents(path: Path) -> dict[str, list[Any]]:
    with sqlite3.connect(path) as raw:
        found = {
            table: raw.execute(f"SELECT * FROM {table} ORDER BY id").fetchall()
            for table in ("sightings", "audit_entries")
        }
    raw.close()
    return found


def attempt(database: Database, table: Table, row_by_row: bool, dry_run: bool = False) -> object:
    """The import's outcomes, or its refusal's message and outcomes."""
    try:
        return import_table(
            database, table, "sightings", row_by_row=row_by_row, dry_run=dry_run
        ).outcomes
    except ImportRefused as refused:
        return (refused.message, refused.report.outcomes)


def run(template: Path, folder: Path, table: Table, row_by_row: bool) -> tuple[object, Path]:
    """Import `table` into a fresh copy; (the outcomes or the refusal, the copy's path)."""
    path = folder / f"{'reference' if row_by_row else 'bulk'}.db"
    copy_anchored(template, path)
    database = open_app_database(path, actor="Test Officer")
    try:
        with repeatable():
            result = attempt(database, table, row_by_row)
            rehearsal = attempt(database, table, row_by_row, dry_run=True)
        assert rehearsal == result or all(o.action == "skip" for o in rehearsal)  # type: ignore[attr-defined]
        assert run_check(database).ok
    finally:
        database.dispose()
    return result, path


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(rows=files)
def test_bulk_and_row_by_row_write_the_same(
    rows: list[tuple[str, ...]], tmp_path_factory: pytest.TempPathFactory
) -> None:
    template = _template(tmp_path_factory, demo=False)
    table = Table(
        "s.csv", HEADERS, [list(r) for r in rows], list(range(2, len(rows) + 2)), "sightings"
    )
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        reference, reference_path = run(template, folder, table, row_by_row=True)
        bulk, bulk_path = run(template, folder, table, row_by_row=False)
        assert bulk == reference
        assert contents(bulk_path) == contents(reference_path)
