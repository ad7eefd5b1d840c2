"""Fixtures of the database tests: a throw-away PostgreSQL database per test."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.db.postgres_server import server_database


@pytest.fixture
def pg_url() -> Iterator[str]:
    """A URL to a new, empty database on the test server, dropped after the test."""
    with server_database() as url:
        yield url
