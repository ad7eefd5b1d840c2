"""The Actions table: promised or expected steps, overdue ones marked by glyph, bold and colour."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QSortFilterProxyModel, Qt
from PySide6.QtGui import QFont, QIcon
from PySide6.QtWidgets import QApplication, QStyle

from pledge_tracker.domain.dto import ActionDTO
from pledge_tracker.domain.validate import name_key
from pledge_tracker.ui.models.row_table import (
    EmptyLastProxy,
    Index,
    RowRole,
    RowTableModel,
    SortRole,
)
from pledge_tracker.ui.translatable import QT_TRANSLATE_NOOP
from pledge_tracker.ui.widgets.inline_errors import error_colour


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
    Column.SUPPORTER: QT_TRANSLATE_NOOP("ActionsModel", "Supporter"),
    Column.COMMITMENT: QT_TRANSLATE_NOOP("ActionsModel", "Commitment"),
    Column.TITLE: QT_TRANSLATE_NOOP("ActionsModel", "Action"),
    Column.DUE: QT_TRANSLATE_NOOP("ActionsModel", "Due"),
    Column.DONE: QT_TRANSLATE_NOOP("ActionsModel", "Done"),
}


def due_text(action: ActionDTO, today: dt.date) -> str:
    if action.due is None:
        return QCoreApplication.translate("ActionsModel", "no date")
    if action.overdue(today):
        days = (today - action.due).days
        return QCoreApplication.translate(
            "ActionsModel", "⚠ {0} — overdue by %n day(s)", None, days
        ).format(action.due.isoformat())
    return action.due.isoformat()


def done_text(action: ActionDTO) -> str:
    if not action.done:
        return QCoreApplication.translate("ActionsModel", "Open")
    return QCoreApplication.translate("ActionsModel", "✓ Done {0}").format(
        action.done_on.isoformat() if action.done_on else ""
    )


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


def _action_id(row: ActionRow) -> int:
    return row.action.id


class ActionsModel(RowTableModel[ActionRow, Column]):
    """Actions with their supporter and commitment; `today` decides what is overdue."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(Column, _HEADERS, "ActionsModel", _action_id, parent)
        self._today = dt.date.today()

    def set_rows(self, rows: Iterable[ActionRow], today: dt.date | None = None) -> None:
        self._today = today or dt.date.today()
        super().set_rows(rows)

    @property
    def today(self) -> dt.date:
        return self._today

    def overdue_count(self) -> int:
        return sum(row.action.overdue(self._today) for row in self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        cell = self.cell(index)
        if cell is None:
            return None
        row, column = cell
        action = row.action
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
            return (
                QCoreApplication.translate("ActionsModel", "Overdue: was due {0}").format(
                    row.action.due
                )
                + "\n"
                + notes
            ).strip()
        return notes or None


def _warning_icon() -> QIcon:
    return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)


class ActionsProxy(EmptyLastProxy):
    """Sorts by real values (undated last) and hides done actions on request."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
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
