"""The Takedown view's filters: incident, platform, period (from, to) and how found.

Each choice changes the filter at once (`sig_changed`); `current()` gives the service's
TakedownFilter. The incident and platform lists come from the last load and keep the
current choice when they are refilled.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from pledge_tracker.domain.kinds import FoundHow
from pledge_tracker.domain.takedown import IncidentDTO, TakedownFilter
from pledge_tracker.ui.widgets.date_edit import OptionalDateEdit


class TakedownFilters(QWidget):
    """Combo boxes and dates that say which sightings the figures cover."""

    sig_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.incident = QComboBox()
        self.incident.setObjectName("incident")
        self.platform = QComboBox()
        self.platform.setObjectName("platform")
        self.found_how = QComboBox()
        self.found_how.setObjectName("found_how")
        self.since = OptionalDateEdit(field="since")
        self.since.setObjectName("since")
        self.until = OptionalDateEdit(field="until")
        self.until.setObjectName("until")
        self._fill_static()
        self._lay_out()
        for combo in (self.incident, self.platform, self.found_how):
            combo.currentIndexChanged.connect(self._changed)
        for edit in (self.since, self.until):
            edit.sig_date_edited.connect(self._changed)

    def _fill_static(self) -> None:
        self.incident.addItem(self.tr("Every incident"), None)
        self.platform.addItem(self.tr("Every platform"), None)
        self.found_how.addItem(self.tr("Found any way"), None)
        for how, label in (
            (FoundHow.OWN_SEARCH, self.tr("Own search")),
            (FoundHow.TOOL, self.tr("A tool")),
            (FoundHow.TIP, self.tr("A tip")),
            (FoundHow.REMOVAL_ORDER, self.tr("Removal order")),
        ):
            self.found_how.addItem(label, how.value)
        for combo, name in (
            (self.incident, self.tr("Incident")),
            (self.platform, self.tr("Platform")),
            (self.found_how, self.tr("How it was found")),
            (self.since, self.tr("Found from")),
            (self.until, self.tr("Found until")),
        ):
            combo.setAccessibleName(name)

    def _lay_out(self) -> None:
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        for text, widget in (
            (self.tr("&Incident:"), self.incident),
            (self.tr("P&latform:"), self.platform),
            (self.tr("Found &by:"), self.found_how),
            (self.tr("&From:"), self.since),
            (self.tr("&To:"), self.until),
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            row.addWidget(label)
            row.addWidget(widget)
        row.addWidget(self.since.error_label())
        row.addWidget(self.until.error_label())
        row.addStretch(1)

    def _changed(self) -> None:
        if self.since.error() is None and self.until.error() is None:
            self.sig_changed.emit()

    def set_choices(self, incidents: Sequence[IncidentDTO], platforms: Sequence[str]) -> None:
        """Refill the incident and platform lists, keeping what is chosen (no signal)."""
        for combo, items in (
            (self.incident, [(i.name, i.uid) for i in incidents]),
            (self.platform, [(p, p) for p in platforms]),
        ):
            chosen = combo.currentData()
            combo.blockSignals(True)
            while combo.count() > 1:
                combo.removeItem(1)
            for label, value in items:
                combo.addItem(label, value)
            combo.setCurrentIndex(max(0, combo.findData(chosen)) if chosen is not None else 0)
            combo.blockSignals(False)

    def current(self) -> TakedownFilter:
        """The service's filter for what is chosen (figures as of now)."""
        how = self.found_how.currentData()
        return TakedownFilter(
            incident_uid=self.incident.currentData(),
            platform=self.platform.currentData(),
            since=self.since.date(),
            until=self.until.date(),
            found_how=FoundHow(how) if how else None,
        )
