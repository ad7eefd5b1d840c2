"""Damaged or unexpected files: a clear message and a way on, never a crash, never a change.

Each case is tried as a new user would meet it: through the command line (`stats`, `check`)
and through bootstrap.open_app_database (what the app calls). The damaged file's SHA-256 is
the same before and after.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import text

from pledge_tracker.bootstrap import open_app_database
from pledge_tracker.cli import main
from pledge_tracker.db.backup import list_backups
from pledge_tracker.domain.errors import (
    DamagedDatabaseError,
    DatabaseError,
    NewerDatabaseError,
    PledgeError,
)
from tests.reliability.files import raw_sql, sha256

PAGE = 4096


def backed_up(db: Path) -> Path:
    """Open the database once, as the app does, so that its daily backup exists."""
    open_app_database(db).dispose()
    assert len(list_backups(db)) == 1
    return db


def flip_pages(db: Path) -> None:
    """Overwrite two pages in the middle of the file with garbage (page 1, the schema, kept)."""
    with db.open("r+b") as handle:
        handle.seek(PAGE * 3)
        handle.write(bytes((i * 37 + 11) % 256 for i in range(PAGE * 2)))


def flip_header(db: Path) -> None:
    with db.open("r+b") as handle:
        handle.write(b"Not SQLite here!")


def truncate_half(db: Path) -> None:
    with db.open("r+b") as handle:
        handle.truncate(db.stat().st_size // 2)


def truncate_to_nothing(db: Path) -> None:
    db.write_bytes(b"")


def newer_version(db: Path) -> None:
    raw_sql(db, "UPDATE alembic_version SET version_num = '9999_from_the_future'")


def run_cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    code = main(list(args))
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err + captured.out
    return code, captured.err.strip()


DAMAGE: list[tuple[str, Callable[[Path], None], type[PledgeError], str]] = [
    ("flipped bytes", flip_pages, DamagedDatabaseError, "is damaged"),
    ("flipped header", flip_header, DamagedDatabaseError, "no longer starts like a database"),
    ("truncated to half", truncate_half, DamagedDatabaseError, "is damaged"),
    ("truncated to nothing", truncate_to_nothing, DamagedDatabaseError, "is empty (0 bytes)"),
]


@pytest.mark.parametrize(("case", "damage", "error", "words"), DAMAGE, ids=[d[0] for d in DAMAGE])
def test_damaged_database_names_the_newest_good_backup_and_stays_untouched(
    db_path: Path,
    capsys: pytest.CaptureFixture[str],
    case: str,
    damage: Callable[[Path], None],
    error: type[PledgeError],
    words: str,
) -> None:
    good = list_backups(backed_up(db_path))[0]
    damage(db_path)
    before = sha256(db_path)

    with pytest.raises(error) as raised:
        open_app_database(db_path)
    message = str(raised.value)
    assert words in message
    assert "not changed" in message
    assert f"taken {good.label}" in message  # the backup's date, as the user reads it
    assert f"pledge-tracker restore --db {db_path} --from {good.path}" in message

    for command in ("stats", "check"):
        code, err = run_cli(capsys, command, "--db", str(db_path))
        assert code == 1
        assert err.startswith("pledge-tracker: ") and words in err
        assert "\n" not in err  # one line
    assert sha256(db_path) == before


def test_damage_without_any_backup_says_how_to_salvage(
    db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    flip_pages(db_path)
    before = sha256(db_path)
    code, err = run_cli(capsys, "check", "--db", str(db_path))
    assert code == 1
    assert "is damaged" in err and "No good backup of it was found" in err and ".recover" in err
    assert sha256(db_path) == before


def test_restoring_the_named_backup_brings_the_data_back(
    db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = list_backups(backed_up(db_path))[0]
    flip_pages(db_path)
    damaged = sha256(db_path)
    code, out = run_cli(capsys, "restore", "--db", str(db_path), "--from", str(good.path))
    assert code == 0, out
    aside = next(db_path.parent.glob(f"{db_path.name}.replaced-*"))
    assert sha256(aside) == damaged  # the damaged file was kept aside as it was
    code, _ = run_cli(capsys, "check", "--db", str(db_path))
    assert code == 0


def test_a_file_that_is_not_a_database(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    notes = tmp_path / "notes.db"
    notes.write_text("Meeting notes: Christchurch Call summit\n" * 50, encoding="utf-8")
    before = sha256(notes)
    with pytest.raises(DatabaseError, match="not a Pledge Tracker database"):
        open_app_database(notes)
    code, err = run_cli(capsys, "stats", "--db", str(notes))
    assert code == 1 and "not a SQLite file" in err
    assert sha256(notes) == before


def test_someone_elses_sqlite_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    other = tmp_path / "other.sqlite"
    raw_sql(other, "CREATE TABLE recipes (name TEXT)")
    before = sha256(other)
    code, err = run_cli(capsys, "check", "--db", str(other))
    assert code == 1 and "not a Pledge Tracker database" in err
    assert sha256(other) == before


def test_a_database_from_a_newer_version(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    newer_version(db_path)
    before = sha256(db_path)
    with pytest.raises(NewerDatabaseError, match="newer version"):
        open_app_database(db_path)
    code, err = run_cli(capsys, "stats", "--db", str(db_path))
    assert code == 1 and "newer version" in err and "not changed" in err
    assert sha256(db_path) == before


def test_a_newer_backup_in_rollback_journal_mode_stays_byte_for_byte(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    copy = tmp_path / "from-a-colleague.db"
    shutil.copy(db_path, copy)
    raw_sql(copy, "PRAGMA journal_mode=DELETE")
    newer_version(copy)
    before = sha256(copy)
    code, err = run_cli(capsys, "stats", "--db", str(copy))
    assert code == 1 and "newer version" in err
    assert sha256(copy) == before


def test_a_missing_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    missing = tmp_path / "no such folder" / "pledge.db"
    with pytest.raises(DatabaseError, match="does not exist"):
        open_app_database(missing)
    code, err = run_cli(capsys, "init", "--db", str(missing))
    assert code == 1 and "does not exist" in err
    assert not missing.parent.exists()  # nothing was created on the way


def test_a_missing_file_is_not_created_by_a_reading_command(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "typo.db"
    code, err = run_cli(capsys, "stats", "--db", str(missing))
    assert code == 1 and "does not exist" in err and "pledge-tracker init" in err
    assert not missing.exists()


def test_a_database_after_a_crash_is_not_mistaken_for_a_damaged_one(db_path: Path) -> None:
    """A hot -wal (left by a killed writer) is normal: it opens, and the commit is there."""
    script = (
        "import os, sqlite3, sys\n"
        "c = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
        "c.execute('PRAGMA journal_mode=WAL')\n"
        "c.execute(\"UPDATE stakeholders SET notes = 'saved before the crash' WHERE id = 1\")\n"
        "os.kill(os.getpid(), 9)\n"
    )
    subprocess.run([sys.executable, "-c", script, str(db_path)], check=False)
    assert Path(f"{db_path}-wal").stat().st_size > 0  # the commit lives in the hot -wal
    database = open_app_database(db_path)
    try:
        with database.read() as session:
            notes = session.execute(text("SELECT notes FROM stakeholders WHERE id = 1")).scalar()
    finally:
        database.dispose()
    assert notes == "saved before the crash"
