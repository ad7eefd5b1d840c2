"""The log file in the application-data folder, where unexpected errors are written whole.

A log that cannot be opened or written (read-only folder, full disk) never hides the error it
was meant to record: `setup_logging` returns None and `log_failure` says an entry did not
reach the file, so the caller tells the user the error itself.
"""

from __future__ import annotations

import logging
import sys
from logging.handlers import RotatingFileHandler
from pathlib import Path

from pledge_tracker.paths import data_dir


class _LogFile(RotatingFileHandler):
    """The rotating log file, remembering (instead of printing) an entry it failed to write."""

    failure: BaseException | None = None

    def handleError(self, record: logging.LogRecord) -> None:
        self.failure = sys.exc_info()[1]


def log_path() -> Path:
    return data_dir() / "pledge-tracker.log"


def setup_logging() -> Path | None:
    """Send the app's log to a rotating file (once per process); None if it cannot be opened."""
    logger = logging.getLogger("pledge_tracker")
    logger.setLevel(logging.INFO)
    if any(isinstance(h, _LogFile) for h in logger.handlers):
        return log_path()
    try:
        path = log_path()
        handler = _LogFile(path, maxBytes=2_000_000, backupCount=3, encoding="utf-8")
    except OSError:
        return None  # the caller tells the user the error itself
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logger.addHandler(handler)
    return path


def log_failure() -> BaseException | None:
    """Why the last entry did not reach the log file (None when it did)."""
    for handler in logging.getLogger("pledge_tracker").handlers:
        if isinstance(handler, _LogFile) and handler.failure is not None:
            return handler.failure
    return None
