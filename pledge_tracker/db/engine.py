"""Engines: SQLite with the pragmas that keep a record safe, or a PostgreSQL URL."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url

from pledge_tracker.db.storage import network_filesystem, read_only_url
from pledge_tracker.domain.servers import TeamServer

CONNECT_TIMEOUT_SECONDS = 10  # a server that does not answer is reported, not waited on

# "PLDG": lets `check` and `open` recognise our files before Alembic is consulted.
APPLICATION_ID = 0x504C4447
BUSY_TIMEOUT_MS = 5000


def database_url(db: str | Path) -> str:
    """A SQLAlchemy URL for a path or a URL given on the command line."""
    text = str(db)
    if "://" in text:
        return text
    # Built, not formatted: a '%', '?' or '#' in a file name must not be read as URL syntax.
    path = str(Path(text).expanduser().resolve())
    return URL.create("sqlite", database=path).render_as_string(hide_password=False)


def server_url(server: TeamServer, password: str) -> str:
    """The URL of a team database (the password only in memory: never log or store it)."""
    return URL.create(
        "postgresql+psycopg",
        username=server.user,
        password=password or None,
        host=server.host,
        port=server.port,
        database=server.database,
        query={"connect_timeout": str(CONNECT_TIMEOUT_SECONDS)},
    ).render_as_string(hide_password=False)


def server_of(url: str) -> TeamServer | None:
    """The team server a PostgreSQL URL names (None for SQLite or an incomplete URL)."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "postgresql" or not parsed.database:
        return None
    host = parsed.host or str(parsed.query.get("host") or "localhost")  # or a socket folder
    return TeamServer(host, parsed.port or 5432, parsed.database, parsed.username or "")


def is_sqlite(url: str) -> bool:
    return make_url(url).get_backend_name() == "sqlite"


def sqlite_path(url: str) -> Path | None:
    """The file behind a SQLite URL, or None for another backend or an in-memory one."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or not parsed.database:
        return None
    if parsed.database == ":memory:":
        return None
    return Path(parsed.database.removeprefix("file:"))


def make_engine(
    url: str, *, read_only: bool = False, busy_timeout_ms: int = BUSY_TIMEOUT_MS
) -> Engine:
    """An engine whose every connection enforces foreign keys and durable commits."""
    if not is_sqlite(url):
        return create_engine(url, pool_pre_ping=True)
    path = sqlite_path(url)
    if read_only and path is not None:
        url = read_only_url(path)  # immutable on read-only media, where no -shm can be made
    engine = create_engine(url, connect_args={"timeout": busy_timeout_ms / 1000})
    journal = journal_mode_for(path)
    _install_sqlite_listeners(
        engine, read_only=read_only, busy_timeout_ms=busy_timeout_ms, journal=journal
    )
    return engine


def journal_mode_for(path: Path | None) -> str:
    """WAL on a local disk; the rollback journal on a network file system.

    WAL needs shared memory on one host and "does not work over a network filesystem";
    SQLite's advice for a file that must live there anyway is rollback mode.
    """
    if path is not None and network_filesystem(path) is not None:
        return "DELETE"
    return "WAL"


def _install_sqlite_listeners(
    engine: Engine, *, read_only: bool, busy_timeout_ms: int, journal: str = "WAL"
) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        # Take transaction control from the driver so BEGIN is ours (and DDL is transactional).
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        # Outside any transaction: PRAGMA foreign_keys is ignored inside one.
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={int(busy_timeout_ms)}")
        if not read_only:
            cursor.execute(f"PRAGMA journal_mode={journal}")
            cursor.execute("PRAGMA synchronous=FULL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        # Write units take the lock up front, so a busy database waits instead of failing
        # later with SQLITE_BUSY when a read would have to become a write.
        options = connection.get_execution_options()
        # A caller that wants to say "waiting…" asks for a short wait and retries itself.
        wait = int(options.get("busy_timeout_ms", busy_timeout_ms))
        connection.exec_driver_sql(f"PRAGMA busy_timeout={wait}")
        mode = options.get("sqlite_begin", "DEFERRED")
        connection.exec_driver_sql(f"BEGIN {mode}")


def writer(engine: Engine) -> Engine:
    """The same engine, with transactions begun IMMEDIATE on SQLite."""
    return engine.execution_options(sqlite_begin="IMMEDIATE")


def without_password(name: str) -> str:
    """A database as printed for a user: a file as given, a server's URL with its password
    replaced by ***."""
    return make_url(name).render_as_string(hide_password=True) if "://" in name else name
