"""Upgrading a schema 0003 database adds date precisions, marks the demonstration dates the
reference gives only to the month or year, and writes an audited baseline."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from pledge_tracker.bootstrap import open_app_database
from pledge_tracker.cli import main
from pledge_tracker.db import anchor
from pledge_tracker.db.backup import chain_head_of
from tests.db.test_migration_row_hashes import PRECISION_COLUMNS, _first, as_of_0005


def as_of_0003(path: Path) -> None:
    """Turn a database into what schema 0003 wrote: no precision columns."""
    as_of_0005(path)  # reviews (0006) first, then the columns of 0004
    with sqlite3.connect(path) as raw:
        for table, column in PRECISION_COLUMNS:
            raw.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
        raw.execute("DROP TABLE report_notes")  # added by 0005
        raw.execute("UPDATE alembic_version SET version_num = '0003'")
    count, head = chain_head_of(path) or (0, "")
    anchor.save(f"sqlite:///{path.resolve()}", count, head, _first(path), "0003")


def test_an_0003_database_gains_the_reference_precisions_audited(
    demo_db_path: Path, capsys
) -> None:
    as_of_0003(demo_db_path)
    old_count, _ = chain_head_of(demo_db_path) or (0, "")
    open_app_database(demo_db_path).dispose()

    with sqlite3.connect(demo_db_path) as raw:
        marked = dict(
            raw.execute(
                "SELECT effective_precision, count(*) FROM evidence GROUP BY effective_precision"
            ).fetchall()
        )
        judged = raw.execute(
            "SELECT count(*) FROM assessments WHERE effective_precision = 'month'"
        ).fetchone()[0]
        unconfirmed = raw.execute(
            "SELECT count(*) FROM stakeholders WHERE NOT membership_verified"
        ).fetchone()[0]
        baseline = raw.execute(
            "SELECT count(*) FROM audit_entries WHERE action = 'baseline' AND id > ?",
            (old_count,),
        ).fetchone()[0]
        records = raw.execute(
            "SELECT (SELECT count(*) FROM stakeholders) + (SELECT count(*) FROM evidence)"
        ).fetchone()[0]
    # The reference dates 7 of its examples to the month and 1 to the year.
    assert marked == {"day": 23, "month": 7, "year": 1}
    assert judged > 0
    assert unconfirmed == 3  # GIFCT, Tech Against Terrorism, OpenMined
    assert baseline > records  # every record, commitments and judgements included
    capsys.readouterr()
    assert main(["check", "--db", str(demo_db_path)]) == 0, capsys.readouterr().err


def test_a_fresh_demo_database_stores_the_reference_precisions(demo_db_path: Path) -> None:
    with sqlite3.connect(demo_db_path) as raw:
        found = raw.execute(
            "SELECT effective, effective_precision FROM evidence WHERE notes LIKE '%EV-28;%'"
        ).fetchone()
    assert found == ("2021-01-01", "year")
