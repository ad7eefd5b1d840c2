"""What the service tests share: proof that a refused change wrote nothing at all."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager

import pytest
from sqlalchemy import select

from pledge_tracker.db import audit
from pledge_tracker.db.models import Base
from pledge_tracker.db.uow import Database
from pledge_tracker.services import queries


def database_state(database: Database) -> tuple[object, ...]:
    """Record counts, the audit head and a digest of every row of every table."""
    with database.read() as session:
        counts = queries.record_counts(session)
        head = audit.head(session)
    return counts, head, _digest(database)


def _digest(database: Database) -> str:
    """A digest of every row: SQLite's own dump of the file, or every table of the models
    read in full key order on a server."""
    if database.sqlite:
        raw = database.engine.raw_connection()
        try:
            lines = list(raw.driver_connection.iterdump())
        finally:
            raw.close()
    else:
        with database.engine.connect() as connection:
            lines = [
                repr((table.name, tuple(row)))
                for table in Base.metadata.sorted_tables
                for row in connection.execute(select(table).order_by(*table.columns))
            ]
    return hashlib.sha256("\n".join(lines).encode()).hexdigest()


@pytest.fixture
def unchanged(database: Database) -> Callable[[], AbstractContextManager[None]]:
    """`with unchanged(): ...` fails the test if the block changed the database."""

    @contextmanager
    def check() -> Iterator[None]:
        before = database_state(database)
        yield
        assert database_state(database) == before, "a refused change altered the database"

    return check
