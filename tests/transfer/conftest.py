"""Helpers for the import/export tests: what a user would compare before and after."""

from __future__ import annotations

from pathlib import Path

import pytest

from pledge_tracker.db import audit
from pledge_tracker.db.uow import Database
from pledge_tracker.services import queries


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
