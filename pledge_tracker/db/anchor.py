"""The audit chain's newest head, kept outside the database so that a rewritten tail shows.

The hash chain inside the database shows an edited or deleted entry, but someone who can
write the file could recompute every hash after an edit, or cut the tail off. So after each
write unit commits, the chain head (entry count and hash) is also written to a small file in
the application-data folder, keyed by the database; `check` then tells a truncated or
rewritten log from a sound one. The anchor only moves forward along the same chain: if the
database no longer holds the anchored entry, the anchor is left as it is, as evidence.

A missing or unreadable anchor is never rebuilt from whatever chain the database holds now
(that chain may be the rewritten one). Only a new database's first write creates it; after
that it is re-anchored only when the newest backup taken while the anchor held has its chain
head unchanged in the current chain (`recover`), or on the user's explicit, audited
confirmation (`confirm`). Until then writes succeed and `check` reports the missing anchor.
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
    return _load_path(anchor_path(url))


def _load_path(path: Path) -> Anchor | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        found = Anchor(**{name: data.get(name) for name in Anchor.__dataclass_fields__})
    except (OSError, ValueError, TypeError, AttributeError):
        return None
    if not isinstance(found.count, int) or not isinstance(found.hash, str):
        return None
    return found


def why_missing(url: str) -> str:
    """Whether the anchor file is absent or there but unreadable, for a message."""
    path = anchor_path(url)
    return f"{path} is unreadable" if path.exists() else f"{path} does not exist"


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


def after_commit(database: Database, head: ChainHead | None, *, started: int) -> None:
    """Move the anchor to a just-committed head; never fails the write that already landed.

    `started` is the chain's length before this unit: 0 for a new database's first write,
    the only time a missing anchor is created rather than recovered.
    """
    if head is None:
        return
    try:
        current = load(database.url)
        if current is None and started > 0:
            current = recover(database)
            if current is None:
                log.warning(
                    "audit anchor of %s is missing; not rebuilt", database_key(database.url)
                )
                return
        if current is not None:
            if _entry_hash(database, current.count) != current.hash:
                log.warning(
                    "audit anchor of %s no longer matches; left for check",
                    database_key(database.url),
                )
                return
            if current.count >= head.count:
                return  # another writer is already further along the same chain
        first = current.first_hash if current else _entry_hash(database, 1)
        save(database.url, head.count, head.hash, first, current.since if current else _now())
    except Exception:  # the anchor is a second line of evidence, not a reason to fail a save
        log.warning("audit anchor of %s not updated", database_key(database.url), exc_info=True)


def recover(database: Database) -> Anchor | None:
    """Re-anchor a database whose anchor is missing, if outside evidence vouches for its log.

    Evidence is the newest backup taken while the anchor held, or the anchor of a copy of
    the same history (another file whose log began with the same entry, e.g. the database
    this one was copied from): its anchored entry must be present, unchanged, in the current
    chain. Then the log up to there is the one last seen.
    """
    if load(database.url) is not None:
        return None
    witness = _vouching_copy(database)
    if witness is None:
        backup = _from_newest_manifest(database, anchored_only=True)
        if backup is not None and _entry_hash(database, backup.count) == backup.hash:
            witness = backup
    if witness is None:
        return None
    count, head_hash, first = _current(database)
    log.warning(
        "audit anchor of %s was missing; re-anchored from %s", database_key(database.url), witness
    )
    return save(database.url, count, head_hash, first, since=witness.since)


def confirm(database: Database, reason: str) -> Anchor:
    """The user accepts the current audit log: an audited "reanchor" entry, then the anchor."""
    previous = load(database.url)
    with database.write() as tx:
        tx.audit(
            "reanchor",
            "anchor",
            "outside anchor",
            None if previous is None else {"count": previous.count, "hash": previous.hash},
            {"reason": reason, "anchor_file": str(anchor_path(database.url))},
        )
    return reset(database)


def verify(database: Database) -> str | None:
    """What the anchor shows about the audit log (None when it is consistent)."""
    return verify_tail(database) or missing(database)


def verify_tail(database: Database) -> str | None:
    """A cut or rewritten tail, judged by the anchor (or, without it, the newest backup)."""
    anchor = load(database.url)
    if anchor is not None:
        return _compare(database, anchor, "the anchor kept outside the database")
    backup = _from_newest_manifest(database)
    return _compare(database, backup, "the newest backup's manifest") if backup else None


def missing(database: Database) -> str | None:
    """That the anchor is missing or unreadable, for a database whose log is not empty.

    A copy's log vouched for by the anchor of the file it was copied from is not reported.
    """
    if load(database.url) is not None or _current(database)[0] == 0:
        return None
    if _vouching_copy(database) is not None:
        return None
    return (
        f"the outside anchor is missing: {why_missing(database.url)}, so a rewritten or cut "
        "audit log would not show. If this database is the one you have been using, accept "
        "its log with 'pledge-tracker anchor --db DB --confirm'"
    )


def _compare(database: Database, anchor: Anchor, source: str) -> str | None:
    if anchor.count == 0:
        return None
    count, _, first = _current(database)
    if anchor.first_hash and first and first != anchor.first_hash:
        return (
            f"the audit log is not the one last seen here ({source}, {anchor.updated[:16]} UTC): "
            "its first entry differs, so the file was replaced by another database or its "
            "whole log was rewritten. If you replaced the file on purpose, accept it with "
            "'pledge-tracker anchor --db DB --confirm'"
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


def _vouching_copy(database: Database) -> Anchor | None:
    """Another file's anchor of the same history whose entry this chain holds unchanged."""
    count, _, first = _current(database)
    own = anchor_path(database.url)
    if first is None or not own.parent.is_dir():
        return None
    best: Anchor | None = None
    for path in own.parent.glob("*.json"):
        found = _load_path(path) if path != own else None
        if found is None or found.first_hash != first or not 0 < found.count <= count:
            continue
        if (best is None or found.count > best.count) and _entry_hash(
            database, found.count
        ) == found.hash:
            best = found
    return best


def _from_newest_manifest(database: Database, *, anchored_only: bool = False) -> Anchor | None:
    """The chain head the newest backup recorded (`anchored_only`: taken while anchored)."""
    from pledge_tracker.db.backup import list_backups
    from pledge_tracker.db.engine import sqlite_path

    path = sqlite_path(database.url)
    if path is None:
        return None
    for info in list_backups(path, only_this=True):
        if anchored_only and not info.anchored:
            continue
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
