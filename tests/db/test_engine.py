"""The SQLite connection contract: pragmas on every connection, IMMEDIATE writes, foreign keys."""

from __future__ import annotations

import sqlite3
import threading
import time
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from pledge_tracker.db import models as m
from pledge_tracker.db.engine import (
    APPLICATION_ID,
    BUSY_TIMEOUT_MS,
    database_url,
    make_engine,
    sqlite_path,
)
from pledge_tracker.db.uow import Database
from pledge_tracker.domain.errors import DatabaseBusyError, DatabaseError

PRAGMAS = ("foreign_keys", "journal_mode", "synchronous", "busy_timeout", "application_id")


def _pragmas(connection) -> dict[str, object]:
    return {name: connection.exec_driver_sql(f"PRAGMA {name}").scalar() for name in PRAGMAS}


@pytest.mark.sqlite_only(reason="SQLite pragmas; a server enforces keys and durability itself")
def test_every_pooled_connection_has_the_safety_pragmas(database: Database) -> None:
    # Hold several connections at once so the pool must open new ones, then reuse them.
    for _round in range(2):
        held = [database.engine.connect() for _ in range(4)]
        try:
            for connection in held:
                assert _pragmas(connection) == {
                    "foreign_keys": 1,
                    "journal_mode": "wal",
                    "synchronous": 2,  # FULL
                    "busy_timeout": BUSY_TIMEOUT_MS,
                    "application_id": APPLICATION_ID,
                }
        finally:
            for connection in held:
                connection.close()
    assert BUSY_TIMEOUT_MS >= 5000


@pytest.mark.sqlite_only(reason="SQLite pragmas; a server enforces keys and durability itself")
def test_sessions_of_the_unit_of_work_see_the_same_pragmas(database: Database) -> None:
    with database.read() as session:
        assert session.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert session.execute(text("PRAGMA synchronous")).scalar() == 2
    with database.write() as tx:
        assert tx.session.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert tx.session.execute(text("PRAGMA busy_timeout")).scalar() >= 5000


def _try_write_lock(path: Path) -> str:
    """Whether another program could take the write lock right now."""
    other = sqlite3.connect(path, timeout=0, isolation_level=None)
    try:
        other.execute("BEGIN IMMEDIATE")
        other.execute("ROLLBACK")
        return "free"
    except sqlite3.OperationalError as exc:
        return str(exc)
    finally:
        other.close()


def test_a_write_unit_takes_the_lock_at_begin(database: Database, db_path: Path) -> None:
    with database.read() as session:
        session.execute(text("SELECT count(*) FROM stakeholders")).scalar()
        assert _try_write_lock(db_path) == "free"  # reads begin deferred and block no one
    with database.write() as tx:
        # Nothing written yet, but BEGIN IMMEDIATE already holds the write lock.
        tx.session.execute(text("SELECT 1")).scalar()
        assert _try_write_lock(db_path) == "database is locked"
    assert _try_write_lock(db_path) == "free"


def test_a_busy_database_waits_then_reports_busy_without_saving(db_path: Path) -> None:
    url = database_url(db_path)
    fast = Database(url, make_engine(url, busy_timeout_ms=200), actor="Test")
    blocker = sqlite3.connect(db_path, isolation_level=None)
    blocker.execute("BEGIN IMMEDIATE")
    started = time.monotonic()
    try:
        with pytest.raises(DatabaseBusyError, match="Nothing was saved"):
            with fast.write() as tx:
                tx.audit("test", "nothing", "x")
    finally:
        blocker.execute("ROLLBACK")
        blocker.close()
        fast.dispose()
    assert time.monotonic() - started >= 0.15  # it waited for the lock before giving up


def test_a_waiting_writer_gets_the_lock_once_it_is_released(
    database: Database, db_path: Path
) -> None:
    blocker = sqlite3.connect(db_path, isolation_level=None, check_same_thread=False)
    blocker.execute("BEGIN IMMEDIATE")
    threading.Timer(0.3, lambda: blocker.execute("ROLLBACK")).start()
    with database.write() as tx:
        tx.audit("test", "nothing", "waited")
    blocker.close()
    with database.read() as session:
        assert (
            session.execute(text("SELECT record_uid FROM audit_entries ORDER BY id DESC")).first()[
                0
            ]
            == "waited"
        )


def test_foreign_keys_are_enforced_through_the_orm(database: Database) -> None:
    with pytest.raises(DatabaseError, match=r"(?i)foreign key"):
        with database.write() as tx:
            tx.session.add(m.Pledge(stakeholder_id=99_999, commitment_id=1, applicable=True))
            tx.session.flush()
    with database.read() as session:
        assert (
            session.execute(
                text("SELECT count(*) FROM pledges WHERE stakeholder_id=99999")
            ).scalar()
            == 0
        )


def test_foreign_keys_are_enforced_for_raw_sql(database: Database) -> None:
    with pytest.raises(IntegrityError, match=r"(?i)foreign key"):
        with database.engine.begin() as connection:
            connection.exec_driver_sql(
                "INSERT INTO pledges (stakeholder_id, commitment_id, applicable) "
                "VALUES (99999, 1, true)"
            )
    with pytest.raises(IntegrityError, match=r"(?i)foreign key"):
        with database.engine.begin() as connection:
            connection.exec_driver_sql("DELETE FROM stakeholders WHERE id = 1")  # has pledges


def test_urls_and_paths() -> None:
    url = database_url("~/x.db")
    assert url.startswith("sqlite:///") and url.endswith("/x.db") and "~" not in url
    assert sqlite_path(url) == Path(url.removeprefix("sqlite:///"))
    assert database_url("postgresql+psycopg://u@h/db") == "postgresql+psycopg://u@h/db"
    assert sqlite_path("postgresql+psycopg://u@h/db") is None
    assert sqlite_path("sqlite://") is None
    assert sqlite_path("sqlite:///:memory:") is None


def test_file_names_with_url_characters_are_taken_literally(tmp_path: Path) -> None:
    from pledge_tracker.bootstrap import open_app_database
    from pledge_tracker.db.backup import backup_file
    from pledge_tracker.services.check import run_check

    folder = tmp_path / "Policy team #2 (100%)"
    folder.mkdir()
    path = folder / "call 50%20 done?.db"
    database = open_app_database(path)
    database.dispose()
    assert sorted(p.name for p in folder.iterdir()) == [path.name]  # no other file appeared
    assert sqlite_path(database_url(path)) == path
    reader = open_app_database(path, read_only=True, create=False)
    try:
        assert run_check(reader).ok
    finally:
        reader.dispose()
    copy = backup_file(path, folder / "copy #1 %41.db")
    assert copy.name == "copy #1 %41.db" and copy.exists()
