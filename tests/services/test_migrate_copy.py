"""`migrate`: a whole database copied between files and servers arrives whole, or not at all.

The SQLite → SQLite tests run always; those that need a server are marked POSTGRES_ONLY and
run against `.ci/postgres.sh` (skipped with the reason without one).
"""

from __future__ import annotations

import hashlib
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import create_engine, func, select

from pledge_tracker.bootstrap import open_app_database
from pledge_tracker.cli import main
from pledge_tracker.db import models as m
from pledge_tracker.db import table_copy
from pledge_tracker.db.migrate import open_database
from pledge_tracker.domain.dto import EvidenceInput
from pledge_tracker.domain.instruments import InstrumentInput
from pledge_tracker.services import evidence, instruments
from pledge_tracker.services.attachments import load
from tests.db.conftest import pg_url  # noqa: F401  (the fixture, for the server tests)
from tests.db.postgres_server import POSTGRES_ONLY

OLD_DATABASE = Path(__file__).parents[1] / "fixtures" / "v0_1" / "demo-0.1.db"
FILE_BYTES = "Rapport confidentiel — Māori, 漢字".encode() + bytes(range(256))


def needs_server(test: Callable[..., None]) -> Callable[..., None]:
    """Marked as a PostgreSQL test: skipped, saying why, without a server."""
    for mark in POSTGRES_ONLY:
        test = mark(test)
    return test


def prepared(path: Path) -> Path:
    """The demo database plus an attachment, a restricted item, and an instrument struck
    down by a decision recorded after it (a reference to a later row of the same table)."""
    database = open_app_database(path, actor="Test Officer")
    try:
        with database.write() as tx:
            item = evidence.add(
                tx,
                EvidenceInput(
                    title="Internal note",
                    effective="2025-03-01",
                    restricted=True,
                    stakeholder_ids=(1,),
                ),
            )
            evidence.attach(tx, item.id, "note.bin", FILE_BYTES)
            law = instruments.add(
                tx, InstrumentInput(name="Test Law", kind="law", adopted="2020-01-01")
            )
            court = instruments.add(
                tx, InstrumentInput(name="Test Ruling", kind="court_decision", adopted="2021-01-01")
            )
            later = instruments.get(tx.session, court.id)
            instruments.edit(
                tx,
                law.id,
                InstrumentInput(
                    name="Test Law",
                    kind="law",
                    adopted="2020-01-01",
                    struck_down="2021-01-01",
                    struck_down_by=later.uid,
                ),
                version=law.version,
            )
    finally:
        database.dispose()
    return path


def cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def stats_json(capsys: pytest.CaptureFixture[str], db: str) -> str:
    code, out, err = cli(capsys, "stats", "--db", db, "--json", "--as-of", "2026-06-30")
    assert code == 0, err
    return out


def attachment_bytes(db: str) -> bytes:
    database, _ = open_database(db, create=False, read_only=True)
    try:
        with database.read() as session:
            digest = hashlib.sha256(FILE_BYTES).hexdigest()
            return load(session, digest)
    finally:
        database.dispose()


def row_count(db: str) -> int:
    database, _ = open_database(db, create=False, read_only=True)
    try:
        with database.engine.connect() as connection:
            return sum(table_copy.count_rows(connection).values())
    finally:
        database.dispose()


def check_passes(capsys: pytest.CaptureFixture[str], db: str) -> None:
    code, out, err = cli(capsys, "check", "--db", db)
    assert code == 0, err
    assert "audit chain" in out and "attachment hashes" in out


# --- always: file to file --------------------------------------------------------------------


def test_a_file_copied_to_a_new_file_has_the_same_figures_chain_and_files(
    demo_db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = prepared(demo_db_path)
    target = tmp_path / "copy.db"
    before = stats_json(capsys, str(source))

    code, out, err = cli(capsys, "migrate", "--from", str(source), "--to", str(target))

    assert code == 0, err
    assert "verified" in out and "records match the audit log" in out
    assert stats_json(capsys, str(target)) == before
    assert attachment_bytes(str(target)) == FILE_BYTES
    check_passes(capsys, str(target))
    with create_engine(f"sqlite:///{target}").connect() as connection:
        law = connection.execute(
            select(m.Instrument.struck_down_by_id).where(m.Instrument.name == "Test Law")
        ).scalar_one()
        ruling = connection.execute(
            select(m.Instrument.id).where(m.Instrument.name == "Test Ruling")
        ).scalar_one()
        found = connection.exec_driver_sql(
            "SELECT count(*) FROM evidence_fts WHERE evidence_fts MATCH '\"internal note\"'"
        ).scalar()
    assert law == ruling  # the later row it names arrived, and the link with it
    assert found == 1  # the search index was made for the copy


def test_a_target_file_holding_records_is_refused_and_unchanged(
    demo_db_path: Path, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = db_path.read_bytes()

    code, _, err = cli(capsys, "migrate", "--from", str(demo_db_path), "--to", str(db_path))

    assert code == 1
    assert "is not empty" in err and "Nothing was changed" in err
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert db_path.read_bytes() == before


def test_a_file_that_is_not_a_database_is_refused_and_unchanged(
    demo_db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "notes.db"
    target.write_text("my notes, not a database\n" * 40)

    code, _, err = cli(capsys, "migrate", "--from", str(demo_db_path), "--to", str(target))

    assert code == 1 and "Traceback" not in err
    assert target.read_text() == "my notes, not a database\n" * 40


def test_a_row_lost_on_the_way_fails_the_migrate_and_removes_the_copy(
    demo_db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch
) -> None:
    target = tmp_path / "copy.db"
    monkeypatch.setattr(table_copy, "read_batches", dropping_one_row("memberships"))

    code, _, err = cli(capsys, "migrate", "--from", str(demo_db_path), "--to", str(target))

    assert code == 1
    assert "table memberships" in err and "was removed" in err
    assert not target.exists()
    assert not list(tmp_path.glob("copy.db*"))


def test_a_copy_whose_log_is_rewritten_on_the_way_fails_its_check(
    demo_db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch
) -> None:
    """Counts alike, but a membership changed in transit: the records check names it."""
    target = tmp_path / "copy.db"
    original = table_copy.read_batches

    def altered(source, table):  # type: ignore[no-untyped-def]
        for batch in original(source, table):
            if table.name == "memberships" and batch:
                batch[0] = {**batch[0], "body": batch[0]["body"] + " (altered)"}
            yield batch

    monkeypatch.setattr(table_copy, "read_batches", altered)

    code, _, err = cli(capsys, "migrate", "--from", str(demo_db_path), "--to", str(target))

    assert code == 1
    assert "failed its check" in err and "was removed" in err
    assert not target.exists()


@pytest.mark.parametrize("companion", ["-wal", "-journal", "-shm"])
def test_a_target_that_is_one_of_the_sources_own_files_is_refused(
    demo_db_path: Path, companion: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """The copy would land in the source's journal, be deleted when the source closes, and
    take any unsaved frames with it: refused before anything is opened."""
    before = demo_db_path.read_bytes()
    target = demo_db_path.with_name(demo_db_path.name + companion)

    code, _, err = cli(capsys, "migrate", "--from", str(demo_db_path), "--to", str(target))

    assert code == 1 and "Traceback" not in err
    assert f"the open database's {companion[1:]}" in err
    assert not target.exists() and demo_db_path.read_bytes() == before


def test_the_source_is_not_changed_by_a_migrate(
    demo_db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = demo_db_path.read_bytes()

    code, _, err = cli(
        capsys, "migrate", "--from", str(demo_db_path), "--to", str(tmp_path / "copy.db")
    )

    assert code == 0, err
    assert demo_db_path.read_bytes() == before


def test_a_source_at_an_older_schema_is_refused_with_the_way_to_upgrade_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    old = tmp_path / "old.db"
    shutil.copy(OLD_DATABASE, old)
    before = old.read_bytes()

    code, _, err = cli(capsys, "migrate", "--from", str(old), "--to", str(tmp_path / "new.db"))

    assert code == 1 and "has schema 0001" in err and "pledge-tracker check --db" in err
    assert old.read_bytes() == before
    assert not (tmp_path / "new.db").exists()


def dropping_one_row(name: str):  # type: ignore[no-untyped-def]
    original = table_copy.read_batches

    def batches(source, table):  # type: ignore[no-untyped-def]
        for batch in original(source, table):
            yield batch[1:] if table.name == name else batch

    return batches


# --- with a server -----------------------------------------------------------------------------


@needs_server
def test_a_round_trip_through_a_server_gives_back_the_same_database(
    demo_db_path: Path,
    tmp_path: Path,
    pg_url: str,  # noqa: F811
    capsys: pytest.CaptureFixture[str],
) -> None:
    source = prepared(demo_db_path)
    back = tmp_path / "back.db"
    before = stats_json(capsys, str(source))

    there = cli(capsys, "migrate", "--from", str(source), "--to", pg_url)
    on_server = stats_json(capsys, pg_url)
    check_passes(capsys, pg_url)
    home = cli(capsys, "migrate", "--from", pg_url, "--to", str(back))

    assert there[0] == 0, there[2]
    assert home[0] == 0, home[2]
    assert on_server == before
    assert stats_json(capsys, str(back)) == before
    assert attachment_bytes(pg_url) == FILE_BYTES
    assert attachment_bytes(str(back)) == FILE_BYTES
    check_passes(capsys, str(back))
    assert restricted_titles(str(back)) == ["Internal note"]


@needs_server
def test_the_server_gives_new_records_new_ids_after_a_migrate(
    demo_db_path: Path,
    pg_url: str,  # noqa: F811
    capsys: pytest.CaptureFixture[str],
) -> None:
    """The id sequences were moved past the copied ids: adding a record on the server works."""
    assert cli(capsys, "migrate", "--from", str(demo_db_path), "--to", pg_url)[0] == 0
    server = open_app_database(pg_url, actor="Test Officer")
    try:
        with server.write() as tx:
            added = evidence.add(
                tx, EvidenceInput(title="Added on the server", effective="2026-01-01")
            )
        with server.read() as session:
            largest = session.scalar(select(func.max(m.Evidence.id)))
    finally:
        server.dispose()
    assert added.id == largest
    check_passes(capsys, pg_url)


@needs_server
def test_a_server_holding_records_is_refused_and_unchanged(
    demo_db_path: Path,
    db_path: Path,
    pg_url: str,  # noqa: F811
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert cli(capsys, "migrate", "--from", str(db_path), "--to", pg_url)[0] == 0
    before = stats_json(capsys, pg_url), row_count(pg_url)

    code, _out, err = cli(capsys, "migrate", "--from", str(demo_db_path), "--to", pg_url)

    assert code == 1 and "is not empty" in err and "Nothing was changed" in err
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1
    assert (stats_json(capsys, pg_url), row_count(pg_url)) == before


@needs_server
def test_a_row_lost_on_the_way_to_a_server_leaves_it_empty(
    demo_db_path: Path,
    pg_url: str,  # noqa: F811
    capsys: pytest.CaptureFixture[str],
    monkeypatch,
) -> None:
    monkeypatch.setattr(table_copy, "read_batches", dropping_one_row("memberships"))

    code, _out, err = cli(capsys, "migrate", "--from", str(demo_db_path), "--to", pg_url)

    assert code == 1
    assert "table memberships" in err and "was left empty" in err
    assert row_count(pg_url) == 0


def restricted_titles(db: str) -> list[str]:
    database, _ = open_database(db, create=False, read_only=True)
    try:
        with database.read() as session:
            return list(
                session.scalars(select(m.Evidence.title).where(m.Evidence.restricted.is_(True)))
            )
    finally:
        database.dispose()
