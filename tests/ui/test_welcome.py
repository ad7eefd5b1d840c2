"""First start: an empty database offers demonstration data, an import, a first assessment."""

from __future__ import annotations

from PySide6.QtCore import Qt
from sqlalchemy import func, select

from pledge_tracker.db import models as m
from pledge_tracker.ui.dialogs.assessment_dialog import AssessmentDialog
from pledge_tracker.ui.dialogs.import_wizard import ImportWizard
from tests.ui.shell_helpers import wait_for_matrix


def _count(context, model) -> int:
    with context.database.read() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


def test_an_empty_database_opens_on_the_welcome_panel(window, qtbot) -> None:
    qtbot.waitUntil(window.welcome.isVisible, timeout=5_000)
    assert window.welcome.demo_button.isVisible()


def test_loading_demonstration_data_from_the_panel_says_what_it_did(window, qtbot) -> None:
    qtbot.waitUntil(window.welcome.isVisible, timeout=5_000)
    qtbot.mouseClick(window.welcome.demo_button, Qt.MouseButton.LeftButton)
    assert _count(window.context, m.Evidence) > 0
    assert "demonstration data" in window.statusBar().currentMessage()
    qtbot.waitUntil(lambda: not window.welcome.isVisible(), timeout=5_000)


def test_import_from_the_panel_opens_the_wizard(window, qtbot, monkeypatch) -> None:
    opened = []
    monkeypatch.setattr(ImportWizard, "exec", lambda self: opened.append(self) or 0)
    qtbot.waitUntil(window.welcome.isVisible, timeout=5_000)
    qtbot.mouseClick(window.welcome.import_button, Qt.MouseButton.LeftButton)
    assert len(opened) == 1


def test_first_assessment_from_the_panel_opens_the_dialog_on_a_pledged_cell(window, qtbot) -> None:
    qtbot.waitUntil(window.welcome.isVisible, timeout=5_000)
    wait_for_matrix(qtbot, window.matrix)
    qtbot.mouseClick(window.welcome.assess_button, Qt.MouseButton.LeftButton)
    dialog = window.matrix.dialog
    assert isinstance(dialog, AssessmentDialog) and dialog.isVisible()
    dialog.reject()
