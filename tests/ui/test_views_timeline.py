"""The Timeline view: the reference's events by date, searched, filtered, added by dialog."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from pledge_tracker.db import models as m
from pledge_tracker.domain.dto import EvidenceInput
from pledge_tracker.services import events, evidence
from pledge_tracker.services.check import run_check
from pledge_tracker.ui.dialogs.event_dialog import EventDialog
from pledge_tracker.ui.models.timeline_model import Column
from pledge_tracker.ui.views.timeline_view import TimelineView
from tests.reference import EVENTS

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def _open_view(qtbot, context) -> TimelineView:
    view = TimelineView(context)
    qtbot.addWidget(view)
    view.resize(1100, 600)
    view.show()
    qtbot.waitUntil(lambda: not view.loader.busy and view.model.rowCount() > 0)
    return view


def _shown(view: TimelineView, column: Column = Column.TITLE) -> list[str]:
    return [view.proxy.index(r, column).data() for r in range(view.proxy.rowCount())]


def _searched(item: dict) -> str:
    """What a search looks in: title, summary, note and links."""
    return " ".join(
        [item["title"], item["summary"], item.get("note", ""), *item["sources"]]
    ).casefold()


def test_every_reference_event_is_listed_by_date_at_its_precision(qtbot, context) -> None:
    view = _open_view(qtbot, context)
    assert view.model.rowCount() == len(EVENTS)
    dates = _shown(view, Column.DATE)
    assert [d[:10] for d in dates] == sorted(d[:10] for d in dates)
    for item in EVENTS:  # "2019-06", "2021": never the first day the date is stored as
        assert any(d.split(" – ")[0] == item["date"] for d in dates)


def test_search_then_category_narrow_the_list(qtbot, context) -> None:
    view = _open_view(qtbot, context)
    qtbot.keyClicks(view.search, "summit")
    expected = [e for e in EVENTS if "summit" in _searched(e)]
    qtbot.waitUntil(lambda: view.model.rowCount() == len(expected))
    view.category.setCurrentIndex(view.category.findData("call_milestone"))
    milestones = [e["title"] for e in expected if e["category"] == "call_milestone"]
    qtbot.waitUntil(lambda: sorted(_shown(view)) == sorted(milestones))
    assert milestones and len(milestones) < len(expected)


def test_adding_an_event_through_the_dialog(qtbot, context, monkeypatch) -> None:
    view = _open_view(qtbot, context)
    qtbot.keyClicks(view.search, "questionnaire")
    qtbot.waitUntil(lambda: view.model.rowCount() == 0)
    view.category.setCurrentIndex(view.category.findData("legislation"))

    def fill_and_save(dialog: EventDialog) -> int:
        dialog.show()
        dialog.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
        assert not dialog.save_button.isEnabled()  # no date, no title yet
        qtbot.keyClicks(dialog.dated, "2025-03-01")
        dialog.precision.setCurrentIndex(dialog.precision.findData("month"))
        dialog.category.setCurrentIndex(dialog.category.findData("legislation"))
        qtbot.keyClicks(dialog.title, "Online harms questionnaire law")
        qtbot.keyClicks(dialog.sources, "ftp://example.org/law")
        assert not dialog.save_button.isEnabled()  # not an http(s) link
        dialog.sources.setPlainText("https://example.org/law")
        dialog.verified.setChecked(False)
        assert dialog.save_button.isEnabled(), [dialog.errors.message(f) for f in dialog.checks()]
        qtbot.keyClick(dialog.title, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        return dialog.result()

    monkeypatch.setattr(EventDialog, "exec", fill_and_save)
    qtbot.mouseClick(view.add_button, Qt.MouseButton.LeftButton)
    with context.database.read() as session:
        row = session.scalars(
            select(m.Event).where(m.Event.title == "Online harms questionnaire law")
        ).one()
        saved = (row.dated, row.dated_precision, row.category, row.sources, row.verified)
    assert saved == (dt.date(2025, 3, 1), "month", "legislation", "https://example.org/law", False)
    qtbot.waitUntil(lambda: view.model.rowCount() == 1)
    assert _shown(view) == ["Online harms questionnaire law †"]
    assert _shown(view, Column.DATE) == ["2025-03"]
    assert run_check(context.database).ok


def test_an_event_cited_by_evidence_through_the_dialog_shows_it_in_its_detail(
    qtbot, context, monkeypatch
) -> None:
    with context.database.write() as tx:
        item = evidence.add(
            tx, EvidenceInput(title="Summit communique", kind="other", effective="2019-05-15")
        )
    view = _open_view(qtbot, context)
    adopted = next(e for e in EVENTS if e["title"].startswith("Christchurch Call adopted"))
    row = next(r for r in range(view.proxy.rowCount()) if _shown(view)[r] == adopted["title"])
    view.table.selectRow(row)

    def cite_and_save(dialog: EventDialog) -> int:
        dialog.show()
        dialog.cited_by.set_checked(item.id)
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        return dialog.result()

    monkeypatch.setattr(EventDialog, "exec", cite_and_save)
    qtbot.mouseClick(view.edit_button, Qt.MouseButton.LeftButton)
    with context.database.read() as session:
        cited = events.citing(session, item.id)
    assert [e.title for e in cited] == [adopted["title"]]
    qtbot.waitUntil(lambda: "Summit communique" in view.detail.toPlainText())
    assert run_check(context.database).ok
