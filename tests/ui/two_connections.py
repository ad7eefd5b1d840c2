"""Fixtures for two connections to one database: this window's context and a colleague's.

On SQLite two Database objects share one file; with a server (PLEDGE_TRACKER_TEST_PG_URL)
the same tests run on a fresh PostgreSQL database.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from pledge_tracker.bootstrap import open_app_database
from pledge_tracker.db.engine import database_url, is_sqlite
from pledge_tracker.db.uow import Database
from pledge_tracker.ui.context import AppContext
from pledge_tracker.ui.settings import Settings
from tests.db.conftest import pg_url  # noqa: F401  (the PostgreSQL database per test)
from tests.db.postgres_server import POSTGRES_ONLY
from tests.db.team_users import as_user, granted, temporary_users

ENGINES = [pytest.param("sqlite"), pytest.param("postgres", marks=POSTGRES_ONLY)]


@pytest.fixture(params=ENGINES)
def url(request: pytest.FixtureRequest, db_path: Path) -> str:
    """One database, on SQLite or on the PostgreSQL test server."""
    if request.param == "sqlite":
        return str(db_path)
    return str(request.getfixturevalue("pg_url"))


@pytest.fixture
def mine(url: str, settings: Settings) -> Iterator[AppContext]:
    """This window's context: its own connection to the database."""
    database = open_app_database(url, actor="Test Officer")
    context = AppContext(database, settings)
    yield context
    context.writer.drain()
    context.undo_stack.clear()
    context.database.dispose()


@pytest.fixture
def other(url: str, mine: AppContext) -> Iterator[Database]:
    """A colleague's connection to the same database (opened after it is set up); on a
    server the colleague has their own login (an editor), as a team member would."""
    if is_sqlite(database_url(url)):
        database = open_app_database(url, actor="Other Officer")
        yield database
        database.dispose()
        return
    with temporary_users() as new:
        name, password = new("editor")
        granted(url, name, password, "editor")
        database = open_app_database(as_user(url, name, password))
        yield database
        database.dispose()
