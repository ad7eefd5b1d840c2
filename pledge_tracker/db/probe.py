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
from pledge_tracker.domain.errors import DamagedDatabaseError, quoted_message
from pledge_tracker.domain.reasons import REASONS

SQLITE_HEADER = b"SQLite format 3\x00"
_DAMAGE_WORDS = ("malformed", "not a database", "corrupt", "disk i/o", "file is not")


def refuse_unusable(path: Path) -> None:
    """Raise a clear error for a file that must not be opened for writing; else return."""
    if not path.is_file():
        return
    size = path.stat().st_size
    if size == 0:
        if _has_backups(path):
            raise _damaged("damaged_empty", path)
        return  # an empty file is how some people make a new database: SQLite fills it
    with path.open("rb") as handle:
        header = handle.read(len(SQLITE_HEADER))
    if header != SQLITE_HEADER:
        if _has_backups(path):
            raise _damaged("damaged_overwritten", path)
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
    return _damaged("damaged_check", path, detail=detail)


def _damaged(reason: str, path: Path, **values: str) -> DamagedDatabaseError:
    """A damaged file's error: what is wrong (the reason's template), then what to do.

    The advice is a template of its own, quoted in this one (domain/errors.quoted_message),
    so that the desktop app can say both in the user's language.
    """
    advice_reason, advice_values = _advice(path)
    advice = REASONS[advice_reason].format(**advice_values)
    quoted = quoted_message("advice", advice, advice_reason, advice_values)
    return DamagedDatabaseError.reasoned(reason, **values, path=str(path), **quoted)


def recovery_advice(path: Path) -> str:
    """What to do about a damaged database: its newest good backup, named with its date."""
    advice_reason, values = _advice(path)
    return REASONS[advice_reason].format(**values)


def _advice(path: Path) -> tuple[str, dict[str, str]]:
    good = backup.newest_good_backup(path)
    if good is not None:
        return "advice_restore", {"path": str(path), "taken": good.label, "backup": str(good.path)}
    return "advice_salvage", {
        "path": str(path),
        "folder": str(backup.backup_folder(path.resolve())),
    }


def _has_backups(path: Path) -> bool:
    return bool(backup.list_backups(path, only_this=True))
