"""The window's one writer thread: every database write runs there, one after another.

The GUI thread never waits on a lock itself: a save that must give its result back (a
dialog keeps the user's input when it is refused) waits in a local event loop that keeps
painting, firing timers and delivering notices, while clicks and keys wait their turn.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QEventLoop, QObject, QRunnable, QThreadPool, Signal

from pledge_tracker.db.uow import Database, Tx
from pledge_tracker.domain.changes import Changes
from pledge_tracker.domain.errors import DatabaseBusyError

T = TypeVar("T")

# How long a save may wait for another window, program or user to finish writing, in total
# and per attempt (between attempts the window says it is waiting).
WRITE_WAIT_SECONDS = 15.0
WAIT_STEP_MS = 300

_here = threading.local()  # `active` is set on the writer thread while a job runs


class JobSignals(QObject):
    """Made on the GUI thread, so what the writer thread emits is delivered there."""

    waiting = Signal(bool)  # True while the job waits for another connection's lock
    finished = Signal()


class WriteJob(QRunnable, Generic[T]):
    """One unit of work for the writer thread: `fn` in one transaction, retried while busy."""

    def __init__(self, database: Database, fn: Callable[[Tx], T]) -> None:
        super().__init__()
        self.setAutoDelete(False)  # Python keeps the reference until the GUI thread is done
        self.database = database
        self.fn = fn
        self.signals = JobSignals()
        self.result: T | None = None
        self.changes = Changes()
        self.error: BaseException | None = None
        self.done = False

    def run(self) -> None:
        _here.active = True
        try:
            self.result, self.changes = write_retrying(self.database, self.fn, self.signals)
        except BaseException as exc:  # handed to the GUI thread, which shows or re-raises it
            self.error = exc
        finally:
            _here.active = False
            self.done = True
            self.signals.finished.emit()

    def outcome(self) -> T:
        """The result on success; the writer thread's error raised again on failure."""
        if self.error is not None:
            raise self.error
        return self.result  # type: ignore[return-value]


def write_retrying(
    database: Database, fn: Callable[[Tx], T], signals: JobSignals | None = None
) -> tuple[T, Changes]:
    """Run `fn` in one write, waiting (in short attempts) while another writer holds the lock.

    DatabaseBusyError once WRITE_WAIT_SECONDS have gone by; `signals.waiting` says when the
    wait starts and ends, so the window can explain the delay.
    """
    waiting = False
    deadline = time.monotonic() + WRITE_WAIT_SECONDS
    try:
        while True:
            try:
                with database.write(busy_timeout_ms=WAIT_STEP_MS) as tx:
                    result = fn(tx)
                    changes = tx.notice()
                return result, changes
            except DatabaseBusyError:
                if time.monotonic() >= deadline:
                    raise
                if not waiting and signals is not None:
                    waiting = True
                    signals.waiting.emit(True)
    finally:
        if waiting and signals is not None:
            signals.waiting.emit(False)


def on_writer_thread() -> bool:
    """Whether the caller is a job already running on the writer thread."""
    return bool(getattr(_here, "active", False))


class Writer(QObject):
    """Owns the writer thread of one window; jobs run in the order they were given."""

    waiting = Signal(bool)  # a job waits for another connection's lock
    busy = Signal(bool)  # True when a first job is queued, False when the last one ends

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)  # one writer: saves land in the order they were made
        self._pending: set[WriteJob[Any]] = set()

    def start(
        self,
        database: Database,
        fn: Callable[[Tx], T],
        then: Callable[[WriteJob[T]], None] | None = None,
    ) -> WriteJob[T]:
        """Queue `fn`; `then(job)` and the job's `signals.finished` run on the GUI thread
        once it is done (connected before it starts, so a quick job cannot be missed)."""
        job: WriteJob[T] = WriteJob(database, fn)
        job.signals.waiting.connect(self.waiting)
        job.signals.finished.connect(lambda: self._forget(job))
        if then is not None:
            job.signals.finished.connect(lambda: then(job))
        if not self._pending:
            self.busy.emit(True)
        self._pending.add(job)
        self._pool.start(job)
        return job

    def wait_for(self, job: WriteJob[T]) -> T:
        """Turn a local event loop (no user input) until `job` is done; its result or error."""
        if not job.done:
            loop = QEventLoop()
            job.signals.finished.connect(loop.quit)
            if not job.done:  # it may have ended between the check and the connection
                loop.exec(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
        return job.outcome()

    def drain(self, timeout_ms: int = 30_000) -> bool:
        """Block until every queued job has run (before its database is closed)."""
        return self._pool.waitForDone(timeout_ms)

    def _forget(self, job: WriteJob[Any]) -> None:
        self._pending.discard(job)
        if not self._pending:
            self.busy.emit(False)
