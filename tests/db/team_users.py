"""Login roles made for one test on the PostgreSQL test server, dropped after it.

Roles are cluster-wide, so every test names its own (unique) and drops them at the end,
with the superuser's URL when .ci/postgres.sh exported one.
"""

from __future__ import annotations

import os
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager

import psycopg
from sqlalchemy import Connection, create_engine, make_url, text

from pledge_tracker.bootstrap import open_app_database
from pledge_tracker.db.uow import Database
from pledge_tracker.services.team_roles import grant
from tests.db.postgres_server import SERVER_URL

NewUser = Callable[[str], tuple[str, str]]


@contextmanager
def temporary_users() -> Iterator[NewUser]:
    """`new(kind)` makes a unique login name and password; all are dropped at the end."""
    made: list[str] = []

    def new(kind: str) -> tuple[str, str]:
        name = f"t_{kind}_{uuid.uuid4().hex[:10]}"
        made.append(name)
        return name, uuid.uuid4().hex

    try:
        yield new
    finally:
        _drop(made)


def _drop(names: list[str]) -> None:
    admin = create_engine(
        os.environ.get("PLEDGE_TRACKER_TEST_PG_ADMIN_URL") or str(SERVER_URL),
        isolation_level="AUTOCOMMIT",
    )
    try:
        with admin.connect() as connection:
            for name in names:
                _disconnect(connection, name)
                connection.execute(text(f'DROP ROLE IF EXISTS "{name}"'))
    finally:
        admin.dispose()


def as_user(pg_url: str, user: str, password: str) -> str:
    """The test database's URL, logged in as `user`."""
    return (
        make_url(pg_url).set(username=user, password=password).render_as_string(hide_password=False)
    )


def plain(url: str) -> psycopg.Connection:
    """A plain psycopg connection to `url` (no app code in between), in autocommit."""
    parsed = make_url(url)
    return psycopg.connect(
        host=parsed.host,
        port=parsed.port,
        dbname=parsed.database,
        user=parsed.username,
        password=parsed.password,
        autocommit=True,
    )


def granted(pg_url: str, user: str, password: str, role: str, **options: bool) -> None:
    """`grant` run by the database's owner (the test server's role)."""
    database = open_app_database(pg_url)
    try:
        grant(database, user, role, password=password, **options)  # type: ignore[arg-type]
    finally:
        database.dispose()


def _disconnect(connection: Connection, name: str) -> None:
    """End the user's sessions and wait until they are gone: a closed client's backend may
    outlive it for a moment, and the test database's DROP … WITH (FORCE) could not end it."""
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        left = connection.execute(
            text("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = :n"),
            {"n": name},
        ).all()
        if not left:
            return
        time.sleep(0.05)


def signed(database: Database, name: str) -> str:
    """Who the audit (and a new judgement) names for a write signed `name`: that name on a
    file, the database login on a server (where a typed name is never trusted)."""
    return name if database.sqlite else str(database.server_user)


@contextmanager
def second_officer(database: Database, name: str = "Second Officer") -> Iterator[Database]:
    """Another person on the same database: a display name on a file, on a server a login
    of their own (a reviewer, dropped afterwards), as a second officer would have."""
    if database.sqlite:
        other = open_app_database(database.url, actor=name)
        try:
            yield other
        finally:
            other.dispose()
        return
    with temporary_users() as new:
        user, password = new("reviewer")
        granted(database.url, user, password, "reviewer")
        other = open_app_database(as_user(database.url, user, password))
        try:
            yield other
        finally:
            other.dispose()
