"""Upgrading a database made at schema 0001 (no row hashes) writes an audited baseline."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from types import SimpleNamespace

from pledge_tracker.bootstrap import open_app_database
from pledge_tracker.cli import main
from pledge_tracker.db import anchor, audit, search_index
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


SIGHTINGS_0001 = """CREATE TABLE sightings (
    id INTEGER NOT NULL, uid VARCHAR(36) NOT NULL, stakeholder_id INTEGER,
    platform TEXT NOT NULL, url TEXT NOT NULL, found_at DATETIME NOT NULL,
    reported_at DATETIME, removed_at DATETIME, views INTEGER, notes TEXT,
    CONSTRAINT pk_sightings PRIMARY KEY (id),
    CONSTRAINT fk_sightings_stakeholder_id_stakeholders FOREIGN KEY(stakeholder_id)
        REFERENCES stakeholders (id),
    CONSTRAINT uq_sightings_uid UNIQUE (uid))"""
SIGHTING_COLUMNS_0001 = "id, uid, stakeholder_id, platform, url, found_at, reported_at, "
SIGHTING_COLUMNS_0001 += "removed_at, views, notes"


CRISIS_ENTITIES = ("incident", "protocol_activation", "supporter_response")


def _take_back_crisis(raw: sqlite3.Connection) -> None:
    """Take back what schema 0010 added: incidents, protocols, responses, sighting columns,
    and the demonstration incident's records with their audit entries (0006 had none)."""
    gone = [
        uid for (uid,) in raw.execute("SELECT uid FROM sightings WHERE incident_id IS NOT NULL")
    ]
    marks = ", ".join("?" * len(CRISIS_ENTITIES))
    raw.execute(f"DELETE FROM audit_entries WHERE entity IN ({marks})", CRISIS_ENTITIES)
    raw.executemany(
        "DELETE FROM audit_entries WHERE entity = 'sighting' AND record_uid = ?",
        [(uid,) for uid in gone],
    )
    raw.execute("DELETE FROM sightings WHERE incident_id IS NOT NULL")
    for table in ("supporter_responses", "protocol_activations"):
        raw.execute(f"DROP TABLE {table}")
    raw.execute(f"CREATE TABLE old_sightings AS SELECT {SIGHTING_COLUMNS_0001} FROM sightings")
    raw.execute("DROP TABLE sightings")
    raw.execute("DROP TABLE incidents")
    raw.execute(SIGHTINGS_0001)
    raw.execute(f"INSERT INTO sightings SELECT {SIGHTING_COLUMNS_0001} FROM old_sightings")
    raw.execute("DROP TABLE old_sightings")


# What the migrations after 0006 added, newest last: tables (dropped children first), columns
# of older tables, and the audited entities whose entries those versions wrote.
AFTER_0006_TABLES = (
    "instrument_stakeholders",  # 0007
    "instrument_commitments",
    "instruments",
    "memberships",
    "event_evidence",  # 0009
    "event_stakeholders",
    "events",
    "indicators",  # 0008
    search_index.TABLE,  # 0012: the virtual table only (its shadow tables go with it)
)
AFTER_0006_COLUMNS: tuple[tuple[str, str], ...] = (("audit_entries", "restricted"),)  # 0013
AFTER_0006_ENTITIES = ("instrument", "membership", "event", "indicator")


def as_of_0006(path: Path) -> None:
    """Take back what the schemas after 0006 added, and the audit entries that made their
    records: the chain is renumbered, hashed again and anchored, as if the database had been
    written by a version at schema 0006."""
    raw = sqlite3.connect(path)
    try:
        for trigger in search_index.TRIGGERS:  # 0012
            raw.execute(f"DROP TRIGGER {trigger}")
        raw.execute("DROP INDEX IF EXISTS ix_assessments_latest")  # 0011
        _take_back_crisis(raw)  # 0010
        for table in AFTER_0006_TABLES:
            raw.execute(f"DROP TABLE {table}")
        for table, column in AFTER_0006_COLUMNS:
            raw.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
        marks = ", ".join("?" for _ in AFTER_0006_ENTITIES)
        raw.execute(f"DELETE FROM audit_entries WHERE entity IN ({marks})", AFTER_0006_ENTITIES)
        columns = "id, at, actor, action, entity, record_uid, before, after, row_hash"
        rows = raw.execute(f"SELECT {columns} FROM audit_entries ORDER BY id").fetchall()
        raw.execute("UPDATE audit_entries SET id = -id")  # free the ids before renumbering
        prev = audit.GENESIS
        for number, row in enumerate(rows, start=1):
            entry = SimpleNamespace(
                **dict(zip(columns.split(", "), (number, *row[1:]), strict=True))
            )
            digest = audit.entry_hash(prev, audit.entry_fields(entry))  # type: ignore[arg-type]
            raw.execute(
                "UPDATE audit_entries SET id = ?, prev_hash = ?, hash = ? WHERE id = ?",
                (number, prev, digest, -row[0]),
            )
            prev = digest
        raw.execute("UPDATE alembic_version SET version_num = '0006'")
        raw.commit()
    finally:
        raw.close()
    _anchor_again(path)


def _anchor_again(path: Path) -> None:
    """Anchor the rewritten chain, as the app had when the database stood at that schema."""
    head = chain_head_of(path)
    assert head is not None
    anchor.save(f"sqlite:///{path.resolve()}", head[0], head[1], _first(path), "test")


def as_of_0005(path: Path) -> None:
    """Take back what schema 0006 added: review columns and the replies table."""
    as_of_0006(path)
    with sqlite3.connect(path) as raw:
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
