"""Restoring a backup: verified first, the current file kept aside, the swap atomic."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from pledge_tracker.bootstrap import open_app_database
from pledge_tracker.cli import main
from pledge_tracker.db.backup import BackupInfo, take_backup
from pledge_tracker.domain.errors import DatabaseError
from pledge_tracker.services import queries
from pledge_tracker.services.check import run_check
from pledge_tracker.services.restore import restore
from tests.reliability.files import add_supporters, raw_sql, sha256


def supporters(db: Path) -> int:
    database = open_app_database(db)
    try:
        with database.read() as session:
            return queries.record_counts(session)["stakeholders"]
    finally:
        database.dispose()


@pytest.fixture
def backed_up(db_path: Path) -> BackupInfo:
    """A backup of the seeded database, then one more supporter added after it."""
    taken = take_backup(db_path, reason="manual")
    add_supporters(db_path, "Added After The Backup")
    return taken


def test_restore_brings_back_the_backup_and_keeps_the_current_file_aside(
    db_path: Path, backed_up: BackupInfo, capsys: pytest.CaptureFixture[str]
) -> None:
    newer = supporters(db_path)
    assert main(["restore", "--db", str(db_path), "--from", str(backed_up.path)]) == 0
    out = capsys.readouterr().out
    assert f"taken {backed_up.label}" in out and "kept as" in out

    assert supporters(db_path) == newer - 1
    (aside,) = db_path.parent.glob(f"{db_path.name}.replaced-*")
    assert supporters(aside) == newer  # nothing is lost: the replaced file is all there
    database = open_app_database(db_path)
    try:
        report = run_check(database)  # the anchor follows the restore: no false "truncated"
    finally:
        database.dispose()
    assert report.ok, report.problem
    leftovers = [p.name for p in db_path.parent.iterdir() if ".restoring" in p.name]
    assert leftovers == []


def test_writing_after_a_restore_keeps_check_clean(db_path: Path, backed_up: BackupInfo) -> None:
    restore(db_path, backed_up.path)
    add_supporters(db_path, "Added After The Restore")
    database = open_app_database(db_path)
    try:
        assert run_check(database).ok
    finally:
        database.dispose()


def test_a_damaged_backup_is_refused_and_nothing_changes(
    db_path: Path, backed_up: BackupInfo
) -> None:
    with backed_up.path.open("r+b") as handle:
        handle.seek(4096 * 3)
        handle.write(b"\x5a" * 8192)
    before = sha256(db_path)
    with pytest.raises(DatabaseError, match="cannot be restored: it is not a sound database"):
        restore(db_path, backed_up.path)
    assert sha256(db_path) == before
    assert [p.name for p in db_path.parent.iterdir() if p.name != db_path.name] == []


def test_a_backup_whose_audit_log_was_cut_after_it_was_taken_is_refused(
    db_path: Path, backed_up: BackupInfo
) -> None:
    # Deleting the newest audit entry leaves a valid chain: only the manifest can tell.
    raw_sql(
        backed_up.path, "DELETE FROM audit_entries WHERE id = (SELECT max(id) FROM audit_entries)"
    )
    before = sha256(db_path)
    with pytest.raises(DatabaseError, match="no longer matches the manifest"):
        restore(db_path, backed_up.path)
    assert sha256(db_path) == before


def test_a_backup_with_an_edited_audit_entry_is_refused(
    db_path: Path, backed_up: BackupInfo
) -> None:
    raw_sql(backed_up.path, "UPDATE audit_entries SET actor = 'Mallory' WHERE id = 7")
    with pytest.raises(DatabaseError, match="cannot be restored"):
        restore(db_path, backed_up.path)


def test_restoring_something_that_is_not_a_backup(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fake = tmp_path / "holiday.jpg"
    fake.write_bytes(b"\xff\xd8\xff\xe0 not a database")
    before = sha256(db_path)
    assert main(["restore", "--db", str(db_path), "--from", str(fake)]) == 1
    err = capsys.readouterr().err
    assert "pledge-tracker:" in err and "Traceback" not in err
    assert main(["restore", "--db", str(db_path), "--from", str(tmp_path / "missing.db")]) == 1
    assert "not a backup file" in capsys.readouterr().err
    assert sha256(db_path) == before


def test_restore_into_a_place_where_the_database_was_lost(
    db_path: Path, backed_up: BackupInfo
) -> None:
    db_path.unlink()
    result = restore(db_path, backed_up.path)
    assert result.kept_aside is None
    assert supporters(db_path) > 0


def test_restore_refuses_while_another_program_is_reading(
    db_path: Path, backed_up: BackupInfo
) -> None:
    reader = sqlite3.connect(db_path)
    try:
        reader.execute("BEGIN")
        reader.execute("SELECT count(*) FROM stakeholders").fetchone()  # an open snapshot
        raw_sql(db_path, "UPDATE stakeholders SET notes = 'x' WHERE id = 1")  # -wal in use
        before = sha256(db_path)
        with pytest.raises(DatabaseError, match="in use by another window or program"):
            restore(db_path, backed_up.path)
        assert sha256(db_path) == before
    finally:
        reader.close()
