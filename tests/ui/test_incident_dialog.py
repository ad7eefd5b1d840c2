"""Incidents made, changed and deleted in the app: the Takedown page's menu and the Timeline."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy import func, select

from pledge_tracker.db import models as m
from pledge_tracker.services import incidents
from pledge_tracker.services.check import run_check
from pledge_tracker.ui.dialogs.incident_dialog import IncidentDialog
from pledge_tracker.ui.models.timeline_model import Column
from pledge_tracker.ui.views.timeline_view import TimelineView
from tests.ui.takedown_helpers import open_view

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

NAME = "Harbour bridge livestream"


def _shown_up(qtbot, dialog: IncidentDialog) -> None:
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)


def _type_incident(qtbot, dialog: IncidentDialog, sources: str) -> None:
    """Name, 2026-03-15 09:30 on Auckland's clock, a place and the sources, typed."""
    qtbot.keyClicks(dialog.name, NAME)
    qtbot.keyClicks(dialog.day, "2026-03-15")
    dialog.time.setFocus()
    qtbot.keyClicks(dialog.time, "09:30")
    dialog.zone.setFocus()
    dialog.zone.lineEdit().selectAll()
    qtbot.keyClicks(dialog.zone, "Pacific/Auckland")
    qtbot.keyClick(dialog.zone, Qt.Key.Key_Tab)
    qtbot.keyClicks(dialog.place, "Auckland")
    qtbot.keyClicks(dialog.sources, sources)


def _add_from_takedown(qtbot, context, monkeypatch, sources: str) -> IncidentDialog:
    seen: list[IncidentDialog] = []

    def fill_and_save(dialog: IncidentDialog) -> int:
        seen.append(dialog)
        _shown_up(qtbot, dialog)
        _type_incident(qtbot, dialog, sources)
        qtbot.keyClick(dialog.name, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        return dialog.result()

    monkeypatch.setattr(IncidentDialog, "exec", fill_and_save)
    view = open_view(context, qtbot)
    view.incident_menu.refresh()
    assert not view.incident_menu.edit_action.isEnabled()  # every incident is chosen
    view.incident_menu.new_action.trigger()
    return seen[0]


def _stored(context) -> list[tuple[str, dt.datetime, str, str | None, str | None]]:
    with context.database.read() as session:
        rows = session.scalars(select(m.Incident)).all()
        return [(r.name, r.occurred_at, r.time_zone, r.place, r.sources) for r in rows]


def _timeline_with(qtbot, context, name: str) -> TimelineView:
    view = TimelineView(context)
    qtbot.addWidget(view)
    view.resize(1100, 600)
    view.show()
    qtbot.keyClicks(view.search, name)
    qtbot.waitUntil(lambda: not view.loader.busy and view.model.rowCount() == 1)
    return view


def test_an_incident_added_in_auckland_time_is_stored_in_utc_and_dated_locally(
    qtbot, context, monkeypatch
) -> None:
    dialog = _add_from_takedown(qtbot, context, monkeypatch, "https://example.org/report")
    assert dialog.result() == IncidentDialog.DialogCode.Accepted
    # 09:30 in Auckland (daylight time, UTC+13) is 20:30 UTC the day before.
    assert _stored(context) == [
        (
            NAME,
            dt.datetime(2026, 3, 14, 20, 30),
            "Pacific/Auckland",
            "Auckland",
            "https://example.org/report",
        )
    ]
    view = _timeline_with(qtbot, context, "harbour bridge")
    assert view.proxy.index(0, Column.DATE).data() == "2026-03-15"
    assert run_check(context.database).ok


def test_a_bad_source_link_is_refused_in_the_dialog_and_nothing_is_written(
    qtbot, context, monkeypatch
) -> None:
    dialog = _add_from_takedown(qtbot, context, monkeypatch, "ftp://example.org/report")
    assert dialog.result() != IncidentDialog.DialogCode.Accepted
    assert not dialog.save_button.isEnabled()
    assert "link" in (dialog.errors.message("sources") or "")
    assert _stored(context) == []
    with context.database.read() as session:
        logged = session.scalar(
            select(func.count()).select_from(m.AuditEntry).where(m.AuditEntry.entity == "incident")
        )
    assert logged == 0


def test_editing_an_incident_from_the_timeline_opens_the_incident_dialog(
    qtbot, context, monkeypatch
) -> None:
    with context.database.write() as tx:
        made = incidents.add(
            tx,
            name=NAME,
            occurred_at=dt.datetime(2026, 3, 15, 9, 30),
            time_zone="Pacific/Auckland",
            sources="https://example.org/report",
        )
    view = _timeline_with(qtbot, context, "harbour bridge")
    rect = view.table.visualRect(view.proxy.index(0, Column.TITLE))
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert view.edit_button.isEnabled() and view.delete_button.isEnabled()

    def move_and_save(dialog: IncidentDialog) -> int:
        _shown_up(qtbot, dialog)
        assert dialog.day.text() == "2026-03-15"  # shown on the Auckland clock
        assert dialog.zone.currentText() == "Pacific/Auckland"
        dialog.day.selectAll()
        qtbot.keyClicks(dialog.day, "2026-03-16")
        qtbot.keyClicks(dialog.place, "Wellington")
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        return dialog.result()

    monkeypatch.setattr(IncidentDialog, "exec", move_and_save)
    qtbot.mouseClick(view.edit_button, Qt.MouseButton.LeftButton)
    with context.database.read() as session:
        row = session.get(m.Incident, made.id)
        assert row is not None
        assert (row.occurred_at, row.place) == (dt.datetime(2026, 3, 15, 20, 30), "Wellington")
        actions = session.scalars(
            select(m.AuditEntry.action).where(m.AuditEntry.entity == "incident")
        ).all()
    assert actions == ["add", "edit"]
    qtbot.waitUntil(lambda: view.proxy.index(0, Column.DATE).data() == "2026-03-16")
    assert run_check(context.database).ok


def test_deleting_the_chosen_incident_from_the_takedown_page_asks_first(
    qtbot, context, monkeypatch
) -> None:
    with context.database.write() as tx:
        incidents.add(tx, name=NAME, occurred_at=dt.datetime(2026, 3, 15, 9, 30))
    view = open_view(context, qtbot)
    view.filters.incident.setCurrentIndex(view.filters.incident.findText(NAME))
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: answers.pop(0))
    view.incident_menu.refresh()
    assert view.incident_menu.delete_action.isEnabled()
    view.incident_menu.delete_action.trigger()
    assert len(_stored(context)) == 1  # answered No
    view.incident_menu.delete_action.trigger()
    assert _stored(context) == []
    assert run_check(context.database).ok
