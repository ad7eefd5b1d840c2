"""Errors in the GUI: logged with the traceback, shown with Copy Details, nothing half-saved."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from pledge_tracker.db import models as m
from pledge_tracker.domain.errors import DatabaseBusyError
from pledge_tracker.services import assessments
from pledge_tracker.ui import errors
from pledge_tracker.ui.errors import ErrorDialog
from tests.ui.shell_helpers import audit_count, count, ids


@pytest.fixture
def shown(monkeypatch) -> list[ErrorDialog]:
    """Error dialogs the app tried to show (exec() would wait for a click)."""
    dialogs: list[ErrorDialog] = []
    monkeypatch.setattr(ErrorDialog, "exec", lambda self: dialogs.append(self) or 0)
    monkeypatch.setattr(sys, "excepthook", errors.excepthook)
    return dialogs


@pytest.mark.qt_no_exception_capture
def test_an_error_in_a_slot_is_logged_shown_and_rolled_back(
    window, context, qtbot, monkeypatch, shown
) -> None:
    real_record = assessments.record

    def half_then_fail(tx, data, **kwargs):
        real_record(tx, data, **kwargs)  # the row and its audit entry are written...
        raise RuntimeError("disk gremlin")  # ...then something breaks before the commit

    monkeypatch.setattr(assessments, "record", half_then_fail)
    before = (count(context.database, m.Assessment), audit_count(context.database))
    nz, gov1 = ids(context.database, "New Zealand", "GOV-1")
    window.matrix.select_cell(nz, gov1)
    window.matrix.record_assessment()
    dialog = window.matrix.dialog
    dialog.level.setCurrentIndex(dialog.level.findText("Limited"))
    qtbot.keyClicks(dialog.rationale, "A consultation.")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    assert len(shown) == 1
    error = shown[0]
    assert "disk gremlin" in error.message_label.text()
    assert "Nothing half-done was saved" in error.message_label.text()
    error.copy_button.click()
    assert "RuntimeError: disk gremlin" in QGuiApplication.clipboard().text()
    logged = Path(errors.log_file()).read_text("utf-8")
    assert "Traceback" in logged and "RuntimeError: disk gremlin" in logged
    assert (count(context.database, m.Assessment), audit_count(context.database)) == before

    monkeypatch.setattr(assessments, "record", real_record)  # the window carries on
    assert dialog.isVisible() and dialog.rationale.toPlainText() == "A consultation."
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert count(context.database, m.Assessment) == before[0] + 1


def test_the_apps_own_errors_are_shown_plainly(window, context, shown) -> None:
    context.error_raised.emit(DatabaseBusyError("The database is busy: try again."))
    assert len(shown) == 1
    assert shown[0].message_label.text() == "The database is busy: try again."
    assert shown[0].copy_button is None and not shown[0].details


def test_a_failure_in_a_worker_reaches_the_user_with_its_traceback(
    window, context, qtbot, shown
) -> None:
    def broken(_worker):
        return 1 / 0

    worker = context.run(broken, lambda _result: None)
    qtbot.waitUntil(lambda: len(shown) == 1)
    assert worker.cancelled is False
    assert "ZeroDivisionError" in shown[0].details and "broken" in shown[0].details
