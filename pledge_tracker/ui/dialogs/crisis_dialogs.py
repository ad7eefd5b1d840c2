"""Add or edit a protocol activation or a supporter response to an incident.

Times are typed on the incident's own clock (its IANA zone); the protocols service reads
naive times in that zone and stores UTC.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QWidget

from pledge_tracker.db.uow import Tx
from pledge_tracker.domain.kinds import Protocol
from pledge_tracker.domain.takedown import ActivationDTO, IncidentDTO, ResponseDTO
from pledge_tracker.domain.validate import clean_field
from pledge_tracker.services import dialog_reads, protocols
from pledge_tracker.ui import workers
from pledge_tracker.ui.context import AppContext
from pledge_tracker.ui.dialogs.validated_dialog import ValidatedDialog, problem
from pledge_tracker.ui.widgets.moment_edit import MomentEdit
from pledge_tracker.ui.widgets.searchable_combo import chosen_data, make_searchable


def local(incident: IncidentDTO, moment: dt.datetime | None) -> dt.datetime | None:
    """A stored UTC moment on the incident's clock (naive), for the form."""
    if moment is None:
        return None
    aware = moment.replace(tzinfo=dt.UTC).astimezone(ZoneInfo(incident.time_zone))
    return aware.replace(tzinfo=None)


class ActivationDialog(ValidatedDialog):
    """Records or changes one protocol activation for `incident`; audited."""

    def __init__(
        self,
        context: AppContext,
        incident: IncidentDTO,
        parent: QWidget | None = None,
        activation: ActivationDTO | None = None,
    ) -> None:
        title = (
            QCoreApplication.translate("ActivationDialog", "Edit protocol activation")
            if activation
            else QCoreApplication.translate("ActivationDialog", "Add protocol activation")
        )
        super().__init__(context, title, parent)
        self.incident, self.editing = incident, activation
        self.protocol = QComboBox()
        for protocol in Protocol:
            self.protocol.addItem(protocol.label, protocol.value)
        self.activated_at = MomentEdit("activated_at")
        self.closed_at = MomentEdit("closed_at")
        self.activated_by = QLineEdit()
        self.sources = QPlainTextEdit()
        self.sources.setTabChangesFocus(True)
        self.sources.setFixedHeight(70)
        self.sources.setPlaceholderText(self.tr("One link a line: https://…"))
        zone = incident.time_zone
        self.add_field(self.tr("&Protocol:"), self.protocol, "protocol", self.tr("Protocol"))
        self.add_field(
            self.tr("&Activated ({0}):").format(zone),
            self.activated_at,
            "activated_at",
            self.tr("Activated at"),
        )
        self.add_field(
            self.tr("&Closed ({0}):").format(zone),
            self.closed_at,
            "closed_at",
            self.tr("Closed at"),
        )
        self.add_field(
            self.tr("Activated &by:"), self.activated_by, "activated_by", self.tr("Activated by")
        )
        self.add_field(self.tr("&Sources:"), self.sources, "sources", self.tr("Source links"))
        if activation is not None:
            self.protocol.setCurrentIndex(max(self.protocol.findData(activation.protocol), 0))
            self.activated_at.set_moment(local(incident, activation.activated_at))
            self.closed_at.set_moment(local(incident, activation.closed_at))
            self.activated_by.setText(activation.activated_by or "")
            self.sources.setPlainText("\n".join(activation.sources))
        for edit in (self.activated_at.day, self.closed_at.day):
            edit.textChanged.connect(self.revalidate)
        self.sources.textChanged.connect(self.revalidate)
        self.revalidate()
        self.resize(680, max(self.sizeHint().height(), 320))

    def checks(self) -> dict[str, Callable[[], str | None]]:
        return {
            "activated_at": lambda: self.activated_at.error(required=True),
            "closed_at": lambda: self.closed_at.error(required=False),
            "sources": lambda: problem(
                lambda: clean_field("protocol_activations", "sources", self.sources.toPlainText())
            ),
        }

    def submit(self) -> None:
        opened = self.activated_at.moment()
        assert opened is not None  # checked before saving
        fields = {
            "protocol": str(self.protocol.currentData()),
            "activated_at": opened,
            "closed_at": self.closed_at.moment(),
            "activated_by": self.activated_by.text() or None,
            "sources": self.sources.toPlainText(),
        }
        incident_id, before = self.incident.id, self.editing

        def save(tx: Tx) -> ActivationDTO:
            if before is None:
                return protocols.add_activation(tx, incident_id=incident_id, **fields)  # type: ignore[arg-type]
            return protocols.edit_activation(tx, before.id, **fields)  # type: ignore[arg-type]

        self.context.write(save)


class ResponseDialog(ValidatedDialog):
    """Records or changes one supporter's first response to `incident`, citing evidence."""

    def __init__(
        self,
        context: AppContext,
        incident: IncidentDTO,
        parent: QWidget | None = None,
        response: ResponseDTO | None = None,
    ) -> None:
        title = (
            QCoreApplication.translate("ResponseDialog", "Edit supporter response")
            if response
            else QCoreApplication.translate("ResponseDialog", "Add supporter response")
        )
        super().__init__(context, title, parent)
        self.incident, self.editing = incident, response
        self.supporter = QComboBox()
        keep = response.stakeholder_id if response else None
        for person in context.directory().supporters:
            if person.active or person.id == keep:
                self.supporter.addItem(person.name, person.id)
        make_searchable(self.supporter)
        self.first_action_at = MomentEdit("first_action_at")
        self.action = QPlainTextEdit()
        self.action.setTabChangesFocus(True)
        self.action.setFixedHeight(70)
        self.evidence = QComboBox()
        self.evidence.addItem(self.tr("(none)"), None)
        database = context.database
        for item_id, item_title in workers.wait_for(lambda: dialog_reads.evidence_titles(database)):
            self.evidence.addItem(item_title, item_id)
        make_searchable(self.evidence)
        for combo in (self.supporter, self.evidence):  # long titles must not widen the form
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(24)
        self.add_field(self.tr("S&upporter:"), self.supporter, "stakeholder", self.tr("Supporter"))
        self.add_field(
            self.tr("&First action ({0}):").format(incident.time_zone),
            self.first_action_at,
            "first_action_at",
            self.tr("First action at"),
        )
        self.add_field(self.tr("&What was done:"), self.action, "action", self.tr("What was done"))
        self.add_field(self.tr("&Evidence:"), self.evidence, "evidence", self.tr("Evidence cited"))
        if response is not None:
            self.supporter.setCurrentIndex(max(self.supporter.findData(keep), 0))
            self.first_action_at.set_moment(local(incident, response.first_action_at))
            self.action.setPlainText(response.action)
            self.evidence.setCurrentIndex(max(self.evidence.findData(response.evidence_id), 0))
        self.first_action_at.day.textChanged.connect(self.revalidate)
        self.action.textChanged.connect(self.revalidate)
        self.revalidate()
        self.resize(680, max(self.sizeHint().height(), 320))

    def checks(self) -> dict[str, Callable[[], str | None]]:
        return {
            "first_action_at": lambda: self.first_action_at.error(required=True),
            "action": lambda: problem(
                lambda: clean_field("supporter_responses", "action", self.action.toPlainText()),
                self.tr("What was done"),
            ),
        }

    def submit(self) -> None:
        moment = self.first_action_at.moment()
        assert moment is not None  # checked before saving
        supporter = int(str(chosen_data(self.supporter)))
        action = self.action.toPlainText()
        cited = chosen_data(self.evidence)
        evidence_id = int(str(cited)) if cited is not None else None
        incident_id, before = self.incident.id, self.editing

        def save(tx: Tx) -> ResponseDTO:
            if before is None:
                return protocols.add_response(
                    tx,
                    incident_id=incident_id,
                    stakeholder_id=supporter,
                    first_action_at=moment,
                    action=action,
                    evidence_id=evidence_id,
                )
            return protocols.edit_response(
                tx,
                before.id,
                stakeholder_id=supporter,
                first_action_at=moment,
                action=action,
                evidence_id=evidence_id,
            )

        self.context.write(save)
