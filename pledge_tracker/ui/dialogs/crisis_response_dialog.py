"""One incident's crisis response: its protocol activations and supporter responses.

Each list shows how many hours after the incident the step came (services/protocols
`incident_times`), and adds, edits or deletes its records through the crisis dialogs.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pledge_tracker.domain.errors import PledgeError
from pledge_tracker.domain.takedown import IncidentDTO
from pledge_tracker.services import dialog_reads, protocols
from pledge_tracker.services.protocols import IncidentTimes
from pledge_tracker.ui.context import AppContext
from pledge_tracker.ui.dialogs.crisis_dialogs import ActivationDialog, ResponseDialog, local


class CrisisResponseDialog(QDialog):
    """Lists and changes the activations and responses of `incident`."""

    def __init__(
        self, context: AppContext, incident: IncidentDTO, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context, self.incident = context, incident
        self.times: IncidentTimes | None = None
        self.setWindowTitle(self.tr("Crisis response: {0}").format(incident.name))
        when = local(incident, incident.occurred_at)
        head = QLabel(
            self.tr("{0}, {1} ({2}). Hours are counted from the incident.").format(
                incident.name, f"{when:%Y-%m-%d %H:%M}" if when else "", incident.time_zone
            )
        )
        head.setWordWrap(True)
        self.activations = self._table(
            [self.tr("Protocol"), self.tr("Activated"), self.tr("Hours after"), self.tr("By")],
            self.tr("Protocol activations"),
        )
        self.responses = self._table(
            [
                self.tr("Supporter"),
                self.tr("First action"),
                self.tr("Hours after"),
                self.tr("Evidence"),
                self.tr("What was done"),
            ],
            self.tr("Supporter responses"),
        )
        layout = QVBoxLayout(self)
        layout.addWidget(head)
        layout.addWidget(QLabel(self.tr("Protocol activations")))
        layout.addWidget(self.activations)
        self.add_activation, self.edit_activation, self.delete_activation = self._buttons(
            layout, self.tr("activation")
        )
        layout.addWidget(QLabel(self.tr("Supporter responses")))
        layout.addWidget(self.responses)
        self.add_response, self.edit_response, self.delete_response = self._buttons(
            layout, self.tr("response")
        )
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout.addWidget(close)
        self._connect()
        self.resize(820, 560)
        self.reload()

    def _table(self, headers: Sequence[str], name: str) -> QTableWidget:
        table = QTableWidget(0, len(headers))
        table.setHorizontalHeaderLabels(list(headers))
        table.setAccessibleName(name)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.verticalHeader().hide()
        table.horizontalHeader().setStretchLastSection(True)
        return table

    def _buttons(
        self, layout: QVBoxLayout, what: str
    ) -> tuple[QPushButton, QPushButton, QPushButton]:
        row = QHBoxLayout()
        buttons = (
            QPushButton(self.tr("Add {0}…").format(what)),
            QPushButton(self.tr("Edit {0}…").format(what)),
            QPushButton(self.tr("Delete {0}").format(what)),
        )
        for button in buttons:
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        return buttons

    def _connect(self) -> None:
        self.add_activation.clicked.connect(lambda: self._open_activation(None))
        self.edit_activation.clicked.connect(lambda: self._open_activation(self._row(True)))
        self.delete_activation.clicked.connect(self._delete_activation)
        self.add_response.clicked.connect(lambda: self._open_response(None))
        self.edit_response.clicked.connect(lambda: self._open_response(self._row(False)))
        self.delete_response.clicked.connect(self._delete_response)

    def reload(self) -> None:
        """Read the incident's activations and responses again and list them."""
        self.times = dialog_reads.incident_times(self.context.database, self.incident.uid)
        hours = self.tr("{0:.1f} h")
        self._fill(
            self.activations,
            [
                [
                    a.protocol.label,
                    self._local(a.activated_at),
                    hours.format(a.hours_from_incident),
                    a.activated_by or "",
                ]
                for a in self.times.activations
            ],
        )
        self._fill(
            self.responses,
            [
                [
                    r.supporter,
                    self._local(r.first_action_at),
                    hours.format(r.hours_from_incident),
                    r.evidence_title or "",
                    r.action,
                ]
                for r in self.times.responses
            ],
        )

    def _local(self, moment: object) -> str:
        shown = local(self.incident, moment)  # type: ignore[arg-type]
        return f"{shown:%Y-%m-%d %H:%M}" if shown else ""

    def _fill(self, table: QTableWidget, rows: list[list[str]]) -> None:
        table.setRowCount(len(rows))
        for r, cells in enumerate(rows):
            for c, text in enumerate(cells):
                table.setItem(r, c, QTableWidgetItem(text))
        for column in range(table.columnCount() - 1):  # the last, long text, takes the rest
            table.resizeColumnToContents(column)

    def _row(self, activations: bool) -> int | None:
        table = self.activations if activations else self.responses
        rows = table.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def _open_activation(self, row: int | None) -> None:
        if self.times is None or (row is None and self.sender() is self.edit_activation):
            return
        chosen = self.times.activations[row] if row is not None else None
        if ActivationDialog(self.context, self.incident, self, chosen).exec():
            self.reload()

    def _open_response(self, row: int | None) -> None:
        if self.times is None or (row is None and self.sender() is self.edit_response):
            return
        chosen = self.times.responses[row] if row is not None else None
        if ResponseDialog(self.context, self.incident, self, chosen).exec():
            self.reload()

    def _delete_activation(self) -> None:
        row = self._row(True)
        if self.times is not None and row is not None:
            record = self.times.activations[row]
            self._delete(
                record.protocol.label, lambda tx: protocols.delete_activation(tx, record.id)
            )

    def _delete_response(self) -> None:
        row = self._row(False)
        if self.times is not None and row is not None:
            record = self.times.responses[row]
            self._delete(record.supporter, lambda tx: protocols.delete_response(tx, record.id))

    def _delete(self, label: str, write: object) -> None:
        answer = QMessageBox.question(
            self, self.tr("Delete"), self.tr("Delete “{0}”? The audit log keeps it.").format(label)
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self.context.write(write)  # type: ignore[arg-type]
        except PledgeError as exc:  # shown to the user, as every view does
            self.context.error_raised.emit(exc)
        self.reload()
