"""Opening a database: recognise it, refuse a newer one, back up and upgrade an older one."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, inspect, text

from pledge_tracker.db import migrations, probe, storage
from pledge_tracker.db.engine import APPLICATION_ID, is_sqlite, make_engine, sqlite_path
from pledge_tracker.db.uow import Database, translate_errors
from pledge_tracker.domain.errors import DatabaseError, NewerDatabaseError

if TYPE_CHECKING:  # Alembic loads only when a database needs an upgrade (it is slow to import)
    from alembic.config import Config
    from alembic.script import ScriptDirectory

SQLITE_HEADER = b"SQLite format 3\x00"
_REVISION = re.compile(r'^(down_revision|revision)\s*=\s*(?:"([^"]*)"|None)', re.MULTILINE)

# Called with the database path before an upgrade changes it; returns the backup taken.
BackupHook = Callable[[Path], Path | None]


def alembic_config(connection: Connection) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(Path(migrations.__file__).parent))
    config.attributes["connection"] = connection
    return config


def script_directory() -> ScriptDirectory:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    config = Config()
    config.set_main_option("script_location", str(Path(migrations.__file__).parent))
    return ScriptDirectory.from_config(config)


def known_revisions() -> dict[str, str | None]:
    """Each revision of the versions folder and the one it follows, read from the files'
    `revision = "…"` and `down_revision = "…"` lines (what Alembic reads, without loading it)."""
    found: dict[str, str | None] = {}
    versions = Path(migrations.__file__).parent / "versions"  # looked up now: tests move it
    for script in sorted(versions.glob("*.py")):
        fields = {key: value or None for key, value in _REVISION.findall(script.read_text("utf-8"))}
        if fields.get("revision"):
            found[str(fields["revision"])] = fields.get("down_revision")
    return found


def head_revision() -> str:
    revisions = known_revisions()
    heads = set(revisions) - {down for down in revisions.values() if down}
    assert len(heads) == 1, f"the migrations have {len(heads)} heads"
    return heads.pop()


def current_revision(engine: Engine) -> str | None:
    """The schema revision Alembic stamped in the database (None: none yet)."""
    with engine.connect() as connection:
        if not inspect(connection).has_table("alembic_version"):
            return None
        return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def recognise_file(path: Path) -> None:
    """Refuse, before SQLite touches it, a file that is not a SQLite database at all."""
    if not path.exists():
        return
    if path.is_dir():
        raise DatabaseError.reasoned("is_a_folder", path=str(path))
    with path.open("rb") as handle:
        header = handle.read(len(SQLITE_HEADER))
    if path.stat().st_size and header != SQLITE_HEADER:
        raise DatabaseError.reasoned("not_sqlite", path=str(path))


def open_database(
    db: str,
    *,
    actor: str | None = None,
    read_only: bool = False,
    create: bool = True,
    backup: BackupHook | None = None,
) -> tuple[Database, bool]:
    """Open (creating if allowed) and upgrade a database; returns it and whether it is new."""
    from pledge_tracker.db.engine import database_url

    url = database_url(db)
    path = sqlite_path(url)
    if path is not None:
        _check_path(path, create=create)
        read_only = read_only or _must_open_read_only(path)
        if path.exists() and not read_only and not _in_wal_mode(path):
            _refuse_foreign_or_newer(url)  # before a writable connection switches it to WAL
    engine = make_engine(url, read_only=read_only)
    try:
        with translate_errors():
            created = _migrate(engine, url, path, read_only=read_only, backup=backup)
    except BaseException:
        engine.dispose()
        raise
    return Database(url, engine, actor=actor, read_only=read_only), created


def _check_path(path: Path, *, create: bool) -> None:
    if not path.parent.exists():
        raise DatabaseError.reasoned("no_such_folder", folder=str(path.parent))
    if not path.exists() and not create:
        raise DatabaseError.reasoned("no_such_database", path=str(path))
    if path.exists() and path.is_file() and path.stat().st_size == 0 and not create:
        # An empty file is what a truncated database looks like: never seed it silently.
        raise DatabaseError.reasoned("empty_database_file", path=str(path))
    probe.refuse_unusable(path)  # damaged or truncated: refused before anything writes to it
    recognise_file(path)


def _must_open_read_only(path: Path) -> bool:
    """A file we may not write opens read-only; a new file needs a folder we may write."""
    reason = storage.cannot_write(path)
    if reason is not None and not path.exists():
        raise DatabaseError.reasoned("cannot_create", path=str(path), detail=reason)
    return reason is not None


def _in_wal_mode(path: Path) -> bool:
    """True if the file header says WAL (bytes 18-19 are 2), where opening changes nothing."""
    with path.open("rb") as handle:
        header = handle.read(20)
    return len(header) == 20 and header[18:20] == b"\x02\x02"


def _refuse_foreign_or_newer(url: str) -> None:
    """Look at an existing SQLite file read-only, so a refused file stays byte-for-byte as is."""
    engine = make_engine(url, read_only=True)
    try:
        with translate_errors():
            _refuse_unknown(engine, current_revision(engine))
    finally:
        engine.dispose()


def _refuse_unknown(engine: Engine, current: str | None) -> None:
    """Refuse a schema this version does not know, or a database of another program."""
    known = set(known_revisions())
    if current is not None and current not in known:
        raise NewerDatabaseError.reasoned("newer_database", schema=current, head=head_revision())
    if current is None and _has_tables(engine):
        # One template for each kind of database, so that each reads whole in other languages.
        raise DatabaseError.reasoned(
            "foreign_sqlite" if is_sqlite(str(engine.url)) else "foreign_server"
        )


def _migrate(
    engine: Engine, url: str, path: Path | None, *, read_only: bool, backup: BackupHook | None
) -> bool:
    head = head_revision()
    current = current_revision(engine)
    _refuse_unknown(engine, current)
    if current == head:
        return False
    if read_only:
        raise DatabaseError.reasoned("upgrade_read_only")
    if current is not None and path is not None and backup is not None:
        backup(path)  # before every migration of an existing database
    from alembic import command

    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), "head")
        if is_sqlite(url):
            connection.exec_driver_sql(f"PRAGMA application_id={APPLICATION_ID}")
    return current is None


def _has_tables(engine: Engine) -> bool:
    if not is_sqlite(str(engine.url)):  # a server database: tables in its default schema
        with engine.connect() as connection:
            return bool(inspect(connection).get_table_names())
    with engine.connect() as connection:
        names = connection.execute(text("SELECT name FROM sqlite_master WHERE type='table'")).all()
    return bool(names)
