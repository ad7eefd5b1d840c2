"""Shared fixtures: an isolated data folder and settings, fresh seeded databases."""

from __future__ import annotations

import os
import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pledge_tracker.bootstrap import open_app_database
from pledge_tracker.db import anchor
from pledge_tracker.db.backup import chain_head_of
from pledge_tracker.db.uow import Database
from pledge_tracker.services import seed
from pledge_tracker.ui.qt_fixes import protect_none
from tests.engines import ACTOR, POSTGRESQL, SQLITE, PostgresTemplates, engines_for

protect_none()  # PySide6 6.12 on Python 3.11 leaks references to None (see ui/qt_fixes.py)

_TEMPLATES: dict[str, Path] = {}


@pytest.fixture(autouse=True)
def isolated_app_data(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Path:
    """Every test gets its own application-data folder (logs, backups, default database)."""
    folder = tmp_path_factory.mktemp("appdata")
    monkeypatch.setenv("PLEDGE_TRACKER_DATA_DIR", str(folder))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(folder / "config"))
    return folder


def _template(tmp_path_factory: pytest.TempPathFactory, demo: bool) -> Path:
    """A seeded database built once per session and copied for each test (seeding is slow)."""
    key = "demo" if demo else "plain"
    if key not in _TEMPLATES:
        path = tmp_path_factory.mktemp("templates") / f"{key}.db"
        database = open_app_database(path, actor="test seed")
        if demo:
            with database.write(actor="test seed") as tx:
                seed.load_demo(tx)
        database.dispose()
        _TEMPLATES[key] = path
    return _TEMPLATES[key]


def _open_copy(template: Path, target: Path) -> Database:
    copy_anchored(template, target)
    return open_app_database(target, actor="Test Officer")


def copy_anchored(template: Path, target: Path) -> None:
    """Copy a template and anchor the copy's audit chain, as if it had been written there."""
    shutil.copy(template, target)
    head = chain_head_of(target)
    assert head is not None
    with sqlite3.connect(target) as raw:
        first = raw.execute("SELECT hash FROM audit_entries WHERE id = 1").fetchone()
    raw.close()
    anchor.save(f"sqlite:///{target.resolve()}", head[0], head[1], first and first[0], "test")


@pytest.fixture
def db_path(tmp_path: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Path of a fresh database seeded with the Call (no demo data)."""
    target = tmp_path / "call.db"
    copy_anchored(_template(tmp_path_factory, demo=False), target)
    return target


@pytest.fixture
def demo_db_path(tmp_path: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Path of a fresh database seeded with the Call and the demonstration evidence."""
    target = tmp_path / "demo.db"
    copy_anchored(_template(tmp_path_factory, demo=True), target)
    return target


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """The db, services, transfer and reports suites run on SQLite and on PostgreSQL."""
    engines = engines_for(metafunc)
    if engines is not None:
        metafunc.parametrize("db_engine", engines)


@pytest.fixture
def db_engine() -> str:
    """The engine of the `database` fixtures: SQLite unless the test is run on both."""
    return SQLITE


@pytest.fixture(scope="session")
def pg_templates() -> Iterator[PostgresTemplates]:
    templates = PostgresTemplates()
    yield templates
    templates.close()


def _engine_database(
    request: pytest.FixtureRequest, db_engine: str, demo: bool
) -> Iterator[Database]:
    if db_engine == POSTGRESQL:
        templates: PostgresTemplates = request.getfixturevalue("pg_templates")
        name, db = templates.open_copy(demo)
        yield db
        db.dispose()
        templates.drop(name)
        return
    db = open_app_database(
        request.getfixturevalue("demo_db_path" if demo else "db_path"), actor=ACTOR
    )
    yield db
    db.dispose()


@pytest.fixture
def database(request: pytest.FixtureRequest, db_engine: str) -> Iterator[Database]:
    """A fresh database seeded with the Call, on the test's engine."""
    yield from _engine_database(request, db_engine, demo=False)


@pytest.fixture
def demo_database(request: pytest.FixtureRequest, db_engine: str) -> Iterator[Database]:
    """A fresh database seeded with the Call and the demonstration evidence."""
    yield from _engine_database(request, db_engine, demo=True)


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]):  # type: ignore[no-untyped-def]
    """In CI a skipped PostgreSQL test is a failure: the server is part of the run."""
    outcome = yield
    report = outcome.get_result()
    if report.skipped and os.environ.get("CI") == "true" and item.get_closest_marker("postgres"):
        report.outcome = "failed"
        report.longrepr = f"{item.nodeid}: PostgreSQL test skipped in CI (the server must run)"
