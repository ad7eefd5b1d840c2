"""The shared list-table base: rows by id, translated headers, empty values sorted last."""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QTableView

from pledge_tracker.ui.models.row_table import (
    EmptyLastProxy,
    Index,
    RowRole,
    RowTableModel,
    SortRole,
)
from pledge_tracker.ui.widgets.table_select import select_source_row, selected_row


@dataclass(frozen=True)
class Item:
    id: int
    name: str
    due: int | None


class Col(IntEnum):
    NAME = 0
    DUE = 1


class ItemsModel(RowTableModel[Item, Col]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(Col, {Col.NAME: "Name", Col.DUE: "Due"}, "ItemsModel", _id, parent)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        cell = self.cell(index)
        if cell is None:
            return None
        row, column = cell
        value = row.name if column is Col.NAME else row.due
        if role == Qt.ItemDataRole.DisplayRole:
            return "" if value is None else str(value)
        if role == SortRole:
            return value
        if role == RowRole:
            return row
        return None


def _id(item: Item) -> int:
    return item.id


ITEMS = [Item(7, "b", 3), Item(9, "a", None), Item(4, "c", 1)]


def test_rows_are_found_by_id_and_headers_come_from_the_enum(qtmodeltester) -> None:
    model = ItemsModel()
    model.set_rows(ITEMS)
    qtmodeltester.check(model)
    assert (model.rowCount(), model.columnCount()) == (3, 2)
    assert model.row_of(9) == 1 and model.row_of(5) == -1
    assert model.row_at(2) == ITEMS[2] and model.row_at(3) is None
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(2)]
    assert headers == ["Name", "Due"]


def test_empty_values_sort_last_in_both_directions(qtbot) -> None:
    model = ItemsModel()
    model.set_rows(ITEMS)
    proxy = EmptyLastProxy()
    proxy.setSourceModel(model)
    for order, expected in (
        (Qt.SortOrder.AscendingOrder, ["1", "3", ""]),
        (Qt.SortOrder.DescendingOrder, ["3", "1", ""]),
    ):
        proxy.sort(Col.DUE, order)
        shown = [proxy.index(r, Col.DUE).data() for r in range(proxy.rowCount())]
        assert shown == expected


def test_a_row_is_selected_by_id_through_the_proxy(qtbot) -> None:
    model = ItemsModel()
    model.set_rows(ITEMS)
    proxy = EmptyLastProxy()
    proxy.setSourceModel(model)
    proxy.sort(Col.NAME, Qt.SortOrder.AscendingOrder)
    table = QTableView()
    qtbot.addWidget(table)
    table.setModel(proxy)
    assert selected_row(table) is None
    assert select_source_row(table, model.row_of(4))
    assert selected_row(table) == ITEMS[2]
    assert not select_source_row(table, model.row_of(5))
