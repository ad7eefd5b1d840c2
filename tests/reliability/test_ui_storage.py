"""The restore dialog and the storage banner, driven as a user would."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt, QThreadPool
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QVBoxLayout, QWidget

from pledge_tracker.bootstrap import open_app_database
from pledge_tracker.db import storage
from pledge_tracker.db.backup import list_backups, take_backup
from pledge_tracker.db.uow import Database
from pledge_tracker.domain.dto import StakeholderInput
from pledge_tracker.services import queries, stakeholders
from pledge_tracker.ui.context import AppContext
from pledge_tracker.ui.dialogs import restore_dialog
from pledge_tracker.ui.dialogs.restore_dialog import RestoreDialog
from pledge_tracker.ui.qt_fixes import protect_none
from pledge_tracker.ui.settings import Settings
from pledge_tracker.ui.widgets.banner import StorageBanner
from tests.reference import COMMITMENTS

protect_none()  # PySide6 6.12 leaks references to None (see ui/qt_fixes.py)
pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints")


@pytest.fixture
def context(qapp: QApplication, database: Database, tmp_path: Path) -> Iterator[AppContext]:
    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    settings.display_name = "Aroha Reviewer"
    ctx = AppContext(database, settings)
    yield ctx
    QThreadPool.globalInstance().waitForDone(5000)
    ctx.undo_stack.clear()
    ctx.database.dispose()


def supporter_names(database: Database) -> set[str]:
    with database.read() as session:
        return {s.name for s in stakeholders.list_stakeholders(session)}


def answer(monkeypatch: pytest.MonkeyPatch, reply: QMessageBox.StandardButton) -> list[str]:
    """Patch the confirmation and warning boxes; returns the texts they were shown."""
    shown: list[str] = []

    def question(_parent: object, _title: str, text: str, *_args: object) -> object:
        shown.append(text)
        return reply

    def warning(_parent: object, _title: str, text: str, *_args: object) -> object:
        shown.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(restore_dialog.QMessageBox, "question", question)
    monkeypatch.setattr(restore_dialog.QMessageBox, "warning", warning)
    return shown


def test_the_dialog_lists_backups_with_dates_and_sizes(qtbot, context: AppContext) -> None:
    path = Path(context.database.url.removeprefix("sqlite:///"))
    take_backup(path, reason="manual")
    with context.database.write() as tx:
        stakeholders.add(tx, StakeholderInput(name="Later Supporter", kind="government"))
    take_backup(path, reason="manual")
    dialog = RestoreDialog(context)
    qtbot.addWidget(dialog)
    backups = list_backups(path)  # the daily one taken when the window opened, and ours
    assert [b.reason for b in backups] == ["manual", "manual", "daily"]
    assert dialog.table.rowCount() == 3
    assert [dialog.table.item(row, 0).text() for row in range(3)] == [b.label for b in backups]
    assert dialog.table.item(0, 1).text() == "Made by hand"
    assert dialog.table.item(2, 1).text() == "Daily"
    assert dialog.table.item(0, 2).text().endswith("KB")
    assert int(dialog.table.item(0, 3).text()) == int(dialog.table.item(1, 3).text()) + 1
    assert dialog.restore_button.isEnabled()  # the newest is chosen for the user


def test_restoring_from_the_dialog_reopens_the_restored_database(
    qtbot, context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = Path(context.database.url.removeprefix("sqlite:///"))
    take_backup(path, reason="manual")
    with context.database.write() as tx:
        stakeholders.add(tx, StakeholderInput(name="Added After", kind="government"))
    shown = answer(monkeypatch, QMessageBox.StandardButton.Yes)
    replaced: list[bool] = []
    context.database_replaced.connect(lambda: replaced.append(True))
    old = context.database

    dialog = RestoreDialog(context)
    qtbot.addWidget(dialog)
    dialog.table.selectRow(0)
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)

    assert "Replace call.db with the backup taken" in shown[0]
    assert dialog.result() == RestoreDialog.DialogCode.Accepted
    assert replaced == [True] and context.database is not old
    assert "Added After" not in supporter_names(context.database)
    aside = next(path.parent.glob("call.db.replaced-*"))
    kept = open_app_database(aside, read_only=True)
    try:
        assert "Added After" in supporter_names(kept)
    finally:
        kept.dispose()
    with context.database.write() as tx:  # the window carries on writing to the restored file
        stakeholders.add(tx, StakeholderInput(name="After The Restore", kind="government"))


def test_saying_no_changes_nothing(
    qtbot, context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = Path(context.database.url.removeprefix("sqlite:///"))
    take_backup(path, reason="manual")
    answer(monkeypatch, QMessageBox.StandardButton.No)
    old = context.database
    dialog = RestoreDialog(context)
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert context.database is old
    assert not list(path.parent.glob("call.db.replaced-*"))


def test_a_bad_backup_is_explained_and_the_window_keeps_its_database(
    qtbot, context: AppContext, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    bad = tmp_path / "not-a-backup.db"
    bad.write_bytes(b"garbage" * 1000)
    shown = answer(monkeypatch, QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(bad), ""))
    old = context.database
    dialog = RestoreDialog(context)
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.file_button, Qt.MouseButton.LeftButton)
    assert "cannot be restored" in shown[-1]
    assert context.database is old
    with old.read() as session:  # disposed connections reopen on demand
        assert queries.record_counts(session)["commitments"] == COMMITMENTS


_HOLDERS: list[QWidget] = []  # the banner lives in a window, as in the app


def _banner(qtbot, context: AppContext) -> StorageBanner:
    holder = QWidget()
    qtbot.addWidget(holder)
    _HOLDERS[:] = [holder]
    banner = StorageBanner(context, holder)
    QVBoxLayout(holder).addWidget(banner)
    return banner


def test_no_banner_for_a_writable_local_database(qtbot, context: AppContext) -> None:
    banner = _banner(qtbot, context)
    assert banner.messages() == []
    assert banner.isHidden()


def test_the_banner_explains_a_read_only_database_and_follows_the_window(
    qtbot, context: AppContext, db_path: Path
) -> None:
    banner = _banner(qtbot, context)
    context.replace_database(open_app_database(db_path, read_only=True))
    assert not banner.isHidden()
    assert banner.text.text().startswith("Read-only: this database was opened read-only.")
    assert "no change can be saved" in banner.text.text()
    context.replace_database(open_app_database(db_path))
    assert banner.isHidden()


def test_the_banner_warns_about_a_network_drive(
    qtbot, context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(
        storage, "network_filesystem", lambda _path, **_kw: "cifs (mounted at /mnt/policy)"
    )
    banner = _banner(qtbot, context)
    text = banner.text.text()
    assert not banner.isHidden()
    assert text.startswith("Network drive: this database is on cifs (mounted at /mnt/policy).")
    assert "SQLite is not safe there" in text and "postgresql+psycopg://" in text
    qtbot.mouseClick(banner.close_button, Qt.MouseButton.LeftButton)
    assert banner.isHidden()


def test_the_dialog_says_where_backups_are_kept_when_there_are_none(
    qtbot, context: AppContext
) -> None:
    path = Path(context.database.url.removeprefix("sqlite:///"))
    for info in list_backups(path):
        info.path.unlink()
    dialog = RestoreDialog(context)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 0
    assert "No backups of call.db yet" in dialog.intro.text()
    assert not dialog.restore_button.isEnabled() and dialog.file_button.isEnabled()
