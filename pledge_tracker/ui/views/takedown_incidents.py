"""The Takedown page's Incident menu: new, edit and delete the incident the filter chooses."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QMenu, QPushButton, QWidget

from pledge_tracker.domain.errors import NotFoundError
from pledge_tracker.domain.takedown import IncidentDTO
from pledge_tracker.services import window_reads
from pledge_tracker.ui.context import AppContext
from pledge_tracker.ui.dialogs.crisis_response_dialog import CrisisResponseDialog
from pledge_tracker.ui.dialogs.incident_dialog import IncidentDialog, confirm_delete_incident


class IncidentMenu(QPushButton):
    """A button whose menu adds, edits or deletes an incident.

    `chosen()` gives the uid of the incident the page's filter shows (None for every
    incident); edit and delete act on it and are disabled while none is chosen.
    """

    def __init__(
        self, context: AppContext, chosen: Callable[[], str | None], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setText(self.tr("I&ncident"))
        self.setAccessibleName(self.tr("Incident actions"))
        self._context = context
        self._chosen = chosen
        self.last_saved: IncidentDTO | None = None
        menu = QMenu(self)
        self.new_action = menu.addAction(self.tr("New incident…"), self.new_incident)
        self.edit_action = menu.addAction(self.tr("Edit incident…"), self.edit_incident)
        self.delete_action = menu.addAction(self.tr("Delete incident…"), self.delete_incident)
        menu.addSeparator()
        self.crisis_action = menu.addAction(self.tr("Crisis response…"), self.crisis_response)
        menu.aboutToShow.connect(self.refresh)
        self.setMenu(menu)

    def refresh(self) -> None:
        """Edit and delete only when one incident is chosen."""
        has_one = self._chosen() is not None
        self.edit_action.setEnabled(has_one)
        self.delete_action.setEnabled(has_one)
        self.crisis_action.setEnabled(has_one)

    def current(self) -> IncidentDTO | None:
        uid = self._chosen()
        if uid is None:
            return None
        try:
            return window_reads.incident_by_uid(self._context.database, uid)
        except NotFoundError:
            return None

    def new_incident(self) -> None:
        self._open(IncidentDialog(self._context, self.window()))

    def edit_incident(self) -> None:
        incident = self.current()
        if incident is not None:
            self._open(IncidentDialog(self._context, self.window(), incident=incident))

    def delete_incident(self) -> None:
        incident = self.current()
        if incident is not None:
            confirm_delete_incident(self._context, incident, self.window())

    def crisis_response(self) -> None:
        """The chosen incident's protocol activations and supporter responses."""
        incident = self.current()
        if incident is not None:
            CrisisResponseDialog(self._context, incident, self.window()).exec()

    def _open(self, dialog: IncidentDialog) -> None:
        if dialog.exec() and dialog.result_dto is not None:
            self.last_saved = dialog.result_dto
