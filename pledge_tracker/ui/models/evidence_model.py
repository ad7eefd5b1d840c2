"""The evidence library's table: searched in a worker, then filled a page at a time.

A search (worker thread) returns every matching id in order plus the first page of rows;
`fetchMore()` turns the next page of ids into rows with one primary-key lookup (a few
milliseconds at any depth). `data()` only reads rows already loaded.
"""

from __future__ import annotations

import dataclasses
import time
from enum import IntEnum
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, Qt, Signal

from pledge_tracker.domain.dates import iso_as_known
from pledge_tracker.domain.words import shorten
from pledge_tracker.services import dialog_reads
from pledge_tracker.services.evidence_search import EvidenceQuery, EvidenceRow, SortKey
from pledge_tracker.ui.context import AppContext
from pledge_tracker.ui.labels import evidence_kind_label, reliability_label
from pledge_tracker.ui.models.row_table import Index, RowRole, RowTableModel
from pledge_tracker.ui.translatable import QT_TRANSLATE_NOOP

PAGE_SIZE = 200
KEEP_LOADED_MAX = 2000  # rows reloaded after a refresh so the user keeps their place


class Column(IntEnum):
    DATE = 0
    TITLE = 1
    KIND = 2
    SOURCE = 3
    SUPPORTERS = 4
    COMMITMENTS = 5
    RELIABILITY = 6
    ACCESS = 7
    FILES = 8


SORT_KEYS: dict[Column, SortKey] = {
    Column.DATE: SortKey.DATE,
    Column.TITLE: SortKey.TITLE,
    Column.KIND: SortKey.KIND,
    Column.SOURCE: SortKey.SOURCE,
    Column.SUPPORTERS: SortKey.SUPPORTERS,
    Column.COMMITMENTS: SortKey.COMMITMENTS,
    Column.RELIABILITY: SortKey.RELIABILITY,
    Column.ACCESS: SortKey.ACCESS,
    Column.FILES: SortKey.ATTACHMENTS,
}
_HEADERS = {
    Column.DATE: QT_TRANSLATE_NOOP("EvidenceModel", "Date"),
    Column.TITLE: QT_TRANSLATE_NOOP("EvidenceModel", "Title"),
    Column.KIND: QT_TRANSLATE_NOOP("EvidenceModel", "Kind"),
    Column.SOURCE: QT_TRANSLATE_NOOP("EvidenceModel", "Source"),
    Column.SUPPORTERS: QT_TRANSLATE_NOOP("EvidenceModel", "Supporters"),
    Column.COMMITMENTS: QT_TRANSLATE_NOOP("EvidenceModel", "Commitments"),
    Column.RELIABILITY: QT_TRANSLATE_NOOP("EvidenceModel", "Reliability"),
    Column.ACCESS: QT_TRANSLATE_NOOP("EvidenceModel", "Access"),
    Column.FILES: QT_TRANSLATE_NOOP("EvidenceModel", "Files"),
}


def kind_text(kind: str) -> str:
    return evidence_kind_label(kind)


def names_text(names: tuple[str, ...], shown: int = 2) -> str:
    """The first names and how many more, e.g. "France, Germany +3"."""
    if len(names) <= shown:
        return ", ".join(names)
    return QCoreApplication.translate("EvidenceModel", "{0} +{1}").format(
        ", ".join(names[:shown]), len(names) - shown
    )


def _display(row: EvidenceRow, column: Column) -> str:
    if column is Column.DATE:
        return iso_as_known(row.dated, row.dated_precision) if row.dated else "—"
    if column is Column.TITLE:
        return row.title
    if column is Column.KIND:
        return kind_text(row.kind)
    if column is Column.SOURCE:
        return row.source_name or row.source_url or "—"
    if column is Column.SUPPORTERS:
        return names_text(row.stakeholders)
    if column is Column.COMMITMENTS:
        return ", ".join(row.commitments)
    if column is Column.RELIABILITY:
        return reliability_label(row.reliability)
    if column is Column.ACCESS:
        return (
            QCoreApplication.translate("EvidenceModel", "🔒 Restricted")
            if row.restricted
            else QCoreApplication.translate("EvidenceModel", "Public")
        )
    return str(len(row.attachments)) if row.attachments else ""


def _tooltip(row: EvidenceRow, column: Column) -> str | None:
    if column is Column.DATE:
        parts = [
            QCoreApplication.translate("EvidenceModel", "Effective {0}").format(row.effective)
            if row.effective
            else "",
            QCoreApplication.translate("EvidenceModel", "Published {0}").format(row.published)
            if row.published
            else "",
            QCoreApplication.translate("EvidenceModel", "Retrieved {0}").format(row.retrieved)
            if row.retrieved
            else "",
        ]
        return " · ".join(p for p in parts if p)
    if column is Column.TITLE:
        demo = (
            QCoreApplication.translate("EvidenceModel", "\n(Demonstration data)")
            if row.demo
            else ""
        )
        return shorten(row.summary or row.title, 600) + demo
    if column is Column.SOURCE:
        return row.source_url
    if column is Column.SUPPORTERS:
        return "\n".join(row.stakeholders) or None
    if column is Column.ACCESS and row.restricted:
        return QCoreApplication.translate("EvidenceModel", "Restricted: left out of public reports")
    if column is Column.FILES and row.attachments:
        return "\n".join(f.filename for f in row.attachments)
    return None


def _evidence_id(row: EvidenceRow) -> int:
    return row.id


class EvidenceModel(RowTableModel[EvidenceRow, Column]):
    """A paged view of one evidence search.

    Signals
    -------
    sig_search_started
        A search began in the worker.
    sig_search_finished
        Emitted with the number of matches and the seconds the search took.
    """

    sig_search_started = Signal()
    sig_search_finished = Signal(int, float)

    def __init__(self, context: AppContext, parent: QObject | None = None) -> None:
        super().__init__(Column, _HEADERS, "EvidenceModel", _evidence_id, parent)
        self._context = context
        self._query = EvidenceQuery()
        self._ids: list[int] = []
        self._generation = 0
        self._searching = False
        self._changing = False

    @property
    def query(self) -> EvidenceQuery:
        return self._query

    @property
    def total(self) -> int:
        """How many items match the search (loaded or not)."""
        return len(self._ids)

    @property
    def searching(self) -> bool:
        return self._searching

    def set_query(self, query: EvidenceQuery) -> None:
        """Search again with new filters (the current sort is kept)."""
        self._query = dataclasses.replace(
            query, sort=self._query.sort, descending=self._query.descending
        )
        self.search()

    def refresh(self) -> None:
        """Run the same search again, keeping as many rows loaded as before."""
        self.search(keep=min(max(len(self._rows), PAGE_SIZE), KEEP_LOADED_MAX))

    def search(self, keep: int = PAGE_SIZE) -> None:
        """Start the search in a worker; a newer search makes older results obsolete."""
        self._generation += 1
        generation, query, database = self._generation, self._query, self._context.database
        started = time.perf_counter()

        def work(_worker: object) -> tuple[list[int], list[EvidenceRow]]:
            return dialog_reads.search_evidence(database, query, keep)

        def done(result: tuple[list[int], list[EvidenceRow]]) -> None:
            if shiboken6.isValid(self) and generation == self._generation:
                self._apply(*result, seconds=time.perf_counter() - started)

        def failed(error: BaseException) -> None:
            if shiboken6.isValid(self) and generation == self._generation:
                self._searching = False
                self.sig_search_finished.emit(self.total, time.perf_counter() - started)
                self._context.error_raised.emit(error)

        self._searching = True
        self.sig_search_started.emit()
        self._context.run(work, done, failed)

    def _apply(self, ids: list[int], rows: list[EvidenceRow], seconds: float) -> None:
        self.beginResetModel()
        self._ids, self._rows = ids, rows
        # Views react to modelReset by asking for more rows; inserting rows while other
        # listeners still handle the reset would interleave two changes, so they wait.
        self._changing = True
        self.endResetModel()
        self._changing = False
        self._searching = False
        self.sig_search_finished.emit(len(ids), seconds)

    def canFetchMore(self, parent: Index) -> bool:
        return not (parent.isValid() or self._changing) and len(self._rows) < len(self._ids)

    def fetchMore(self, parent: Index) -> None:
        """Load the next page: a primary-key lookup of PAGE_SIZE ids (milliseconds)."""
        if not self.canFetchMore(parent):
            return
        start = len(self._rows)
        wanted = self._ids[start : start + PAGE_SIZE]
        rows = dialog_reads.evidence_rows(self._context.database, wanted)
        if len(rows) < len(wanted):  # some vanished since the search: drop their ids too
            present = {row.id for row in rows}
            gone = {i for i in wanted if i not in present}
            self._ids = [i for i in self._ids if i not in gone]
        if not rows:
            return
        # Listeners of the insert signals may ask for more rows; no nested insert meanwhile.
        self._changing = True
        try:
            self.beginInsertRows(QModelIndex(), start, start + len(rows) - 1)
            self._rows.extend(rows)
            self.endInsertRows()
        finally:
            self._changing = False

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        cell = self.cell(index)
        if cell is None:
            return None
        row, column = cell
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return _display(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return _tooltip(row, column)
        if role == RowRole:
            return row
        if role == Qt.ItemDataRole.TextAlignmentRole and column is Column.FILES:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sorting is a new search (the database sorts all matches, not just loaded rows)."""
        if not 0 <= column < len(Column):
            return
        descending = order == Qt.SortOrder.DescendingOrder
        key = SORT_KEYS[Column(column)]
        if (key, descending) == (self._query.sort, self._query.descending):
            return
        self._query = dataclasses.replace(self._query, sort=key, descending=descending)
        self.search()
