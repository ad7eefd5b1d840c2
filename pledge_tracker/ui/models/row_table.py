"""A read-only table model over a list of plain rows, and a proxy that sorts empty values last.

The list tables (supporters, commitments, actions, evidence) share this: rows are loaded
elsewhere into a Python list; the model only reads it. Columns come from an IntEnum and
their headers from a mapping of that enum to untranslated labels.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from enum import IntEnum
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from pledge_tracker.ui import locale_text

RowRole = Qt.ItemDataRole.UserRole
SortRole = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex
R = TypeVar("R")
C = TypeVar("C", bound=IntEnum)


class RowTableModel(QAbstractTableModel, Generic[R, C]):
    """Rows in a list, one column per member of `columns`, headers translated in `context`.

    Subclasses say how to find a row's id (`row_id`, for `row_of`) and implement `data()`,
    starting from `cell(index)`.
    """

    def __init__(
        self,
        columns: type[C],
        headers: Mapping[C, str],
        context: str,
        row_id: Callable[[R], int],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._columns = columns
        self._headers = headers
        self._tr_context = context
        self._row_id = row_id
        self._rows: list[R] = []

    def set_rows(self, rows: Iterable[R]) -> None:
        """Replace every row (a model reset)."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> R | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, row_id: int) -> int:
        """The row number of the record with this id, or -1."""
        for number, row in enumerate(self._rows):
            if self._row_id(row) == row_id:
                return number
        return -1

    def cell(self, index: Index) -> tuple[R, C] | None:
        """The row and column an index points at, or None outside the table."""
        row = self.row_at(index.row()) if index.isValid() else None
        if row is None or not 0 <= index.column() < len(self._columns):
            return None
        return row, self._columns(index.column())

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._columns):
            if role == Qt.ItemDataRole.DisplayRole:
                label = self._headers[self._columns(section)]
                return QCoreApplication.translate(self._tr_context, label)
        return None


class EmptyLastProxy(QSortFilterProxyModel):
    """Sorts by SortRole values, empty (None) ones after real ones in either direction."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(SortRole)

    def lessThan(self, left: Index, right: Index) -> bool:
        a, b = left.data(SortRole), right.data(SortRole)
        if a is None or b is None:
            ascending = self.sortOrder() == Qt.SortOrder.AscendingOrder
            return (a is not None) if ascending else (a is None and b is not None)
        if isinstance(a, str) and isinstance(b, str):  # names and titles: the one order
            return locale_text.sort_key(a) < locale_text.sort_key(b)
        return bool(a < b)
