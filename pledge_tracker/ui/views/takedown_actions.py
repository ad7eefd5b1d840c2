"""What the Takedown view's buttons do: export its tables, and copy one live address.

Exports go through the shared sheet writers (CSV one table, XLSX every table) with the
addresses defanged. Copying a live address is the only way the app ever hands one out: it
asks first, with a warning, and reads the address only once the user has agreed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from pledge_tracker.services.takedown_screen import (
    TakedownScreen,
    live_address,
    with_every_online,
)
from pledge_tracker.services.transfer.takedown_sheets import export_takedown
from pledge_tracker.ui.context import AppContext
from pledge_tracker.ui.export_actions import ask_path
from pledge_tracker.ui.workers import Worker


def export_screen(
    context: AppContext,
    screen: TakedownScreen,
    fmt: str,
    table: str = "platforms",
    parent: QWidget | None = None,
    on_done: Callable[[Path], None] | None = None,
) -> Worker | None:
    """Ask where, then write the table (CSV) or every table (XLSX) in a worker."""
    name = f"takedown-{table if fmt == 'csv' else 'figures'}-{dt.date.today().isoformat()}"
    path = ask_path(
        context,
        parent,
        QCoreApplication.translate("TakedownView", "Export Takedown Figures"),
        name,
        fmt,
    )
    if path is None:
        return None

    database = context.database

    def write(_worker: Worker) -> Path:
        return export_takedown(with_every_online(database, screen), path, fmt, table)

    return context.run(write, on_done or (lambda _path: None), owner=parent)


def confirm_copy(parent: QWidget | None) -> bool:
    """The warning before a live address reaches the clipboard; True only on an explicit yes."""
    answer = QMessageBox.warning(
        parent,
        QCoreApplication.translate("TakedownView", "Copy the live address?"),
        QCoreApplication.translate(
            "TakedownView",
            "This puts the live address of terrorist or violent extremist content on the "
            "clipboard. Do not open it in a browser; paste it only where a removal request "
            "needs it, and clear the clipboard afterwards.",
        ),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    return answer == QMessageBox.StandardButton.Yes


def copy_live_address(
    context: AppContext, uid: str, parent: QWidget | None, on_done: Callable[[], None]
) -> bool:
    """After the warning, read the stored address and put it on the clipboard."""
    if not confirm_copy(parent):
        return False
    database = context.database

    def copied(address: str) -> None:
        QApplication.clipboard().setText(address)
        on_done()

    context.run(lambda _worker: live_address(database, uid), copied, owner=parent)
    return True
