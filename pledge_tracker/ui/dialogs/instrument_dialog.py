"""Add or edit an instrument: a law, regulation, court decision, code or protocol."""

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

from pledge_tracker.domain.instruments import (
    DATE_FIELDS,
    InstrumentDTO,
    InstrumentInput,
    InstrumentKind,
    split_lines,
)
from pledge_tracker.domain.kinds import DatePrecision
from pledge_tracker.domain.validate import clean_field
from pledge_tracker.services import instruments, window_reads
from pledge_tracker.ui import locale_text
from pledge_tracker.ui.context import AppContext
from pledge_tracker.ui.dialogs.validated_dialog import ValidatedDialog, problem
from pledge_tracker.ui.labels import instrument_kind_label
from pledge_tracker.ui.widgets.check_list_picker import CheckListPicker
from pledge_tracker.ui.widgets.date_edit import OptionalDateEdit


class InstrumentDialog(ValidatedDialog):
    """Records a new instrument, or changes one (`instrument`); every save is audited."""

    stale_entity = "instrument"

    def __init__(
        self,
        context: AppContext,
        parent: QWidget | None = None,
        instrument: InstrumentDTO | None = None,
    ) -> None:
        title = (
            QCoreApplication.translate("InstrumentDialog", "Edit instrument")
            if instrument
            else QCoreApplication.translate("InstrumentDialog", "Add instrument")
        )
        super().__init__(context, title, parent)
        self.instrument = instrument
        self.result_dto: InstrumentDTO | None = None
        self._build_fields()
        self._build_links()
        if instrument is not None:
            self._show(instrument)
        self.resize(900, self.sizeHint().height())
        self.revalidate()

    def _build_fields(self) -> None:
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("e.g. Online Safety Act 2021"))
        self.kind = QComboBox()
        for kind in InstrumentKind:
            self.kind.addItem(instrument_kind_label(kind), kind.value)
        self.jurisdictions = QLineEdit()
        self.jurisdictions.setPlaceholderText(self.tr("e.g. European Union; or a country's name"))
        self.add_field(self.tr("&Name:"), self.name, "name", self.tr("Name"))
        self.add_field(self.tr("&Kind:"), self.kind, "kind", self.tr("Kind"))
        self.add_field(
            self.tr("&Jurisdictions:"),
            self.jurisdictions,
            "jurisdictions",
            self.tr("Jurisdictions"),
        )
        labels = {
            "adopted": self.tr("&Adopted:"),
            "in_force": self.tr("In &force:"),
            "applies_from": self.tr("A&pplies from:"),
            "struck_down": self.tr("Struck &down:"),
            "repealed": self.tr("&Repealed:"),
        }
        self.dates: dict[str, OptionalDateEdit] = {}
        self.precisions: dict[str, QComboBox] = {}
        for field in DATE_FIELDS:
            self.add_field(
                labels[field], self._dated(field), field, labels[field].replace("&", "").rstrip(":")
            )
        self.decision = QComboBox()
        self.decision.addItem(self.tr("(no decision recorded)"), None)
        self.extent = QLineEdit()
        self.obligations = self._text()
        self.penalties = QLineEdit()
        self.sources = self._text()
        self.sources.setPlaceholderText(self.tr("One link a line"))
        self.summary = self._text()
        self.note = self._text()
        self.verified = QCheckBox(self.tr("Checked against the sources"))
        self.add_field(
            self.tr("Struck down &by:"), self.decision, "struck_down_by", self.tr("Struck down by")
        )
        self.add_field(
            self.tr("E&xtent:"), self.extent, "struck_down_extent", self.tr("What was struck down")
        )
        self.add_field(
            self.tr("&Obligations:"), self.obligations, "obligations", self.tr("Key obligations")
        )
        self.add_field(self.tr("Pe&nalties:"), self.penalties, "penalties", self.tr("Penalties"))
        self.add_field(self.tr("&Sources:"), self.sources, "sources", self.tr("Sources"))
        self.add_field(self.tr("Su&mmary:"), self.summary, "summary", self.tr("Summary"))
        self.add_field(self.tr("No&te:"), self.note, "note", self.tr("Note"))
        self.add_field(self.tr("&Verified:"), self.verified, "verified", self.tr("Verified"))
        self.name.textChanged.connect(self.revalidate)
        for edit in self.dates.values():
            edit.sig_date_edited.connect(self.revalidate)
        self._fill_decisions()

    def _dated(self, field: str) -> QWidget:
        edit = OptionalDateEdit(field=field, entity="instruments")
        precision = QComboBox()
        for value, text in (
            ("day", self.tr("day")),
            ("month", self.tr("month only")),
            ("year", self.tr("year only")),
        ):
            precision.addItem(text, value)
        precision.setAccessibleName(self.tr("Known to the"))
        self.dates[field], self.precisions[field] = edit, precision
        holder = QWidget()
        row = QHBoxLayout(holder)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(edit, 1)
        row.addWidget(precision)
        return holder

    def _text(self) -> QPlainTextEdit:
        edit = QPlainTextEdit()
        edit.setTabChangesFocus(True)
        edit.setFixedHeight(54)
        return edit

    def _build_links(self) -> None:
        directory = self.context.directory()
        self.commitments = CheckListPicker(self.tr("Co&mmitments it implements"))
        self.commitments.set_items(
            (c.id, locale_text.code_and_title(c)) for c in directory.commitments
        )
        self.supporters = CheckListPicker(self.tr("Supporters it &binds directly"))
        self.supporters.set_items((p.id, p.name) for p in directory.supporters)
        self._codes = {c.id: c.code for c in directory.commitments}
        panel = QVBoxLayout()
        panel.addWidget(self.commitments, 1)
        panel.addWidget(self.supporters, 1)
        self.body.addLayout(panel, 1)

    def _fill_decisions(self) -> None:
        every = window_reads.every_instrument(self.context.database)
        for item in every:
            if item.kind is InstrumentKind.COURT_DECISION and (
                self.instrument is None or item.id != self.instrument.id
            ):
                self.decision.addItem(item.name, item.uid)

    def _show(self, item: InstrumentDTO) -> None:
        self.name.setText(item.name)
        self.kind.setCurrentIndex(max(self.kind.findData(item.kind.value), 0))
        self.jurisdictions.setText("; ".join(item.jurisdictions))
        for field in DATE_FIELDS:
            dated = getattr(item.dates, field)
            self.dates[field].set_date(dated.day if dated else None)
            precision = dated.precision if dated else DatePrecision.DAY.value
            self.precisions[field].setCurrentIndex(
                max(self.precisions[field].findData(precision), 0)
            )
        self.decision.setCurrentIndex(max(self.decision.findData(item.struck_down_by_uid), 0))
        self.extent.setText(item.struck_down_extent or "")
        self.obligations.setPlainText(item.obligations)
        self.penalties.setText(item.penalties or "")
        self.sources.setPlainText("\n".join(item.sources))
        self.summary.setPlainText(item.summary or "")
        self.note.setPlainText(item.note or "")
        self.verified.setChecked(item.verified)
        codes = set(item.commitment_codes)
        for ident, code in self._codes.items():
            self.commitments.set_checked(ident, code in codes)
        for ident in item.stakeholder_ids:
            self.supporters.set_checked(ident)

    def checks(self) -> dict[str, Callable[[], str | None]]:
        found: dict[str, Callable[[], str | None]] = {
            "name": lambda: problem(
                lambda: clean_field("instruments", "name", self.name.text()), self.tr("The name")
            ),
        }
        for field, edit in self.dates.items():
            found[field] = edit.error
        return found

    def fields(self) -> InstrumentInput:
        """What the form says."""
        dates: dict[str, object] = {}
        for field in DATE_FIELDS:
            dates[field] = self.dates[field].date()
            dates[f"{field}_precision"] = self.precisions[field].currentData()
        return InstrumentInput(
            name=self.name.text(),
            kind=str(self.kind.currentData()),
            jurisdictions=split_lines(self.jurisdictions.text(), semicolons=True),
            struck_down_by=self.decision.currentData(),
            struck_down_extent=self.extent.text(),
            obligations=self.obligations.toPlainText(),
            penalties=self.penalties.text(),
            sources=split_lines(self.sources.toPlainText()),
            summary=self.summary.toPlainText(),
            note=self.note.toPlainText(),
            verified=self.verified.isChecked(),
            commitment_codes=tuple(self._codes[i] for i in self.commitments.checked_ids()),
            stakeholder_ids=self.supporters.checked_ids(),
            **dates,  # type: ignore[arg-type]
        )

    def reload_stored(self) -> bool:
        """The record as stored now: a save kept as mine goes against its version."""
        if self.instrument is None:
            return False
        self.instrument = instruments.read_one(self.context.database, self.instrument.id)
        return True

    def submit(self) -> None:
        data = self.fields()
        current = self.instrument
        if current is None:
            self.result_dto = self.context.write(lambda tx: instruments.add(tx, data))
        else:
            self.result_dto = self.context.write(
                lambda tx: instruments.edit(tx, current.id, data, version=current.version)
            )
