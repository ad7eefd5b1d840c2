"""Restoring a backup: verify it, keep the current file aside, then swap the copy in atomically.

The order matters. The backup is first copied beside the database (through SQLite's backup
API) and that copy is opened and checked: integrity, our schema (upgraded if older), foreign
keys, the audit chain and the manifest written when the backup was taken. Only then is the
current file kept aside (DB.replaced-<time>, with its -wal) and the checked copy renamed over
the database, so that at every moment a complete database sits at the database's path.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import text

from pledge_tracker.db import anchor, audit
from pledge_tracker.db.backup import (
    backup_file,
    chain_head_of,
    describe_backup,
    quick_check,
    read_manifest,
)
from pledge_tracker.db.engine import database_url, sqlite_path
from pledge_tracker.db.migrate import open_database
from pledge_tracker.domain.dates import utcnow
from pledge_tracker.domain.errors import DatabaseError, PledgeError
from pledge_tracker.safe_files import fsync_folder


@dataclass(frozen=True)
class RestoreResult:
    """What a restore did: which file, from which backup, and where the old file went."""

    database: Path
    restored_from: Path
    kept_aside: Path | None
    audit_entries: int
    taken: str | None  # the backup's date, when known ("2026-11-29 08:31")


def restore(db: str | Path, backup: str | Path) -> RestoreResult:
    """Replace the database at `db` by the verified contents of `backup`."""
    target = _sqlite_target(db)
    source = Path(backup).expanduser().resolve()
    if not source.is_file():
        raise DatabaseError(f"{source} is not a backup file that can be restored.")
    if source == target:
        raise DatabaseError("The backup to restore is the database itself; choose a backup.")
    if not target.parent.is_dir():
        raise DatabaseError(f"The folder {target.parent} does not exist.")
    stamp = utcnow().strftime("%Y%m%dT%H%M%S")
    staging = target.with_name(f"{target.name}.restoring-{stamp}")
    verdict = quick_check(source)
    if verdict != "ok":
        raise DatabaseError(
            f"{source.name} cannot be restored: it is not a sound database ({verdict[:150]}). "
            "Choose another backup; nothing was changed."
        )
    try:
        backup_file(source, staging)
        count = verify_copy(staging, source)
        aside = _keep_aside(target, stamp) if target.exists() else None
        os.replace(staging, target)
        fsync_folder(target.parent)
    finally:
        for leftover in (staging, *_companions(staging)):
            leftover.unlink(missing_ok=True)
    _anchor_restored(target)
    info = describe_backup(source)
    return RestoreResult(target, source, aside, count, info.label if info else None)


def verify_copy(copy: Path, source: Path) -> int:
    """Open the staged copy (upgrading an older schema) and check it; its audit entry count."""
    _check_manifest(source, chain_head_of(copy))
    try:
        database, _ = open_database(str(copy), create=False, backup=None)
    except PledgeError as exc:
        raise DatabaseError(f"{source.name} cannot be restored: {exc}") from None
    try:
        with database.read() as session:
            broken = session.execute(text("PRAGMA foreign_key_check")).first()
            if broken is not None:
                raise DatabaseError(
                    f"{source.name} cannot be restored: table {broken[0]} refers to a missing "
                    f"record in {broken[2]}."
                )
            problem = audit.verify(session)
            if problem is not None:
                raise DatabaseError(
                    f"{source.name} cannot be restored: its audit log is broken "
                    f"({problem.message})."
                )
            head = audit.head(session)
    finally:
        database.dispose()
    _fold_wal(copy)
    return head.count


def _check_manifest(source: Path, head: tuple[int, str] | None) -> None:
    """A backup whose audit log differs from the manifest made with it was altered since."""
    manifest = read_manifest(source)
    recorded = (manifest or {}).get("audit")
    if not recorded:
        return  # a copy made by hand, or an old backup: nothing to compare with
    if head is None or (recorded.get("count"), recorded.get("hash")) != head:
        now = "no readable audit log" if head is None else f"{head[0]} entries now"
        raise DatabaseError(
            f"{source.name} cannot be restored: its audit log no longer matches the manifest "
            f"written when it was taken ({recorded.get('count')} entries then, {now}), "
            "so it was altered after it was made. Choose another backup."
        )


def _keep_aside(target: Path, stamp: str) -> Path:
    """Keep the current database (and its -wal) as DB.replaced-<time>; returns that path."""
    _fold_wal(target)
    aside = target.with_name(f"{target.name}.replaced-{stamp}")
    try:
        os.link(target, aside)  # the old file stays reachable under its new name
    except OSError:
        shutil.copy2(target, aside)  # file systems without hard links
    wal = target.with_name(target.name + "-wal")
    if wal.exists():  # not folded in (a damaged file): it belongs with the old file
        os.replace(wal, aside.with_name(aside.name + "-wal"))
    target.with_name(target.name + "-shm").unlink(missing_ok=True)
    return aside


def _fold_wal(path: Path) -> None:
    """Checkpoint a file's -wal into it when SQLite can (a damaged file may refuse)."""
    if not path.with_name(path.name + "-wal").exists():
        return
    try:
        connection = sqlite3.connect(path, timeout=0.5)
        try:
            busy = connection.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
        finally:
            connection.close()
    except sqlite3.Error:
        return
    if busy:
        raise DatabaseError(
            f"{path.name} is in use by another window or program. Close it there, "
            "then restore again. Nothing was changed."
        )


def _anchor_restored(target: Path) -> None:
    """A restored database starts a new audit history here: anchor its head."""
    database, _ = open_database(str(target), create=False, backup=None)
    try:
        anchor.reset(database)
    finally:
        database.dispose()


def _sqlite_target(db: str | Path) -> Path:
    path = sqlite_path(database_url(str(db)))
    if path is None:
        raise DatabaseError("restore replaces SQLite files; for PostgreSQL use pg_restore.")
    return path.resolve()


def _companions(path: Path) -> list[Path]:
    return [path.with_name(path.name + suffix) for suffix in ("-wal", "-shm", "-journal")]
