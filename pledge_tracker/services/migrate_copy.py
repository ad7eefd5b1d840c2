"""`migrate`: the whole database copied to another engine (SQLite ⇄ PostgreSQL), verified.

The target must be empty (no row in any table); it is looked at read-only first, so a
refused target is left exactly as it was. The target's schema is then made at head by the
app's own migrations (no seed: every record comes from the source), every table is copied
verbatim from one read snapshot of the source, in one transaction on the target, and the
copy is verified on arrival: rows per table, the audit chain head, every `stats --json`
figure, then the whole `check` (chain, records against the log, attachment hashes). Any
failure leaves the target as it was found: a file this run created is removed, a database
that existed is emptied again. The source is opened read-only and never changed.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import text

from pledge_tracker.db import anchor, search_index
from pledge_tracker.db.empty_target import empty_all, first_filled_table, remove_file
from pledge_tracker.db.engine import database_url, make_engine, sqlite_path, writer
from pledge_tracker.db.migrate import (
    current_revision,
    head_revision,
    known_revisions,
    open_database,
)
from pledge_tracker.db.sequences import reset_sequences
from pledge_tracker.db.table_copy import Progress, copy_tables, count_rows
from pledge_tracker.db.uow import Database, translate_errors
from pledge_tracker.domain.errors import DatabaseError, PledgeError
from pledge_tracker.safe_files import protect_database, refuse_protected, release_database
from pledge_tracker.services.copy_verify import (
    Snapshot,
    check_copy,
    first_difference,
    snapshot_database,
    snapshot_of,
)

# The lock every audit append on PostgreSQL takes (db/uow.py): held while the copy is
# written, no app can add a record (and an entry) to the target under it.
AUDIT_LOCK = 1347175495


@dataclass(frozen=True)
class MigrateResult:
    """What a finished migrate copied and what the copy passed."""

    source: str  # a path, or a URL without its password
    target: str
    rows: int
    audit_entries: int
    passed: tuple[str, ...]


def shown(url: str) -> str:
    """A database as a message names it: the file's path, or the URL without its password."""
    return anchor.database_key(url)


def noted(error: Exception, note: str) -> str:
    """An error's message with what was done about it: "…full; copy.db was removed"."""
    return f"{str(error).rstrip('. ')}; {note}."


def migrate(
    source: str | Path,
    target: str | Path,
    *,
    progress: Progress | None = None,
    as_of: dt.date | None = None,
) -> MigrateResult:
    """Copy every table of `source` into the empty `target`, verify it there, or undo it."""
    src_url, dst_url = database_url(source), database_url(target)
    if shown(src_url) == shown(dst_url):
        raise DatabaseError(f"{shown(src_url)} is both the source and the target; choose another.")
    _refuse_source_files(src_url, dst_url)
    _refuse_filled(dst_url)
    source_db = _open_source(src_url)
    try:
        return _into(source_db, dst_url, progress, as_of or dt.date.today())
    finally:
        source_db.dispose()


def _refuse_source_files(src_url: str, dst_url: str) -> None:
    """A target file must not be the source, its -wal, -journal or -shm, or a backup: the
    same refusal as every other output (safe_files), with the source counted as open."""
    target = sqlite_path(dst_url)
    if target is None:
        return
    source = sqlite_path(src_url)
    if source is not None:
        protect_database(source)
    try:
        refuse_protected(target)
    finally:
        if source is not None:
            release_database(source)


def _refuse_filled(url: str) -> None:
    filled = first_filled_table(url)
    if filled is not None:
        raise DatabaseError(
            f"{shown(url)} is not empty (table {filled} holds records): migrate copies only "
            "into an empty database. Nothing was changed."
        )


def _open_source(url: str) -> Database:
    """The source, read-only: it must already be at this version's schema."""
    try:
        database, _ = open_database(url, create=False, read_only=True, backup=None)
    except PledgeError as exc:
        older = _older_schema(url)
        if older is not None:
            raise DatabaseError(
                f"{shown(url)} has schema {older}; this version copies schema "
                f"{head_revision()}. Open it once with this version to upgrade it "
                f"('pledge-tracker check --db {shown(url)}'), then migrate. Nothing was changed."
            ) from None
        message = str(exc) if shown(url) in str(exc) else f"{shown(url)}: {exc}"
        raise DatabaseError(message) from None
    return database


def _older_schema(url: str) -> str | None:
    """The source's schema revision when it is one this version upgrades (else None)."""
    try:
        engine = make_engine(url, read_only=True)
        try:
            revision = current_revision(engine)
        finally:
            engine.dispose()
    except Exception:  # unreadable: the first error already says why
        return None
    known = known_revisions()
    return revision if revision in known and revision != head_revision() else None


def _into(
    source_db: Database, dst_url: str, progress: Progress | None, as_of: dt.date
) -> MigrateResult:
    path = sqlite_path(dst_url)
    created = path is not None and not path.exists()
    try:
        target_db, _ = open_database(dst_url, create=True, backup=None)
    except PledgeError as exc:
        if not created or path is None:
            raise
        remove_file(path)  # made half-way (a full disk): nothing of this run is kept
        raise DatabaseError(noted(exc, f"{shown(dst_url)} was removed")) from None
    except BaseException:
        if created and path is not None:
            remove_file(path)
        raise
    try:
        before = _copy(source_db, target_db, progress, as_of)
        passed = _verify(before, target_db, as_of)
    except PledgeError as exc:
        undone = _undo(target_db, path if created else None)
        raise DatabaseError(noted(exc, undone)) from None
    except BaseException:
        _undo(target_db, path if created else None)
        raise
    target_db.dispose()
    return MigrateResult(
        shown(source_db.url),
        shown(dst_url),
        sum(before.counts.values()),
        before.audit_count,
        passed,
    )


def _copy(
    source_db: Database, target_db: Database, progress: Progress | None, as_of: dt.date
) -> Snapshot:
    """Every row, from one snapshot of the source, in one transaction on the target."""
    with translate_errors(), source_db.engine.connect() as raw:
        # One snapshot for every table: a colleague's save during the copy is not half in it.
        src = (
            raw
            if source_db.sqlite
            else raw.execution_options(isolation_level="REPEATABLE READ", postgresql_readonly=True)
        )
        with src.begin():
            before = snapshot_of(src, as_of)
            with writer(target_db.engine).begin() as dst:
                if not target_db.sqlite:
                    dst.execute(text(f"SELECT pg_advisory_xact_lock({AUDIT_LOCK})"))
                filled = [name for name, count in count_rows(dst).items() if count]
                if filled:  # someone wrote to it since it was looked at
                    raise DatabaseError(
                        f"{shown(target_db.url)} is no longer empty (table {filled[0]}); "
                        "nothing was copied."
                    )
                copy_tables(src, dst, progress=progress)
                if target_db.sqlite:
                    search_index.rebuild(dst)  # derived: made again from the copied text
                else:
                    reset_sequences(dst)
    return before


def _verify(before: Snapshot, target_db: Database, as_of: dt.date) -> tuple[str, ...]:
    """The copy's figures against the source's, then `check` on the copy."""
    where = shown(target_db.url)
    difference = first_difference(before, snapshot_database(target_db, as_of))
    if difference is not None:
        raise DatabaseError(f"the copy in {where} does not match the source: {difference}")
    anchor.reset(target_db)  # a new history begins at the target, as after a restore
    problem, passed = check_copy(target_db)
    if problem is not None:
        raise DatabaseError(
            f"the copy in {where} failed its check: {problem} "
            "(run 'pledge-tracker check' on the source to see whether it has this problem too)"
        )
    return passed


def _undo(target_db: Database, created: Path | None) -> str:
    """Leave the target as it was found: a file this run made is removed, else emptied."""
    anchor.forget(target_db.url)
    where = shown(target_db.url)
    if created is not None:
        target_db.dispose()
        remove_file(created)
        return f"{where} was removed"
    try:
        empty_all(target_db.engine)
    finally:
        target_db.dispose()
    return f"{where} was left empty"
