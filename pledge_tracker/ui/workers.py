"""Running slow work off the GUI thread: a QRunnable with its own signals object."""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable
from typing import Any, TypeVar

import shiboken6
from PySide6.QtCore import QEventLoop, QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger("pledge_tracker.ui")
T = TypeVar("T")


class WorkerSignals(QObject):
    """A QRunnable is not a QObject: its signals live here."""

    succeeded = Signal(object)
    failed = Signal(object)  # the exception
    progress = Signal(int, int)  # done, total
    finished = Signal()


class Worker(QRunnable):
    """Runs `fn(worker)` on the thread pool; results come back through `signals`.

    `fn` must not touch widgets. It reads and writes through service functions given the Database,
    may call `worker.report(done, total)` and should stop early when `worker.cancelled`.
    """

    def __init__(self, fn: Callable[[Worker], Any]) -> None:
        super().__init__()
        self.setAutoDelete(False)  # Python keeps the reference; avoids a double free
        self.fn = fn
        self.signals = WorkerSignals()
        self.cancelled = False

    def report(self, done: int, total: int) -> None:
        self.signals.progress.emit(done, total)

    def cancel(self) -> None:
        self.cancelled = True

    def run(self) -> None:
        try:
            result = self.fn(self)
        except BaseException as exc:  # handed to the GUI thread, which decides what to show
            exc.__traceback_text__ = traceback.format_exc()  # type: ignore[attr-defined]
            self.signals.failed.emit(exc)
        else:
            self.signals.succeeded.emit(result)
        finally:
            self.signals.finished.emit()


def start(
    fn: Callable[[Worker], Any],
    on_success: Callable[[Any], None] | None = None,
    on_failure: Callable[[BaseException], None] | None = None,
    pool: QThreadPool | None = None,
    *,
    owner: QObject | None = None,
) -> Worker:
    """Start `fn` in the pool and connect its outcome to GUI-thread callbacks.

    With an `owner` widget, the callbacks are skipped if it was deleted meanwhile (a
    closed view must not be called back by work it started).
    """
    worker = Worker(fn)
    if on_success is not None:
        worker.signals.succeeded.connect(_while_alive(owner, on_success))
    if on_failure is not None:
        worker.signals.failed.connect(_while_alive(owner, on_failure))
    _running.add(worker)
    worker.signals.finished.connect(lambda: _running.discard(worker))
    (pool or QThreadPool.globalInstance()).start(worker)
    return worker


_running: set[Worker] = set()


def wait_for(fn: Callable[[], T]) -> T:
    """Run `fn` (a read of many rows) in the pool and return its result, or raise its error.

    For a caller that needs the answer before it goes on (a dialog filling a list as it
    opens): the GUI thread keeps painting and handling timers meanwhile, but takes no
    clicks or keys until the answer is back.
    """
    loop = QEventLoop()
    outcome: list[tuple[bool, Any]] = []

    def settle(ok: bool, value: Any) -> None:
        outcome.append((ok, value))
        loop.quit()

    start(lambda _worker: fn(), lambda v: settle(True, v), lambda e: settle(False, e))
    if not outcome:
        loop.exec(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
    ok, value = outcome[0]
    if not ok:
        raise value
    return value


def _while_alive(owner: QObject | None, callback: Callable[[Any], None]) -> Callable[[Any], None]:
    if owner is None:
        return callback

    def call(value: Any) -> None:
        if shiboken6.isValid(owner):
            callback(value)

    return call


def wait_for_workers(timeout_ms: int = 10_000) -> bool:
    """Block until running work finishes (before a database is closed or replaced)."""
    return QThreadPool.globalInstance().waitForDone(timeout_ms)
