"""Saves run on the window's writer thread: a save held up by another connection's lock leaves
the event loop turning, and lands once the lock is released."""

from __future__ import annotations

import sqlite3
import threading
import time
from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication
from sqlalchemy import create_engine, text

from pledge_tracker.db.engine import sqlite_path
from pledge_tracker.db.uow import Database
from pledge_tracker.domain.dto import StakeholderInput
from pledge_tracker.services import stakeholders
from pledge_tracker.services.check import run_check
from pledge_tracker.services.convert import stakeholder_dto
from pledge_tracker.ui.context import AppContext
from pledge_tracker.ui.dialogs.supporter_dialog import SupporterDialog

HOLD_SECONDS = 1.0


def _hold_lock(database: Database, held: threading.Event) -> threading.Thread:
    """Another connection takes the write lock (SQLite) or locks the supporters table
    (PostgreSQL), and lets go after HOLD_SECONDS (a threading.Timer)."""
    path = sqlite_path(database.url)
    if path is not None:
        raw = sqlite3.connect(path, timeout=5, isolation_level=None, check_same_thread=False)
        raw.execute("BEGIN IMMEDIATE")
        release: Callable[[], None] = lambda: (raw.execute("ROLLBACK"), raw.close())  # noqa: E731
    else:
        engine = create_engine(database.url)
        connection = engine.connect()
        connection.execute(text("LOCK TABLE stakeholders IN ACCESS EXCLUSIVE MODE"))

        def release() -> None:
            connection.rollback()
            connection.close()
            engine.dispose()

    held.set()
    timer = threading.Timer(HOLD_SECONDS, release)
    timer.start()
    return timer


def test_a_save_behind_a_lock_keeps_the_window_turning_and_lands(qtbot, mine: AppContext) -> None:
    with mine.database.read() as session:
        canada_id = stakeholders.find(session, "Canada").id
    canada = stakeholders.read_one(mine.database, canada_id)
    dialog = SupporterDialog(mine, None, canada)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.notes.clear()
    qtbot.keyClicks(dialog.notes, "saved behind a lock")
    ticks: list[float] = []
    clock = QTimer()
    clock.setInterval(50)
    clock.timeout.connect(lambda: ticks.append(time.monotonic()))
    clock.start()
    held = threading.Event()
    release = _hold_lock(mine.database, held)
    held.wait(5)
    started = time.monotonic()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    took = time.monotonic() - started
    clock.stop()
    release.join()
    during = [t for t in ticks if started <= t <= started + took]
    # Turning freely gives a tick every 50 ms; a GUI thread blocked between lock attempts
    # (the old way) gave one per attempt at best.
    wanted = max(5, int(took / 0.05 / 2))
    assert len(during) >= wanted, f"{len(during)} ticks in {took:.1f}s of waiting"
    assert took >= HOLD_SECONDS * 0.8  # it did wait for the lock...
    assert not dialog.isVisible()  # ...and then saved and closed
    assert stakeholders.read_one(mine.database, canada_id).notes == "saved behind a lock"
    assert run_check(mine.database).ok


def test_saves_submitted_without_waiting_land_in_order(qtbot, mine: AppContext) -> None:
    with mine.database.read() as session:
        canada_id = stakeholders.find(session, "Canada").id
    done: list[str] = []
    changes: list[object] = []
    mine.data_changed.connect(changes.append)
    for notes in ("first", "second", "third"):

        def save(tx, notes: str = notes) -> str:
            now = stakeholders.get(tx.session, canada_id)
            data = replace(StakeholderInput.of(stakeholder_dto(now)), notes=notes)
            return stakeholders.edit(tx, canada_id, data).notes or ""

        mine.submit(save, done.append)
    assert done == []  # submit returns at once; the saves run on the writer thread
    qtbot.waitUntil(lambda: len(done) == 3, timeout=5000)
    assert done == ["first", "second", "third"]
    assert len(changes) == 3
    assert stakeholders.read_one(mine.database, canada_id).notes == "third"


def test_a_refused_submitted_save_reaches_the_window_and_changes_nothing(
    qtbot, mine: AppContext
) -> None:
    errors: list[BaseException] = []
    mine.error_raised.connect(errors.append)
    mine.submit(lambda tx: stakeholders.add(tx, StakeholderInput("", "partner")))
    qtbot.waitUntil(lambda: bool(errors), timeout=5000)
    assert "name" in str(errors[0]).lower()


def test_the_window_shows_a_busy_cursor_and_saving_while_a_save_runs(window, context) -> None:
    seen: list[tuple[bool, object, str]] = []

    def note(busy: bool) -> None:  # connected after the window's own handler: sees its effect
        cursor = QApplication.overrideCursor()
        shape = cursor.shape() if cursor is not None else None
        seen.append((busy, shape, window.statusBar().currentMessage()))

    context.write_busy.connect(note)
    context.write(lambda tx: stakeholders.add(tx, StakeholderInput("Busy Partner", "partner")))
    assert seen == [
        (True, Qt.CursorShape.BusyCursor, "Saving…"),
        (False, None, ""),
    ]
