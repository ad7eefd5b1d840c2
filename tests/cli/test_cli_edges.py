"""Command-line edges: a network drive warns, an empty file is refused."""

from __future__ import annotations

from pathlib import Path

from pledge_tracker import cli
from pledge_tracker.db import storage
from pledge_tracker.db.storage import Mount


def test_a_database_on_a_network_drive_opens_with_a_warning(db_path: Path, monkeypatch, capsys):
    share = Mount(point=str(db_path.parent), fstype="cifs")
    monkeypatch.setattr(storage, "_read_mounts", lambda _platform: [share])
    assert cli.main(["stats", "--db", str(db_path)]) == 0
    err = capsys.readouterr().err
    assert "network file system" in err and "postgresql+psycopg://" in err


def test_an_empty_file_is_refused_and_left_empty(tmp_path: Path, capsys) -> None:
    empty = tmp_path / "truncated.db"
    empty.write_bytes(b"")
    assert cli.main(["stats", "--db", str(empty)]) == 1
    assert "empty (0 bytes)" in capsys.readouterr().err
    assert empty.stat().st_size == 0


def test_a_network_drive_database_uses_the_rollback_journal_not_wal(
    tmp_path: Path, monkeypatch
) -> None:
    from pledge_tracker.bootstrap import open_app_database

    share = Mount(point=str(tmp_path), fstype="nfs4")
    monkeypatch.setattr(storage, "_read_mounts", lambda _platform: [share])
    database = open_app_database(tmp_path / "shared.db")
    try:
        with database.read() as session:
            mode = session.connection().exec_driver_sql("PRAGMA journal_mode").scalar()
    finally:
        database.dispose()
    assert mode == "delete"
    assert not (tmp_path / "shared.db-wal").exists()


def test_a_local_database_uses_wal(db_path: Path) -> None:
    from pledge_tracker.bootstrap import open_app_database

    database = open_app_database(db_path)
    try:
        with database.read() as session:
            mode = session.connection().exec_driver_sql("PRAGMA journal_mode").scalar()
    finally:
        database.dispose()
    assert mode == "wal"
