"""Upgrading a 0002 database fills the evidence search text, with no change to the audit."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from alembic import command

from pledge_tracker.bootstrap import open_app_database
from pledge_tracker.db.backup import chain_head_of
from pledge_tracker.db.engine import make_engine
from pledge_tracker.db.migrate import alembic_config, head_revision
from pledge_tracker.domain.dto import EvidenceInput
from pledge_tracker.services import evidence, evidence_search
from pledge_tracker.services.check import run_check
from pledge_tracker.services.evidence_search import EvidenceQuery
from tests.db.test_migration_row_hashes import PRECISION_COLUMNS, as_of_0005


def as_of_0002(path: Path) -> None:
    """Turn a database into what schema 0002 wrote: no evidence.search_text (nor the
    precision columns 0004 adds after it)."""
    as_of_0005(path)  # reviews (0006) first
    raw = sqlite3.connect(path)
    try:
        raw.execute("ALTER TABLE evidence DROP COLUMN search_text")
        for table, column in PRECISION_COLUMNS:
            raw.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
        raw.execute("DROP TABLE report_notes")  # added by 0005
        raw.execute("UPDATE alembic_version SET version_num = '0002'")
        raw.commit()
    finally:
        raw.close()


def test_an_0002_database_becomes_searchable_without_accents(db_path: Path) -> None:
    database = open_app_database(db_path)
    try:
        with database.write() as tx:
            evidence.add(tx, EvidenceInput(title="Ngāti Whātua hui", effective="2024-01-05"))
            evidence.add(tx, EvidenceInput(title="Côte d'Ivoire", effective="2024-01-06"))
    finally:
        database.dispose()
    as_of_0002(db_path)
    chain_before = chain_head_of(db_path)
    engine = make_engine(f"sqlite:///{db_path}")
    with engine.begin() as connection:  # 0003 alone: it needs no baseline entries
        command.upgrade(alembic_config(connection), "0003")
    engine.dispose()
    assert chain_head_of(db_path) == chain_before

    database = open_app_database(db_path)
    try:
        with database.read() as session:
            for text, expected in (("whatua", 1), ("COTE", 1), ("ngati whatua", 1), ("hui", 1)):
                found = evidence_search.search_ids(session, EvidenceQuery(text=text))
                assert len(found) == expected, text
        assert run_check(database).ok  # the derived column is outside every recorded hash
    finally:
        database.dispose()
    with sqlite3.connect(db_path) as raw:
        assert raw.execute("SELECT version_num FROM alembic_version").fetchone()[0] == (
            head_revision()
        )
        assert (
            raw.execute("SELECT count(*) FROM evidence WHERE search_text IS NULL").fetchone()[0]
            == 0
        )
    raw.close()
