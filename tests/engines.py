"""Which engines a test runs on, and seeded PostgreSQL databases made from a template.

The db, services, transfer and reports suites run every test that uses the `database` or
`demo_database` fixture twice: `[sqlite]` on a copied file and `[postgresql]` on a database
created from a seeded template on the test server (`CREATE DATABASE x TEMPLATE t`: a file
copy on the server, so no test re-seeds). A test that works on a file (it asks for
`db_path`, opens sqlite3, checks pragmas or WAL) stays on SQLite; one that only looks
SQLite-specific says so with `@pytest.mark.sqlite_only`, which is a deselection, not a skip.
"""

from __future__ import annotations

import uuid
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

import pytest
from sqlalchemy import Engine, create_engine, make_url, select

from pledge_tracker.bootstrap import open_app_database
from pledge_tracker.db import anchor, audit
from pledge_tracker.db import models as m
from pledge_tracker.db.uow import Database
from pledge_tracker.services import seed
from tests.db.postgres_server import POSTGRES_ONLY, SERVER_URL, run_retried

SQLITE = "sqlite"
POSTGRESQL = "postgresql"
BOTH_ENGINE_SUITES = ("db", "services", "transfer", "reports")
DATABASE_FIXTURES = frozenset({"database", "demo_database"})
FILE_FIXTURES = frozenset({"db_path", "demo_db_path"})
ACTOR = "Test Officer"
ENGINES: list[object] = [SQLITE, pytest.param(POSTGRESQL, marks=POSTGRES_ONLY)]


def engines_for(metafunc: pytest.Metafunc) -> list[object] | None:
    """The engine parameters a test gets, or None when it runs on SQLite only (unmarked)."""
    names = set(metafunc.fixturenames)
    path = Path(str(metafunc.definition.path))
    if path.parent.name not in BOTH_ENGINE_SUITES or path.parent.parent.name != "tests":
        return None
    # A module may define its own `database`: only ours (asking for db_engine) can switch.
    if "db_engine" not in names or not names & DATABASE_FIXTURES or names & FILE_FIXTURES:
        return None
    if metafunc.definition.get_closest_marker("sqlite_only"):
        return None
    return ENGINES


def _chain_ends(database: Database) -> tuple[int, str, str | None]:
    """The audit chain's length, head hash and first entry's hash (what an anchor holds)."""
    with database.read() as session:
        head = audit.head(session)
        first = session.scalar(select(m.AuditEntry.hash).where(m.AuditEntry.id == 1))
    return head.count, head.hash, first


def server_url(database: str) -> str:
    """The test server's URL with another database name (password kept: tests connect)."""
    assert SERVER_URL is not None
    return make_url(SERVER_URL).set(database=database).render_as_string(hide_password=False)


class PostgresTemplates:
    """Seeded template databases on the test server, made once per session on first use.

    Copying a template takes the server a second or so on a busy machine, so the next copy
    is made in the background while a test runs on the last one (one spare per template).
    """

    def __init__(self) -> None:
        self._templates: dict[bool, str] = {}
        self._heads: dict[bool, tuple[int, str, str | None]] = {}
        self._server: Engine | None = None
        self._spares: dict[bool, Future[str]] = {}
        self._maker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="pg-copies")

    def server(self) -> Engine:
        if self._server is None:
            assert SERVER_URL is not None
            self._server = create_engine(SERVER_URL, isolation_level="AUTOCOMMIT")
        return self._server

    def _create(self, name: str, template: str | None = None) -> None:
        clause = f' TEMPLATE "{template}"' if template else ""
        self._retried(f'CREATE DATABASE "{name}"{clause}')

    def drop(self, name: str) -> None:
        self._retried(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def _retried(self, statement: str) -> None:
        run_retried(self.server(), statement)

    def template(self, demo: bool) -> str:
        """The name of the seeded template (with the demonstration data when `demo`)."""
        if demo not in self._templates:
            name = f"pledge_tmpl_{'demo' if demo else 'plain'}_{uuid.uuid4().hex[:8]}"
            self._create(name)
            database = open_app_database(server_url(name), actor="test seed")
            try:
                if demo:
                    with database.write(actor="test seed") as tx:
                        seed.load_demo(tx)
                self._heads[demo] = _chain_ends(database)
            finally:
                database.dispose()
            self._templates[demo] = name
        return self._templates[demo]

    def copy(self, demo: bool, *, anchored: bool = True) -> tuple[str, str]:
        """A new database (its name and URL) copied from a template, its chain anchored
        as if it had been written here (as tests/conftest.copy_anchored does for a file);
        `anchored=False` for a database no test's data folder is made for (module scope)."""
        template = self.template(demo)
        spare = self._spares.pop(demo, None)
        name = spare.result() if spare is not None else self._copy_of(template)
        self._spares[demo] = self._maker.submit(self._copy_of, template)
        url = server_url(name)
        if anchored:
            count, head, first = self._heads[demo]
            anchor.save(url, count, head, first, "test")
        return name, url

    def _copy_of(self, template: str) -> str:
        name = f"pledge_test_{uuid.uuid4().hex[:12]}"
        self._create(name, template)
        return name

    def open_copy(self, demo: bool) -> tuple[str, Database]:
        name, url = self.copy(demo)
        return name, open_app_database(url, actor=ACTOR)

    def close(self) -> None:
        """Drop the spare copies and the templates (the copies in use are dropped by their
        tests)."""
        for spare in self._spares.values():
            self.drop(spare.result())
        self._spares.clear()
        self._maker.shutdown()
        for name in self._templates.values():
            self.drop(name)
        self._templates.clear()
        if self._server is not None:
            self._server.dispose()
