"""The evidence library's search box and filters; emits a query after typing pauses."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QComboBox, QGridLayout, QLabel, QLineEdit, QPushButton, QWidget

from pledge_tracker.domain.errors import ValidationError
from pledge_tracker.domain.kinds import EvidenceKind
from pledge_tracker.services.evidence_search import EvidenceQuery
from pledge_tracker.ui import locale_text
from pledge_tracker.ui.context import AppContext
from pledge_tracker.ui.labels import evidence_kind_label
from pledge_tracker.ui.widgets.date_edit import OptionalDateEdit
from pledge_tracker.ui.widgets.inline_errors import error_style
from pledge_tracker.ui.widgets.searchable_combo import make_searchable

DEBOUNCE_MS = 250


class EvidenceFilterBar(QWidget):
    """Search text, kind, supporter, commitment, date range and access.

    Signals
    -------
    sig_query_changed
        Emitted with an EvidenceQuery (sort left at its default) when the filters change;
        typing is debounced so a search starts only once the user pauses.
    """

    sig_query_changed = Signal(object)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search title, summary, source and notes"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(300)
        self.kind = QComboBox()
        self.supporter = make_searchable(QComboBox())
        self.commitment = make_searchable(QComboBox())
        self.date_from = OptionalDateEdit(field="from")
        self.date_to = OptionalDateEdit(field="to")
        self.access = QComboBox()
        self.clear_button = QPushButton(self.tr("C&lear filters"))
        self._build()
        self.reload_choices()
        self._connect_signals()

    def _build(self) -> None:
        self.kind.addItem(self.tr("Any kind"), None)
        for kind in EvidenceKind:
            self.kind.addItem(evidence_kind_label(kind), kind.value)
        self.access.addItem(self.tr("Public and restricted"), None)
        self.access.addItem(self.tr("Public only"), False)
        self.access.addItem(self.tr("🔒 Restricted only"), True)
        self.supporter.setMinimumContentsLength(18)
        self.commitment.setMinimumContentsLength(18)
        for combo in (self.supporter, self.commitment):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
        for edit in (self.date_from, self.date_to):
            edit.setMaximumWidth(130)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        cells = (
            (self.tr("&Find:"), self.search, self.tr("Search evidence")),
            (self.tr("&Kind:"), self.kind, self.tr("Evidence kind")),
            (self.tr("&Supporter:"), self.supporter, self.tr("Supporter")),
            (self.tr("Co&mmitment:"), self.commitment, self.tr("Commitment")),
        )
        for column, (text, control, name) in enumerate(cells):
            self._add(grid, 0, column, text, control, name)
        lower = (
            (self.tr("F&rom:"), self.date_from, self.tr("Dated from")),
            (self.tr("&To:"), self.date_to, self.tr("Dated up to")),
            (self.tr("&Access:"), self.access, self.tr("Public or restricted")),
        )
        for column, (text, control, name) in enumerate(lower):
            self._add(grid, 1, column, text, control, name)
        self.date_error = QLabel()
        self.date_error.setStyleSheet(error_style())
        grid.addWidget(self.date_error, 1, 6, 1, 1)
        grid.addWidget(self.clear_button, 1, 7)
        grid.setColumnStretch(1, 1)

    def _add(
        self, grid: QGridLayout, row: int, column: int, text: str, control: QWidget, name: str
    ) -> None:
        label = QLabel(text)
        label.setBuddy(control)
        control.setAccessibleName(name)
        grid.addWidget(label, row, column * 2)
        grid.addWidget(control, row, column * 2 + 1)

    def _connect_signals(self) -> None:
        self.search.textChanged.connect(lambda _text: self._timer.start())
        self._timer.timeout.connect(self._emit)
        for combo in (self.kind, self.supporter, self.commitment, self.access):
            combo.currentIndexChanged.connect(lambda _index: self._emit())
        self.date_from.sig_date_edited.connect(self._on_dates_edited)
        self.date_to.sig_date_edited.connect(self._on_dates_edited)
        self.clear_button.clicked.connect(self.clear)

    def reload_choices(self) -> None:
        """Refill the supporter and commitment lists from the context's directory."""
        directory = self._context.directory()
        people, pledges = directory.supporters, directory.commitments
        self._refill(self.supporter, self.tr("Any supporter"), [(p.id, p.name) for p in people])
        self._refill(
            self.commitment,
            self.tr("Any commitment"),
            [(c.id, locale_text.code_and_title(c)) for c in pledges],
        )

    def _refill(self, combo: QComboBox, anything: str, items: list[tuple[int, str]]) -> None:
        chosen = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(anything, None)
        for ident, text in items:
            combo.addItem(text, ident)
        found = combo.findData(chosen) if chosen is not None else 0
        combo.setCurrentIndex(max(found, 0))
        combo.blockSignals(False)
        if chosen is not None and found < 0:
            self._emit()  # the chosen supporter is gone: search without it

    def query(self) -> EvidenceQuery:
        """The filters as a query (invalid dates are left out until corrected)."""
        kind = self.kind.currentData()
        return EvidenceQuery(
            text=self.search.text().strip(),
            kinds=frozenset({kind}) if kind else frozenset(),
            stakeholder_id=self.supporter.currentData(),
            commitment_id=self.commitment.currentData(),
            date_from=self._date(self.date_from),
            date_to=self._date(self.date_to),
            restricted=self.access.currentData(),
        )

    def clear(self) -> None:
        """Back to every item: one search, not one per control reset."""
        controls = (self.search, self.kind, self.supporter, self.commitment, self.access)
        dates = (self.date_from, self.date_to)
        for widget in (*controls, *dates):
            widget.blockSignals(True)
        self.search.clear()
        for combo in controls[1:]:
            combo.setCurrentIndex(0)
        for edit in dates:
            edit.clear()
        for widget in (*controls, *dates):
            widget.blockSignals(False)
        self.date_error.clear()
        self._emit()

    @staticmethod
    def _date(edit: OptionalDateEdit) -> dt.date | None:
        try:
            return edit.date()
        except ValidationError:
            return None

    def _on_dates_edited(self) -> None:
        problems = [e.error() for e in (self.date_from, self.date_to) if e.error()]
        self.date_error.setText(f"⚠ {problems[0]}" if problems else "")
        if not problems:
            self._emit()

    def _emit(self) -> None:
        self._timer.stop()
        self.sig_query_changed.emit(self.query())
