"""The storage banner: a visible warning when the database is read-only or on a network drive.

Shown above the window's pages (the main window places it). It explains what the state
means for the user's work and what to do, and refreshes itself when another database is
opened. Status is never colour alone: each notice starts with a word that says what it is.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QStyle, QToolButton, QWidget

from pledge_tracker.db import storage
from pledge_tracker.db.engine import sqlite_path
from pledge_tracker.ui.context import AppContext

_STYLE = (
    "#storageBanner { background: #FFF4CE; border-bottom: 1px solid #C9A227; }"
    "#storageBanner QLabel { color: #3D2E00; }"
)


class StorageBanner(QFrame):
    """Read-only and network-drive notices for the open database; hidden when there are none."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("storageBanner")
        self.setStyleSheet(_STYLE)
        self.setAccessibleName(self.tr("Database warning"))
        icon = QLabel()
        icon.setPixmap(
            self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(24, 24)
        )
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.close_button = QToolButton()
        self.close_button.setText("✕")
        self.close_button.setToolTip(self.tr("Hide this warning until the next database"))
        self.close_button.setAccessibleName(self.tr("Hide warning"))
        self.close_button.setAutoRaise(True)
        self.close_button.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addWidget(icon)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        context.database_replaced.connect(self.refresh)
        self.refresh()

    def messages(self) -> list[str]:
        """The notices that apply to the open database, most important first."""
        database = self.context.database
        path = sqlite_path(database.url)
        notices = []
        if database.read_only:
            reason = storage.cannot_write(path) if path is not None else None
            notices.append(
                self.tr(
                    "Read-only: {0}. You can read, search, chart and print, but no change can "
                    "be saved. To make changes, copy the file to a folder you can write to "
                    "and open the copy."
                ).format(reason or self.tr("this database was opened read-only"))
            )
        kind = storage.network_filesystem(path) if path is not None else None
        if kind is not None:
            notices.append(
                self.tr(
                    "Network drive: this database is on {0}. SQLite is not safe there: file "
                    "locking over a network can fail and damage the database, above all when "
                    "two people use it at once. Keep it on this computer's own disk, or, for "
                    "a team, use a shared PostgreSQL server "
                    "(pledge-tracker --db postgresql+psycopg://USER@SERVER/pledge_tracker)."
                ).format(kind)
            )
        return notices

    def refresh(self) -> None:
        notices = self.messages()
        self.text.setText("\n\n".join(notices))
        self.setVisible(bool(notices))
