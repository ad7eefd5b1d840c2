"""A combo box of the database's incidents, by name, loaded in a worker (most recent first)."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QWidget

from pledge_tracker.domain.changes import Changes
from pledge_tracker.services import window_reads
from pledge_tracker.ui.context import AppContext
from pledge_tracker.ui.widgets.background_loader import BackgroundLoader


def load_incident_names(context: AppContext) -> list[str]:
    return window_reads.incident_names(context.database)


class IncidentPicker(QComboBox):
    """Which incident a report is about; refilled when incidents change or the file does."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Incident"))
        self.setPlaceholderText(self.tr("No incident recorded"))
        self.loader = BackgroundLoader(context, self, load_incident_names)
        self.loader.sig_loaded.connect(self._on_loaded)
        context.database_replaced.connect(self.loader.load)
        context.data_changed.connect(self._on_data_changed)
        self.loader.load()

    def _on_data_changed(self, changed: Changes) -> None:
        if changed.touches({"incident"}):
            self.loader.load()

    def _on_loaded(self, names: list[str], _seconds: float) -> None:
        chosen = self.currentText()
        self.blockSignals(True)
        self.clear()
        self.addItems(names)
        self.setCurrentIndex(max(0, self.findText(chosen)) if chosen else 0)
        self.blockSignals(False)

    def chosen(self) -> str | None:
        return self.currentText() or None
