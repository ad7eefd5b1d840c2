"""Starting the desktop app: the QApplication, the first-start questions, the main window."""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from pledge_tracker import temp_copies
from pledge_tracker.bootstrap import open_app_database
from pledge_tracker.db.backup import BackupInfo, newest_good_backup
from pledge_tracker.db.engine import database_url, sqlite_path
from pledge_tracker.db.uow import Database
from pledge_tracker.domain.errors import PledgeError
from pledge_tracker.paths import ICON_NAME, default_database, icon_file
from pledge_tracker.services.restore import restore
from pledge_tracker.ui import errors, file_dialogs, screen_fit, start_check
from pledge_tracker.ui.context import AppContext
from pledge_tracker.ui.dialogs.display_name_dialog import ask_display_name
from pledge_tracker.ui.error_text import error_text
from pledge_tracker.ui.i18n import apply_language
from pledge_tracker.ui.main_window import DB_FILTER, MainWindow
from pledge_tracker.ui.qt_fixes import protect_none
from pledge_tracker.ui.settings import Settings
from pledge_tracker.ui.workers import wait_for_workers

ORGANISATION = "PledgeTracker"
APPLICATION = "Pledge Tracker"


def make_application(language: str | None = None) -> QApplication:
    """The QApplication, named (settings live under these names), in `language` ("en",
    "fr"; "" the system's; None: the one chosen in Settings)."""
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
    icon = icon_file()
    if icon is not None:  # the main window and every dialog carry it
        app.setWindowIcon(QIcon(str(icon)))
    QGuiApplication.setDesktopFileName(ICON_NAME)  # Wayland: packaging/linux/*.desktop
    # Counts read "1 supporter", "2 supporters"; dates, numbers and sorting follow too.
    apply_language(app, Settings().language if language is None else language)
    screen_fit.install(app)  # every dialog opens within the screen, taskbar left out
    if sys.platform != "darwin":  # Fusion follows the system's light or dark palette
        app.setStyle("Fusion")
    return app


def open_start_database(db: str | None, settings: Settings) -> Database | None:
    """Open `db` (default: the app's own, created and seeded on first start).

    When it cannot be opened, say why and offer another file, a new one, or quitting.
    """
    target: str | None = db or str(default_database())
    while target is not None:
        try:
            # The page check and the daily backup run after the first paint (MainWindow).
            return open_app_database(target, actor=settings.display_name or None, upkeep_later=True)
        except PledgeError as error:
            target = _ask_instead(error_text(error), target, settings)
    return None


def _ask_instead(message: str, target: str, settings: Settings) -> str | None:
    """What to open instead: a restored backup, another file, a new one, or nothing."""
    box = QMessageBox(QMessageBox.Icon.Warning, APPLICATION, message)
    box.setInformativeText(
        QCoreApplication.translate("App", "You can open another database or create a new one.")
    )
    good = _newest_good_backup(target)
    restore_button = None
    if good is not None:
        restore_button = box.addButton(
            QCoreApplication.translate("App", "&Restore the Backup of {0}").format(good.label),
            QMessageBox.ButtonRole.YesRole,
        )
        box.setDefaultButton(restore_button)
    other = box.addButton(
        QCoreApplication.translate("App", "&Open Another…"), QMessageBox.ButtonRole.AcceptRole
    )
    new = box.addButton(
        QCoreApplication.translate("App", "Create &New…"), QMessageBox.ButtonRole.ActionRole
    )
    box.addButton(QCoreApplication.translate("App", "&Quit"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    if restore_button is not None and box.clickedButton() is restore_button:
        return _restore(target, good) if good is not None else None
    if box.clickedButton() is other:
        return file_dialogs.open_file(
            settings, None, QCoreApplication.translate("App", "Open Database"), DB_FILTER
        )
    if box.clickedButton() is new:
        chosen = file_dialogs.save_file(
            settings,
            None,
            QCoreApplication.translate("App", "New Database"),
            "pledge-tracker.db",
            DB_FILTER,
        )
        return chosen[0] if chosen is not None else None
    return None


def _newest_good_backup(target: str) -> BackupInfo | None:
    path = sqlite_path(database_url(target))
    return newest_good_backup(path) if path is not None else None


def _restore(target: str, good: BackupInfo) -> str | None:
    """Put the backup in place (the damaged file is kept aside, unchanged) and say so."""
    try:
        result = restore(target, good.path)
    except PledgeError as error:
        QMessageBox.warning(None, APPLICATION, error_text(error))
        return None
    QMessageBox.information(
        None,
        APPLICATION,
        QCoreApplication.translate(
            "App",
            "Restored the backup of {0}. Changes made after it are not in the restored "
            "database. The damaged file was kept as {1}.",
        ).format(good.label, result.kept_aside),
    )
    return target


def start(db: str | None, settings: Settings | None = None) -> MainWindow | None:
    """Everything up to a shown main window (None if the user chose to quit)."""
    settings = settings or Settings()
    if not settings.display_name:
        ask_display_name(settings)  # cancelled: the login name signs changes until set
    database = open_start_database(db, settings)
    if database is None:
        return None
    window = MainWindow(AppContext(database, settings))
    window.upkeep_after_first_paint()
    path = window.database_path()
    if path is not None:
        settings.add_recent(str(path.resolve()))
    window.show()
    return window


def run_app(db: str | None) -> int:
    """Open the desktop app on `db` (or the default database) and run until it is closed."""
    app = make_application()
    errors.install()
    temp_copies.remove_stale()  # attachment copies a crashed run left behind
    if start_check.wanted():  # the packaged app's smoke test (packaging/smoke_test.sh)
        start_check.install(app)
    window = start(db)
    if window is None:
        return 1
    try:
        code = app.exec()
    finally:
        shutdown(window)
    return int(code)


def shutdown(window: MainWindow) -> None:
    """After the window has closed: finish the workers, close the database, and remove the
    temporary copies of attachments opened in other programs."""
    try:
        wait_for_workers()
        window.context.database.dispose()
    finally:
        temp_copies.remove_own()
