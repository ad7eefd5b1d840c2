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
