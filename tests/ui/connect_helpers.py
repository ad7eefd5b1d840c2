"""Helpers for the Connect to Team Database tests: fill the dialog as a user types."""

from __future__ import annotations

from PySide6.QtCore import Qt

from pledge_tracker.ui.dialogs.connect_dialog import ConnectDialog
from pledge_tracker.ui.main_window import MainWindow


def open_dialog(qtbot, window: MainWindow) -> ConnectDialog:
    dialog = ConnectDialog(window.context, window)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def fill(
    qtbot, dialog: ConnectDialog, host: str, port: int, database: str, user: str, password: str
) -> None:
    """Type every field (ASCII only: qtbot.keyClicks aborts on other characters)."""
    for box, text in (
        (dialog.server, host),
        (dialog.database, database),
        (dialog.user, user),
        (dialog.password, password),
    ):
        box.clear()
        qtbot.keyClicks(box, text)
    dialog.port.clear()
    qtbot.keyClicks(dialog.port, str(port))


def click_connect(qtbot, dialog: ConnectDialog) -> None:
    qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)


def wait_until_answered(qtbot, dialog: ConnectDialog, timeout: int = 60_000) -> None:
    """Until the opening in the worker succeeded (dialog closed) or failed (message)."""
    qtbot.waitUntil(lambda: not dialog._busy, timeout=timeout)
