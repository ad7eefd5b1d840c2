"""A checkable list of evidence items to cite in an assessment, searchable by a proxy."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)

from pledge_tracker.domain.dto import EvidenceDTO
from pledge_tracker.domain.search import EVIDENCE_SEARCH_FIELDS, search_words, searchable_text

SearchRole = Qt.ItemDataRole.UserRole + 1  # str: the text the search box matches
EvidenceIdRole = Qt.ItemDataRole.UserRole + 2

Index = QModelIndex | QPersistentModelIndex


def _search_text(item: EvidenceDTO) -> str:
    """The folded text a search matches: as the library's (accents ignored), plus the kind."""
    parts = [getattr(item, name) for name in EVIDENCE_SEARCH_FIELDS]
    return searchable_text([*parts, item.kind])


class EvidencePickModel(QAbstractListModel):
    """Evidence items with a check box each; `checked_ids()` says which are cited.

    Signals
    -------
    checked_changed: the set of checked items changed.
    """

    checked_changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._items: list[EvidenceDTO] = []
        self._search: list[str] = []
        self._checked: set[int] = set()

    def set_items(self, items: Iterable[EvidenceDTO], checked: Iterable[int] = ()) -> None:
        self.beginResetModel()
        self._items = list(items)
        self._search = [_search_text(item) for item in self._items]
        known = {item.id for item in self._items}
        self._checked = set(checked) & known
        self.endResetModel()
        self.checked_changed.emit()

    def checked_ids(self) -> tuple[int, ...]:
        return tuple(sorted(self._checked))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._items)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsUserCheckable
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item = self._items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            day = item.dated.isoformat() if item.dated else "—"
            source = item.source_name or ""
            # Date first and the title next, so that eliding the end keeps what identifies it.
            return f"{day} · {item.title}" + (f" ({source})" if source else "")
        if role == Qt.ItemDataRole.CheckStateRole:
            checked = item.id in self._checked
            return Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole:
            return item.summary or item.title
        if role == SearchRole:
            return self._search[index.row()]
        if role == EvidenceIdRole:
            return item.id
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.CheckStateRole:
            return False
        item_id = self._items[index.row()].id
        state = value if isinstance(value, Qt.CheckState) else Qt.CheckState(int(value))
        if state == Qt.CheckState.Checked:
            self._checked.add(item_id)
        else:
            self._checked.discard(item_id)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        self.checked_changed.emit()
        return True


class EvidenceSearchProxy(QSortFilterProxyModel):
    """Keeps the items whose title, summary, source or notes hold every typed word.

    Words and text are folded alike (domain/search.py): case and accents are ignored.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._words: list[str] = []

    def set_text(self, text: str) -> None:
        if not hasattr(self, "beginFilterChange"):  # Qt before 6.9
            self._words = search_words(text)
            self.invalidateFilter()
            return
        self.beginFilterChange()  # Qt 6.9+: invalidateFilter() is deprecated
        self._words = search_words(text)
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if not self._words:
            return True
        index = self.sourceModel().index(source_row, 0, source_parent)
        haystack = str(index.data(SearchRole) or "")
        return all(word in haystack for word in self._words)
