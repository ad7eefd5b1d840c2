"""First start: the name that signs every assessment and change this user makes."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from pledge_tracker.db.uow import default_actor
from pledge_tracker.ui.keys import bind_save
from pledge_tracker.ui.settings import Settings


class DisplayNameDialog(QDialog):
    """Asks for a display name; OK stays disabled until there is one."""

    def __init__(self, suggestion: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Welcome to Pledge Tracker"))
        intro = QLabel(
            self.tr(
                "Your name is recorded with every assessment you make and every change you "
                "save, so that readers know who judged what. You can change it later in "
                "Settings."
            )
        )
        intro.setWordWrap(True)
        self.name = QLineEdit(suggestion)
        self.name.setPlaceholderText(self.tr("e.g. Aroha Ngata, DPMC"))
        self.name.setAccessibleName(self.tr("Your display name"))
        label = QLabel(self.tr("Your &name:"))
        label.setBuddy(self.name)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        bind_save(self, self.accept)
        self.buttons.rejected.connect(self.reject)
        self.name.textChanged.connect(self._validate)
        layout = QVBoxLayout(self)
        for widget in (intro, label, self.name, self.buttons):
            layout.addWidget(widget)
        self.setMinimumWidth(420)
        self._validate()

    def _validate(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.name.text().strip()))

    def display_name(self) -> str:
        return self.name.text().strip()


def ask_display_name(settings: Settings, parent: QWidget | None = None) -> bool:
    """Ask on first start; False if the user cancelled (the app then uses the login name)."""
    dialog = DisplayNameDialog(settings.display_name or default_actor(), parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    settings.display_name = dialog.display_name()
    settings.sync()
    return True
