"""Consistent copies of a live SQLite database through its online backup API."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from pledge_tracker.domain.errors import DatabaseError


def backup_file(source: Path, target: Path) -> Path:
    """Copy `source` to `target` as a snapshot, via a temporary file checked before it lands.

    A failed or partial copy never replaces an existing `target`.
    """
    target = target.expanduser().resolve()
    if target == source.resolve():
        raise DatabaseError("The backup must go to another file than the database itself.")
    if not target.parent.exists():
        raise DatabaseError(f"The folder {target.parent} does not exist.")
    partial = target.with_name(target.name + ".partial")
    try:
        src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
        try:
            dst = sqlite3.connect(partial)
            try:
                src.backup(dst)
                dst.execute("PRAGMA journal_mode=DELETE")  # one self-contained file
                verdict = dst.execute("PRAGMA integrity_check").fetchone()[0]
            finally:
                dst.close()
        finally:
            src.close()
        if verdict != "ok":
            raise DatabaseError(f"The backup copy failed its integrity check ({verdict}).")
        _fsync(partial)
        os.replace(partial, target)
        _fsync_dir(target.parent)
    except sqlite3.Error as exc:
        raise DatabaseError(f"The backup could not be made: {exc}") from None
    except OSError as exc:
        raise DatabaseError(
            f"The backup could not be written to {target}: {exc.strerror}"
        ) from None
    finally:
        partial.unlink(missing_ok=True)
    return target


def _fsync(path: Path) -> None:
    with path.open("rb+") as handle:
        os.fsync(handle.fileno())


def _fsync_dir(folder: Path) -> None:
    try:
        descriptor = os.open(folder, os.O_RDONLY)
    except OSError:
        return  # not possible on every platform (Windows); the file itself was synced
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)
