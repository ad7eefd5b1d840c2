"""The Actions view and dialog: overdue actions stand out; add and mark done, undoably."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from sqlalchemy import select

from pledge_tracker.db import models as m
from pledge_tracker.services import actions
from pledge_tracker.services.check import run_check
from pledge_tracker.ui.dialogs.action_dialog import ActionDialog
from pledge_tracker.ui.models.actions_model import ActionsModel, Column
from pledge_tracker.ui.views.actions_view import ActionsView, load_actions
from pledge_tracker.ui.widgets.inline_errors import error_colour

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

TODAY = dt.date.today()


def _supporter_id(database, name):
    with database.read() as session:
        return session.scalars(select(m.Stakeholder.id).where(m.Stakeholder.name == name)).one()


@pytest.fixture
def some_actions(context):
    nz, fr = (
        _supporter_id(context.database, "New Zealand"),
        _supporter_id(context.database, "France"),
    )
    with context.database.write() as tx:
        late = actions.add(
            tx, stakeholder_id=nz, title="Late report", due=TODAY - dt.timedelta(days=10)
        )
        soon = actions.add(
            tx, stakeholder_id=fr, title="Future step", due=TODAY + dt.timedelta(days=30)
        )
        done = actions.add(
            tx, stakeholder_id=fr, title="Finished", due=TODAY - dt.timedelta(days=40)
        )
        actions.set_done(tx, done.id, True)
        actions.add(tx, stakeholder_id=nz, title="Undated")
    return {"late": late.id, "soon": soon.id, "done": done.id}


def _open_view(qtbot, context) -> ActionsView:
    view = ActionsView(context)
    qtbot.addWidget(view)
    view.resize(1000, 500)
    view.show()
    qtbot.waitUntil(lambda: not view.loader.busy and view.model.rowCount() > 0)
    return view


def _action(database, action_id):
    with database.read() as session:
        row = session.get(m.Action, action_id)
        session.expunge(row)
        return row


def test_actions_model_passes_the_model_tester(qtmodeltester, context, some_actions):
    model = ActionsModel()
    model.set_rows(load_actions(context))
    qtmodeltester.check(model)


def test_overdue_actions_stand_out_by_glyph_bold_icon_and_colour(qtbot, context, some_actions):
    view = _open_view(qtbot, context)
    model = view.model
    late = model.index(model.row_of(some_actions["late"]), Column.DUE)
    done = model.index(model.row_of(some_actions["done"]), Column.DUE)
    soon = model.index(model.row_of(some_actions["soon"]), Column.DUE)
    assert late.data().startswith("⚠") and "overdue by 10 days" in late.data()
    assert late.data(Qt.ItemDataRole.FontRole).bold()
    assert late.data(Qt.ItemDataRole.ForegroundRole) == error_colour()
    assert not late.siblingAtColumn(Column.TITLE).data(Qt.ItemDataRole.DecorationRole).isNull()
    assert "Overdue" in late.data(Qt.ItemDataRole.ToolTipRole)
    for calm in (done, soon):  # a done action is never overdue, however old its date
        assert "⚠" not in calm.data()
        assert not isinstance(calm.data(Qt.ItemDataRole.FontRole), QFont)
    assert "1 overdue" in view.summary.text()
    due = [view.proxy.index(r, Column.DUE).data(Qt.ItemDataRole.UserRole + 1) for r in range(4)]
    assert due[-1] is None  # soonest first, undated last


def test_adding_an_action_through_the_dialog(qtbot, context, monkeypatch, some_actions):
    view = _open_view(qtbot, context)
    canada = _supporter_id(context.database, "Canada")

    def fill_and_save(dialog: ActionDialog) -> int:
        dialog.show()
        assert not dialog.save_button.isEnabled()  # no supporter, no title yet
        dialog.supporter.setCurrentIndex(dialog.supporter.findData(canada))
        qtbot.keyClicks(dialog.title, "Answer the questionnaire")
        qtbot.keyClicks(dialog.due, "2031-02-")
        assert "not a valid date" in dialog.errors.message("due")
        assert not dialog.save_button.isEnabled()
        qtbot.keyClicks(dialog.due, "03")
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        return dialog.result()

    monkeypatch.setattr(ActionDialog, "exec", fill_and_save)
    qtbot.mouseClick(view.add_button, Qt.MouseButton.LeftButton)
    with context.database.read() as session:
        row = session.scalars(
            select(m.Action).where(m.Action.title == "Answer the questionnaire")
        ).one()
        assert (row.stakeholder_id, row.due, row.done) == (canada, dt.date(2031, 2, 3), False)
    qtbot.waitUntil(lambda: view.model.rowCount() == 5)
    assert view.selected().action.title == "Answer the questionnaire"


def test_mark_done_and_undo(qtbot, context, some_actions):
    view = _open_view(qtbot, context)
    assert view.select_action(some_actions["late"])
    assert view.done_button.text().replace("&", "") == "Mark done"
    qtbot.mouseClick(view.done_button, Qt.MouseButton.LeftButton)
    saved = _action(context.database, some_actions["late"])
    assert saved.done and saved.done_on == TODAY
    qtbot.waitUntil(lambda: view.model.overdue_count() == 0)
    assert view.done_button.text().replace("&", "") == "Reopen"
    context.undo_stack.undo()
    assert not _action(context.database, some_actions["late"]).done
    qtbot.waitUntil(lambda: view.model.overdue_count() == 1)


def test_hide_done_and_search(qtbot, context, some_actions):
    view = _open_view(qtbot, context)
    view.hide_done.setChecked(True)
    assert view.proxy.rowCount() == 3
    view.focus_search()
    qtbot.keyClicks(view.search, "france")
    assert [view.proxy.index(r, Column.TITLE).data() for r in range(view.proxy.rowCount())] == [
        "Future step"
    ]


def test_editing_an_action_is_saved_audited_and_undoable(qtbot, context, monkeypatch, some_actions):
    view = _open_view(qtbot, context)
    assert view.select_action(some_actions["late"])
    before = _action(context.database, some_actions["late"])

    def change_and_save(dialog: ActionDialog) -> int:
        dialog.show()
        assert dialog.title.text() == before.title  # the form starts from the action
        dialog.title.selectAll()
        qtbot.keyClicks(dialog.title, "Publish the crisis protocol review")
        dialog.due.selectAll()
        qtbot.keyClicks(dialog.due, "2030-01-31")
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        return dialog.result()

    monkeypatch.setattr(ActionDialog, "exec", change_and_save)
    qtbot.mouseClick(view.edit_button, Qt.MouseButton.LeftButton)
    saved = _action(context.database, some_actions["late"])
    assert (saved.title, saved.due, saved.done) == (
        "Publish the crisis protocol review",
        dt.date(2030, 1, 31),
        before.done,
    )
    assert run_check(context.database).ok  # the change is in the audit log
    context.undo_stack.undo()
    restored = _action(context.database, some_actions["late"])
    assert (restored.title, restored.due) == (before.title, before.due)
