"""Add or edit a timeline event: its date at its precision, category, sources, supporters."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from pledge_tracker.db.uow import Tx
from pledge_tracker.domain.events import EventDTO, EventInput
from pledge_tracker.domain.kinds import DatePrecision, EventCategory
from pledge_tracker.domain.validate import clean_field
from pledge_tracker.services import dialog_reads, events
from pledge_tracker.ui import workers
from pledge_tracker.ui.context import AppContext
from pledge_tracker.ui.dialogs.validated_dialog import ValidatedDialog, problem
from pledge_tracker.ui.labels import category_label
from pledge_tracker.ui.translatable import QT_TRANSLATE_NOOP
from pledge_tracker.ui.widgets.check_list_picker import CheckListPicker
from pledge_tracker.ui.widgets.date_edit import OptionalDateEdit

_PRECISION_LABELS = {
    DatePrecision.DAY: QT_TRANSLATE_NOOP("EventDialog", "Day"),
    DatePrecision.MONTH: QT_TRANSLATE_NOOP("EventDialog", "Month only"),
    DatePrecision.YEAR: QT_TRANSLATE_NOOP("EventDialog", "Year only"),
}


class EventDialog(ValidatedDialog):
    """Records a new event, or changes one (`event`); audited."""

    stale_entity = "event"

    def __init__(
        self, context: AppContext, parent: QWidget | None = None, event: EventDTO | None = None
    ) -> None:
        title = (
            QCoreApplication.translate("EventDialog", "Edit event")
            if event
            else QCoreApplication.translate("EventDialog", "Add event")
        )
        super().__init__(context, title, parent)
        self.editing = event
        self.result_dto: EventDTO | None = None
        self._build_fields()
        self.supporters = CheckListPicker(self.tr("S&upporters"))
        self.cited_by = CheckListPicker(self.tr("Evidence citing i&t"))
        pickers = QVBoxLayout()
        pickers.addWidget(self.supporters, 1)
        pickers.addWidget(self.cited_by, 1)
        self.body.addLayout(pickers, 1)
        directory = self.context.directory()
        wanted = set(event.stakeholder_ids) if event else set()
        self.supporters.set_items(
            [(p.id, p.name) for p in directory.supporters if p.active or p.id in wanted], wanted
        )
        database = self.context.database
        choices = workers.wait_for(lambda: dialog_reads.evidence_titles(database))
        self._cited = tuple(sorted(item for item, _title in event.evidence)) if event else ()
        self.cited_by.set_items(choices, self._cited)
        if event is not None:
            self._fill(event)
        for edit in (self.title, self.dated, self.end_date):
            edit.textChanged.connect(self.revalidate)
        self.sources.textChanged.connect(self.revalidate)
        self.resize(760, self.sizeHint().height())
        self.revalidate()

    def _build_fields(self) -> None:
        self.dated = OptionalDateEdit(field="dated", entity="events")
        self.precision = QComboBox()
        for precision, label in _PRECISION_LABELS.items():
            self.precision.addItem(
                QCoreApplication.translate("EventDialog", label), precision.value
            )
        self.precision.setAccessibleName(self.tr("How much of the date is known"))
        when = QWidget()
        row = QHBoxLayout(when)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.dated, 1)
        row.addWidget(self.precision)
        self.end_date = OptionalDateEdit(field="end_date", entity="events")
        self.category = QComboBox()
        for category in EventCategory:
            self.category.addItem(category_label(category.value), category.value)
        self.title = QLineEdit()
        self.summary = QPlainTextEdit()
        self.summary.setTabChangesFocus(True)
        self.summary.setFixedHeight(90)
        self.sources = QPlainTextEdit()
        self.sources.setTabChangesFocus(True)
        self.sources.setFixedHeight(70)
        self.sources.setPlaceholderText(self.tr("One link a line: https://…"))
        self.verified = QCheckBox(self.tr("&Verified against its sources"))
        self.verified.setChecked(True)
        self.verified.setAccessibleName(self.tr("Verified"))
        self.note = QPlainTextEdit()
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(60)
        self.add_field(self.tr("&Date:"), when, "dated", self.tr("Date of the event"))
        self.dated.setAccessibleName(self.tr("Date of the event"))
        self.add_field(self.tr("&Ends:"), self.end_date, "end_date", self.tr("End date"))
        self.add_field(self.tr("&Category:"), self.category, "category", self.tr("Category"))
        self.add_field(self.tr("T&itle:"), self.title, "title", self.tr("Title"))
        self.add_field(self.tr("Summ&ary:"), self.summary, "summary", self.tr("Summary"))
        self.add_field(self.tr("&Sources:"), self.sources, "sources", self.tr("Source links"))
        self.form.addRow("", self.verified)
        self.add_field(self.tr("N&ote:"), self.note, "note", self.tr("Note"))
        self._first_field = self.dated

    def _fill(self, event: EventDTO) -> None:
        self.dated.set_date(event.dated)
        self.precision.setCurrentIndex(max(self.precision.findData(event.dated_precision), 0))
        self.end_date.set_date(event.end_date)
        self.category.setCurrentIndex(max(self.category.findData(event.category.value), 0))
        self.title.setText(event.title)
        self.summary.setPlainText(event.summary)
        self.sources.setPlainText("\n".join(event.sources))
        self.verified.setChecked(event.verified)
        self.note.setPlainText(event.note or "")

    def checks(self) -> dict[str, Callable[[], str | None]]:
        return {
            "dated": self._date_problem,
            "end_date": self.end_date.error,
            "title": lambda: problem(
                lambda: clean_field("events", "title", self.title.text()), self.tr("The title")
            ),
            "sources": lambda: problem(
                lambda: clean_field("events", "sources", self.sources.toPlainText())
            ),
        }

    def _date_problem(self) -> str | None:
        if not self.dated.text().strip():
            return self.tr("A date is required (YYYY-MM-DD).")
        return self.dated.error()

    def input_data(self) -> EventInput:
        """What the form says."""
        return EventInput(
            dated=self.dated.date(),
            dated_precision=str(self.precision.currentData()),
            end_date=self.end_date.date(),
            category=str(self.category.currentData()),
            title=self.title.text(),
            summary=self.summary.toPlainText(),
            sources=tuple(self.sources.toPlainText().splitlines()),
            verified=self.verified.isChecked(),
            note=self.note.toPlainText() or None,
            stakeholder_ids=self.supporters.checked_ids(),
        )

    def reload_stored(self) -> bool:
        """The record as stored now: a save kept as mine goes against its version."""
        if self.editing is None:
            return False
        self.editing = events.read_one(self.context.database, self.editing.id)
        return True

    def submit(self) -> None:
        data = self.input_data()
        cited = tuple(sorted(self.cited_by.checked_ids()))
        before = self.editing

        def save(tx: Tx) -> EventDTO:
            if before is None:
                saved = events.add(tx, data)
            else:
                saved = events.edit(tx, before.id, data, expected_version=before.version)
            if cited != self._cited:
                saved = events.cite(tx, saved.id, cited)
            return saved

        self.result_dto = self.context.write(save)
