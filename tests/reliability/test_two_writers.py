"""Two writers on one SQLite file (two windows, or the app and the command line)."""

from __future__ import annotations

import itertools
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from pledge_tracker.bootstrap import open_app_database
from pledge_tracker.db.engine import database_url, make_engine
from pledge_tracker.db.uow import Database
from pledge_tracker.domain.dto import StakeholderInput
from pledge_tracker.domain.errors import DatabaseBusyError
from pledge_tracker.services import queries, stakeholders
from tests.reliability.harness import verify
from tests.reliability.soak import REPO

UNITS = 25


def test_two_processes_writing_at_once_lose_nothing(db_path: Path, tmp_path: Path) -> None:
    open_app_database(db_path).dispose()  # the daily backup is taken before the race
    go = tmp_path / "go"
    writers = [
        subprocess.Popen(
            [
                sys.executable, "-m", "tests.reliability.child", str(db_path),
                "--start", str(start), "--limit", str(UNITS), "--go-file", str(go),
            ],
            cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )
        for start in (1, 1001)
    ]  # fmt: skip
    for writer in writers:
        assert writer.stdout is not None and writer.stdout.readline().startswith("pid ")
    go.touch()  # both are ready: they write at the same time
    outputs = [writer.communicate(timeout=120) for writer in writers]
    acknowledged: set[int] = set()
    for writer, (out, err) in zip(writers, outputs, strict=True):
        assert writer.returncode == 0, err
        assert "locked" not in out + err
        acknowledged |= {int(line.split()[1]) for line in out.splitlines() if line[:3] == "ok "}
    assert acknowledged == set(range(1, UNITS + 1)) | set(range(1001, 1001 + UNITS))
    verdict = verify(db_path, acknowledged)
    assert verdict.problems == []  # chain linear, anchor consistent, every unit whole
    assert verdict.units == acknowledged
    assert interleavings(db_path) >= 1  # the two really wrote at once


def interleavings(db: Path) -> int:
    """How often the evidence ids switch between the two writers' number ranges."""
    raw = sqlite3.connect(db)
    try:
        titles = [t for (t,) in raw.execute("SELECT title FROM evidence ORDER BY id")]
    finally:
        raw.close()
    sides = [int(t.split()[-1]) > 1000 for t in titles if t.startswith("harness unit")]
    return sum(1 for a, b in itertools.pairwise(sides) if a != b)


def hold_write_lock(db: Path, seconds: float, locked: threading.Event) -> None:
    """Another program holding SQLite's write lock for `seconds`."""
    other = sqlite3.connect(db, isolation_level=None)
    try:
        other.execute("BEGIN IMMEDIATE")
        locked.set()
        time.sleep(seconds)
        other.execute("ROLLBACK")
    finally:
        other.close()


def supporter_count(database: Database) -> int:
    with database.read() as session:
        return queries.record_counts(session)["stakeholders"]


def test_a_lock_held_too_long_gives_a_clear_busy_error_and_saves_nothing(db_path: Path) -> None:
    url = database_url(db_path)
    open_app_database(db_path).dispose()
    database = Database(url, make_engine(url, busy_timeout_ms=300), actor="Window Two")
    locked = threading.Event()
    holder = threading.Thread(target=hold_write_lock, args=(db_path, 1.0, locked))
    holder.start()
    try:
        locked.wait(5)
        before = supporter_count(database)
        started = time.monotonic()
        with pytest.raises(DatabaseBusyError) as raised:
            with database.write() as tx:
                stakeholders.add(tx, StakeholderInput(name="Waited Too Long", kind="government"))
        waited = time.monotonic() - started
    finally:
        holder.join()
    message = str(raised.value)
    assert "busy" in message and "Nothing was saved" in message
    assert "database is locked" not in message
    assert waited >= 0.25  # it waited for the lock before giving up
    assert supporter_count(database) == before
    with database.write() as tx:  # once the lock is free, the same save succeeds
        stakeholders.add(tx, StakeholderInput(name="Waited Too Long", kind="government"))
    assert supporter_count(database) == before + 1
    database.dispose()


def test_a_short_wait_for_the_lock_succeeds(db_path: Path) -> None:
    database = open_app_database(db_path)
    locked = threading.Event()
    holder = threading.Thread(target=hold_write_lock, args=(db_path, 0.4, locked))
    holder.start()
    try:
        locked.wait(5)
        started = time.monotonic()
        with database.write() as tx:
            stakeholders.add(tx, StakeholderInput(name="Patient Writer", kind="government"))
        assert time.monotonic() - started >= 0.3  # it waited instead of failing
    finally:
        holder.join()
        database.dispose()
