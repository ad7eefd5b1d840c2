"""Add or edit an action: a promised or expected step by a supporter, with an optional due date."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QWidget

from pledge_tracker.domain.dto import ActionDTO, ActionInput
from pledge_tracker.domain.validate import clean_field
from pledge_tracker.domain.words import shorten
from pledge_tracker.services import actions, unit_reads
from pledge_tracker.ui import locale_text
from pledge_tracker.ui.context import AppContext
from pledge_tracker.ui.dialogs.validated_dialog import ValidatedDialog, problem
from pledge_tracker.ui.undo import ServiceCommand, push
from pledge_tracker.ui.widgets.date_edit import OptionalDateEdit
from pledge_tracker.ui.widgets.searchable_combo import make_searchable


class ActionDialog(ValidatedDialog):
    """Records a new action, or changes one (`action`), audited and undoable."""

    stale_entity = "action"

    def __init__(
        self,
        context: AppContext,
        parent: QWidget | None = None,
        preset_stakeholder_id: int | None = None,
        preset_commitment_id: int | None = None,
        action: ActionDTO | None = None,
    ) -> None:
        title = (
            QCoreApplication.translate("ActionDialog", "Edit action")
            if action
            else QCoreApplication.translate("ActionDialog", "Add action")
        )
        super().__init__(context, title, parent)
        self.action = action
        self._state: str | None = None  # the stored state the form was filled from
        if action is not None:  # filled from the action as stored now, with its state
            self.action, self._state = actions.read_with_state(context.database, action.id)
            action = self.action
        self.result_dto: ActionDTO | None = None
        if action is not None:
            preset_stakeholder_id, preset_commitment_id = (
                action.stakeholder_id,
                action.commitment_id,
            )
        self.supporter = make_searchable(QComboBox())
        self.commitment = make_searchable(QComboBox())
        self.title = QLineEdit()
        self.title.setPlaceholderText(self.tr("e.g. Publish the first transparency report"))
        self.due = OptionalDateEdit(field="due", entity="actions")
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(70)
        self._fill_choices(preset_stakeholder_id, preset_commitment_id)
        self.add_field(self.tr("&Supporter:"), self.supporter, "stakeholder", self.tr("Supporter"))
        self.add_field(
            self.tr("&Commitment:"), self.commitment, "commitment", self.tr("Commitment")
        )
        self.add_field(self.tr("&Action:"), self.title, "title", self.tr("What is to be done"))
        self.add_field(self.tr("&Due:"), self.due, "due", self.tr("Due date"))
        self.add_field(self.tr("N&otes:"), self.notes, "notes", self.tr("Notes"))
        self.title.textChanged.connect(self.revalidate)
        self.due.sig_date_edited.connect(self.revalidate)
        self.supporter.currentIndexChanged.connect(self.revalidate)
        if action is not None:
            self.title.setText(action.title)
            self.due.set_date(action.due)
            self.notes.setPlainText(action.notes or "")
        self.resize(520, self.sizeHint().height())
        self.revalidate()

    def _fill_choices(self, stakeholder_id: int | None, commitment_id: int | None) -> None:
        directory = self.context.directory()
        people = [p for p in directory.supporters if p.active]
        pledges = directory.commitments
        self.supporter.addItem(self.tr("Choose a supporter…"), None)
        for person in people:
            self.supporter.addItem(person.name, person.id)
        self.commitment.addItem(self.tr("(no particular commitment)"), None)
        for item in pledges:
            self.commitment.addItem(locale_text.code_and_title(item), item.id)
        if stakeholder_id is not None:
            self.supporter.setCurrentIndex(max(self.supporter.findData(stakeholder_id), 0))
        if commitment_id is not None:
            self.commitment.setCurrentIndex(max(self.commitment.findData(commitment_id), 0))

    def checks(self) -> dict[str, Callable[[], str | None]]:
        return {
            "stakeholder": lambda: (
                None if self.supporter.currentData() is not None else self.tr("choose a supporter")
            ),
            "title": lambda: problem(
                lambda: clean_field("actions", "title", self.title.text()),
                self.tr("The action"),
            ),
            "due": self.due.error,
        }

    def fields(self) -> ActionInput:
        """What the form says."""
        return ActionInput(
            stakeholder_id=int(self.supporter.currentData()),
            commitment_id=self.commitment.currentData(),
            title=self.title.text(),
            due=self.due.date(),
            notes=self.notes.toPlainText() or None,
        )

    def submit(self) -> None:
        fields = asdict(self.fields())
        if self.action is None:
            self.result_dto = self.context.write(lambda tx: actions.add(tx, **fields))
            return
        command = edit_action_command(self.context, self.action, fields, self._state)
        self.result_dto = push(self.context, command)

    def reload_stored(self) -> bool:
        """The action as stored now: a save kept as mine goes against its state."""
        if self.action is None:
            return False
        self.action, self._state = actions.read_with_state(self.context.database, self.action.id)
        return True


def edit_action_command(
    context: AppContext, before: ActionDTO, fields: dict[str, Any], state: str | None = None
) -> ServiceCommand:
    """Changing an action as an undoable, audited step (undo puts the old fields back);
    with `state`, refused if the action no longer is as the form read it."""
    old = asdict(ActionInput.of(before))
    return ServiceCommand(
        context,
        QCoreApplication.translate("UndoCommand", "Edit action: {0}").format(
            shorten(before.title, 40)
        ),
        do=lambda tx: actions.edit(tx, before.id, **fields, expected_state=state),
        undo=lambda tx, _a: actions.edit(tx, before.id, **old),
        redo_again=lambda tx, _a: actions.edit(tx, before.id, **fields),
        version=lambda tx: hash(unit_reads.action_now(tx, before.id)),
    )
