"""What the service tests share: proof that a refused change wrote nothing at all."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager

import pytest

from pledge_tracker.db import audit
from pledge_tracker.db.uow import Database
from pledge_tracker.services import queries


def database_state(database: Database) -> tuple[object, ...]:
    """Record counts, the audit head and a digest of every row of every table."""
    with database.read() as session:
        counts = queries.record_counts(session)
        head = audit.head(session)
    raw = database.engine.raw_connection()
    try:
        digest = hashlib.sha256("\n".join(raw.driver_connection.iterdump()).encode()).hexdigest()
    finally:
        raw.close()
    return counts, head, digest


@pytest.fixture
def unchanged(database: Database) -> Callable[[], AbstractContextManager[None]]:
    """`with unchanged(): ...` fails the test if the block changed the database."""

    @contextmanager
    def check() -> Iterator[None]:
        before = database_state(database)
        yield
        assert database_state(database) == before, "a refused change altered the database"

    return check
