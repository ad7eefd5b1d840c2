"""Choosers that filter as you type: a long list of supporters or commitments, found by name.

The combo box becomes editable with a completer that matches anywhere in an entry, ignoring
case; what is typed only ever picks one of the entries. On leaving the field, text that
names no entry is put back to the chosen one, so a half-typed name never reaches the record
and the next field receives no stray keys.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QComboBox, QCompleter


class _RevertOnLeave(QObject):
    """Puts a chooser's text back to its chosen entry when the focus leaves it."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut and isinstance(watched, QComboBox):
            combo = watched
            match = combo.findText(combo.currentText(), Qt.MatchFlag.MatchFixedString)
            if match >= 0:
                combo.setCurrentIndex(match)
            else:
                combo.setEditText(combo.itemText(combo.currentIndex()))
        return False


def make_searchable(combo: QComboBox) -> QComboBox:
    """Let `combo` filter its entries as the user types (returns it, for chaining)."""
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    completer = QCompleter(combo.model(), combo)
    completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    combo.setCompleter(completer)
    completer.activated[str].connect(  # type: ignore[index]
        lambda text: combo.setCurrentIndex(combo.findText(text, Qt.MatchFlag.MatchFixedString))
    )
    combo.installEventFilter(_RevertOnLeave(combo))  # the combo, not its editor, has focus
    return combo


def chosen_data(combo: QComboBox) -> object:
    """The data of the entry whose name the chooser shows, else of its current entry.

    A name typed in full counts even before the focus leaves (Ctrl+Enter saves at once).
    """
    shown = combo.findText(combo.currentText(), Qt.MatchFlag.MatchFixedString)
    return combo.itemData(shown if shown >= 0 else combo.currentIndex())
