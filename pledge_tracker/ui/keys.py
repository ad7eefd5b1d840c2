"""Keys that work the same in every dialog."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget

# Ctrl+Enter saves wherever the cursor is, even in a multi-line text box where Enter alone
# starts a new line (the main keyboard's Return and the keypad's Enter alike).
SAVE_KEYS = (
    QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Return),
    QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Enter),
)


def bind_save(dialog: QWidget, save: Callable[[], object]) -> None:
    """Ctrl+Enter in `dialog` does what its Save (or OK) button does."""
    for keys in SAVE_KEYS:
        QShortcut(keys, dialog).activated.connect(save)
