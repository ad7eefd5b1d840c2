"""The matrix's filters (kind, founding, name or country) and its row order."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QWidget,
)

from pledge_tracker.domain.kinds import StakeholderKind
from pledge_tracker.ui.context import AppContext, MatrixFilter
from pledge_tracker.ui.labels import stakeholder_kind_label
from pledge_tracker.ui.models.matrix_rows import SortKey


class FilterBar(QWidget):
    """Edits the context's MatrixFilter (shared with the dashboard) and the matrix's sort.

    Signals
    -------
    sort_changed(SortKey, bool): the order chosen, and whether it is reversed.
    """

    sort_changed = Signal(object, bool)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._build()
        self._show_filter(context.filter)
        context.filter_changed.connect(self._show_filter)

    def _build(self) -> None:
        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setPlaceholderText(self.tr("Search name or country code"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search supporters by name or country code"))
        self.search.setMinimumWidth(140)
        self.kind = QComboBox()
        self.kind.addItem(self.tr("All kinds"), "")
        for kind in StakeholderKind:
            self.kind.addItem(stakeholder_kind_label(kind), kind.value)
        self.kind.setAccessibleName(self.tr("Kind of supporter"))
        self.founding = QCheckBox(self.tr("Fou&nding only"))
        self.founding.setToolTip(self.tr("Show only the founding supporters of the Call"))
        self.inactive = QCheckBox(self.tr("&Inactive too"))
        self.inactive.setToolTip(self.tr("Also show supporters that have been deactivated"))
        self.sort = QComboBox()
        for key, text in self._sort_names().items():
            self.sort.addItem(text, key.value)
        self.sort.setAccessibleName(self.tr("Order of supporters"))
        sort_label = QLabel(self.tr("So&rt"))
        sort_label.setBuddy(self.sort)
        self.reverse = QToolButton()
        self.reverse.setCheckable(True)
        self.reverse.setText("⇅")
        self.reverse.setToolTip(self.tr("Reverse the order"))
        self.reverse.setAccessibleName(self.tr("Reverse the order"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search, 1)
        for widget in (self.kind, self.founding, self.inactive):
            layout.addWidget(widget)
        self.sort_box = QWidget()  # placed by the view on the row below
        sort_layout = QHBoxLayout(self.sort_box)
        sort_layout.setContentsMargins(0, 0, 0, 0)
        for part in (sort_label, self.sort, self.reverse):
            sort_layout.addWidget(part)
        self.search.textChanged.connect(self._emit_filter)
        self.kind.currentIndexChanged.connect(self._emit_filter)
        self.founding.toggled.connect(self._emit_filter)
        self.inactive.toggled.connect(self._emit_filter)
        self.sort.currentIndexChanged.connect(self._emit_sort)
        self.reverse.toggled.connect(self._emit_sort)

    def _sort_names(self) -> dict[SortKey, str]:
        return {
            SortKey.NAME: self.tr("Name (A–Z)"),
            SortKey.SCORE: self.tr("Score (highest first)"),
            SortKey.COVERAGE: self.tr("Coverage (highest first)"),
            SortKey.JOINED: self.tr("Date joined (earliest first)"),
        }

    def sort_key(self) -> SortKey:
        value = self.sort.currentData()  # Qt hands a StrEnum back as a plain str
        return SortKey(value) if value else SortKey.NAME

    def set_sort(self, key: SortKey, reverse: bool = False) -> None:
        self.sort.setCurrentIndex(max(0, self.sort.findData(key.value)))
        self.reverse.setChecked(reverse)

    def _emit_sort(self) -> None:
        self.sort_changed.emit(self.sort_key(), self.reverse.isChecked())

    def _emit_filter(self) -> None:
        kind = str(self.kind.currentData() or "")
        self._context.set_filter(
            replace(
                self._context.filter,
                kinds=frozenset({kind}) if kind else frozenset(),
                founding_only=self.founding.isChecked(),
                text=self.search.text(),
                include_inactive=self.inactive.isChecked(),
            )
        )

    def _show_filter(self, wanted: MatrixFilter) -> None:
        """Reflect a filter set elsewhere (the dashboard shares it) without echoing it back."""
        widgets = (self.search, self.kind, self.founding, self.inactive)
        for widget in widgets:
            widget.blockSignals(True)
        if self.search.text() != wanted.text:
            self.search.setText(wanted.text)
        only = next(iter(wanted.kinds)) if len(wanted.kinds) == 1 else None
        self.kind.setCurrentIndex(max(0, self.kind.findData(only or "")))
        self.founding.setChecked(wanted.founding_only)
        self.inactive.setChecked(wanted.include_inactive)
        for widget in widgets:
            widget.blockSignals(False)
