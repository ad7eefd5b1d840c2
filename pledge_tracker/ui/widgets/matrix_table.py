"""The matrix's table: grouped column headers, supporter row headers, cells drawn as swatches.

It also keeps the column widths the user drags, by commitment code, because every model
reset (a new as-of date, a filter) would otherwise put them back to the default.
"""

from __future__ import annotations

import json

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QAbstractItemView, QTableView, QWidget

from pledge_tracker.ui.models.matrix_model import MatrixModel
from pledge_tracker.ui.widgets.level_delegate import LevelDelegate
from pledge_tracker.ui.widgets.matrix_headers import CornerLabels, GroupedHeader, SupporterHeader

CELL_WIDTH, CELL_HEIGHT = 30, 28


class MatrixTable(QTableView):
    """A QTableView set up for the accountability matrix."""

    def __init__(self, model: MatrixModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model = model
        self.column_widths: dict[str, int] = {}  # by commitment code, as the user set them
        self._applying = False
        self.setObjectName("matrix")
        self.setAccessibleName(self.tr("Accountability matrix"))
        self.setAccessibleDescription(
            self.tr("Supporters in rows, commitments in columns; press Enter to record")
        )
        self.columns_header = GroupedHeader(self)
        self.rows_header = SupporterHeader(self)
        self.setHorizontalHeader(self.columns_header)
        self.setVerticalHeader(self.rows_header)
        self.setModel(model)
        self.setItemDelegate(LevelDelegate(self))
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.setTabKeyNavigation(False)  # Tab leaves the table, arrows move in it
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setCornerButtonEnabled(False)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.columns_header.setDefaultSectionSize(CELL_WIDTH)
        self.columns_header.setMinimumSectionSize(24)
        self.rows_header.setDefaultSectionSize(CELL_HEIGHT)
        self.rows_header.setSectionResizeMode(self.rows_header.ResizeMode.Fixed)
        self._corner = CornerLabels(self, self.rows_header)
        self.columns_header.sectionResized.connect(self._on_section_resized)

    def mark_current(self, index: QModelIndex) -> None:
        """Highlight the current cell's row and column headers."""
        valid = index.isValid()
        self.columns_header.current_section = index.column() if valid else -1
        self.rows_header.current_section = index.row() if valid else -1
        self.columns_header.viewport().update()
        self.rows_header.viewport().update()

    def _on_section_resized(self, column: int, _old: int, new: int) -> None:
        if not self._applying and 0 <= column < self._model.columnCount():
            self.column_widths[self._model.commitment_at(column).code] = new

    def apply_widths(self) -> None:
        """Give each column back the width the user chose for its commitment."""
        self._applying = True
        for column in range(self._model.columnCount()):
            width = self.column_widths.get(self._model.commitment_at(column).code)
            if width:
                self.columns_header.resizeSection(column, width)
        self._applying = False

    def widths_text(self) -> str:
        return json.dumps(self.column_widths, sort_keys=True)

    def load_widths(self, text: str) -> None:
        try:
            widths = json.loads(text or "{}")
            self.column_widths = {str(k): int(v) for k, v in widths.items()}
        except (ValueError, AttributeError, TypeError):
            self.column_widths = {}  # a damaged setting costs only the widths
