"""The audit chain's newest head, kept outside the database so that a rewritten tail shows.

The hash chain inside the database shows an edited or deleted entry, but someone who can
write the file could recompute every hash after an edit, or cut the tail off. So after each
write unit commits, the chain head (entry count and hash) is also written to a small file in
the application-data folder, keyed by the database; `check` then tells a truncated or
rewritten log from a sound one. The anchor only moves forward along the same chain: if the
database no longer holds the anchored entry, the anchor is left as it is, as evidence.
"""

from __future__ import annotations

import hashlib
import json
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.engine import make_url

from pledge_tracker.db.models import AuditEntry
from pledge_tracker.domain.dates import utcnow
from pledge_tracker.safe_files import write_text

if TYPE_CHECKING:
    from pledge_tracker.db.audit import ChainHead
    from pledge_tracker.db.uow import Database

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Anchor:
    """What the app last saw at the head of a database's audit chain."""

    database: str
    count: int
    hash: str
    first_hash: str | None  # entry 1's hash: tells "another database" from "rewritten"
    updated: str  # when the anchor last moved (UTC, ISO)
    since: str  # when this history began here (new database, restore or reset)


def database_key(url: str) -> str:
    """Which database an anchor belongs to: the file's full path, or the URL sans password."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite" and parsed.database:
        name = parsed.database.removeprefix("file:").split("?")[0]
        return str(Path(name).expanduser().resolve())
    return parsed.render_as_string(hide_password=True)


def anchor_path(url: str) -> Path:
    from pledge_tracker.paths import data_dir

    key = hashlib.sha256(database_key(url).encode("utf-8")).hexdigest()[:32]
    return data_dir() / "anchors" / f"{key}.json"


def load(url: str) -> Anchor | None:
    try:
        data = json.loads(anchor_path(url).read_text(encoding="utf-8"))
        return Anchor(**{name: data.get(name) for name in Anchor.__dataclass_fields__})
    except (OSError, ValueError, TypeError):
        return None


def save(url: str, count: int, head_hash: str, first_hash: str | None, since: str) -> Anchor:
    """Write the anchor atomically (a temporary file, then a rename)."""
    anchor = Anchor(
        database=database_key(url),
        count=count,
        hash=head_hash,
        first_hash=first_hash,
        updated=_now(),
        since=since,
    )
    target = anchor_path(url)
    target.parent.mkdir(parents=True, exist_ok=True)
    write_text(target, json.dumps(anchor.__dict__, indent=1))
    return anchor


def reset(database: Database) -> Anchor:
    """Start a new history here: anchor the database's current head (new, restored, accepted)."""
    count, head_hash, first = _current(database)
    return save(database.url, count, head_hash, first, since=_now())


def forget(url: str) -> None:
    anchor_path(url).unlink(missing_ok=True)


def after_commit(database: Database, head: ChainHead | None) -> None:
    """Move the anchor to a just-committed head; never fails the write that already landed."""
    if head is None:
        return
    try:
        current = load(database.url)
        if current is not None:
            if _entry_hash(database, current.count) != current.hash:
                log.warning("audit anchor of %s no longer matches; left for check", database.url)
                return
            if current.count >= head.count:
                return  # another writer is already further along the same chain
        first = current.first_hash if current else _entry_hash(database, 1)
        save(database.url, head.count, head.hash, first, current.since if current else _now())
    except Exception:  # the anchor is a second line of evidence, not a reason to fail a save
        log.warning("audit anchor of %s not updated", database.url, exc_info=True)


def verify(database: Database) -> str | None:
    """What the anchor shows about the audit log's tail (None when it is consistent)."""
    anchor = load(database.url)
    source = "the anchor kept outside the database"
    if anchor is None:
        anchor = _from_newest_manifest(database)
        source = "the newest backup's manifest"
    if anchor is None or anchor.count == 0:
        return None
    count, _, first = _current(database)
    if anchor.first_hash and first and first != anchor.first_hash:
        return (
            f"the audit log is not the one last seen here ({source}, {anchor.updated[:16]} UTC): "
            "its first entry differs, so the file was replaced by another database or its "
            "whole log was rewritten. If you replaced the file on purpose, accept it with "
            "'pledge-tracker anchor --db DB --reset'"
        )
    found = _entry_hash(database, anchor.count)
    if found is None:
        return (
            f"the audit log was truncated: {source} ({anchor.updated[:16]} UTC) records "
            f"entry {anchor.count}, but the database now holds only {count} entries"
        )
    if found != anchor.hash:
        return (
            f"the audit log was rewritten: entry {anchor.count} no longer has the hash "
            f"{anchor.hash[:12]}… that {source} ({anchor.updated[:16]} UTC) records"
        )
    return None


def _from_newest_manifest(database: Database) -> Anchor | None:
    from pledge_tracker.db.backup import list_backups
    from pledge_tracker.db.engine import sqlite_path

    path = sqlite_path(database.url)
    if path is None:
        return None
    for info in list_backups(path, only_this=True):
        if info.audit_count is not None and info.audit_hash:
            stamp = info.taken_at.isoformat()
            return Anchor(str(path), info.audit_count, info.audit_hash, None, stamp, stamp)
    return None


def _entry_hash(database: Database, entry_id: int) -> str | None:
    if entry_id <= 0:
        return "0" * 64  # the chain's genesis: an empty log holds it trivially
    with database.read() as session:
        return session.scalar(select(AuditEntry.hash).where(AuditEntry.id == entry_id))


def _current(database: Database) -> tuple[int, str, str | None]:
    from pledge_tracker.db.audit import head

    with database.read() as session:
        current = head(session)
    return current.count, current.hash, _entry_hash(database, 1) if current.count else None


def _now() -> str:
    return utcnow().replace(tzinfo=None).isoformat(timespec="seconds")
