"""The published-figures table: supporter, metric, figure (exact), unit, period, source."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import QObject, QSortFilterProxyModel, Qt

from pledge_tracker.domain.dates import iso_as_known
from pledge_tracker.domain.indicators import IndicatorDTO, as_float, grouped
from pledge_tracker.domain.validate import name_key
from pledge_tracker.ui.models.row_table import (
    EmptyLastProxy,
    Index,
    RowRole,
    RowTableModel,
    SortRole,
)
from pledge_tracker.ui.translatable import QT_TRANSLATE_NOOP


class Column(IntEnum):
    SUPPORTER = 0
    METRIC = 1
    VALUE = 2
    UNIT = 3
    PERIOD = 4
    SOURCE = 5


_HEADERS = {
    Column.SUPPORTER: QT_TRANSLATE_NOOP("IndicatorsModel", "Supporter"),
    Column.METRIC: QT_TRANSLATE_NOOP("IndicatorsModel", "Metric"),
    Column.VALUE: QT_TRANSLATE_NOOP("IndicatorsModel", "Figure"),
    Column.UNIT: QT_TRANSLATE_NOOP("IndicatorsModel", "Unit"),
    Column.PERIOD: QT_TRANSLATE_NOOP("IndicatorsModel", "Period"),
    Column.SOURCE: QT_TRANSLATE_NOOP("IndicatorsModel", "Source"),
}


def period_text(item: IndicatorDTO) -> str:
    """The period as far as it is known: 2024-01 – 2024-06."""
    start = iso_as_known(item.period_start, item.period_precision)
    end = iso_as_known(item.period_end, item.period_precision)
    return f"{start} – {end}"


def _display(item: IndicatorDTO, column: Column) -> str:
    values = {
        Column.SUPPORTER: item.stakeholder,
        Column.METRIC: item.metric,
        Column.VALUE: grouped(item.value),  # exactly as recorded, digits grouped
        Column.UNIT: item.unit,
        Column.PERIOD: period_text(item),
        Column.SOURCE: item.evidence_title,
    }
    return values[column]


def _sort_value(item: IndicatorDTO, column: Column) -> Any:
    if column is Column.VALUE:
        return as_float(item.value)
    if column is Column.PERIOD:
        return (item.period_end, item.period_start)
    return name_key(_display(item, column))


def _indicator_id(item: IndicatorDTO) -> int:
    return item.id


class IndicatorsModel(RowTableModel[IndicatorDTO, Column]):
    """Published figures, one a row."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(Column, _HEADERS, "IndicatorsModel", _indicator_id, parent)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        cell = self.cell(index)
        if cell is None:
            return None
        item, column = cell
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return _display(item, column)
        if role == SortRole:
            return _sort_value(item, column)
        if role == RowRole:
            return item
        if role == Qt.ItemDataRole.TextAlignmentRole and column is Column.VALUE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return item.notes or item.evidence_title
        return None


class IndicatorsProxy(EmptyLastProxy):
    """Keeps the rows whose supporter, metric, unit or source holds the search text."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._text = ""

    def set_text(self, text: str) -> None:
        self.beginFilterChange()
        self._text = name_key(text)
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if not self._text:
            return True
        model = self.sourceModel()
        assert isinstance(model, IndicatorsModel)
        item = model.row_at(source_row)
        if item is None:
            return False
        words = (item.stakeholder, item.metric, item.unit, item.evidence_title)
        return any(self._text in name_key(word) for word in words)
