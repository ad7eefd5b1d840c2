"""Starting the desktop app: the QApplication, the first-start questions, the main window."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from pledge_tracker.bootstrap import open_app_database
from pledge_tracker.db.uow import Database
from pledge_tracker.domain.errors import PledgeError
from pledge_tracker.paths import default_database
from pledge_tracker.ui import errors
from pledge_tracker.ui.context import AppContext
from pledge_tracker.ui.dialogs.display_name_dialog import ask_display_name
from pledge_tracker.ui.main_window import DB_FILTER, MainWindow
from pledge_tracker.ui.qt_fixes import protect_none
from pledge_tracker.ui.settings import Settings
from pledge_tracker.ui.workers import wait_for_workers

ORGANISATION = "PledgeTracker"
APPLICATION = "Pledge Tracker"


def tr(text: str) -> str:
    return QCoreApplication.translate("App", text)


def make_application() -> QApplication:
    """The QApplication, named (settings live under these names) and following the system."""
    protect_none()
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
        Qt.HighDpiScaleFactorRoundingPolicy.PassThrough  # crisp at 125 % and 150 %
    )
    QCoreApplication.setOrganizationName(ORGANISATION)
    QCoreApplication.setApplicationName(APPLICATION)
    app = QApplication(sys.argv[:1])
    if sys.platform != "darwin":  # Fusion follows the system's light or dark palette
        app.setStyle("Fusion")
    return app


def open_start_database(db: str | None, settings: Settings) -> Database | None:
    """Open `db` (default: the app's own, created and seeded on first start).

    When it cannot be opened, say why and offer another file, a new one, or quitting.
    """
    target = db or str(default_database())
    while True:
        try:
            return open_app_database(target, actor=settings.display_name or None)
        except PledgeError as error:
            target = _ask_instead(str(error))
            if target is None:
                return None


def _ask_instead(message: str) -> str | None:
    box = QMessageBox(QMessageBox.Icon.Warning, APPLICATION, message)
    box.setInformativeText(tr("You can open another database or create a new one."))
    other = box.addButton(tr("&Open Another…"), QMessageBox.ButtonRole.AcceptRole)
    new = box.addButton(tr("Create &New…"), QMessageBox.ButtonRole.ActionRole)
    box.addButton(tr("&Quit"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    home = str(Path.home())
    if box.clickedButton() is other:
        path, _ = QFileDialog.getOpenFileName(None, tr("Open Database"), home, DB_FILTER)
        return path or None
    if box.clickedButton() is new:
        path, _ = QFileDialog.getSaveFileName(None, tr("New Database"), home, DB_FILTER)
        return path or None
    return None


def start(db: str | None, settings: Settings | None = None) -> MainWindow | None:
    """Everything up to a shown main window (None if the user chose to quit)."""
    settings = settings or Settings()
    if not settings.display_name:
        ask_display_name(settings)  # cancelled: the login name signs changes until set
    database = open_start_database(db, settings)
    if database is None:
        return None
    window = MainWindow(AppContext(database, settings))
    path = window.database_path()
    if path is not None:
        settings.add_recent(str(path.resolve()))
    window.show()
    return window


def run_app(db: str | None) -> int:
    """Open the desktop app on `db` (or the default database) and run until it is closed."""
    app = make_application()
    errors.install()
    window = start(db)
    if window is None:
        return 1
    code = app.exec()
    wait_for_workers()
    window.context.database.dispose()
    return int(code)
