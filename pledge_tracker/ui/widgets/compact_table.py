"""Table views set up the same way in every list: row selection, compact rows, fitted columns."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

MAX_FITTED_WIDTH = 360


def compact_table(table: QTableView, accessible_name: str) -> None:
    """Whole-row single selection, alternating rows, rows one text line high."""
    table.setAccessibleName(accessible_name)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.setTabKeyNavigation(False)  # Tab leaves the table, arrows move inside it
    vertical = table.verticalHeader()
    vertical.hide()
    vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    vertical.setDefaultSectionSize(table.fontMetrics().height() + 10)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setHighlightSections(False)


def fit_columns(table: QTableView, stretch: int | None = None) -> None:
    """Size each column to its contents (capped), letting `stretch` take the spare room."""
    header = table.horizontalHeader()
    for column in range(header.count()):
        if column == stretch:
            continue
        table.resizeColumnToContents(column)
        if header.sectionSize(column) > MAX_FITTED_WIDTH:
            header.resizeSection(column, MAX_FITTED_WIDTH)
    if stretch is not None:
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
