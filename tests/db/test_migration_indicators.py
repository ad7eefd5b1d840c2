"""Upgrading a schema-0006 database adds the empty indicators table, and check stays clean."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from pledge_tracker.bootstrap import open_app_database
from pledge_tracker.cli import main
from pledge_tracker.db.backup import chain_head_of
from pledge_tracker.db.migrate import head_revision
from tests.db.test_migration_row_hashes import as_of_0006


def test_an_0006_database_gains_the_indicators_table_and_no_baseline(
    demo_db_path: Path, capsys
) -> None:
    as_of_0006(demo_db_path)
    count, _ = chain_head_of(demo_db_path) or (0, "")

    open_app_database(demo_db_path).dispose()

    with sqlite3.connect(demo_db_path) as raw:
        assert raw.execute("SELECT version_num FROM alembic_version").fetchone()[0] == (
            head_revision()
        )
        assert raw.execute("SELECT count(*) FROM indicators").fetchone()[0] == 0
        added = raw.execute(
            "SELECT count(*) FROM audit_entries WHERE id > ? AND action = 'baseline'", (count,)
        ).fetchone()[0]
    assert added == 0  # no existing record's state changed
    capsys.readouterr()
    assert main(["check", "--db", str(demo_db_path)]) == 0, capsys.readouterr().err
