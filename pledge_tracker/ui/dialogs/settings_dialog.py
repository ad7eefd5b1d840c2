"""Settings: who signs the changes, how old evidence may get, the paper size, the language."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from pledge_tracker.ui.context import AppContext
from pledge_tracker.ui.keys import bind_save

PAPER_SIZES = {"a4": "A4", "letter": "US Letter"}
# Each language named in itself, so that a user lost in the other one still finds theirs.
LANGUAGE_NAMES = {"en": "English", "fr": "Français"}


class SettingsDialog(QDialog):
    """Edits the preferences; OK saves them and applies them at once."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        settings = context.settings
        self.setWindowTitle(self.tr("Settings"))
        self.display_name = QLineEdit(settings.display_name)
        self.display_name.setAccessibleName(self.tr("Display name"))
        self.display_name.setToolTip(self.tr("Recorded as the assessor and in the audit log"))
        self.freshness = QSpinBox()
        self.freshness.setRange(1, 120)
        self.freshness.setSuffix(self.tr(" months"))
        self.freshness.setValue(settings.freshness_months)
        self.freshness.setAccessibleName(self.tr("Evidence freshness age in months"))
        self.rank_threshold = QSpinBox()
        self.rank_threshold.setRange(0, 100)
        self.rank_threshold.setSuffix(" %")
        self.rank_threshold.setValue(settings.rank_threshold)
        self.rank_threshold.setAccessibleName(self.tr("Coverage needed to be ranked, in percent"))
        self.paper = QComboBox()
        for key, name in PAPER_SIZES.items():
            self.paper.addItem(name, key)
        self.paper.setCurrentIndex(max(0, self.paper.findData(settings.paper_size)))
        self.paper.setAccessibleName(self.tr("Default paper size"))
        self.language = QComboBox()
        self.language.addItem(self.tr("System default"), "")
        for key, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, key)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language)))
        self.language.setAccessibleName(self.tr("Interface language"))
        form = QFormLayout()
        form.addRow(self.tr("&Display name:"), self.display_name)
        form.addRow(self.tr("Evidence &freshness:"), self.freshness)
        form.addRow(
            "",
            _hint(
                self.tr(
                    "An assessment whose newest evidence is older than this is marked "
                    "“needs review”."
                )
            ),
        )
        form.addRow(self.tr("&Ranking threshold:"), self.rank_threshold)
        form.addRow(
            "",
            _hint(
                self.tr(
                    "Reports rank only supporters with at least this share of their commitments "
                    "assessed; the others are listed apart as not enough assessed to rank."
                )
            ),
        )
        form.addRow(self.tr("Default &paper size:"), self.paper)
        form.addRow(self.tr("&Language:"), self.language)
        form.addRow(
            "",
            _hint(
                self.tr(
                    "The interface, dates, numbers and sorting change to this language "
                    "the next time Pledge Tracker starts."
                )
            ),
        )
        self.message = QLabel()
        self.message.setAccessibleName(self.tr("Why the settings cannot be saved yet"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        bind_save(self, self.accept)
        self.buttons.rejected.connect(self.reject)
        self.display_name.textChanged.connect(self._validate)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self._validate()

    def _validate(self) -> None:
        problem = "" if self.display_name.text().strip() else self.tr("Give a display name.")
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not problem)
        self.message.setText(problem)
        self.message.setVisible(bool(problem))

    def accept(self) -> None:
        """Save, then let every view use the new values (the matrix re-marks stale cells)."""
        settings = self._context.settings
        settings.display_name = self.display_name.text()
        settings.freshness_months = self.freshness.value()
        settings.rank_threshold = self.rank_threshold.value()
        settings.paper_size = str(self.paper.currentData())
        settings.language = str(self.language.currentData())  # applied at the next start
        settings.sync()
        self._context.apply_settings()
        super().accept()


def _hint(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 0.9)
    label.setFont(font)
    return label
