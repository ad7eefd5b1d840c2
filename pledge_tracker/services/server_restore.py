"""Restoring a server backup into an empty server database, verified like a desktop restore.

On the desktop the current file is kept aside and the checked copy takes its place. On a
server the same care means: the backup goes into an empty database (a new one made with
`createdb`), so the one in use stays untouched until the team switches over. Before
pg_restore runs, the dump must have the SHA-256 its manifest recorded (an altered dump is
refused, nothing changed). After it, the rows of every table and the audit chain head must
be the manifest's and `check` must pass (chain, records against the log, attachments);
otherwise the database is emptied again. A restored database starts a new anchored history.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, create_engine, inspect, text
from sqlalchemy.orm import Session

from pledge_tracker.db import anchor, audit
from pledge_tracker.db.backup import sha256_file
from pledge_tracker.db.empty_target import first_filled_table
from pledge_tracker.db.engine import is_sqlite
from pledge_tracker.db.migrate import open_database
from pledge_tracker.db.pg_tools import find_tool, libpq_target, run_tool, server_major
from pledge_tracker.db.uow import translate_errors
from pledge_tracker.domain.errors import DatabaseError, PledgeError
from pledge_tracker.services.check import run_check
from pledge_tracker.services.migrate_copy import noted
from pledge_tracker.services.server_backup import Manifest, read_manifest, taken_label


@dataclass(frozen=True)
class ServerRestoreResult:
    """What a server restore did: into which database, from which dump, taken when."""

    database: str  # the URL without its password
    restored_from: Path
    audit_entries: int
    taken: str


def restore_server(url: str, dump: str | Path) -> ServerRestoreResult:
    """Restore `dump` into the empty server database at `url`; verify it; or leave it empty."""
    if is_sqlite(url):
        raise DatabaseError("restore_server takes a PostgreSQL URL.")
    source = Path(dump).expanduser().resolve()
    manifest = _checked_manifest(source)
    where = anchor.database_key(url)
    filled = first_filled_table(url)
    if filled is not None:
        raise DatabaseError(
            f"{where} is not empty (table {filled} holds records): a server backup is restored "
            "into an empty database (create one with createdb), so the one in use stays as it "
            "is. Nothing was changed."
        )
    engine = create_engine(url)
    try:
        _pg_restore(url, engine, source)
        try:
            _verify(url, engine, manifest)
        except PledgeError as exc:
            _drop_restored(engine)
            raise DatabaseError(noted(exc, f"{where} was left empty")) from None
    finally:
        engine.dispose()
    return ServerRestoreResult(where, source, manifest.audit_count, taken_label(manifest))


def _checked_manifest(source: Path) -> Manifest:
    """The dump's manifest, refused when missing or when the dump's bytes changed since."""
    if not source.is_file():
        raise DatabaseError(f"{source} is not a backup file that can be restored.")
    manifest = read_manifest(source)
    if manifest is None:
        raise DatabaseError(
            f"{source.name} has no readable manifest beside it ({source.name}.json), so it "
            "cannot be verified; restore a backup made by 'pledge-tracker backup'. "
            "Nothing was changed."
        )
    if sha256_file(source) != manifest.sha256:
        raise DatabaseError(
            f"{source.name} cannot be restored: its bytes no longer match the SHA-256 its "
            "manifest recorded when it was taken, so it was altered after it was made. "
            "Choose another backup; nothing was changed."
        )
    return manifest


def _pg_restore(url: str, engine: Engine, source: Path) -> None:
    with translate_errors(), engine.connect() as connection:
        version = str(connection.scalar(text("SHOW server_version")))
        has_tables = bool(inspect(connection).get_table_names())
    tool = find_tool("pg_restore", server_major(version))
    conninfo, env = libpq_target(url)
    # An empty schema made by `init` is replaced (--clean); owners and grants are the
    # server's own business (`db grant` gives them again).
    clean = ["--clean", "--if-exists"] if has_tables else []
    arguments = ["--no-owner", "--no-privileges", "--exit-on-error", "--single-transaction"]
    try:
        run_tool(tool, [*arguments, *clean, "--dbname", conninfo, str(source)], env, "pg_restore")
    except DatabaseError as exc:
        raise DatabaseError(f"{source.name} cannot be restored: {exc}") from None


def _verify(url: str, engine: Engine, manifest: Manifest) -> None:
    """Rows per table and chain head as the manifest says, then the full check."""
    with translate_errors(), engine.connect() as connection:
        for table, expected in manifest.counts.items():
            found = connection.scalar(text(f'SELECT count(*) FROM "{table}"'))
            if found != expected:
                raise DatabaseError(
                    f"{manifest.dump.name} does not match its manifest: table {table} has "
                    f"{found} rows, the manifest says {expected}"
                )
        session = Session(bind=connection)
        head = audit.head(session)
        session.close()
    if (head.count, head.hash) != (manifest.audit_count, manifest.audit_hash):
        raise DatabaseError(
            f"{manifest.dump.name} does not match its manifest: the audit log has {head.count} "
            f"entries (head {head.hash[:12]}…), the manifest says {manifest.audit_count} "
            f"({manifest.audit_hash[:12]}…), so one of them was altered after it was made"
        )
    database, _ = open_database(url, create=False, backup=None)  # an older schema upgrades
    try:
        anchor.reset(database)  # a restored database starts a new history here
        report = run_check(database)
        if not report.ok:
            anchor.forget(url)
            raise DatabaseError(f"the restored database failed its check: {report.problem}")
    finally:
        database.dispose()


def _drop_restored(engine: Engine) -> None:
    """Undo a restore that failed its checks: drop what pg_restore made (the target was
    empty before), so no half-trusted copy is left to be opened."""
    with translate_errors(), engine.begin() as connection:
        for name in inspect(connection).get_table_names():
            connection.execute(text(f'DROP TABLE IF EXISTS "{name}" CASCADE'))
