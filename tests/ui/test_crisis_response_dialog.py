"""An incident's crisis response recorded in the app: an activation and a cited response."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox
from sqlalchemy import select

from pledge_tracker.db import models as m
from pledge_tracker.domain.dto import EvidenceInput
from pledge_tracker.services import evidence, incidents, protocols
from pledge_tracker.services.check import run_check
from pledge_tracker.ui.dialogs.crisis_dialogs import ActivationDialog, ResponseDialog
from pledge_tracker.ui.dialogs.crisis_response_dialog import CrisisResponseDialog
from tests.ui.takedown_helpers import open_view

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

NAME = "Harbour bridge livestream"


def _shown_up(qtbot, dialog: QDialog) -> None:
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)


def _type_moment(qtbot, moment, day: str, clock: str) -> None:
    qtbot.keyClicks(moment.day, day)
    moment.time.setFocus()
    qtbot.keyClicks(moment.time, clock)


def _pick(qtbot, combo, text: str) -> None:
    """Type part of a name into a searchable chooser and leave it."""
    combo.setFocus()
    combo.lineEdit().selectAll()
    qtbot.keyClicks(combo, text)
    qtbot.keyClick(combo, Qt.Key.Key_Tab)


def test_an_activation_and_a_cited_response_show_their_hours_from_the_incident(
    qtbot, context, monkeypatch
) -> None:
    with context.database.write() as tx:
        # 09:30 in Auckland on 15 March 2026 (UTC+13).
        incidents.add(
            tx,
            name=NAME,
            occurred_at=dt.datetime(2026, 3, 15, 9, 30),
            time_zone="Pacific/Auckland",
        )
        cited = evidence.add(
            tx,
            EvidenceInput(title="Bridge takedown statement", kind="other", effective="2026-03-15"),
        )
    supporter = context.directory().supporters[3]  # not the first, shown at first

    def activate(dialog: ActivationDialog) -> int:
        _shown_up(qtbot, dialog)
        dialog.protocol.setCurrentIndex(dialog.protocol.findData("christchurch_call_crp"))
        _type_moment(qtbot, dialog.activated_at, "2026-03-15", "11:00")  # 1.5 h after
        qtbot.keyClicks(dialog.activated_by, "New Zealand")
        qtbot.keyClicks(dialog.sources, "https://example.org/crp")
        qtbot.keyClick(dialog.activated_by, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        return dialog.result()

    def respond(dialog: ResponseDialog) -> int:
        _shown_up(qtbot, dialog)
        _pick(qtbot, dialog.supporter, supporter.name)
        _type_moment(qtbot, dialog.first_action_at, "2026-03-15", "15:30")  # 6 h after
        qtbot.keyClicks(dialog.action, "Hashed the video and shared the hashes")
        _pick(qtbot, dialog.evidence, "Bridge takedown statement")
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        return dialog.result()

    def work_through(dialog: CrisisResponseDialog) -> int:
        _shown_up(qtbot, dialog)
        monkeypatch.setattr(ActivationDialog, "exec", activate)
        monkeypatch.setattr(ResponseDialog, "exec", respond)
        qtbot.mouseClick(dialog.add_activation, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(dialog.add_response, Qt.MouseButton.LeftButton)
        seen.append(
            [
                [dialog.activations.item(0, c).text() for c in range(3)],
                [dialog.responses.item(0, c).text() for c in (0, 2, 3)],
            ]
        )
        dialog.reject()
        return dialog.result()

    seen: list[list[list[str]]] = []
    monkeypatch.setattr(CrisisResponseDialog, "exec", work_through)
    view = open_view(context, qtbot)
    view.filters.incident.setCurrentIndex(view.filters.incident.findText(NAME))
    view.incident_menu.refresh()
    view.incident_menu.crisis_action.trigger()
    assert seen == [
        [
            ["Christchurch Call Crisis Response Protocol", "2026-03-15 11:00", "1.5 h"],
            [supporter.name, "6.0 h", "Bridge takedown statement"],
        ]
    ]
    with context.database.read() as session:
        activation = session.scalars(select(m.ProtocolActivation)).one()
        response = session.scalars(select(m.SupporterResponse)).one()
        stored = (
            activation.activated_at,
            activation.activated_by,
            response.first_action_at,
            response.stakeholder_id,
            response.evidence_id,
        )
    assert stored == (
        dt.datetime(2026, 3, 14, 22, 0),
        "New Zealand",
        dt.datetime(2026, 3, 15, 2, 30),
        supporter.id,
        cited.id,
    )
    assert run_check(context.database).ok


def test_an_activation_is_closed_and_a_response_deleted_from_the_panel(
    qtbot, context, monkeypatch
) -> None:
    supporter = context.directory().supporters[1]
    with context.database.write() as tx:
        attack = incidents.add(
            tx,
            name=NAME,
            occurred_at=dt.datetime(2026, 3, 15, 9, 30),
            time_zone="Pacific/Auckland",
        )
        protocols.add_activation(
            tx,
            incident_id=attack.id,
            protocol="gifct_cip",
            activated_at=dt.datetime(2026, 3, 15, 10, 30),
        )
        protocols.add_response(
            tx,
            incident_id=attack.id,
            stakeholder_id=supporter.id,
            first_action_at=dt.datetime(2026, 3, 15, 12, 0),
            action="Blocked uploads",
        )
    panel = CrisisResponseDialog(context, attack)
    qtbot.addWidget(panel)
    panel.show()
    assert panel.activations.item(0, 2).text() == "1.0 h"

    def close_it(dialog: ActivationDialog) -> int:
        _shown_up(qtbot, dialog)
        assert dialog.activated_at.day.text() == "2026-03-15"  # on Auckland's clock
        _type_moment(qtbot, dialog.closed_at, "2026-03-16", "09:30")
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        return dialog.result()

    monkeypatch.setattr(ActivationDialog, "exec", close_it)
    panel.activations.selectRow(0)
    qtbot.mouseClick(panel.edit_activation, Qt.MouseButton.LeftButton)
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Yes)
    panel.responses.selectRow(0)
    qtbot.mouseClick(panel.delete_response, Qt.MouseButton.LeftButton)
    assert panel.responses.rowCount() == 0
    with context.database.read() as session:
        closed = session.scalars(select(m.ProtocolActivation.closed_at)).one()
        left = session.scalars(select(m.SupporterResponse)).all()
    assert (closed, left) == (dt.datetime(2026, 3, 15, 20, 30), [])
    assert run_check(context.database).ok
