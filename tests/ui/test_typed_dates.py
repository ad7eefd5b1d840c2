"""Every date field takes a whole typed date, refuses an impossible one visibly, keeps the year.

Driven by real key events: select all (Ctrl+A) and type, paste (Ctrl+V), or select one part
of the date and type over it, as an officer does.
"""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from pledge_tracker.domain.levels import Level
from pledge_tracker.services import assessments
from pledge_tracker.ui.views.dashboard_view import DashboardView
from pledge_tracker.ui.views.reports_view import ReportsView
from pledge_tracker.ui.widgets.as_of_control import AsOfControl
from pledge_tracker.ui.widgets.date_edit import DateEdit
from tests.ui.shell_helpers import ids
from tests.ui.test_assessment_dialog import open_dialog


def type_over_all(qtbot, edit: DateEdit, text: str) -> None:
    """Select the whole field with Ctrl+A, then type `text` key by key."""
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(edit, text)


@pytest.fixture
def as_of(context, qtbot) -> AsOfControl:
    control = AsOfControl(context)
    qtbot.addWidget(control)
    control.show()
    return control


def test_as_of_takes_the_whole_typed_date_year_included(as_of, context, qtbot) -> None:
    type_over_all(qtbot, as_of.date_edit, "2021-01-01")
    qtbot.waitUntil(lambda: context.as_of == dt.date(2021, 1, 1), timeout=3_000)
    assert as_of.date_edit.text() == "2021-01-01"


def test_as_of_typing_over_the_year_alone_changes_only_the_year(as_of, context, qtbot) -> None:
    as_of.set_date(dt.date(2024, 3, 15))
    as_of.date_edit.setFocus()
    as_of.date_edit.setSelection(0, 4)  # the year, as a double-click on it selects it
    qtbot.keyClicks(as_of.date_edit, "2020")
    qtbot.waitUntil(lambda: context.as_of == dt.date(2020, 3, 15), timeout=3_000)


def test_as_of_takes_a_pasted_date(as_of, context, qtbot) -> None:
    QApplication.clipboard().setText("2022-07-04")
    as_of.date_edit.setFocus()
    qtbot.keyClick(as_of.date_edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(as_of.date_edit, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: context.as_of == dt.date(2022, 7, 4), timeout=3_000)


def test_as_of_refuses_an_impossible_date_visibly_and_keeps_the_last_good_one(
    as_of, context, qtbot
) -> None:
    as_of.set_date(dt.date(2023, 5, 1))
    type_over_all(qtbot, as_of.date_edit, "2024-02-30")
    label = as_of.date_edit.error_label()
    assert label.isVisible()
    assert "30 February 2024 does not exist" in label.text()
    qtbot.wait(400)  # longer than the debounce: nothing may be applied
    assert context.as_of == dt.date(2023, 5, 1)
    assert as_of.date_edit.text() == "2024-02-30"  # what was typed stays to be corrected


def test_as_of_after_today_is_refused_not_clamped(as_of, context, qtbot) -> None:
    before = context.as_of
    later = dt.date.today() + dt.timedelta(days=400)
    type_over_all(qtbot, as_of.date_edit, later.isoformat())
    assert "latest date allowed" in as_of.date_edit.error_label().text()
    qtbot.wait(400)
    assert context.as_of == before


def test_assessment_effective_date_typed_whole_is_the_date_saved(window, context, qtbot) -> None:
    nz, gov3 = ids(context.database, "New Zealand", "GOV-3")
    dialog = open_dialog(window, qtbot, "New Zealand", "GOV-3")
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    dialog.level.setCurrentIndex(dialog.level.findText("Limited"))
    qtbot.keyClicks(dialog.rationale, "Draft guidance only.")
    type_over_all(qtbot, dialog.effective, "2021-01-01")
    assert dialog.save_button.isEnabled()
    qtbot.keyClick(dialog.rationale, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert not dialog.isVisible(), dialog.message.text()
    with context.database.read() as session:
        (saved,) = assessments.history(session, nz, gov3)
    assert (saved.level, saved.effective) == (Level.LIMITED, dt.date(2021, 1, 1))


def test_assessment_with_an_impossible_date_cannot_be_saved(window, context, qtbot) -> None:
    nz, gov3 = ids(context.database, "New Zealand", "GOV-3")
    dialog = open_dialog(window, qtbot, "New Zealand", "GOV-3")
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    dialog.level.setCurrentIndex(dialog.level.findText("Limited"))
    qtbot.keyClicks(dialog.rationale, "Draft guidance only.")
    type_over_all(qtbot, dialog.effective, "2021-02-29")
    assert not dialog.save_button.isEnabled()
    assert "29 February 2021 does not exist" in dialog.message.text()
    qtbot.keyClick(dialog.rationale, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.isVisible()
    with context.database.read() as session:
        assert assessments.history(session, nz, gov3) == []


def test_report_dates_typed_whole_reach_the_report_options(demo_context, qtbot) -> None:
    view = ReportsView(demo_context)
    qtbot.addWidget(view)
    view.show()
    type_over_all(qtbot, view.as_of, "2021-01-01")
    type_over_all(qtbot, view.since, "2020-06-30")
    options = view.options()
    assert (options.as_of, options.since) == (dt.date(2021, 1, 1), dt.date(2020, 6, 30))


def test_report_date_before_the_call_is_refused_before_generating(demo_context, qtbot) -> None:
    view = ReportsView(demo_context)
    qtbot.addWidget(view)
    view.show()
    type_over_all(qtbot, view.as_of, "2018-12-31")
    qtbot.mouseClick(view.generate, Qt.MouseButton.LeftButton)
    assert view.worker is None
    assert "earliest date allowed" in view.status.text()


def test_dashboard_since_typed_whole_is_used(demo_context, qtbot) -> None:
    view = DashboardView(demo_context)
    qtbot.addWidget(view)
    view.show()
    type_over_all(qtbot, view.since_edit, "2020-01-31")
    assert view.since_edit.current() == dt.date(2020, 1, 31)
    assert view._make_request().since == dt.date(2020, 1, 31)
