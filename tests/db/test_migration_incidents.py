"""Upgrading a schema-0006 database adds incidents and the sightings' crisis-response fields."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

from pledge_tracker.bootstrap import open_app_database
from pledge_tracker.cli import main
from pledge_tracker.db.backup import chain_head_of
from pledge_tracker.db.migrate import head_revision
from pledge_tracker.services import sightings
from tests.db.test_migration_row_hashes import as_of_0006
from tests.reliability.files import raw_sql


def test_an_0006_database_gains_incidents_and_a_baseline_per_sighting(
    db_path: Path, capsys
) -> None:
    database = open_app_database(db_path)
    with database.write() as tx:
        for number in range(3):
            sightings.add(
                tx,
                platform=f"Platform {number}",
                url=f"https://copy.example/{number}",
                found_at=dt.datetime(2022, 5, 14, 20 + number),
            )
    database.dispose()
    as_of_0006(db_path)
    count, _ = chain_head_of(db_path) or (0, "")

    open_app_database(db_path).dispose()

    with sqlite3.connect(db_path) as raw:
        assert raw.execute("SELECT version_num FROM alembic_version").fetchone()[0] == (
            head_revision()
        )
        baseline = raw.execute(
            "SELECT entity, count(*) FROM audit_entries WHERE id > ? AND action = 'baseline' "
            "AND actor = 'upgrade' GROUP BY entity",
            (count,),
        ).fetchall()
        kept = raw.execute(
            "SELECT platform, found_how, restricted, incident_id FROM sightings ORDER BY id"
        ).fetchall()
        assert raw.execute("SELECT count(*) FROM incidents").fetchone()[0] == 0
    assert baseline == [("sighting", 3)]
    assert kept == [(f"Platform {n}", "own_search", 0, None) for n in range(3)]
    capsys.readouterr()
    assert main(["check", "--db", str(db_path)]) == 0, capsys.readouterr().err
    raw_sql(db_path, "UPDATE sightings SET restricted = 1 WHERE id = 1")
    assert main(["check", "--db", str(db_path)]) == 1  # the new columns are audited state
