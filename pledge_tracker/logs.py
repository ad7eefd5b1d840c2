"""The log file in the application-data folder, where unexpected errors are written whole."""

from __future__ import annotations

import logging
from logging.handlers import RotatingFileHandler
from pathlib import Path

from pledge_tracker.paths import data_dir


def log_path() -> Path:
    return data_dir() / "pledge-tracker.log"


def setup_logging() -> Path:
    """Send the app's log to a rotating file (once per process)."""
    logger = logging.getLogger("pledge_tracker")
    path = log_path()
    if not any(isinstance(h, RotatingFileHandler) for h in logger.handlers):
        handler = RotatingFileHandler(path, maxBytes=2_000_000, backupCount=3, encoding="utf-8")
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        logger.addHandler(handler)
        logger.setLevel(logging.INFO)
    return path
