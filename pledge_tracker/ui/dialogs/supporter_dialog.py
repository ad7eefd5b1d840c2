"""Add or edit a supporter: name, kind, country, join date, founding, source and notes."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QLineEdit, QPlainTextEdit, QWidget

from pledge_tracker.domain.dto import StakeholderDTO, StakeholderInput
from pledge_tracker.domain.kinds import StakeholderKind
from pledge_tracker.domain.limits import limit
from pledge_tracker.domain.validate import clean_field
from pledge_tracker.services import stakeholders
from pledge_tracker.ui import undo
from pledge_tracker.ui.context import AppContext
from pledge_tracker.ui.dialogs.validated_dialog import ValidatedDialog, problem
from pledge_tracker.ui.labels import stakeholder_kind_label
from pledge_tracker.ui.widgets.date_edit import OptionalDateEdit

_ENTITY = "stakeholders"  # its row in the field limits table (domain/limits.py)


class SupporterDialog(ValidatedDialog):
    """Adds a supporter, or edits one; each save is one undoable, audited change."""

    stale_entity = "stakeholder"

    def __init__(
        self,
        context: AppContext,
        parent: QWidget | None = None,
        supporter: StakeholderDTO | None = None,
    ) -> None:
        title = (
            QCoreApplication.translate("SupporterDialog", "Edit supporter")
            if supporter
            else QCoreApplication.translate("SupporterDialog", "Add supporter")
        )
        super().__init__(context, title, parent)
        self.supporter = supporter
        self.result_dto: StakeholderDTO | None = None
        self.name = QLineEdit()
        self.kind = QComboBox()
        for kind in StakeholderKind:
            self.kind.addItem(stakeholder_kind_label(kind), kind.value)
        self.country = QLineEdit()
        self.country.setMaxLength(limit(_ENTITY, "country_code").max_length)
        self.country.setPlaceholderText(self.tr("two letters, e.g. NZ"))
        self.joined = OptionalDateEdit(field="joined", entity=_ENTITY)
        self.founding = QCheckBox(self.tr("A &founding supporter (15 May 2019)"))
        self.founding.setAccessibleName(self.tr("Founding supporter"))
        self.source = QLineEdit()
        self.source.setPlaceholderText("https://…")
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(80)
        self.add_field(self.tr("&Name:"), self.name, "name", self.tr("Name"))
        self.add_field(self.tr("&Kind:"), self.kind, "kind", self.tr("Kind"))
        self.add_field(self.tr("&Country:"), self.country, "country_code", self.tr("Country code"))
        self.add_field(self.tr("&Joined:"), self.joined, "joined", self.tr("Date joined"))
        self.inferred_note = QLabel()
        self.inferred_note.setWordWrap(True)
        self.inferred_note.hide()
        self.form.addRow("", self.inferred_note)
        self.form.addRow("", self.founding)
        self.add_field(self.tr("&Source link:"), self.source, "source_url", self.tr("Source link"))
        self.add_field(self.tr("N&otes:"), self.notes, "notes", self.tr("Notes"))
        if supporter is not None:
            self._fill(supporter)
        for edit in (self.name, self.country, self.source):
            edit.textChanged.connect(self.revalidate)
        self.joined.sig_date_edited.connect(self.revalidate)
        self.resize(480, self.sizeHint().height())
        self.revalidate()

    def _fill(self, supporter: StakeholderDTO) -> None:
        self.name.setText(supporter.name)
        self.kind.setCurrentIndex(self.kind.findData(supporter.kind.value))
        self.country.setText(supporter.country_code or "")
        self.joined.set_date(supporter.joined)
        self.founding.setChecked(supporter.founding)
        self.source.setText(supporter.source_url or "")
        self.notes.setPlainText(supporter.notes or "")
        if supporter.joined and not supporter.joined_verified:
            basis = supporter.joined_basis or self.tr("no basis recorded")
            self.inferred_note.setText(
                self.tr(
                    "ⓘ This join date was inferred ({0}). Typing a date marks it confirmed."
                ).format(basis)
            )
            self.inferred_note.show()

    def checks(self) -> dict[str, Callable[[], str | None]]:
        return {
            "name": lambda: problem(
                lambda: clean_field(_ENTITY, "name", self.name.text()), self.tr("The name")
            ),
            "country_code": lambda: problem(
                lambda: clean_field(_ENTITY, "country_code", self.country.text())
            ),
            "joined": self.joined.error,
            "source_url": lambda: problem(
                lambda: clean_field(_ENTITY, "source_url", self.source.text())
            ),
        }

    def input_data(self) -> StakeholderInput:
        """What the user typed, for the service."""
        return StakeholderInput(
            name=self.name.text(),
            kind=str(self.kind.currentData()),
            country_code=self.country.text() or None,
            joined=self.joined.date(),
            founding=self.founding.isChecked(),
            notes=self.notes.toPlainText() or None,
            source_url=self.source.text() or None,
            joined_precision=self._joined_precision(),
        )

    def _joined_precision(self) -> str:
        """A month- or year-precision join date stays so unless the user types a new date."""
        kept = self.supporter
        if kept is not None and kept.joined is not None and self.joined.date() == kept.joined:
            return kept.joined_precision
        return "day"

    def reload_stored(self) -> bool:
        """The supporter as stored now: a save kept as mine goes against its version."""
        if self.supporter is None:
            return False
        self.supporter = stakeholders.read_one(self.context.database, self.supporter.id)
        return True

    def submit(self) -> None:
        data = self.input_data()
        if self.supporter is None:
            self.result_dto = undo.push(self.context, undo.add_stakeholder(self.context, data))
        else:
            command = undo.edit_stakeholder(self.context, self.supporter, data)
            self.result_dto = undo.push(self.context, command)
