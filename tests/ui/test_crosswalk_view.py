"""The Crosswalk page as a person uses it: read the grid on a date, filter, add, delete."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy import select

from pledge_tracker.db import models as m
from pledge_tracker.services import instruments
from pledge_tracker.services.check import run_check
from pledge_tracker.ui.dialogs.instrument_dialog import InstrumentDialog
from pledge_tracker.ui.views.crosswalk_view import FIXED_COLUMNS, CrosswalkView
from tests.reference import INSTRUMENTS, instrument, members_of

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

TCO = instrument("eu-tco-2021-784")


def _open(qtbot, context) -> CrosswalkView:
    view = CrosswalkView(context)
    qtbot.addWidget(view)
    view.resize(1200, 700)
    view.show()
    _wait(qtbot, view)
    return view


def _wait(qtbot, view: CrosswalkView) -> None:
    """The crosswalk is read in a worker: wait for the newest read to be on screen."""
    qtbot.waitUntil(lambda: not view.loading)


def _type_date(qtbot, view: CrosswalkView, day: dt.date) -> None:
    view.on.selectAll()
    qtbot.keyClicks(view.on, day.isoformat())
    _wait(qtbot, view)


def _grid_names(view: CrosswalkView) -> list[str]:
    return [view.grid.item(row, 0).text() for row in range(view.grid.rowCount())]


def _government_text(view: CrosswalkView) -> dict[str, str]:
    table = view.governments
    return {
        table.item(row, 0).text().removesuffix(" †"): table.item(row, 1).text()
        for row in range(table.rowCount())
    }


def test_the_grid_marks_commitments_and_the_date_changes_what_binds_each_government(
    qtbot, context
) -> None:
    view = _open(qtbot, context)
    assert view.grid.rowCount() == len(INSTRUMENTS)
    row = next(i for i, name in enumerate(_grid_names(view)) if name.startswith(TCO["name"]))
    headers = [view.grid.horizontalHeaderItem(c).text() for c in range(view.grid.columnCount())]
    for code in TCO["commitments"]:
        assert view.grid.item(row, headers.index(code)).text() == "●"
    applies = dt.date.fromisoformat(TCO["applies_from"]["date"])
    _type_date(qtbot, view, applies - dt.timedelta(days=1))
    member = members_of("European Union")[0]
    assert TCO["name"] not in _government_text(view).get(member, "")
    assert view.grid.item(row, FIXED_COLUMNS - 1).text() == "Not yet applicable"
    _type_date(qtbot, view, applies)
    assert TCO["name"] in _government_text(view)[member]
    assert "as a member of European Union" in _government_text(view)[member]
    view.jurisdiction.setCurrentIndex(view.jurisdiction.findData("Australia"))
    _wait(qtbot, view)
    assert [name.removesuffix(" †") for name in _grid_names(view)] == [
        instrument("au-avm-2019")["name"]
    ]


def test_an_instrument_added_in_the_dialog_is_saved_audited_and_shown_then_deleted(
    qtbot, context, monkeypatch
) -> None:
    view = _open(qtbot, context)
    dialog = InstrumentDialog(context, view)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()  # Ctrl+Enter is the active window's shortcut
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    qtbot.keyClicks(dialog.name, "Online Safety Act 2021")
    dialog.kind.setCurrentIndex(dialog.kind.findData("law"))
    qtbot.keyClicks(dialog.jurisdictions, "Testland")
    qtbot.keyClicks(dialog.dates["adopted"], "2021-06-23")
    qtbot.keyClicks(dialog.dates["in_force"], "2020-01-23")  # before adoption: refused
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.isVisible(), "a date in force before adoption must not be saved"
    assert "before adopted" in (dialog.errors.message("in_force") or "")
    dialog.dates["in_force"].clear()
    qtbot.keyClicks(dialog.dates["in_force"], "2022-01-23")
    gov2 = next(c.id for c in context.directory().commitments if c.code == "GOV-2")
    dialog.commitments.set_checked(gov2)
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert not dialog.isVisible()
    with context.database.read() as session:
        saved = session.scalars(
            select(m.Instrument).where(m.Instrument.name == "Online Safety Act 2021")
        ).one()
        assert saved.in_force == dt.date(2022, 1, 23)
        assert [c.code for c in saved.commitments] == ["GOV-2"]
        uid, saved_id = saved.uid, saved.id
        logged = session.scalars(select(m.AuditEntry.action).where(m.AuditEntry.record_uid == uid))
        assert list(logged) == ["add"]
    _wait(qtbot, view)
    assert "Online Safety Act 2021 †" in _grid_names(view)  # not verified: marked
    assert view.select_instrument(saved_id)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(view.delete_button, Qt.MouseButton.LeftButton)
    # The delete is queued on the writer thread; the grid follows once it has landed.
    qtbot.waitUntil(lambda: "Online Safety Act 2021 †" not in _grid_names(view))
    _wait(qtbot, view)
    assert run_check(context.database).ok


def test_the_crosswalk_is_exported_as_shown(qtbot, context, tmp_path) -> None:
    view = _open(qtbot, context)
    view.jurisdiction.setCurrentIndex(view.jurisdiction.findData("European Union"))
    _wait(qtbot, view)
    path = view.export_to(tmp_path / "crosswalk.csv")
    text = path.read_text("utf-8-sig")
    assert TCO["name"] in text
    assert instrument("au-avm-2019")["name"] not in text


def test_saving_an_instrument_unchanged_in_the_dialog_keeps_every_field(qtbot, context) -> None:
    with context.database.read() as session:
        before = next(
            i
            for i in instruments.list_instruments(session)
            if i.name == instrument("nz-classification-2021")["name"]
        )
    dialog = InstrumentDialog(context, None, instrument=before)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert not dialog.isVisible()
    with context.database.read() as session:
        after = instruments.get(session, before.id)
    assert replace(after, version=before.version) == before
