"""Add or edit an incident: its name, local date and time in an IANA zone, place, sources.

The moment is typed as it was on the clock where it happened (date, time, zone); the
incidents service stores it in UTC. Deleting asks first (`confirm_delete_incident`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from zoneinfo import available_timezones

from PySide6.QtCore import QCoreApplication, QTime, QTimeZone
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QTimeEdit,
    QWidget,
)

from pledge_tracker.db.uow import Tx
from pledge_tracker.domain.errors import PledgeError
from pledge_tracker.domain.takedown import IncidentDTO
from pledge_tracker.domain.validate import clean_field
from pledge_tracker.services import incidents
from pledge_tracker.ui.context import AppContext
from pledge_tracker.ui.dialogs.validated_dialog import ValidatedDialog, problem
from pledge_tracker.ui.widgets.date_edit import OptionalDateEdit
from pledge_tracker.ui.widgets.searchable_combo import chosen_data, make_searchable


def system_zone() -> str:
    """The computer's IANA time zone name, or UTC when Qt cannot tell or Python lacks it."""
    name = bytes(QTimeZone.systemTimeZoneId().data()).decode("ascii", "replace")
    return name if name in available_timezones() else "UTC"


def zone_chooser(chosen: str) -> QComboBox:
    """A searchable list of every IANA time zone, `chosen` selected."""
    combo = QComboBox()
    for name in sorted(available_timezones()):
        combo.addItem(name, name)
    make_searchable(combo)
    found = combo.findData(chosen)
    combo.setCurrentIndex(found if found >= 0 else max(combo.findData("UTC"), 0))
    return combo


class IncidentDialog(ValidatedDialog):
    """Records a new incident, or changes one (`incident`); audited."""

    stale_entity = "incident"

    def __init__(
        self,
        context: AppContext,
        parent: QWidget | None = None,
        incident: IncidentDTO | None = None,
    ) -> None:
        title = (
            QCoreApplication.translate("IncidentDialog", "Edit incident")
            if incident
            else QCoreApplication.translate("IncidentDialog", "New incident")
        )
        super().__init__(context, title, parent)
        self.editing = incident
        self._state: str | None = None  # the stored state the form was filled from
        if incident is not None:  # filled from the incident as stored now, with its state
            self.editing, self._state = incidents.read_with_state(context.database, incident.id)
        self.result_dto: IncidentDTO | None = None
        self._build_fields(self.editing.time_zone if self.editing else system_zone())
        if self.editing is not None:
            self._fill(self.editing)
        for edit in (self.name, self.day):
            edit.textChanged.connect(self.revalidate)
        self.sources.textChanged.connect(self.revalidate)
        self.resize(620, self.sizeHint().height())
        self.revalidate()

    def _build_fields(self, zone: str) -> None:
        self.name = QLineEdit()
        self.day = OptionalDateEdit(field="occurred_at")
        self.time = QTimeEdit()
        self.time.setDisplayFormat("HH:mm")
        self.time.setAccessibleName(self.tr("Local time"))
        self.zone = zone_chooser(zone)
        self.zone.setAccessibleName(self.tr("Time zone"))
        when = QWidget()
        row = QHBoxLayout(when)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.day, 1)
        row.addWidget(self.time)
        row.addWidget(self.zone, 2)
        self.place = QLineEdit()
        self.description = QPlainTextEdit()
        self.description.setTabChangesFocus(True)
        self.description.setFixedHeight(80)
        self.sources = QPlainTextEdit()
        self.sources.setTabChangesFocus(True)
        self.sources.setFixedHeight(70)
        self.sources.setPlaceholderText(self.tr("One link a line: https://…"))
        self.add_field(self.tr("&Name:"), self.name, "name", self.tr("Name"))
        self.add_field(self.tr("&When (local):"), when, "occurred_at", self.tr("When it happened"))
        self.day.setAccessibleName(self.tr("Local date"))
        self.add_field(self.tr("&Place:"), self.place, "place", self.tr("Place"))
        self.add_field(
            self.tr("&Description:"), self.description, "description", self.tr("Description")
        )
        self.add_field(self.tr("&Sources:"), self.sources, "sources", self.tr("Source links"))
        self._first_field = self.name

    def _fill(self, incident: IncidentDTO) -> None:
        local = incident.local_time
        self.name.setText(incident.name)
        self.day.set_date(local.date())
        self.time.setTime(QTime(local.hour, local.minute))
        self.place.setText(incident.place or "")
        self.description.setPlainText(incident.description or "")
        self.sources.setPlainText("\n".join(incident.sources))

    def checks(self) -> dict[str, Callable[[], str | None]]:
        return {
            "name": lambda: problem(
                lambda: clean_field("incidents", "name", self.name.text()), self.tr("The name")
            ),
            "occurred_at": self._date_problem,
            "sources": lambda: problem(
                lambda: clean_field("incidents", "sources", self.sources.toPlainText())
            ),
        }

    def _date_problem(self) -> str | None:
        if not self.day.text().strip():
            return self.tr("A date is required (YYYY-MM-DD).")
        return self.day.error()

    def local_moment(self) -> dt.datetime:
        """The date and time typed, naive, on the chosen zone's clock."""
        day = self.day.date()
        assert day is not None  # checked before saving
        clock = self.time.time()
        return dt.datetime.combine(day, dt.time(clock.hour(), clock.minute()))

    def reload_stored(self) -> bool:
        """The incident as stored now: a save kept as mine goes against its state."""
        if self.editing is None:
            return False
        self.editing, self._state = incidents.read_with_state(
            self.context.database, self.editing.id
        )
        return True

    def submit(self) -> None:
        fields = {
            "name": self.name.text(),
            "occurred_at": self.local_moment(),
            "time_zone": str(chosen_data(self.zone)),
            "place": self.place.text(),
            "description": self.description.toPlainText(),
            "sources": self.sources.toPlainText(),
        }
        before, state = self.editing, self._state

        def save(tx: Tx) -> IncidentDTO:
            if before is None:
                return incidents.add(tx, **fields)  # type: ignore[arg-type]
            return incidents.edit(tx, before.id, **fields, expected_state=state)  # type: ignore[arg-type]

        self.result_dto = self.context.write(save)


def confirm_delete_incident(context: AppContext, incident: IncidentDTO, parent: QWidget) -> bool:
    """Ask, then delete the incident with its activations and responses; True if deleted."""
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("IncidentDialog", "Delete incident"),
        QCoreApplication.translate(
            "IncidentDialog",
            "Delete “{0}” with its protocol activations and supporter responses? Its "
            "sightings stay, unlinked. The audit log keeps what it said.",
        ).format(incident.name),
    )
    if answer != QMessageBox.StandardButton.Yes:
        return False
    try:
        context.write(lambda tx: incidents.delete(tx, incident.id))
    except PledgeError as exc:  # shown to the user, as every view does
        context.error_raised.emit(exc)
        return False
    return True
