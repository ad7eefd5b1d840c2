"""The Actions table: promised or expected steps, overdue ones marked by glyph, bold and colour."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QFont, QIcon
from PySide6.QtWidgets import QApplication, QStyle

from pledge_tracker.domain.dto import ActionDTO
from pledge_tracker.domain.validate import name_key
from pledge_tracker.ui.widgets.inline_errors import error_colour

RowRole = Qt.ItemDataRole.UserRole
SortRole = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class ActionRow:
    """An action with the names it refers to, ready to show."""

    action: ActionDTO
    supporter: str
    commitment: str | None


class Column(IntEnum):
    SUPPORTER = 0
    COMMITMENT = 1
    TITLE = 2
    DUE = 3
    DONE = 4


_HEADERS = {
    Column.SUPPORTER: "Supporter",
    Column.COMMITMENT: "Commitment",
    Column.TITLE: "Action",
    Column.DUE: "Due",
    Column.DONE: "Done",
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("ActionsModel", text)


def due_text(action: ActionDTO, today: dt.date) -> str:
    if action.due is None:
        return _tr("no date")
    if action.overdue(today):
        days = (today - action.due).days
        return _tr("⚠ {0} — overdue by {1} days").format(action.due.isoformat(), days)
    return action.due.isoformat()


def done_text(action: ActionDTO) -> str:
    if not action.done:
        return _tr("Open")
    return _tr("✓ Done {0}").format(action.done_on.isoformat() if action.done_on else "")


def _sort_value(row: ActionRow, column: Column) -> Any:
    action = row.action
    values: dict[Column, Any] = {
        Column.SUPPORTER: name_key(row.supporter),
        Column.COMMITMENT: row.commitment,
        Column.TITLE: name_key(action.title),
        Column.DUE: action.due,
        Column.DONE: (action.done, action.done_on or dt.date.min),
    }
    return values[column]


class ActionsModel(QAbstractTableModel):
    """Actions with their supporter and commitment; `today` decides what is overdue."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[ActionRow] = []
        self._today = dt.date.today()

    def set_rows(self, rows: list[ActionRow], today: dt.date | None = None) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._today = today or dt.date.today()
        self.endResetModel()

    @property
    def today(self) -> dt.date:
        return self._today

    def row_at(self, row: int) -> ActionRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, action_id: int) -> int:
        for number, row in enumerate(self._rows):
            if row.action.id == action_id:
                return number
        return -1

    def overdue_count(self) -> int:
        return sum(row.action.overdue(self._today) for row in self._rows)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(Column):
            if role == Qt.ItemDataRole.DisplayRole:
                return _tr(_HEADERS[Column(section)])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_at(index.row()) if index.isValid() else None
        if row is None or not 0 <= index.column() < len(Column):
            return None
        column, action = Column(index.column()), row.action
        overdue = action.overdue(self._today)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._display(row, column)
        if role == SortRole:
            return _sort_value(row, column)
        if role == RowRole:
            return row
        if role == Qt.ItemDataRole.FontRole and overdue:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and overdue and column is Column.DUE:
            return error_colour()  # with a ⚠ glyph, an icon and bold: never colour alone
        if role == Qt.ItemDataRole.DecorationRole and overdue and column is Column.TITLE:
            return _warning_icon()
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, overdue)
        return None

    def _display(self, row: ActionRow, column: Column) -> str:
        if column is Column.SUPPORTER:
            return row.supporter
        if column is Column.COMMITMENT:
            return row.commitment or "—"
        if column is Column.TITLE:
            return row.action.title
        if column is Column.DUE:
            return due_text(row.action, self._today)
        return done_text(row.action)

    def _tooltip(self, row: ActionRow, overdue: bool) -> str | None:
        notes = row.action.notes or ""
        if overdue:
            return (_tr("Overdue: was due {0}").format(row.action.due) + "\n" + notes).strip()
        return notes or None


def _warning_icon() -> QIcon:
    return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)


class ActionsProxy(QSortFilterProxyModel):
    """Sorts by real values (undated last) and hides done actions on request."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(SortRole)
        self._hide_done = False
        self._text = ""

    def set_hide_done(self, hide: bool) -> None:
        self.beginFilterChange()
        self._hide_done = hide
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_text(self, text: str) -> None:
        self.beginFilterChange()
        self._text = name_key(text)
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        row = model.row_at(source_row) if isinstance(model, ActionsModel) else None
        if row is None or (self._hide_done and row.action.done):
            return False
        haystack = name_key(f"{row.supporter} {row.commitment or ''} {row.action.title}")
        return not self._text or self._text in haystack

    def lessThan(self, left: Index, right: Index) -> bool:
        a, b = left.data(SortRole), right.data(SortRole)
        if a is None or b is None:
            ascending = self.sortOrder() == Qt.SortOrder.AscendingOrder
            return (a is not None) if ascending else (a is None and b is not None)
        return bool(a < b)
