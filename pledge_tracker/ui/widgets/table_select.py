"""Selecting a table's row by its source-model row number, through a proxy if there is one."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractProxyModel, QItemSelectionModel
from PySide6.QtWidgets import QTableView

from pledge_tracker.ui.models.row_table import RowRole

_SELECT_ROW = (
    QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
)


def select_source_row(table: QTableView, source_row: int, column: int = 0) -> bool:
    """Make a row of the underlying model current and selected and scroll to it.

    False when the row is not there (-1) or the proxy filters it out.
    """
    model = table.model()
    if isinstance(model, QAbstractProxyModel):
        index = model.mapFromSource(model.sourceModel().index(source_row, column))
    else:
        index = model.index(source_row, column)
    if not index.isValid():
        return False
    table.selectionModel().setCurrentIndex(index, _SELECT_ROW)
    table.scrollTo(index)
    return True


def selected_row(table: QTableView) -> Any:
    """The plain row (RowRole) behind the selected table row, or None."""
    rows = table.selectionModel().selectedRows()
    return rows[0].data(RowRole) if rows else None
