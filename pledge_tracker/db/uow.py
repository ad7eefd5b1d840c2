"""The unit of work: every write is one transaction that also appends its audit entries."""

from __future__ import annotations

import getpass
import sqlite3
from collections import defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from types import SimpleNamespace
from typing import Any, cast

from sqlalchemy import Engine, Table, bindparam, event, select, text, update
from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from pledge_tracker.db import anchor, audit, roles, rowstate
from pledge_tracker.db import search_text as _search_text  # noqa: F401  (its ORM events)
from pledge_tracker.db.engine import is_sqlite, sqlite_path, writer
from pledge_tracker.db.models import AuditEntry
from pledge_tracker.db.own_entries import OwnEntries
from pledge_tracker.domain.changes import Cell, Changes, cell_of
from pledge_tracker.domain.dates import utcnow
from pledge_tracker.domain.errors import (
    ConflictError,
    DatabaseBusyError,
    DatabaseError,
    DiskFullError,
    PledgeError,
    ReadOnlyDatabaseError,
    TransactionLost,
)
from pledge_tracker.safe_files import protect_database, release_database


def default_actor() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name (some containers): still say who, roughly
        return "unknown user"


class Tx:
    """One open write transaction: the session, who is writing, and the audit trail."""

    def __init__(self, session: Session, actor: str, sqlite: bool) -> None:
        self.session = session
        self.actor = actor
        self.now = utcnow()
        self.changed: set[str] = set()
        self.cells: set[Cell] = set()  # the matrix cells whose assessments changed
        self._locked = sqlite  # BEGIN IMMEDIATE already holds SQLite's write lock
        self.started = 0  # the chain's length before this unit's first entry
        self.head: audit.ChainHead | None = None  # the newest entry this unit appended
        self.first: int | None = None  # the first entry this unit appended

    def flush(self) -> None:
        """Send this unit's pending changes to the database (still uncommitted)."""
        self.session.flush()

    def audit(
        self,
        action: str,
        entity: str,
        record_uid: str,
        before: dict[str, Any] | None = None,
        after: dict[str, Any] | None = None,
    ) -> None:
        """Append one audit entry for a change made in this transaction."""
        if not self._locked:
            # PostgreSQL: appends must serialise, or two writers would fork the chain.
            self.session.execute(text("SELECT pg_advisory_xact_lock(1347175495)"))
            self._locked = True
        self.session.flush()
        entry = audit.append(
            self.session,
            at=self.now.isoformat(timespec="microseconds") + "Z",
            actor=self.actor,
            action=action,
            entity=entity,
            record_uid=record_uid,
            before=before,
            after=after,
        )
        self.changed.add(entity)
        if (cell := cell_of(entity, before, after)) is not None:
            self.cells.add(cell)
        self.head = audit.ChainHead(entry.id, entry.id, entry.hash)
        if self.first is None:
            self.first, self.started = entry.id, entry.id - 1

    def audit_many(
        self,
        action: str,
        entity: str,
        changes: list[tuple[str, dict[str, Any] | None, dict[str, Any] | None]],
    ) -> None:
        """`audit` for many records at once: one entry per (uid, before, after), in order."""
        if not changes:
            return
        if not self._locked:
            self.session.execute(text("SELECT pg_advisory_xact_lock(1347175495)"))
            self._locked = True
        self.session.flush()
        at = self.now.isoformat(timespec="microseconds") + "Z"
        newest = audit.append_many(
            self.session, at=at, actor=self.actor, action=action, entity=entity, changes=changes
        )
        assert newest is not None  # there were changes
        self.changed.add(entity)
        self.cells.update(c for _, b, a in changes if (c := cell_of(entity, b, a)) is not None)
        if self.first is None:
            self.first = newest.last_id - len(changes) + 1
            self.started = self.first - 1
        self.head = newest

    def notice(self) -> Changes:
        """What this unit changed, as the views are told of it."""
        return Changes.of(self.changed, self.cells, actor=self.actor)

    def seal(self) -> None:
        """Store in this unit's entries the hash of each record's state as it is committed.

        Done at the end rather than in `audit` because a service may change a record's links
        after auditing it (a new supporter's pledges follow its entry); the entries' chain
        hashes are recomputed from the first, which is still this unit's to change.
        """
        if self.first is None:
            return
        self.session.flush()
        table = cast(Table, AuditEntry.__table__)
        entries = self.session.execute(  # plain rows: a bulk import seals a million
            select(table).where(table.c.id >= self.first).order_by(table.c.id)
        ).all()
        wanted: dict[str, set[str]] = defaultdict(set)
        for entry in entries:
            if entry.entity in rowstate.BY_NAME:
                wanted[entry.entity].add(entry.record_uid)
        hashes = {
            (entity, uid): digest
            for entity, uids in wanted.items()
            for uid, digest in rowstate.hashes_of(self.session, entity, sorted(uids)).items()
        }
        prev = entries[0].prev_hash if entries else audit.GENESIS
        changes: list[dict[str, Any]] = []
        for entry in entries:
            sealed = SimpleNamespace(**entry._mapping)
            sealed.row_hash = hashes.get((entry.entity, entry.record_uid))
            sealed.prev_hash = prev
            prev = audit.hash_entry(prev, sealed)  # type: ignore[arg-type]
            changes.append(
                {
                    "b_id": entry.id,
                    "b_row": sealed.row_hash,
                    "b_prev": sealed.prev_hash,
                    "b_hash": prev,
                }
            )
        if changes:
            self.session.execute(
                update(table)
                .where(table.c.id == bindparam("b_id"))
                .values(
                    row_hash=bindparam("b_row"),
                    prev_hash=bindparam("b_prev"),
                    hash=bindparam("b_hash"),
                ),
                changes,
            )
            for held in list(self.session.identity_map.values()):
                if isinstance(held, AuditEntry):  # read its sealed hashes again if asked
                    self.session.expire(held)
        # None when savepoints rolled back every entry: there is no new head to anchor.
        last = entries[-1] if entries else None
        self.head = audit.ChainHead(last.id, last.id, prev) if last else None


class Database:
    """An open database: its engine, who writes, and how units of work begin."""

    def __init__(
        self, url: str, engine: Engine, *, actor: str | None = None, read_only: bool = False
    ) -> None:
        self.url = url
        self.engine = engine
        self._actor = actor or default_actor()
        self.sqlite = is_sqlite(url)
        # On a team server: who is connected, and what their role lets them do.
        self.server_user: str | None = None
        self.standing: roles.Standing = "owner"
        if not self.sqlite:
            with engine.connect() as connection:
                self.server_user = roles.server_user(connection)
                self.standing = roles.standing(connection)
        self.read_only = read_only or self.standing == "viewer"
        self._reader = sessionmaker(engine, expire_on_commit=False)
        self._writer = sessionmaker(writer(engine), expire_on_commit=False)
        path = sqlite_path(url)
        self.folder = str(path.parent) if path is not None else "the database"
        self._disposed = False
        self.appended = OwnEntries()  # entries committed through this object ("own changes")
        if path is not None:
            protect_database(path)  # no export, report or backup may land on it

    @property
    def actor(self) -> str:
        """Who signs the audit entries: the database user on a server (whatever the
        Settings say), else the display name given or the login name."""
        return self.server_user or self._actor

    @actor.setter
    def actor(self, name: str) -> None:
        self._actor = name  # kept for a SQLite file; a server's user is not overridden

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A session for reading; nothing it does is committed."""
        session = self._reader()
        try:
            with translate_errors(self.folder):
                yield session
        finally:
            session.rollback()
            session.close()

    @contextmanager
    def write(
        self, actor: str | None = None, *, busy_timeout_ms: int | None = None
    ) -> Iterator[Tx]:
        """One all-or-nothing write: committed on success, rolled back on any error.

        `busy_timeout_ms` shortens how long SQLite waits for another writer's lock, for a
        caller that shows the wait and retries (DatabaseBusyError when it runs out).
        """
        if self.standing == "viewer":
            raise ReadOnlyDatabaseError.reasoned("read_only_viewer", user=str(self.server_user))
        if self.read_only:
            raise ReadOnlyDatabaseError.reasoned("read_only_open")
        session = self._session(busy_timeout_ms)
        try:
            with translate_errors(self.folder):
                tx = Tx(session, self.server_user or actor or self.actor, self.sqlite)
                _guard(session, self.sqlite)
                yield tx
                tx.seal()
                _still_in_transaction(session, self.sqlite)
                session.commit()
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()
        if tx.first is not None and tx.head is not None:
            self.appended.add(tx.first, tx.head.last_id)
        # The chain head, also kept outside the database.
        anchor.after_commit(self, tx.head, started=tx.started)

    @contextmanager
    def rehearse(self, actor: str | None = None) -> Iterator[Tx]:
        """A dry run: the same work as `write`, always rolled back, never committed.

        There is no commit on any path, and (on SQLite) no statement may run once the
        database has ended the transaction by itself, so nothing can land in autocommit.
        """
        if self.read_only:
            raise ReadOnlyDatabaseError.reasoned("read_only_dry_run")
        session = self._session(None)
        try:
            with translate_errors(self.folder):
                tx = Tx(session, self.server_user or actor or self.actor, self.sqlite)
                _guard(session, self.sqlite)
                yield tx
        finally:
            session.rollback()
            session.close()

    def _session(self, busy_timeout_ms: int | None) -> Session:
        if busy_timeout_ms is None:
            return self._writer()
        bind = writer(self.engine).execution_options(busy_timeout_ms=busy_timeout_ms)
        return self._writer(bind=bind)

    def dispose(self) -> None:
        self.engine.dispose()
        path = sqlite_path(self.url)
        if path is not None and not self._disposed:
            release_database(path)
        self._disposed = True


def _guard(session: Session, sqlite: bool) -> None:
    """Begin the unit now, and refuse any statement once SQLite has ended it by itself.

    After SQLITE_FULL or an I/O error SQLite may roll the whole transaction back; every later
    statement would then run (and land) in autocommit, and the savepoints vanish ("no such
    savepoint"). So each statement first checks that the unit's transaction is still open.
    """
    if not sqlite:
        return
    connection = session.connection()
    raw = connection.connection.driver_connection

    def check(*_args: object) -> None:
        if raw is not None and not raw.in_transaction:
            raise TransactionLost.reasoned("transaction_lost")

    event.listen(connection, "before_cursor_execute", check)


def _still_in_transaction(session: Session, sqlite: bool) -> None:
    if sqlite and session.in_transaction():
        raw = session.connection().connection.driver_connection
        if raw is not None and not raw.in_transaction:
            raise TransactionLost.reasoned("transaction_lost")


@contextmanager
def translate_errors(folder: str = "the database") -> Iterator[None]:
    """Turn driver errors into the app's own, with messages a user can act on."""
    try:
        yield
    except PledgeError as exc:
        if isinstance(exc, TransactionLost) and _disk_full(exc):
            raise DiskFullError(folder) from exc
        raise
    except StaleDataError:
        raise ConflictError.reasoned("stale_reload") from None
    except IntegrityError as exc:
        raise DatabaseError.reasoned("breaks_rule", detail=_first_line(exc.orig)) from exc
    except DBAPIError as exc:
        if _disk_full(exc):
            raise DiskFullError(folder) from exc
        raise _explain(exc) from exc


def _disk_full(exc: BaseException | None) -> bool:
    """Whether SQLite said "database or disk is full" anywhere in this error's chain."""
    seen = 0
    while exc is not None and seen < 20:
        orig = getattr(exc, "orig", None)
        code = getattr(orig, "sqlite_errorcode", None)
        if code == sqlite3.SQLITE_FULL or "disk is full" in str(orig or exc).lower():
            return True
        exc, seen = exc.__cause__ or exc.__context__, seen + 1
    return False


def _explain(exc: DBAPIError) -> DatabaseError:
    message = _first_line(exc.orig).lower()
    if "locked" in message or "busy" in message:
        return DatabaseBusyError.reasoned("database_busy")
    if "readonly" in message or "read-only" in message:
        return ReadOnlyDatabaseError.reasoned("read_only_file")
    if "malformed" in message or "not a database" in message:
        return DatabaseError.reasoned("database_damaged")
    if "disk i/o" in message:
        return DatabaseError.reasoned("disk_refused", detail=message)
    return DatabaseError.reasoned("database_refused_operation", detail=_first_line(exc.orig))


def _first_line(error: object) -> str:
    return str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
