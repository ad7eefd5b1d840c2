"""The throw-away PostgreSQL server the postgres tests use (started by .ci/postgres.sh)."""

from __future__ import annotations

import os
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from sqlalchemy import Engine, create_engine, make_url, text
from sqlalchemy.exc import OperationalError, ProgrammingError

SERVER_URL = os.environ.get("PLEDGE_TRACKER_TEST_PG_URL")

# Every test in a module marked with these is skipped, saying why, when there is no server.
POSTGRES_ONLY = [
    pytest.mark.postgres,
    pytest.mark.skipif(
        not SERVER_URL,
        reason="PostgreSQL tests need PLEDGE_TRACKER_TEST_PG_URL (see .ci/postgres.sh)",
    ),
]


_ATTEMPTS = 25


def run_retried(server: Engine, statement: str) -> None:
    """Run a CREATE or DROP DATABASE, waiting out the server's autovacuum worker: it may
    be in a new database for a moment, and only a superuser may end it for us (DROP …
    WITH (FORCE) then fails with "must be a member of the role whose process is being
    terminated")."""
    for attempt in range(_ATTEMPTS):
        try:
            with server.connect() as connection:
                connection.execute(text(statement))
            return
        except (OperationalError, ProgrammingError):
            if attempt == _ATTEMPTS - 1:
                raise
            time.sleep(0.2)


@contextmanager
def server_database(prefix: str = "pledge_test") -> Iterator[str]:
    """A URL to a new, empty database on the test server, dropped afterwards."""
    assert SERVER_URL is not None
    name = f"{prefix}_{uuid.uuid4().hex[:12]}"
    server = create_engine(SERVER_URL, isolation_level="AUTOCOMMIT")
    try:
        run_retried(server, f'CREATE DATABASE "{name}"')
        yield make_url(SERVER_URL).set(database=name).render_as_string(hide_password=False)
        run_retried(server, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    finally:
        server.dispose()
