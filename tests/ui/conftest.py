"""UI fixtures: settings in a throw-away ini file and an AppContext on a fresh database."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QThreadPool
from PySide6.QtWidgets import QApplication

from pledge_tracker.db.uow import Database
from pledge_tracker.ui.context import AppContext
from pledge_tracker.ui.qt_fixes import protect_none
from pledge_tracker.ui.settings import Settings

protect_none()  # PySide6 6.12 leaks references to None (see ui/qt_fixes.py)

DISPLAY_NAME = "Aroha Reviewer"


@pytest.fixture
def settings(qapp: QApplication, tmp_path: Path) -> Settings:
    """Settings backed by a temporary ini file (never the user's own), with a display name."""
    result = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    result.display_name = DISPLAY_NAME
    return result


@pytest.fixture
def context(database: Database, settings: Settings) -> Iterator[AppContext]:
    """An AppContext on the seeded `database`; its actor is the display name above."""
    ctx = AppContext(database, settings)
    yield ctx
    QThreadPool.globalInstance().waitForDone(5000)  # no worker may outlive its database
    ctx.undo_stack.clear()


@pytest.fixture
def demo_context(demo_database: Database, settings: Settings) -> Iterator[AppContext]:
    """An AppContext on the seeded database with the demonstration evidence."""
    ctx = AppContext(demo_database, settings)
    yield ctx
    QThreadPool.globalInstance().waitForDone(5000)
    ctx.undo_stack.clear()
