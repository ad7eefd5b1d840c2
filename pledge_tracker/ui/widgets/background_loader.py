"""Loading a view's data in the thread pool: newest request wins, hidden views wait."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QProgressBar, QWidget

from pledge_tracker.ui.context import AppContext


class BackgroundLoader(QObject):
    """Runs a view's loading function in a worker and hands back only the latest result.

    A view asks for a reload on every data change; while it is hidden the reload waits
    until it is shown again (`shown()`), so ten hidden views do not re-query on each edit.

    Signals
    -------
    sig_busy_changed
        Emitted with True when a load starts and False when the last one ends.
    sig_loaded
        Emitted with the result and the seconds the load took.
    """

    sig_busy_changed = Signal(bool)
    sig_loaded = Signal(object, float)

    def __init__(self, context: AppContext, view: QWidget, fn: Callable[[AppContext], Any]) -> None:
        super().__init__(view)
        self._context = context
        self._view = view
        self._fn = fn
        self._generation = 0
        self._running = 0
        self._stale = False

    def request(self) -> None:
        """Reload now if the view is on screen, else when it is next shown."""
        if self._view.isVisible():
            self.load()
        else:
            self._stale = True

    def shown(self) -> None:
        if self._stale:
            self.load()

    def load(self) -> None:
        """Start a load now; results of earlier, slower loads are dropped."""
        self._stale = False
        self._generation += 1
        generation = self._generation
        started = time.perf_counter()
        context = self._context

        def work(_worker: object) -> Any:
            return self._fn(context)

        def done(result: Any) -> None:
            if not shiboken6.isValid(self):  # the view closed while the worker ran
                return
            self._finish()
            if generation == self._generation:
                self.sig_loaded.emit(result, time.perf_counter() - started)

        def failed(error: BaseException) -> None:
            if not shiboken6.isValid(self):
                return
            self._finish()
            if generation == self._generation:
                context.error_raised.emit(error)

        self._running += 1
        if self._running == 1:
            self.sig_busy_changed.emit(True)
        context.run(work, done, failed)

    @property
    def busy(self) -> bool:
        return self._running > 0

    def _finish(self) -> None:
        self._running -= 1
        if self._running == 0:
            self.sig_busy_changed.emit(False)


def busy_indicator(parent: QWidget | None = None) -> QProgressBar:
    """A small indeterminate bar shown while a load runs."""
    bar = QProgressBar(parent)
    bar.setRange(0, 0)
    bar.setMaximumWidth(120)
    bar.setMaximumHeight(14)
    bar.setTextVisible(False)
    bar.setAccessibleName(QCoreApplication.translate("BackgroundLoader", "Loading"))
    bar.hide()
    return bar
