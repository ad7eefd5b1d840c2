"""Listening for a team server's change notices (PostgreSQL LISTEN), on a thread of its own.

Migration 0014 makes the server send `NOTIFY pledge_tracker, '<newest audit id>'` when a unit
of work that appended audit entries commits. The listener keeps one psycopg connection of
its own (never the engine's pool), waits for notices in short slices so that `stop()` is
honoured within one slice, and after a dropped connection reconnects quietly, saying
"check anyway" (`on_notice(None)`) since notices sent meanwhile were lost.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

import psycopg
from sqlalchemy.engine import make_url

from pledge_tracker.services.change_feed import CHANNEL

log = logging.getLogger("pledge_tracker.live")

SLICE_SECONDS = 0.5  # how long one wait for notices lasts (and so how long stop() may take)
RETRY_SECONDS = (1.0, 2.0, 5.0, 10.0)  # waits between attempts to reconnect, then the last


def connect_params(url: str) -> dict[str, Any]:
    """psycopg's connection keywords for a SQLAlchemy PostgreSQL URL (password included)."""
    parsed = make_url(url)
    params: dict[str, Any] = {
        "host": parsed.host,
        "port": parsed.port,
        "user": parsed.username,
        "password": parsed.password,
        "dbname": parsed.database,
    }
    params.update({key: value for key, value in parsed.query.items() if isinstance(value, str)})
    params.setdefault("connect_timeout", "10")
    return {key: value for key, value in params.items() if value is not None}


class ChangeListener:
    """LISTEN on a server's change channel until stopped; `on_notice` runs on this thread."""

    def __init__(self, url: str, on_notice: Callable[[int | None], None]) -> None:
        self._params = connect_params(url)
        self._on_notice = on_notice
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="change-listener", daemon=True)
        self.backend_pid: int | None = None  # the server process serving us (for tests)
        self.connected = threading.Event()

    def start(self) -> None:
        self._thread.start()

    def stop(self, wait_seconds: float = 2.0) -> None:
        """Ask the thread to end; wait a little for it (it ends within one slice)."""
        self._stop.set()
        if self._thread.is_alive() and threading.current_thread() is not self._thread:
            self._thread.join(wait_seconds)

    @property
    def running(self) -> bool:
        return self._thread.is_alive()

    def _run(self) -> None:
        failures = 0
        while not self._stop.is_set():
            try:
                self._listen()
                failures = 0
            except psycopg.Error as exc:  # dropped or refused: try again, quietly
                self.connected.clear()
                self.backend_pid = None
                wait = RETRY_SECONDS[min(failures, len(RETRY_SECONDS) - 1)]
                failures += 1
                log.info("change notices paused (%s); retrying in %.0f s", _first(exc), wait)
                self._stop.wait(wait)
            except Exception:  # never let a notice handler end the listening silently
                log.exception("change listener failed; retrying")
                self._stop.wait(RETRY_SECONDS[-1])

    def _listen(self) -> None:
        with psycopg.connect(**self._params, autocommit=True) as connection:
            connection.execute(f"LISTEN {CHANNEL}")
            self.backend_pid = connection.info.backend_pid
            self.connected.set()
            self._on_notice(None)  # anything committed while we were not listening
            while not self._stop.is_set():
                for notice in connection.notifies(timeout=SLICE_SECONDS):
                    self._on_notice(_entry_id(notice.payload))


def _entry_id(payload: str) -> int | None:
    try:
        return int(payload)
    except ValueError:
        return None


def _first(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__
