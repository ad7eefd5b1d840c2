"""Long choosers of supporters and commitments filter as you type; stray text never sticks."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from pledge_tracker.services import stakeholders
from pledge_tracker.ui.dialogs.action_dialog import ActionDialog
from pledge_tracker.ui.widgets.evidence_filters import EvidenceFilterBar


def _dialog(qtbot, context) -> ActionDialog:
    dialog = ActionDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    return dialog


def test_typing_part_of_a_name_finds_the_supporter(qtbot, context) -> None:
    dialog = _dialog(qtbot, context)
    combo = dialog.supporter
    combo.setFocus()
    combo.lineEdit().selectAll()
    qtbot.keyClicks(combo.lineEdit(), "zeal")
    popup = combo.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    assert popup.model().index(0, 0).data() == "New Zealand"
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    with context.database.read() as session:
        nz = stakeholders.find(session, "New Zealand").id
    assert combo.currentData() == nz


def test_text_naming_no_supporter_is_put_back_when_leaving(qtbot, context) -> None:
    dialog = _dialog(qtbot, context)
    combo = dialog.supporter
    combo.setFocus()
    combo.lineEdit().selectAll()
    qtbot.keyClicks(combo.lineEdit(), "Atlantisxyz")
    dialog.title.setFocus()  # as Tab moves on
    assert combo.currentText() == "Choose a supporter…"
    assert combo.currentData() is None
    assert dialog.title.text() == ""  # nothing typed leaked into the next field


def test_evidence_filter_choosers_filter_as_you_type(qtbot, context) -> None:
    filters = EvidenceFilterBar(context)
    qtbot.addWidget(filters)
    filters.show()
    assert filters.supporter.isEditable() and filters.commitment.isEditable()
    completer = filters.commitment.completer()
    completer.setCompletionPrefix("livestream")
    assert completer.completionCount() >= 1
    assert "livestream" in completer.currentCompletion().lower()
