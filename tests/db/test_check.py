"""`check` reports the first problem it finds, naming the record."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from pledge_tracker.db.uow import Database
from pledge_tracker.services.check import run_check


def test_a_sound_database_passes_every_step(database: Database) -> None:
    report = run_check(database)
    assert report.ok and report.problem is None
    steps = report.passed
    if database.sqlite:  # SQLite's own checks of the file come first
        assert steps[:2] == ("integrity_check", "foreign_key_check")
        steps = steps[2:]
    assert steps[0].startswith("schema ")
    assert steps[1].startswith("audit chain (")
    assert "attachment hashes" in report.passed


def test_a_record_pointing_at_nothing_is_named(database: Database, db_path: Path) -> None:
    with sqlite3.connect(db_path) as connection:  # foreign keys are off in a plain connection
        # Canada: bound by no instrument, so its pledges are the first rows left dangling
        connection.execute("DELETE FROM stakeholders WHERE name = 'Canada'")
    connection.close()
    report = run_check(database)
    assert not report.ok
    assert report.problem.startswith("table pledges, row ")
    assert "stakeholders" in report.problem
    assert report.passed == ("integrity_check",)
