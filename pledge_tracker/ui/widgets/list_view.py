"""What the list views share: a search box, and reloading when shown or when data changes."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from pledge_tracker.domain.changes import Changes
from pledge_tracker.ui.widgets.background_loader import BackgroundLoader

SEARCH_MIN_WIDTH = 260


def search_box(placeholder: str, accessible_name: str) -> tuple[QLineEdit, QLabel]:
    """A clearable search field and its "&Find:" label (Alt+F puts the cursor in it)."""
    search = QLineEdit()
    search.setPlaceholderText(placeholder)
    search.setClearButtonEnabled(True)
    search.setMinimumWidth(SEARCH_MIN_WIDTH)
    search.setAccessibleName(accessible_name)
    find = QLabel(QCoreApplication.translate("ListView", "&Find:"))
    find.setBuddy(search)
    return search, find


def focus_line_edit(edit: QLineEdit) -> None:
    """Put the cursor in a search box with its text selected (the window's Find shortcut)."""
    edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
    edit.selectAll()


class LoadedListView(QWidget):
    """A view with a `search` box whose rows a BackgroundLoader (`loader`) fetches.

    It reloads when a change touches one of the RELEVANT kinds of record; a hidden view
    waits until it is shown. Subclasses create `search` and `loader` and connect
    `context.data_changed` to `_on_context_data_changed`.
    """

    RELEVANT: frozenset[str] = frozenset()
    search: QLineEdit
    loader: BackgroundLoader

    def focus_search(self) -> None:
        """Put the cursor in the search box (the window's Find shortcut)."""
        focus_line_edit(self.search)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.loader.shown()

    def _on_context_data_changed(self, changed: Changes) -> None:
        if changed.touches(self.RELEVANT):
            self.loader.request()
