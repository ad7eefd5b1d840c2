"""The Timeline table: dated entries printed at their precision, unverified ones marked †."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt

from pledge_tracker.domain.validate import name_key
from pledge_tracker.services.timeline import TimelineEntry
from pledge_tracker.ui.labels import category_label
from pledge_tracker.ui.models.row_table import Index, RowRole, RowTableModel, SortRole
from pledge_tracker.ui.translatable import QT_TRANSLATE_NOOP

UNVERIFIED_MARK = "†"


class Column(IntEnum):
    DATE = 0
    CATEGORY = 1
    TITLE = 2
    SUPPORTERS = 3
    SOURCES = 4


_HEADERS = {
    Column.DATE: QT_TRANSLATE_NOOP("TimelineModel", "Date"),
    Column.CATEGORY: QT_TRANSLATE_NOOP("TimelineModel", "Category"),
    Column.TITLE: QT_TRANSLATE_NOOP("TimelineModel", "Event"),
    Column.SUPPORTERS: QT_TRANSLATE_NOOP("TimelineModel", "Supporters"),
    Column.SOURCES: QT_TRANSLATE_NOOP("TimelineModel", "Sources"),
}


def unverified_key() -> str:
    return QCoreApplication.translate("Timeline", "† Not verified against its sources.")


def date_text(entry: TimelineEntry) -> str:
    """The date as far as it is known, with its end when it has one (2019-12-03 – 2019-12-04)."""
    if entry.end_date is None or entry.end_date == entry.dated:
        return entry.date_text
    return f"{entry.date_text} – {entry.end_date.isoformat()}"


def _entry_id(entry: TimelineEntry) -> int:
    return entry.record_id


class TimelineModel(RowTableModel[TimelineEntry, Column]):
    """Timeline entries, one a row, in the order given (by date)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(Column, _HEADERS, "TimelineModel", _entry_id, parent)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        cell = self.cell(index)
        if cell is None:
            return None
        entry, column = cell
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._display(entry, column)
        if role == SortRole:
            return self._sort_value(entry, column)
        if role == RowRole:
            return entry
        if role == Qt.ItemDataRole.ToolTipRole and column is Column.TITLE:
            return entry.summary or None
        return None

    def _display(self, entry: TimelineEntry, column: Column) -> str:
        if column is Column.DATE:
            return date_text(entry)
        if column is Column.CATEGORY:
            return category_label(entry.category)
        if column is Column.TITLE:
            return entry.title + ("" if entry.verified else f" {UNVERIFIED_MARK}")
        if column is Column.SUPPORTERS:
            return "; ".join(entry.supporters)
        return QCoreApplication.translate("TimelineModel", "%n source(s)", None, len(entry.sources))

    @staticmethod
    def _sort_value(entry: TimelineEntry, column: Column) -> Any:
        values: dict[Column, Any] = {
            Column.DATE: (entry.dated, entry.title),
            Column.CATEGORY: category_label(entry.category),
            Column.TITLE: name_key(entry.title),
            Column.SUPPORTERS: len(entry.supporters),
            Column.SOURCES: len(entry.sources),
        }
        return values[column]
