"""A read-only database opens read-only (and says so) instead of failing; writes are refused.

Tests run as root here, and chmod does not stop root. So the real test uses a read-only bind
mount (the kernel refuses every write, even root's), skipped where mounting is not allowed;
a read-only *file* or *folder* is simulated by making os.access answer as it would for an
ordinary user.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from pledge_tracker.bootstrap import open_app_database
from pledge_tracker.cli import main
from pledge_tracker.db import storage
from pledge_tracker.domain.dto import StakeholderInput
from pledge_tracker.domain.errors import DatabaseError, ReadOnlyDatabaseError
from pledge_tracker.services import queries, stakeholders
from tests.reference import COMMITMENTS
from tests.reliability.files import sha256


@pytest.fixture
def read_only_mount(db_path: Path, tmp_path: Path) -> Iterator[Path]:
    """The seeded database seen through a read-only bind mount: the real thing."""
    source, mount = tmp_path / "src", tmp_path / "ro"
    source.mkdir()
    mount.mkdir()
    shutil.copy(db_path, source / "call.db")
    commands = [
        ["mount", "--bind", str(source), str(mount)],
        ["mount", "-o", "remount,bind,ro", str(mount)],
    ]
    if os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("a read-only bind mount needs root")
    for command in commands:
        if subprocess.run(command, capture_output=True, check=False).returncode != 0:
            subprocess.run(["umount", str(mount)], capture_output=True, check=False)
            pytest.skip("this machine does not allow bind mounts")
    try:
        yield mount / "call.db"
    finally:
        subprocess.run(["umount", str(mount)], capture_output=True, check=True)


def test_a_database_on_read_only_media_opens_read_only(read_only_mount: Path) -> None:
    before = sha256(read_only_mount)
    assert storage.cannot_write(read_only_mount) is not None
    assert storage.needs_immutable(read_only_mount)  # no -shm can be made there

    database = open_app_database(read_only_mount)
    try:
        assert database.read_only
        with database.read() as session:
            assert queries.record_counts(session)["commitments"] == COMMITMENTS
        with pytest.raises(ReadOnlyDatabaseError, match="read-only"):
            with database.write() as tx:
                stakeholders.add(tx, StakeholderInput(name="Aotearoa Test", kind="government"))
    finally:
        database.dispose()
    assert sha256(read_only_mount) == before
    assert sorted(p.name for p in read_only_mount.parent.iterdir()) == ["call.db"]


def test_the_command_line_reads_and_checks_read_only_media(
    read_only_mount: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["stats", "--db", str(read_only_mount)]) == 0
    assert main(["check", "--db", str(read_only_mount)]) == 0
    assert main(["init", "--db", str(read_only_mount), "--demo"]) == 1
    err = capsys.readouterr().err
    assert "read-only" in err and "Traceback" not in err


@pytest.fixture
def as_ordinary_user(monkeypatch: pytest.MonkeyPatch) -> set[Path]:
    """os.access answering "no" for writes to the paths in the returned set, like chmod a-w."""
    denied: set[Path] = set()
    real_access = os.access

    def access(path: object, mode: int, **kwargs: object) -> bool:
        if mode & os.W_OK and Path(str(path)).resolve() in denied:
            return False
        return real_access(path, mode, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(storage.os, "access", access)
    return denied


def test_a_read_only_file_opens_read_only(db_path: Path, as_ordinary_user: set[Path]) -> None:
    as_ordinary_user.add(db_path.resolve())
    database = open_app_database(db_path)
    try:
        assert database.read_only
        with pytest.raises(ReadOnlyDatabaseError):
            with database.write():
                pass
    finally:
        database.dispose()


def test_a_read_only_folder_opens_read_only(db_path: Path, as_ordinary_user: set[Path]) -> None:
    as_ordinary_user.add(db_path.parent.resolve())
    assert "cannot be written" in (storage.cannot_write(db_path) or "")
    database = open_app_database(db_path)
    try:
        assert database.read_only
    finally:
        database.dispose()


def test_a_new_database_in_a_read_only_folder_is_refused_clearly(
    tmp_path: Path, as_ordinary_user: set[Path]
) -> None:
    as_ordinary_user.add(tmp_path.resolve())
    with pytest.raises(DatabaseError, match="cannot be created"):
        open_app_database(tmp_path / "new.db")
    assert not (tmp_path / "new.db").exists()


def test_paths_with_spaces_and_url_characters_open_read_only(db_path: Path, tmp_path: Path) -> None:
    odd = tmp_path / "Policy Unit #3 (50% done) Māori" / "call.db"
    odd.parent.mkdir()
    shutil.copy(db_path, odd)
    for read_only in (True, False):
        database = open_app_database(odd, read_only=read_only)
        try:
            with database.read() as session:
                assert queries.record_counts(session)["commitments"] == COMMITMENTS
        finally:
            database.dispose()
