"""Consistent copies of a live SQLite database through its online backup API.

`backup_file` makes one verified copy. `take_backup` adds it to the database's rotating set
(under paths.backups_dir, default 10 kept) with a manifest holding the audit chain's head,
so that a later rewrite of the log shows; `daily_backup` is what opening a database runs.
A failed or partial backup never removes a good one: old copies are deleted only after the
new one has passed its integrity check and landed under its final name.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
import re
import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path

from pledge_tracker.domain.dates import utcnow
from pledge_tracker.domain.errors import DatabaseError, PledgeError
from pledge_tracker.safe_files import (
    atomic_output,
    protect_database,
    refuse_protected,
    release_database,
    write_text,
)

KEEP = 10
MANIFEST_FORMAT = 1
_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}T\d{12})Z-(?P<reason>[a-z-]+)(?:-\d+)?\.db$")
_STAMP = "%Y%m%dT%H%M%S%f"
_STALE_PARTIAL_SECONDS = 3600
log = logging.getLogger(__name__)


@dataclass(frozen=True)
class BackupInfo:
    """One backup in the rotating set, as `list_backups` describes it."""

    path: Path
    taken_at: dt.datetime  # naive UTC
    reason: str  # daily, pre-upgrade, manual, before-restore
    size: int
    source: str | None = None  # the database it was taken from, from its manifest
    audit_count: int | None = None
    audit_hash: str | None = None
    schema: str | None = None
    sha256: str | None = None
    anchored: bool = False  # its chain held the outside anchor's entry when it was taken

    @property
    def label(self) -> str:
        """Its date and time in the user's time zone, e.g. "2026-11-29 08:31"."""
        local = self.taken_at.replace(tzinfo=dt.UTC).astimezone()
        return local.strftime("%Y-%m-%d %H:%M")


def backup_file(source: Path, target: Path, *, allow_backups: bool = False) -> Path:
    """Copy `source` to `target` as a snapshot, via a temporary file checked before it lands.

    A failed or partial copy never replaces an existing `target`; a target that is the
    database itself (or its -wal, or a file in the backups folder unless `allow_backups`)
    is refused.
    """
    protect_database(source)  # being copied: no output may land on it, under any name
    try:
        target = refuse_protected(target.expanduser(), allow_backups=allow_backups).resolve()
        if not target.parent.exists():
            raise DatabaseError.reasoned("no_backup_folder", folder=str(target.parent))
        with atomic_output(target, allow_backups=allow_backups) as partial:
            _copy(source, partial)
    except sqlite3.Error as exc:
        if "full" in str(exc):
            raise DatabaseError.reasoned("backup_disk_full", folder=str(target.parent)) from None
        raise DatabaseError.reasoned("backup_failed", detail=str(exc)) from None
    finally:
        release_database(source)
    return target


def _copy(source: Path, partial: Path) -> None:
    """SQLite's online backup of `source` into a new file, checked before it is kept."""
    open(partial, "xb").close()  # an unwritable folder fails here, as an OSError naming it
    src = sqlite3.connect(_ro_uri(source), uri=True)
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
        raise DatabaseError.reasoned("backup_check_failed", detail=str(verdict))


# --- the rotating set ----------------------------------------------------------------------


def backup_folder(db_path: Path) -> Path:
    from pledge_tracker.paths import backups_dir

    return backups_dir(db_path)


def take_backup(
    db_path: Path, *, reason: str = "manual", keep: int = KEEP, folder: Path | None = None
) -> BackupInfo:
    """Add a verified copy of `db_path` to its rotating set, then drop the oldest beyond `keep`."""
    db_path = Path(db_path).resolve()
    folder = folder or backup_folder(db_path)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DatabaseError.reasoned(
            "backup_folder_refused", folder=str(folder), detail=str(exc.strerror)
        ) from None
    now = utcnow()
    target = folder / f"{db_path.stem}-{now.strftime(_STAMP)}Z-{reason}.db"
    serial = 1
    while target.exists():
        target = folder / f"{db_path.stem}-{now.strftime(_STAMP)}Z-{reason}-{serial}.db"
        serial += 1
    backup_file(db_path, target, allow_backups=True)
    info = _write_manifest(target, db_path, now, reason)
    _rotate(db_path, folder, keep)
    return info


def daily_backup(
    db_path: Path, *, keep: int = KEEP, folder: Path | None = None, today: dt.date | None = None
) -> BackupInfo | None:
    """The backup taken when a database is opened: at most one a day, none if nothing changed."""
    db_path = Path(db_path).resolve()
    newest = next(iter(list_backups(db_path, folder=folder, only_this=True)), None)
    if newest is not None:
        taken_on = newest.taken_at.replace(tzinfo=dt.UTC).astimezone().date()
        same_day = taken_on == (today or dt.date.today())
        unchanged = newest.audit_hash is not None and chain_head_of(db_path) == (
            newest.audit_count,
            newest.audit_hash,
        )
        if same_day or unchanged:
            return None
    return take_backup(db_path, reason="daily", keep=keep, folder=folder)


def list_backups(
    db_path: Path, *, folder: Path | None = None, only_this: bool = False
) -> list[BackupInfo]:
    """The backups of a database, newest first (`only_this`: skip those another file made)."""
    db_path = Path(db_path).resolve()
    folder = folder or backup_folder(db_path)
    if not folder.is_dir():
        return []
    found = []
    for path in folder.glob("*.db"):
        info = describe_backup(path)
        if info is None:
            continue
        if only_this and info.source is not None and info.source != str(db_path):
            continue
        found.append(info)
    return sorted(found, key=lambda b: (b.taken_at, b.path.name), reverse=True)


def newest_good_backup(db_path: Path, *, folder: Path | None = None) -> BackupInfo | None:
    """The newest backup of this database that still passes SQLite's quick check."""
    for info in list_backups(db_path, folder=folder, only_this=True):
        if quick_check(info.path) == "ok":
            return info
    return None


def describe_backup(path: Path) -> BackupInfo | None:
    """A backup file's date, reason and manifest, or None if it is not one of ours."""
    match = _NAME.match(path.name)
    try:
        size = path.stat().st_size
    except OSError:
        return None
    manifest = read_manifest(path)
    if match:
        taken = dt.datetime.strptime(match["stamp"], _STAMP)
        reason = match["reason"]
    elif manifest is not None:
        taken = dt.datetime.fromisoformat(str(manifest["taken_at"]).rstrip("Z"))
        reason = str(manifest.get("reason", "manual"))
    else:  # e.g. an old "-pre-upgrade-" copy: the file time must do
        taken = dt.datetime.fromtimestamp(path.stat().st_mtime, dt.UTC).replace(tzinfo=None)
        reason = "pre-upgrade" if "pre-upgrade" in path.name else "manual"
    audit = (manifest or {}).get("audit") or {}
    return BackupInfo(
        path=path,
        taken_at=taken,
        reason=reason,
        size=size,
        source=(manifest or {}).get("database"),
        audit_count=audit.get("count"),
        audit_hash=audit.get("hash"),
        schema=(manifest or {}).get("schema"),
        sha256=(manifest or {}).get("sha256"),
        anchored=(manifest or {}).get("anchored") is True,
    )


def manifest_path(backup: Path) -> Path:
    return backup.with_suffix(".json")


def read_manifest(backup: Path) -> dict | None:
    try:
        data = json.loads(manifest_path(backup).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None


def chain_head_of(path: Path) -> tuple[int, str] | None:
    """The audit chain's head (count, hash) in a SQLite file, read without changing it."""
    try:
        connection = sqlite3.connect(_ro_uri(path), uri=True)
        try:
            row = connection.execute(
                "SELECT id, hash FROM audit_entries ORDER BY id DESC LIMIT 1"
            ).fetchone()
        finally:
            connection.close()
    except sqlite3.Error:
        return None
    return (0, "0" * 64) if row is None else (int(row[0]), str(row[1]))


def quick_check(path: Path) -> str:
    """SQLite's quick_check verdict for a file ("ok" when sound), never raising."""
    try:
        connection = sqlite3.connect(_ro_uri(path), uri=True)
        try:
            rows = connection.execute("PRAGMA quick_check(3)").fetchall()
        finally:
            connection.close()
    except sqlite3.Error as exc:
        return str(exc)
    return "; ".join(str(row[0]) for row in rows) or "no answer"


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _ro_uri(path: Path) -> str:
    from pledge_tracker.db.storage import read_only_uri

    return read_only_uri(path)


def _write_manifest(backup: Path, source: Path, taken: dt.datetime, reason: str) -> BackupInfo:
    """Describe a finished backup beside it (hashes are of the copy, never the live file)."""
    head = chain_head_of(backup)
    data = {
        "format": MANIFEST_FORMAT,
        "database": str(source),
        "taken_at": taken.isoformat(timespec="microseconds") + "Z",
        "reason": reason,
        "size": backup.stat().st_size,
        "sha256": sha256_file(backup),
        "integrity_check": "ok",
        "schema": _schema_of(backup),
        "audit": None if head is None else {"count": head[0], "hash": head[1]},
        "anchored": _holds_anchor(source, backup),
    }
    target = manifest_path(backup)
    try:
        write_text(target, json.dumps(data, indent=1), allow_backups=True)
    except (OSError, PledgeError) as exc:
        log.warning("backup manifest %s not written: %s", target, exc)
    info = describe_backup(backup)
    assert info is not None
    return info


def _holds_anchor(source: Path, backup: Path) -> bool:
    """Whether the copy's chain holds the entry the source's outside anchor records.

    Only such a backup may later vouch for the chain when the anchor file is lost.
    """
    from pledge_tracker.db import anchor

    kept = anchor.load(f"sqlite:///{source}")
    if kept is None:
        return False
    try:
        connection = sqlite3.connect(_ro_uri(backup), uri=True)
        try:
            row = connection.execute(
                "SELECT hash FROM audit_entries WHERE id = ?", (kept.count,)
            ).fetchone()
        finally:
            connection.close()
    except sqlite3.Error:
        return False
    return kept.count == 0 or (row is not None and row[0] == kept.hash)


def _schema_of(path: Path) -> str | None:
    try:
        connection = sqlite3.connect(_ro_uri(path), uri=True)
        try:
            row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            connection.close()
    except sqlite3.Error:
        return None
    return None if row is None else str(row[0])


def _rotate(db_path: Path, folder: Path, keep: int) -> None:
    """Drop this database's oldest backups beyond `keep` (called only after a good one landed)."""
    mine = list_backups(db_path, folder=folder, only_this=True)
    for old in mine[max(keep, 1) :]:
        try:
            old.path.unlink(missing_ok=True)
            manifest_path(old.path).unlink(missing_ok=True)
        except OSError as exc:
            log.warning("old backup %s not removed: %s", old.path, exc)
    cutoff = time.time() - _STALE_PARTIAL_SECONDS
    for partial in folder.glob("*.partial"):  # left by a backup that was killed half-way
        try:
            if partial.stat().st_mtime < cutoff:
                partial.unlink()
        except OSError:
            pass
