"""Seeing colleagues' work live: views refresh when someone else commits a change.

On a team server (PostgreSQL) a listener thread hears the server's change notices
(services/change_listener.py); on any database, the window also checks the audit sequence
when it regains focus (the only way on SQLite, where another program gives no notice).
Notices are coalesced for a moment, then a worker reads what changed (services/change_feed)
and the context announces it; the status bar says who changed what. This window's own
saves are skipped: it announced them when it made them.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMainWindow

from pledge_tracker.services import change_feed
from pledge_tracker.services.change_feed import Feed
from pledge_tracker.services.change_listener import ChangeListener
from pledge_tracker.ui.context import AppContext
from pledge_tracker.ui.live_messages import news_text
from pledge_tracker.ui.workers import Worker

log = logging.getLogger("pledge_tracker.live")

COALESCE_MS = 300  # a burst of commits (an import elsewhere) becomes one refresh
MESSAGE_MS = 15_000  # how long the status bar says who changed what
OWN_RANGE_LIMIT = 200  # longer runs of ids are read, not looked up one by one


class LiveRefresh(QObject):
    """Keeps one main window's views up to date with changes made elsewhere."""

    heard = Signal(object)  # int | None: a server notice's newest id (from the listener)
    news_shown = Signal(str)  # the status bar text, once per change seen

    def __init__(self, window: QMainWindow, context: AppContext) -> None:
        super().__init__(window)
        self.window = window
        self.context = context
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(COALESCE_MS)
        self._timer.timeout.connect(self._read)
        self._listener: ChangeListener | None = None
        self._seen: int | None = None  # the newest entry looked at
        self._hint = 0  # the newest id a notice named
        self._reading = False
        self._again = False
        self._generation = 0  # bumped when the database changes: late results are dropped
        self._active = False  # False once stopped (the window closing): no more looks
        self.heard.connect(self._on_heard)  # queued: emitted on the listener's thread
        context.database_replaced.connect(self.restart)
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.applicationStateChanged.connect(self._on_app_state)
        window.installEventFilter(self)
        self.restart()

    @property
    def listening(self) -> bool:
        return self._listener is not None and self._listener.running

    def restart(self) -> None:
        """Follow the window's (new) database from its current newest entry."""
        self.stop()
        self._active = True
        self._seen, self._hint = None, 0
        database = self.context.database
        if not database.sqlite:
            listener = ChangeListener(database.url, self.heard.emit)
            # A window deleted without being closed must not leave its thread listening.
            self.destroyed.connect(lambda *_args: listener.stop(0))
            listener.start()
            self._listener = listener
        self.check()

    def stop(self) -> None:
        """Stop listening (window closing, or another database opened)."""
        self._active = False
        self._timer.stop()
        self._generation += 1
        if self._listener is not None:
            self._listener.stop()
            self._listener = None

    def check(self) -> None:
        """Look for changes made elsewhere, soon (several asks make one look)."""
        if self._active:
            self._timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.WindowActivate:
            self.check()  # back from another window or program: has anyone written?
        return False

    def _on_app_state(self, state: Qt.ApplicationState) -> None:
        if state == Qt.ApplicationState.ApplicationActive:
            self.check()

    def _on_heard(self, newest: int | None) -> None:
        if newest is not None and self._only_own(newest):
            self._seen = newest  # our own save, already announced
            return
        self._hint = max(self._hint, newest or 0)
        self.check()

    def _only_own(self, newest: int) -> bool:
        seen = self._seen
        if seen is None or self._reading:
            return False  # the read under way settles it
        if newest <= seen:
            return True
        return newest - seen <= OWN_RANGE_LIMIT and self.context.database.appended.covers(
            seen + 1, newest
        )

    def _read(self) -> None:
        if self._reading:
            self._again = True
            return
        self._reading = True
        database, after, hint = self.context.database, self._seen, self._hint
        self._hint = 0  # a notice's id counts for this read only
        generation = self._generation

        def read(_worker: Worker) -> Feed:
            return change_feed.read_feed(database, after, hint)

        self.context.run(
            read,
            lambda feed: self._on_feed(generation, feed),
            lambda error: self._on_failed(generation, error),
            owner=self.window,
        )

    def _on_feed(self, generation: int, feed: Feed) -> None:
        self._finished()
        if generation != self._generation:
            return  # read from a database this window no longer shows
        self._seen = max(self._seen or 0, feed.newest)
        if feed.changes is None:
            return
        self.context.data_changed.emit(feed.changes)
        text = news_text(feed)
        self.window.statusBar().showMessage(text, MESSAGE_MS)
        self.news_shown.emit(text)

    def _on_failed(self, generation: int, error: BaseException) -> None:
        self._finished()
        # A server out of reach: the listener reconnects and asks again; nothing to show.
        if generation == self._generation:
            log.info("colleagues' changes not read: %s", error)

    def _finished(self) -> None:
        self._reading = False
        if self._again:
            self._again = False
            self.check()
