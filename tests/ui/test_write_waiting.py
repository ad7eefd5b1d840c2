"""A save that meets another program's lock says it is waiting, then succeeds or explains."""

from __future__ import annotations

import sqlite3
import threading
import time

import pytest

from pledge_tracker.db.engine import sqlite_path
from pledge_tracker.domain.dto import StakeholderInput
from pledge_tracker.domain.errors import DatabaseBusyError
from pledge_tracker.services import queries, stakeholders
from pledge_tracker.ui import writer as writer_module


def _hold_lock(path, seconds: float, ready: threading.Event) -> threading.Thread:
    def hold() -> None:
        other = sqlite3.connect(path, timeout=5, isolation_level=None)
        other.execute("BEGIN IMMEDIATE")
        ready.set()
        time.sleep(seconds)
        other.execute("ROLLBACK")
        other.close()

    thread = threading.Thread(target=hold)
    thread.start()
    return thread


def _add(context, name: str):
    return context.write(lambda tx: stakeholders.add(tx, StakeholderInput(name, "partner")))


def test_a_save_waits_for_the_lock_says_so_and_lands(window, context) -> None:
    ready, notices = threading.Event(), []
    context.write_waiting.connect(notices.append)
    messages = []
    window.statusBar().messageChanged.connect(messages.append)
    holder = _hold_lock(sqlite_path(context.database.url), 1.0, ready)
    ready.wait(5)
    _add(context, "Waiting Partner")
    holder.join()
    assert notices == [True, False]
    assert any("Waiting for another" in m for m in messages)
    with context.database.read() as session:
        assert stakeholders.find(session, "Waiting Partner").kind == "partner"


def test_a_lock_held_too_long_fails_cleanly_and_writes_nothing(context, monkeypatch) -> None:
    monkeypatch.setattr(writer_module, "WRITE_WAIT_SECONDS", 0.6)
    ready = threading.Event()
    with context.database.read() as session:
        before = queries.record_counts(session)
    holder = _hold_lock(sqlite_path(context.database.url), 2.0, ready)
    ready.wait(5)
    with pytest.raises(DatabaseBusyError, match="Nothing was saved"):
        _add(context, "Impatient Partner")
    holder.join()
    with context.database.read() as session:
        assert queries.record_counts(session) == before
