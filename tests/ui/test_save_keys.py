"""Ctrl+Enter saves every dialog, from any field, with Return or the keypad's Enter."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from pledge_tracker.services import stakeholders
from pledge_tracker.ui.dialogs.settings_dialog import SettingsDialog
from pledge_tracker.ui.dialogs.supporter_dialog import SupporterDialog

KEYS = {"Return": Qt.Key.Key_Return, "keypad Enter": Qt.Key.Key_Enter}


def _show(qtbot, dialog) -> None:
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)


@pytest.mark.parametrize("key", list(KEYS))
def test_ctrl_enter_saves_a_new_supporter_from_the_notes_box(qtbot, context, key) -> None:
    dialog = SupporterDialog(context)
    _show(qtbot, dialog)
    qtbot.keyClicks(dialog.name, "Atlantis")
    dialog.notes.setFocus()
    qtbot.keyClicks(dialog.notes, "Joined at the 2026 summit")
    qtbot.keyClick(dialog.notes, KEYS[key], Qt.KeyboardModifier.ControlModifier)
    assert not dialog.isVisible()
    with context.database.read() as session:
        assert stakeholders.find(session, "Atlantis").notes == "Joined at the 2026 summit"


def test_ctrl_enter_on_an_incomplete_form_saves_nothing(qtbot, context) -> None:
    dialog = SupporterDialog(context)
    _show(qtbot, dialog)
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.isVisible()
    assert "required" in dialog.errors.message("name")


def test_ctrl_enter_accepts_the_settings(qtbot, context) -> None:
    dialog = SettingsDialog(context)
    _show(qtbot, dialog)
    qtbot.keyClick(dialog, Qt.Key.Key_Enter, Qt.KeyboardModifier.ControlModifier)
    assert not dialog.isVisible()
    assert dialog.result() == SettingsDialog.DialogCode.Accepted
