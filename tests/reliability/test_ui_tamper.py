"""The quick check at open: the window's banner shows tampering and a missing anchor."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt, QThreadPool
from PySide6.QtWidgets import QApplication, QMessageBox, QVBoxLayout, QWidget
from sqlalchemy import select

from pledge_tracker.bootstrap import open_app_database
from pledge_tracker.db import anchor
from pledge_tracker.db.models import AuditEntry
from pledge_tracker.paths import backups_dir
from pledge_tracker.ui.context import AppContext
from pledge_tracker.ui.qt_fixes import protect_none
from pledge_tracker.ui.settings import Settings
from pledge_tracker.ui.widgets import banner as banner_module
from pledge_tracker.ui.widgets.banner import StorageBanner
from tests.reliability import tally
from tests.reliability.files import raw_sql

protect_none()  # PySide6 6.12 leaks references to None (see ui/qt_fixes.py)
pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints")
_HOLDERS: list[QWidget] = []


@pytest.fixture
def opened(qapp: QApplication, tmp_path: Path) -> Iterator[list[AppContext]]:
    contexts: list[AppContext] = []
    yield contexts
    QThreadPool.globalInstance().waitForDone(5000)
    for context in contexts:
        context.database.dispose()


def open_window(qtbot, opened: list[AppContext], db: Path, tmp_path: Path) -> StorageBanner:
    """Open the database as the app does, with the banner in a window."""
    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    context = AppContext(open_app_database(db), settings)
    opened.append(context)
    holder = QWidget()
    qtbot.addWidget(holder)
    _HOLDERS[:] = [holder]
    banner = StorageBanner(context, holder)
    QVBoxLayout(holder).addWidget(banner)
    return banner


def test_a_level_changed_behind_the_apps_back_shows_at_open(
    qtbot, opened: list[AppContext], demo_db_path: Path, tmp_path: Path
) -> None:
    raw_sql(demo_db_path, "UPDATE assessments SET level = 'full'")  # every one: any sample
    banner = open_window(qtbot, opened, demo_db_path, tmp_path)
    text = banner.text.text()
    assert not banner.isHidden()
    assert text.startswith("Tampering found: assessment ")
    assert "stored data differs from what the audit log recorded" in text
    assert banner.accept_button.isHidden()
    tally.refused("tamper:level changed, seen at open")


def test_a_missing_anchor_shows_and_can_be_accepted_with_an_audit_entry(
    qtbot,
    opened: list[AppContext],
    db_path: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    anchor.forget(f"sqlite:///{db_path.resolve()}")
    shutil.rmtree(backups_dir(db_path), ignore_errors=True)
    banner = open_window(qtbot, opened, db_path, tmp_path)
    assert not banner.isHidden()
    assert banner.text.text().startswith("Audit anchor missing: the outside anchor is missing")
    assert not banner.accept_button.isHidden()
    asked: list[str] = []

    def question(_parent: object, _title: str, text: str, *_args: object) -> object:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(banner_module.QMessageBox, "question", question)
    qtbot.mouseClick(banner.accept_button, Qt.MouseButton.LeftButton)
    assert asked and "recorded in the audit log" in asked[0]
    assert banner.isHidden()
    database = opened[0].database
    with database.read() as session:
        newest = session.execute(
            select(AuditEntry.id, AuditEntry.action).order_by(AuditEntry.id.desc())
        ).first()
    assert newest is not None and newest.action == "reanchor"
    kept = anchor.load(database.url)
    assert kept is not None and kept.count == newest.id


def test_the_window_shows_a_tampered_level_once_it_has_painted(
    qtbot, demo_db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The started app checks after its first paint (in a worker), and still says so (a
    changed rationale: the matrix itself can still be drawn)."""
    from pledge_tracker.ui import app as app_module
    from pledge_tracker.ui.workers import wait_for_workers

    monkeypatch.setenv("PLEDGE_TRACKER_DATA_DIR", str(tmp_path / "data"))
    raw_sql(demo_db_path, "UPDATE assessments SET rationale = 'Rewritten behind the app.'")
    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    settings.display_name = "Tamper Test"
    window = app_module.start(str(demo_db_path), settings)
    assert window is not None
    qtbot.addWidget(window)
    try:
        qtbot.waitUntil(
            lambda: window.banner.text.text().startswith("Tampering found"), timeout=30_000
        )
        assert not window.banner.isHidden()
        assert window.matrix.model.matrix is not None  # the matrix was painted meanwhile
    finally:
        wait_for_workers()
        window.close()
        window.context.database.dispose()
    tally.refused("tamper:level changed, seen after the first paint")
