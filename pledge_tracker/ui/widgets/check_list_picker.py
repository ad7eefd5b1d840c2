"""A filterable list of checkable items (supporters or commitments to link evidence to)."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QObject, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QKeyEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QLabel, QLineEdit, QListView, QVBoxLayout, QWidget

IdRole = Qt.ItemDataRole.UserRole


class _FilterKeys(QObject):
    """Down or Enter in the filter box moves to the (filtered) list."""

    def __init__(self, target: QListView) -> None:
        super().__init__(target)
        self._target = target

    def eventFilter(self, watched: QObject, event: object) -> bool:
        if isinstance(event, QKeyEvent) and event.type() == QKeyEvent.Type.KeyPress:
            if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._target.setFocus(Qt.FocusReason.TabFocusReason)
                return True
        return False


class CheckListPicker(QWidget):
    """Tick any number of items; a filter box narrows the list as you type.

    Filtered-out items are not in the list at all (a proxy model), so keyboard moves
    (Home, arrows, Space to tick) only ever reach what the user can see.

    Signals
    -------
    sig_checked_changed
        Emitted when an item is ticked or unticked.
    """

    sig_checked_changed = Signal()

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._base = title  # may carry an & mnemonic
        plain = title.replace("&", "")
        self._title = QLabel(title)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Filter…"))
        self.filter.setClearButtonEnabled(True)
        self.filter.setAccessibleName(self.tr("Filter {0}").format(plain))
        self.model = QStandardItemModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.list = QListView()
        self.list.setModel(self.proxy)
        self.list.setAccessibleName(plain)
        self.list.setUniformItemSizes(True)
        self._title.setBuddy(self.filter)
        self.filter.installEventFilter(_FilterKeys(self.list))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._title)
        layout.addWidget(self.filter)
        layout.addWidget(self.list)
        self.filter.textChanged.connect(self._on_filter_text_changed)
        self.model.itemChanged.connect(self._on_model_item_changed)

    def set_items(self, items: Iterable[tuple[int, str]], checked: Iterable[int] = ()) -> None:
        """Fill the list with (id, label) pairs, ticking those in `checked` (listed first)."""
        ticked = set(checked)
        self.model.blockSignals(True)
        self.model.clear()
        # What is already ticked leads, so a pre-filled choice is seen without scrolling.
        for ident, label in sorted(items, key=lambda pair: pair[0] not in ticked):
            item = QStandardItem(label)
            item.setData(ident, IdRole)
            item.setToolTip(label)
            item.setEditable(False)
            item.setCheckable(True)
            item.setCheckState(
                Qt.CheckState.Checked if ident in ticked else Qt.CheckState.Unchecked
            )
            self.model.appendRow(item)
        self.model.blockSignals(False)
        self.proxy.invalidate()
        self._select_first()
        self._update_title()

    def checked_ids(self) -> tuple[int, ...]:
        return tuple(
            sorted(
                self.model.item(row).data(IdRole)
                for row in range(self.model.rowCount())
                if self.model.item(row).checkState() == Qt.CheckState.Checked
            )
        )

    def set_checked(self, ident: int, checked: bool = True) -> None:
        for row in range(self.model.rowCount()):
            item = self.model.item(row)
            if item.data(IdRole) == ident:
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def _select_first(self) -> None:
        if self.proxy.rowCount():
            self.list.setCurrentIndex(self.proxy.index(0, 0))

    def _on_filter_text_changed(self, text: str) -> None:
        self.proxy.setFilterFixedString(text.strip())
        self._select_first()

    def _on_model_item_changed(self, _item: QStandardItem) -> None:
        self._update_title()
        self.sig_checked_changed.emit()

    def _update_title(self) -> None:
        count = len(self.checked_ids())
        base = self._base
        self._title.setText(self.tr("{0} ({1} ticked)").format(base, count) if count else base)
