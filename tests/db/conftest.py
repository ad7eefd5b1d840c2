"""Fixtures of the database tests: a throw-away PostgreSQL database per test."""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import pytest
from sqlalchemy import create_engine, make_url, text

from tests.db.postgres_server import SERVER_URL


@pytest.fixture
def pg_url() -> Iterator[str]:
    """A URL to a new, empty database on the test server, dropped after the test."""
    assert SERVER_URL is not None
    name = f"pledge_test_{uuid.uuid4().hex[:12]}"
    server = create_engine(SERVER_URL, isolation_level="AUTOCOMMIT")
    try:
        with server.connect() as connection:
            connection.execute(text(f'CREATE DATABASE "{name}"'))
        yield make_url(SERVER_URL).set(database=name).render_as_string(hide_password=False)
        with server.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    finally:
        server.dispose()
