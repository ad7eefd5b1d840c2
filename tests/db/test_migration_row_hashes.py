"""Upgrading a database made at schema 0001 (no row hashes) writes an audited baseline."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from pledge_tracker.bootstrap import open_app_database
from pledge_tracker.cli import main
from pledge_tracker.db import anchor, audit
from pledge_tracker.db.backup import chain_head_of
from pledge_tracker.db.migrate import head_revision
from pledge_tracker.paths import backups_dir
from pledge_tracker.services.check import run_check
from tests.reliability.files import add_supporters, raw_sql

PRECISION_COLUMNS = (
    ("stakeholders", "joined_precision"),
    ("evidence", "effective_precision"),
    ("assessments", "effective_precision"),
    ("stakeholders", "membership_verified"),
)
AUDITED = (
    "frameworks",
    "commitments",
    "stakeholders",
    "evidence",
    "assessments",
    "actions",
    "sightings",
)


def as_of_0001(path: Path) -> None:
    """Turn a database into what schema 0001 wrote: no row_hash, chain hashed without it."""
    as_of_0005(path)
    raw = sqlite3.connect(path)
    try:
        raw.execute("DROP TABLE report_notes")  # added by 0005
        raw.execute("DROP INDEX ix_audit_entries_record")
        raw.execute("ALTER TABLE evidence DROP COLUMN search_text")  # added by 0003
        raw.execute("ALTER TABLE audit_entries DROP COLUMN row_hash")
        for table, column in PRECISION_COLUMNS:  # added by 0004
            raw.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
        names = ["id", "at", "actor", "action", "entity", "record", "before", "after"]
        prev = audit.GENESIS
        rows = raw.execute(
            "SELECT id, at, actor, action, entity, record_uid, before, after "
            "FROM audit_entries ORDER BY id"
        ).fetchall()
        for row in rows:
            digest = audit.entry_hash(prev, dict(zip(names, row, strict=True)))
            raw.execute(
                "UPDATE audit_entries SET prev_hash = ?, hash = ? WHERE id = ?",
                (prev, digest, row[0]),
            )
            prev = digest
        raw.execute("UPDATE alembic_version SET version_num = '0001'")
        raw.commit()
    finally:
        raw.close()
    count, head = chain_head_of(path) or (0, "")
    anchor.save(f"sqlite:///{path.resolve()}", count, head, _first(path), "0001")


def as_of_0005(path: Path) -> None:
    """Take back what schemas 0006 and 0011 added: review columns, the replies table and
    the latest-judgement index."""
    with sqlite3.connect(path) as raw:
        raw.execute("DROP INDEX IF EXISTS ix_assessments_latest")
        raw.execute("DROP TABLE assessment_replies")
        raw.execute("ALTER TABLE assessments DROP COLUMN reviewed_by")
        raw.execute("ALTER TABLE assessments DROP COLUMN reviewed_at")
        raw.execute("UPDATE alembic_version SET version_num = '0005'")


def _first(path: Path) -> str:
    with sqlite3.connect(path) as raw:
        return raw.execute("SELECT hash FROM audit_entries WHERE id = 1").fetchone()[0]


def counts(path: Path) -> dict[str, int]:
    with sqlite3.connect(path) as raw:
        return {t: raw.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in AUDITED}


def test_an_0001_database_gets_a_baseline_entry_for_every_record(
    demo_db_path: Path, capsys
) -> None:
    as_of_0001(demo_db_path)
    records = counts(demo_db_path)
    old_count, _ = chain_head_of(demo_db_path) or (0, "")

    database = open_app_database(demo_db_path)
    database.dispose()

    with sqlite3.connect(demo_db_path) as raw:
        assert raw.execute("SELECT version_num FROM alembic_version").fetchone()[0] == (
            head_revision()
        )
        baseline = raw.execute(
            "SELECT entity, count(DISTINCT record_uid), count(DISTINCT record_uid || row_hash), "
            "min(id) FROM audit_entries "
            "WHERE action = 'baseline' AND actor = 'upgrade' GROUP BY entity"
        ).fetchall()
        older = raw.execute(
            "SELECT count(*) FROM audit_entries WHERE id <= ? AND row_hash IS NOT NULL",
            (old_count,),
        ).fetchone()[0]
    entity_of = {
        "frameworks": "framework",
        "commitments": "commitment",
        "stakeholders": "stakeholder",
        "evidence": "evidence",
        "assessments": "assessment",
        "actions": "action",
        "sightings": "sighting",
    }
    expected = {entity_of[t]: n for t, n in records.items() if n}
    assert {e: n for e, n, _, _ in baseline} == expected
    assert all(n == hashed and first > old_count for _, n, hashed, first in baseline)
    assert older == 0  # the entries from before keep their hashes, untouched
    assert any("pre-upgrade" in p.name for p in backups_dir(demo_db_path).glob("*.db"))

    capsys.readouterr()
    assert main(["check", "--db", str(demo_db_path)]) == 0, capsys.readouterr().err
    raw_sql(demo_db_path, "UPDATE assessments SET level = 'full' WHERE id = 1")
    assert main(["check", "--db", str(demo_db_path)]) == 1  # the baseline makes it count
    assert "assessment " in capsys.readouterr().err


def test_after_the_upgrade_the_anchor_follows_the_baseline(demo_db_path: Path) -> None:
    as_of_0001(demo_db_path)
    add_supporters(demo_db_path, "After The Upgrade")  # opens (upgrades), then one save
    kept = anchor.load(f"sqlite:///{demo_db_path.resolve()}")
    assert kept is not None and (kept.count, kept.hash) == chain_head_of(demo_db_path)
    database = open_app_database(demo_db_path)
    try:
        assert run_check(database).ok
    finally:
        database.dispose()
