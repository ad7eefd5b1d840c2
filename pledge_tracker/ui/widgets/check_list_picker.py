"""A filterable list of checkable items (supporters or commitments to link evidence to)."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

IdRole = Qt.ItemDataRole.UserRole


class CheckListPicker(QWidget):
    """Tick any number of items; a filter box narrows the list as you type.

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
        self.list = QListWidget()
        self.list.setAccessibleName(plain)
        self.list.setUniformItemSizes(True)
        self._title.setBuddy(self.filter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._title)
        layout.addWidget(self.filter)
        layout.addWidget(self.list)
        self.filter.textChanged.connect(self._on_filter_text_changed)
        self.list.itemChanged.connect(self._on_list_item_changed)

    def set_items(self, items: Iterable[tuple[int, str]], checked: Iterable[int] = ()) -> None:
        """Fill the list with (id, label) pairs, ticking those in `checked`."""
        ticked = set(checked)
        self.list.blockSignals(True)
        self.list.clear()
        for ident, label in items:
            item = QListWidgetItem(label)
            item.setToolTip(label)
            item.setData(IdRole, ident)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if ident in ticked else Qt.CheckState.Unchecked
            )
            self.list.addItem(item)
        self.list.blockSignals(False)
        self._update_title()

    def checked_ids(self) -> tuple[int, ...]:
        return tuple(
            sorted(
                self.list.item(i).data(IdRole)
                for i in range(self.list.count())
                if self.list.item(i).checkState() == Qt.CheckState.Checked
            )
        )

    def set_checked(self, ident: int, checked: bool = True) -> None:
        for i in range(self.list.count()):
            item = self.list.item(i)
            if item.data(IdRole) == ident:
                state = Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
                item.setCheckState(state)

    def _on_filter_text_changed(self, text: str) -> None:
        needle = text.casefold().strip()
        for i in range(self.list.count()):
            item = self.list.item(i)
            item.setHidden(bool(needle) and needle not in item.text().casefold())

    def _on_list_item_changed(self, _item: QListWidgetItem) -> None:
        self._update_title()
        self.sig_checked_changed.emit()

    def _update_title(self) -> None:
        count = len(self.checked_ids())
        base = self._base
        self._title.setText(self.tr("{0} ({1} ticked)").format(base, count) if count else base)
