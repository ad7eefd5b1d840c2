"""The benchmark databases: reproducible for a seed, and whole by `check`'s standards."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from benchmarks.synthetic import Size, build_database
from pledge_tracker.bootstrap import open_app_database
from pledge_tracker.services.check import run_check

TINY = Size(assessments=3000, evidence=300, supporters=40, sightings=20)
# What the generator writes (the Call's own supporters come from the seed, with new uids).
TABLES = {
    "stakeholders": "notes = 'Generated for the benchmark.'",
    "pledges": "stakeholder_id IN (SELECT id FROM stakeholders WHERE name LIKE 'Synthetic%')",
    "evidence": "1",
    "assessments": "1",
    "assessment_evidence": "1",
}


def _dump(path: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every generated row, and the audit entries of what was generated."""
    with sqlite3.connect(path) as conn:
        rows = {
            table: conn.execute(f"SELECT * FROM {table} WHERE {where} ORDER BY 1, 2").fetchall()
            for table, where in TABLES.items()
        }
        rows["audit"] = conn.execute(
            "SELECT entity, record_uid, after FROM audit_entries"
            " WHERE actor = 'benchmark generator' ORDER BY id"
        ).fetchall()
        return rows


def test_a_synthetic_database_passes_check(tmp_path: Path) -> None:
    figures = build_database(tmp_path / "s.db", TINY)
    assert figures["assessments"] == TINY.assessments
    assert figures["evidence"] == TINY.evidence
    database = open_app_database(tmp_path / "s.db", read_only=True)
    try:
        report = run_check(database)
    finally:
        database.dispose()
    assert report.ok, report.problem


def test_the_same_seed_gives_the_same_database(tmp_path: Path) -> None:
    build_database(tmp_path / "a.db", TINY, seed=7)
    build_database(tmp_path / "b.db", TINY, seed=7)
    build_database(tmp_path / "c.db", TINY, seed=8)
    assert _dump(tmp_path / "a.db") == _dump(tmp_path / "b.db")
    assert _dump(tmp_path / "a.db")["assessments"] != _dump(tmp_path / "c.db")["assessments"]


def test_histories_hold_retractions_and_same_day_ties(tmp_path: Path) -> None:
    """What the as-of rule must get right is in the data the benchmark times."""
    build_database(tmp_path / "s.db", TINY)
    with sqlite3.connect(tmp_path / "s.db") as conn:
        retracted = conn.execute("SELECT count(*) FROM assessments WHERE retracted").fetchone()
        ties = conn.execute(
            "SELECT count(*) FROM (SELECT 1 FROM assessments"
            " GROUP BY stakeholder_id, commitment_id, effective HAVING count(*) > 1)"
        ).fetchone()
    assert retracted[0] > 0
    assert ties[0] > 0
