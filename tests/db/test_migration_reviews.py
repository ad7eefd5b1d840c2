"""Upgrading a schema-0005 database adds reviews and replies with an audited baseline."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from pledge_tracker.bootstrap import open_app_database
from pledge_tracker.cli import main
from pledge_tracker.db.backup import chain_head_of
from tests.db.test_migration_row_hashes import as_of_0005
from tests.reliability.files import raw_sql


def test_an_0005_database_gets_review_columns_and_a_baseline_per_assessment(
    demo_db_path: Path, capsys
) -> None:
    as_of_0005(demo_db_path)
    count, _ = chain_head_of(demo_db_path) or (0, "")
    with sqlite3.connect(demo_db_path) as raw:
        judgements = raw.execute("SELECT count(*) FROM assessments").fetchone()[0]

    open_app_database(demo_db_path).dispose()

    with sqlite3.connect(demo_db_path) as raw:
        assert raw.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0011"
        baseline = raw.execute(
            "SELECT entity, count(*) FROM audit_entries WHERE id > ? AND action = 'baseline' "
            "AND actor = 'upgrade' GROUP BY entity",
            (count,),
        ).fetchall()
        assert raw.execute("SELECT count(*) FROM assessment_replies").fetchone()[0] == 0
    assert baseline == [("assessment", judgements)]  # only the table whose columns changed
    capsys.readouterr()
    assert main(["check", "--db", str(demo_db_path)]) == 0, capsys.readouterr().err
    raw_sql(demo_db_path, "UPDATE assessments SET reviewed_by = 'A Forger' WHERE id = 1")
    assert main(["check", "--db", str(demo_db_path)]) == 1  # the review is audited state
