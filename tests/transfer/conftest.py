"""Helpers for the import/export tests: what a user would compare before and after."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from pledge_tracker.bootstrap import open_app_database
from pledge_tracker.db import audit
from pledge_tracker.db.uow import Database
from pledge_tracker.services import queries
from pledge_tracker.services.transfer.package import export_package


def state(database: Database) -> tuple[dict[str, int], str]:
    """Every record count and the audit chain's head: unchanged means nothing was written."""
    with database.read() as session:
        return queries.record_counts(session), audit.head(session).hash


def write_csv(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def files(tmp_path: Path) -> Path:
    folder = tmp_path / "files"
    folder.mkdir()
    return folder


Entries = dict[str, bytes]


@pytest.fixture(scope="module")
def valid(tmp_path_factory: pytest.TempPathFactory) -> Entries:
    """The entries of a real package of a seeded database, to be made hostile or wrong."""
    folder = tmp_path_factory.mktemp("valid")
    database = open_app_database(folder / "v.db", actor="seed")
    try:
        path = export_package(database, folder / "valid.zip").path
    finally:
        database.dispose()
    with zipfile.ZipFile(path) as zipped:
        return {name: zipped.read(name) for name in zipped.namelist()}
