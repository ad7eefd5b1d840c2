"""The throw-away PostgreSQL server the postgres tests use (started by .ci/postgres.sh)."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from sqlalchemy import create_engine, make_url, text

SERVER_URL = os.environ.get("PLEDGE_TRACKER_TEST_PG_URL")

# Every test in a module marked with these is skipped, saying why, when there is no server.
POSTGRES_ONLY = [
    pytest.mark.postgres,
    pytest.mark.skipif(
        not SERVER_URL,
        reason="PostgreSQL tests need PLEDGE_TRACKER_TEST_PG_URL (see .ci/postgres.sh)",
    ),
]


@contextmanager
def server_database(prefix: str = "pledge_test") -> Iterator[str]:
    """A URL to a new, empty database on the test server, dropped afterwards."""
    assert SERVER_URL is not None
    name = f"{prefix}_{uuid.uuid4().hex[:12]}"
    server = create_engine(SERVER_URL, isolation_level="AUTOCOMMIT")
    try:
        with server.connect() as connection:
            connection.execute(text(f'CREATE DATABASE "{name}"'))
        yield make_url(SERVER_URL).set(database=name).render_as_string(hide_password=False)
        with server.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    finally:
        server.dispose()
