"""File → Restore Backup: choose one of the rotating backups (or a file), restore and reopen it.

The restore itself (services/restore.py) verifies the backup before anything changes and
keeps the current file aside, so the dialog only has to explain the choice, make sure no
worker still reads the database, and reopen the restored file in the window.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pledge_tracker.bootstrap import open_app_database
from pledge_tracker.db.backup import BackupInfo, backup_folder, list_backups
from pledge_tracker.db.engine import sqlite_path
from pledge_tracker.domain.errors import PledgeError
from pledge_tracker.services.restore import RestoreResult, restore
from pledge_tracker.ui import file_dialogs
from pledge_tracker.ui.context import AppContext
from pledge_tracker.ui.error_text import error_text
from pledge_tracker.ui.translatable import QT_TRANSLATE_NOOP
from pledge_tracker.ui.workers import wait_for_workers

REASONS = {
    "daily": QT_TRANSLATE_NOOP("RestoreDialog", "Daily"),
    "pre-upgrade": QT_TRANSLATE_NOOP("RestoreDialog", "Before an upgrade"),
    "manual": QT_TRANSLATE_NOOP("RestoreDialog", "Made by hand"),
}


class RestoreDialog(QDialog):
    """Lists the backups of the open database with dates and sizes, and restores one."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.result_info: RestoreResult | None = None
        self.setWindowTitle(self.tr("Restore Backup"))
        self.path = sqlite_path(context.database.url)
        self.backups: list[BackupInfo] = list_backups(self.path) if self.path else []
        self.intro = QLabel(self._intro_text())
        self.intro.setWordWrap(True)
        self.table = self._build_table()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = self.buttons.addButton(
            self.tr("&Restore"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.file_button = QPushButton(self.tr("Restore from &File…"))
        self.buttons.addButton(self.file_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        self.restore_button.clicked.connect(self.restore_selected)
        self.file_button.clicked.connect(self.restore_from_file)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.itemDoubleClicked.connect(lambda _item: self.restore_selected())
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)
        self.resize(720, 380)
        if self.backups:
            self.table.selectRow(0)
        self._update_buttons()

    def _intro_text(self) -> str:
        if self.path is None:
            return self.tr(
                "Backups are kept for database files. A database server is backed up and "
                "restored with its own tools (pg_dump, pg_restore)."
            )
        if not self.backups:
            return self.tr("No backups of {0} yet (they are kept in {1}).").format(
                self.path.name, backup_folder(self.path.resolve())
            )
        return self.tr(
            "Choose a backup of {0}. It is checked before anything changes, and the current "
            "file is kept beside it as {0}.replaced-<date>, so nothing is lost."
        ).format(self.path.name)

    def _build_table(self) -> QTableWidget:
        headers = [self.tr("Taken"), self.tr("Why"), self.tr("Size"), self.tr("Audit entries")]
        table = QTableWidget(len(self.backups), len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().hide()
        table.setAccessibleName(self.tr("Backups"))
        for row, info in enumerate(self.backups):
            cells = [
                info.label,
                QCoreApplication.translate("RestoreDialog", REASONS.get(info.reason, info.reason)),
                _size(info.size),
                "" if info.audit_count is None else str(info.audit_count),
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(str(info.path))
                if column >= 2:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                table.setItem(row, column, item)
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        return table

    def _update_buttons(self) -> None:
        self.restore_button.setEnabled(bool(self.table.selectionModel().selectedRows()))
        self.file_button.setEnabled(self.path is not None)

    def selected(self) -> BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.backups[rows[0].row()] if rows else None

    def restore_selected(self) -> None:
        info = self.selected()
        if info is not None:
            self.restore_file(info.path, info.label)

    def restore_from_file(self) -> None:
        chosen = file_dialogs.open_file(
            self.context.settings,
            self,
            self.tr("Restore from File"),
            self.tr("Databases (*.db);;All files (*)"),
        )
        if chosen:
            self.restore_file(Path(chosen), None)

    def restore_file(self, backup: Path, label: str | None) -> bool:
        """Confirm, restore `backup` over the open database and reopen it in the window."""
        assert self.path is not None
        what = self.tr("the backup taken {0}").format(label) if label else backup.name
        answer = QMessageBox.question(
            self,
            self.tr("Restore Backup"),
            self.tr(
                "Replace {0} with {1}? Changes made since then leave the open database, "
                "but the current file is kept aside, so they can be recovered."
            ).format(self.path.name, what),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            wait_for_workers()  # nothing may still read the file being replaced
            self.context.database.dispose()  # close our connections; reopened on demand
            self.result_info = restore(self.path, backup)
            reopened = open_app_database(
                self.path, actor=self.context.settings.display_name or None, create=False
            )
        except PledgeError as error:
            QApplication.restoreOverrideCursor()
            QMessageBox.warning(self, self.tr("Restore Backup"), error_text(error))
            return False
        QApplication.restoreOverrideCursor()
        self.context.replace_database(reopened)
        self.context.close_undo_history(self.tr("Backup restored"))
        self.accept()
        return True


def _size(size: float) -> str:
    for unit in ("B", "KB", "MB"):
        if size < 1024:
            return f"{size:.0f} {unit}" if unit == "B" else f"{size:.1f} {unit}"
        size /= 1024
    return f"{size:.1f} GB"
