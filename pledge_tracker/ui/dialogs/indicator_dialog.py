"""Record or edit a published figure: supporter, metric, exact value, unit, period, source."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QWidget

from pledge_tracker.db.uow import Tx
from pledge_tracker.domain.errors import ValidationError
from pledge_tracker.domain.indicators import (
    SUGGESTED_METRICS,
    SUGGESTED_UNITS,
    IndicatorDTO,
    IndicatorInput,
    parse_value,
)
from pledge_tracker.domain.validate import clean_field
from pledge_tracker.domain.words import shorten
from pledge_tracker.services import dialog_reads, indicators
from pledge_tracker.ui import workers
from pledge_tracker.ui.context import AppContext
from pledge_tracker.ui.dialogs.validated_dialog import ValidatedDialog, problem
from pledge_tracker.ui.undo import ServiceCommand, push
from pledge_tracker.ui.widgets.date_edit import DateEdit, OptionalDateEdit
from pledge_tracker.ui.widgets.searchable_combo import make_searchable

PRECISIONS = ("day", "month", "year")


class IndicatorDialog(ValidatedDialog):
    """Records a new figure, or changes one (`figure`): audited; an edit is undoable."""

    stale_entity = "indicator"

    def __init__(
        self,
        context: AppContext,
        parent: QWidget | None = None,
        preset_stakeholder_id: int | None = None,
        figure: IndicatorDTO | None = None,
    ) -> None:
        title = (
            QCoreApplication.translate("IndicatorDialog", "Edit published figure")
            if figure
            else QCoreApplication.translate("IndicatorDialog", "Add published figure")
        )
        super().__init__(context, title, parent)
        self.figure = figure
        self._state: str | None = None  # the stored state the form was filled from
        if figure is not None:  # filled from the figure as stored now, with its state
            self.figure, self._state = indicators.read_with_state(context.database, figure.id)
            figure = self.figure
        self.result_dto: IndicatorDTO | None = None
        self._build()
        self._fill_choices(figure.stakeholder_id if figure else preset_stakeholder_id)
        if figure is not None:
            self._show(figure)
        self.resize(560, self.sizeHint().height())
        self.revalidate()

    def _build(self) -> None:
        self.supporter = make_searchable(QComboBox())
        self.metric_box = QComboBox()
        self.metric_box.setEditable(True)  # the suggestions, or any other metric typed
        self.metric_box.addItems(list(SUGGESTED_METRICS))
        self.metric_box.setCurrentIndex(-1)
        typed = self.metric_box.lineEdit()
        assert typed is not None  # an editable combo has one
        typed.setPlaceholderText(self.tr("e.g. removal orders received"))
        self.value = QLineEdit()
        self.value.setPlaceholderText(self.tr("as published, e.g. 1,250 or 97.5"))
        self.unit = QComboBox()
        self.unit.setEditable(True)
        self.unit.addItems(list(SUGGESTED_UNITS))
        self.unit.setCurrentIndex(-1)
        last_year = dt.date.today().year - 1
        self.start = DateEdit(dt.date(last_year, 1, 1), field="period_start")
        self.end = DateEdit(dt.date(last_year, 12, 31), field="period_end")
        self.precision = QComboBox()
        labels = (self.tr("to the day"), self.tr("to the month"), self.tr("to the year"))
        for value, label in zip(PRECISIONS, labels, strict=True):
            self.precision.addItem(label, value)
        self.published = OptionalDateEdit(field="published", entity="indicators")
        self.source = make_searchable(QComboBox())
        for combo in (self.supporter, self.metric_box, self.unit, self.source):
            # Long names and titles scroll inside the chooser instead of widening the dialog.
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(24)
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(60)
        self.add_field(self.tr("&Supporter:"), self.supporter, "stakeholder", self.tr("Supporter"))
        self.add_field(self.tr("&Metric:"), self.metric_box, "metric", self.tr("Metric"))
        self.add_field(self.tr("&Figure:"), self.value, "value", self.tr("Figure"))
        self.add_field(self.tr("&Unit:"), self.unit, "unit", self.tr("Unit"))
        self.add_field(self.tr("Period &from:"), self.start, "period_start", self.tr("From"))
        self.add_field(self.tr("Period &to:"), self.end, "period_end", self.tr("To"))
        self.add_field(
            self.tr("Dates &known:"), self.precision, "period_precision", self.tr("Dates known")
        )
        self.add_field(self.tr("P&ublished:"), self.published, "published", self.tr("Published"))
        self.add_field(self.tr("&Source:"), self.source, "evidence", self.tr("Evidence item"))
        self.add_field(self.tr("N&otes:"), self.notes, "notes", self.tr("Notes"))
        for signal in (
            self.value.textChanged,
            self.metric_box.currentTextChanged,
            self.unit.currentTextChanged,
            self.start.sig_date_edited,
            self.end.sig_date_edited,
            self.published.sig_date_edited,
            self.supporter.currentIndexChanged,
            self.source.currentIndexChanged,
        ):
            signal.connect(self.revalidate)
        self.metric_box.currentTextChanged.connect(self._suggest_unit)

    def _fill_choices(self, stakeholder_id: int | None) -> None:
        self.supporter.addItem(self.tr("Choose a supporter…"), None)
        for person in self.context.directory().supporters:
            self.supporter.addItem(person.name, person.id)
        if stakeholder_id is not None:
            self.supporter.setCurrentIndex(max(self.supporter.findData(stakeholder_id), 0))
        self.source.addItem(self.tr("Choose the evidence item it comes from…"), None)
        database = self.context.database
        choices = workers.wait_for(lambda: dialog_reads.figure_sources(database))
        for choice in choices:
            self.source.addItem(choice.label, choice.id)

    def _show(self, figure: IndicatorDTO) -> None:
        self.metric_box.setCurrentText(figure.metric)
        self.value.setText(figure.value)
        self.unit.setCurrentText(figure.unit)
        self.start.set_date(figure.period_start)
        self.end.set_date(figure.period_end)
        self.precision.setCurrentIndex(max(self.precision.findData(figure.period_precision), 0))
        self.published.set_date(figure.published)
        self.source.setCurrentIndex(max(self.source.findData(figure.evidence_id), 0))
        self.notes.setPlainText(figure.notes or "")

    def _suggest_unit(self, metric: str) -> None:
        """A suggested metric brings its usual unit, unless one is already typed."""
        if not self.unit.currentText().strip() and metric in SUGGESTED_METRICS:
            self.unit.setCurrentText(SUGGESTED_METRICS[metric])

    def checks(self) -> dict[str, Callable[[], str | None]]:
        return {
            "stakeholder": lambda: (
                None if self.supporter.currentData() is not None else self.tr("choose a supporter")
            ),
            "metric": lambda: problem(
                lambda: clean_field("indicators", "metric", self.metric_box.currentText()),
                self.tr("The metric"),
            ),
            "value": lambda: problem(self._value),
            "unit": lambda: problem(
                lambda: clean_field("indicators", "unit", self.unit.currentText()),
                self.tr("The unit"),
            ),
            "period_start": self.start.error,
            "period_end": self._period_error,
            "published": self.published.error,
            "evidence": lambda: (
                None
                if self.source.currentData() is not None
                else self.tr("choose the evidence item the figure comes from")
            ),
        }

    def _value(self) -> str:
        """The figure as canonical text, read with the decimal mark of the interface's
        language (97,5 in French is 97.5, never 975)."""
        return parse_value(self.value.text(), decimal_comma=QLocale().decimalPoint() == ",")

    def _canonical_value(self) -> str:
        try:
            return self._value()
        except ValidationError:
            return self.value.text()  # the service refuses it, naming the field

    def _period_error(self) -> str | None:
        error = self.end.error()
        if error or self.start.error():
            return error
        if self.end.current() < self.start.current():
            return self.tr("The period cannot end before it starts.")
        return None

    def fields(self) -> IndicatorInput:
        """What the form says."""
        return IndicatorInput(
            stakeholder_id=int(self.supporter.currentData()),
            metric=self.metric_box.currentText(),
            value=self._canonical_value(),
            unit=self.unit.currentText(),
            period_start=self.start.current(),
            period_end=self.end.current(),
            period_precision=str(self.precision.currentData()),
            published=self.published.date(),
            evidence_id=int(self.source.currentData()),
            notes=self.notes.toPlainText() or None,
        )

    def submit(self) -> None:
        data = self.fields()
        if self.figure is None:
            self.result_dto = self.context.write(lambda tx: indicators.add(tx, data))
            return
        command = edit_command(self.context, self.figure, data, self._state)
        self.result_dto = push(self.context, command)

    def reload_stored(self) -> bool:
        """The figure as stored now: a save kept as mine goes against its state."""
        if self.figure is None:
            return False
        self.figure, self._state = indicators.read_with_state(self.context.database, self.figure.id)
        return True


def _input_of(figure: IndicatorDTO) -> IndicatorInput:
    return IndicatorInput(
        stakeholder_id=figure.stakeholder_id,
        metric=figure.metric,
        value=figure.value,
        unit=figure.unit,
        period_start=figure.period_start,
        period_end=figure.period_end,
        period_precision=figure.period_precision,
        published=figure.published,
        evidence_id=figure.evidence_id,
        notes=figure.notes,
    )


def edit_command(
    context: AppContext, before: IndicatorDTO, data: IndicatorInput, state: str | None = None
) -> ServiceCommand:
    """Changing a figure as an undoable, audited step (undo puts the old one back); with
    `state`, refused if the figure no longer is as the form read it."""
    old = _input_of(before)
    return ServiceCommand(
        context,
        QCoreApplication.translate("UndoCommand", "Edit figure: {0}").format(
            shorten(before.metric, 40)
        ),
        do=lambda tx: indicators.edit(tx, before.id, data, expected_state=state),
        undo=lambda tx, _r: indicators.edit(tx, before.id, old),
        redo_again=lambda tx, _r: indicators.edit(tx, before.id, data),
    )


def delete_command(context: AppContext, figure: IndicatorDTO) -> ServiceCommand:
    """Deleting a figure as an undoable, audited step (undo records it again, same uid)."""
    state: dict[str, int] = {}

    def restore(tx: Tx, _r: object) -> IndicatorDTO:
        again = indicators.add(tx, _input_of(figure), uid=figure.uid)
        state["id"] = again.id
        return again

    return ServiceCommand(
        context,
        QCoreApplication.translate("UndoCommand", "Delete figure: {0}").format(
            shorten(figure.metric, 40)
        ),
        do=lambda tx: indicators.delete(tx, figure.id),
        undo=restore,
        redo_again=lambda tx, _r: indicators.delete(tx, state.get("id", figure.id)),
    )
