"""Handling database files behind the app's back, as the reliability tests need to."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

from pledge_tracker.bootstrap import open_app_database
from pledge_tracker.domain.dto import StakeholderInput
from pledge_tracker.services import stakeholders


def sha256(path: Path) -> str:
    """A file's fingerprint, to prove it was not changed."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


def raw_sql(db: Path, *statements: str) -> None:
    """Change a file behind the app's back (and close, so SQLite folds its -wal in now)."""
    raw = sqlite3.connect(db)
    try:
        for statement in statements:
            raw.execute(statement)
        raw.commit()
    finally:
        raw.close()


def add_supporters(db: Path, *names: str) -> None:
    """Audited changes through the app: one new government per name, one unit each."""
    database = open_app_database(db)
    try:
        for name in names:
            with database.write() as tx:
                stakeholders.add(tx, StakeholderInput(name=name, kind="government"))
    finally:
        database.dispose()
