"""A look at a database file before anything may change it: damaged or truncated files.

A damaged or truncated file is found with SQLite's quick_check through a read-only
connection, before a writable one is opened, and refused untouched with a message that says
what the user can do: restore the newest good backup (named, with its date). (Foreign and
newer files are refused by db/migrate.py.)
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from pledge_tracker.db import backup, storage
from pledge_tracker.domain.errors import DamagedDatabaseError

SQLITE_HEADER = b"SQLite format 3\x00"
_DAMAGE_WORDS = ("malformed", "not a database", "corrupt", "disk i/o", "file is not")


def refuse_unusable(path: Path) -> None:
    """Raise a clear error for a file that must not be opened for writing; else return."""
    if not path.is_file():
        return
    size = path.stat().st_size
    if size == 0:
        if _has_backups(path):
            raise DamagedDatabaseError(
                f"{path} is empty (0 bytes): the database was truncated. "
                f"The file was not changed. {recovery_advice(path)}"
            )
        return  # an empty file is how some people make a new database: SQLite fills it
    with path.open("rb") as handle:
        header = handle.read(len(SQLITE_HEADER))
    if header != SQLITE_HEADER:
        if _has_backups(path):
            raise DamagedDatabaseError(
                f"{path} no longer starts like a database: it was damaged or overwritten. "
                f"The file was not changed. {recovery_advice(path)}"
            )
        return  # migrate.recognise_file says it is not a SQLite file at all
    _look_inside(path)


def _look_inside(path: Path) -> None:
    try:
        connection = sqlite3.connect(storage.read_only_uri(path), uri=True)
        try:
            rows = connection.execute("PRAGMA quick_check(3)").fetchall()
        finally:
            connection.close()
    except sqlite3.DatabaseError as exc:
        if any(word in str(exc).lower() for word in _DAMAGE_WORDS):
            raise damaged(path, str(exc)) from None
        return  # it could not be looked at (busy, say): the normal path reports that
    verdict = "; ".join(str(row[0]) for row in rows)
    if verdict != "ok":
        raise damaged(path, verdict)


def damaged(path: Path, detail: str) -> DamagedDatabaseError:
    """The error for a damaged file: what SQLite found and what the user can do."""
    lines = [line.strip() for line in detail.replace(";", "\n").splitlines()]
    lines = [line for line in lines if line and not line.startswith("***")]  # "*** in database"
    detail = lines[0][:200] if lines else "unknown damage"
    return DamagedDatabaseError(
        f"{path} is damaged (SQLite's check found: {detail}). The file was not changed. "
        f"{recovery_advice(path)}"
    )


def recovery_advice(path: Path) -> str:
    """What to do about a damaged database: its newest good backup, named with its date."""
    good = backup.newest_good_backup(path)
    if good is not None:
        return (
            f"Restore the newest good backup, taken {good.label}: "
            f"pledge-tracker restore --db {path} --from {good.path} "
            "(or File → Restore backup in the app); the damaged file is kept aside."
        )
    folder = backup.backup_folder(path.resolve())
    return (
        f"No good backup of it was found in {folder}. Keep a copy of the damaged file; "
        "SQLite's own tool can salvage what is left (sqlite3 FILE .recover)."
    )


def _has_backups(path: Path) -> bool:
    return bool(backup.list_backups(path, only_this=True))
