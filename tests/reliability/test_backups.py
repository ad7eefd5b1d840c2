"""Rotating verified backups: daily on open, before migrations, never at the cost of a good one."""

from __future__ import annotations

import datetime as dt
import errno
import json
import os
import shutil
import sqlite3
import threading
from pathlib import Path

import pytest

from pledge_tracker import safe_files
from pledge_tracker.bootstrap import open_app_database, pre_migration_backup
from pledge_tracker.cli import main
from pledge_tracker.db import backup
from pledge_tracker.db.backup import daily_backup, list_backups, take_backup
from pledge_tracker.db.migrate import open_database
from pledge_tracker.domain.dto import StakeholderInput
from pledge_tracker.domain.errors import DatabaseError, PledgeError
from pledge_tracker.services import stakeholders
from tests.reliability.files import sha256
from tests.reliability.harness import Verdict, check_units, find_target, write_unit


def change(db: Path, name: str) -> None:
    """One audited change through the app, so that the next backup has something new."""
    database = open_app_database(db)
    try:
        with database.write() as tx:
            stakeholders.add(tx, StakeholderInput(name=name, kind="government"))
    finally:
        database.dispose()


def test_opening_a_database_takes_one_verified_backup_a_day(db_path: Path) -> None:
    open_app_database(db_path).dispose()
    open_app_database(db_path).dispose()  # the same day: no second copy
    (only,) = list_backups(db_path)
    assert only.reason == "daily"
    assert only.path.parent == backup.backup_folder(db_path.resolve())
    assert backup.quick_check(only.path) == "ok"
    manifest = json.loads(only.path.with_suffix(".json").read_text(encoding="utf-8"))
    assert manifest["database"] == str(db_path.resolve())
    assert manifest["integrity_check"] == "ok"
    assert manifest["sha256"] == sha256(only.path)
    assert (manifest["audit"]["count"], manifest["audit"]["hash"]) == backup.chain_head_of(db_path)
    assert only.label == only.taken_at.replace(tzinfo=dt.UTC).astimezone().strftime(
        "%Y-%m-%d %H:%M"
    )


def test_the_next_day_brings_a_new_backup_only_if_something_changed(db_path: Path) -> None:
    tomorrow = dt.date.today() + dt.timedelta(days=1)
    assert daily_backup(db_path) is not None
    assert daily_backup(db_path, today=tomorrow) is None  # nothing changed since
    change(db_path, "Tuvalu Test")
    assert daily_backup(db_path, today=tomorrow) is not None
    assert len(list_backups(db_path)) == 2


def test_ten_are_kept_and_the_oldest_go_first(db_path: Path) -> None:
    made = []
    for _ in range(12):
        made.append(take_backup(db_path, reason="manual").path)
    kept = [b.path for b in list_backups(db_path)]
    assert len(kept) == backup.KEEP == 10
    assert kept == list(reversed(made))[:10]  # newest first; the two oldest removed
    assert not made[0].exists() and not made[0].with_suffix(".json").exists()


def test_a_failed_backup_never_destroys_a_good_one(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for _ in range(backup.KEEP):
        take_backup(db_path)
    before = {b.path: sha256(b.path) for b in list_backups(db_path)}

    def disk_full(*_args: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    with monkeypatch.context() as patch:
        patch.setattr(safe_files.os, "replace", disk_full)  # the one writer every file uses
        with pytest.raises(PledgeError, match="cannot be written: the disk is full"):
            take_backup(db_path)

    after = {b.path: sha256(b.path) for b in list_backups(db_path)}
    assert after == before
    assert not list(backup.backup_folder(db_path.resolve()).glob("*.partial"))


def test_a_copy_that_fails_its_check_replaces_nothing(db_path: Path) -> None:
    good = take_backup(db_path)
    with db_path.open("r+b") as handle:  # damage the source: the copy cannot pass
        handle.seek(4096 * 3)
        handle.write(b"\xa5" * 8192)
    with pytest.raises(DatabaseError, match=r"integrity check|could not be made"):
        take_backup(db_path)
    assert [b.path for b in list_backups(db_path)] == [good.path]
    assert backup.quick_check(good.path) == "ok"


def test_a_backup_under_write_load_is_a_consistent_snapshot(db_path: Path) -> None:
    database = open_app_database(db_path)
    target = find_target(database)
    stop = threading.Event()
    written: list[int] = []

    def keep_writing() -> None:
        n = 0
        while not stop.is_set():
            n += 1
            write_unit(database, target, n)
            written.append(n)

    writer = threading.Thread(target=keep_writing)
    writer.start()
    try:
        while len(written) < 3:
            stop.wait(0.01)
        taken = take_backup(db_path)
    finally:
        stop.set()
        writer.join()
        database.dispose()
    copy, _ = open_database(str(taken.path), read_only=True, create=False)
    try:
        verdict = Verdict()
        check_units(copy, set(), verdict)
    finally:
        copy.dispose()
    assert verdict.problems == []  # no half unit in the copy
    assert 3 <= len(verdict.units) <= len(written)
    assert verdict.units == set(range(1, len(verdict.units) + 1))  # a prefix: a snapshot


def test_the_backup_before_a_migration_joins_the_rotating_set(db_path: Path) -> None:
    path = pre_migration_backup(db_path)
    (info,) = list_backups(db_path)
    assert info.path == path and info.reason == "pre-upgrade"
    assert backup.quick_check(path) == "ok"


def test_a_second_database_with_the_same_name_keeps_its_own_backups(
    db_path: Path, tmp_path: Path
) -> None:
    twin = tmp_path / "elsewhere" / db_path.name
    twin.parent.mkdir()
    shutil.copy(db_path, twin)
    mine = take_backup(db_path)
    for _ in range(backup.KEEP + 2):
        take_backup(twin)
    assert mine.path.exists()  # the twin's rotation never removes another file's backups
    assert [b.path for b in list_backups(db_path, only_this=True)] == [mine.path]


def test_the_backups_command_lists_dates_and_sizes(
    db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    first = take_backup(db_path, reason="manual")
    assert main(["backups", "--db", str(db_path)]) == 0
    out = capsys.readouterr().out
    assert first.label in out and "manual" in out and str(first.path) in out and "KB" in out
    assert main(["backups", "--db", str(db_path), "--json"]) == 0
    (row,) = json.loads(capsys.readouterr().out)
    assert row["path"] == str(first.path) and row["size"] == first.path.stat().st_size


def test_a_left_over_partial_copy_is_not_listed(db_path: Path) -> None:
    good = take_backup(db_path)
    stale = good.path.with_name(good.path.name.replace("manual", "daily") + ".partial")
    stale.write_bytes(b"half a copy")
    os.utime(stale, (0, 0))  # from a backup killed long ago
    assert [b.path for b in list_backups(db_path)] == [good.path]
    take_backup(db_path)
    assert not stale.exists()  # cleaned when the next good backup landed


def test_backups_are_self_contained_files(db_path: Path) -> None:
    taken = take_backup(db_path)
    raw = sqlite3.connect(taken.path)
    try:
        assert raw.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    finally:
        raw.close()
    assert not Path(f"{taken.path}-wal").exists()
