"""The Commitments view and wording dialog: verification marks, level counts, audited edits."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from pledge_tracker.db import models as m
from pledge_tracker.domain.levels import Level
from pledge_tracker.services import levels_distribution, queries
from pledge_tracker.services.convert import commitment_dto
from pledge_tracker.ui.dialogs.wording_dialog import WordingDialog
from pledge_tracker.ui.models.commitments_model import Column, CommitmentsModel, RowRole
from pledge_tracker.ui.views.commitments_view import CommitmentsView, load_distribution
from pledge_tracker.ui.widgets.level_bar_delegate import segments
from tests.reference import COMMITMENTS

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def _commitment(database, code):
    with database.read() as session:
        row = session.scalars(select(m.Commitment).where(m.Commitment.code == code)).one()
        session.expunge(row)
        return row


def _open_view(qtbot, context) -> CommitmentsView:
    view = CommitmentsView(context)
    qtbot.addWidget(view)
    view.resize(1200, 700)
    view.show()
    qtbot.waitUntil(lambda: view.model.rowCount() == COMMITMENTS and not view.loader.busy)
    return view


def test_commitments_model_passes_the_model_tester(qtmodeltester, demo_context):
    model = CommitmentsModel()
    model.set_rows(load_distribution(demo_context))
    qtmodeltester.check(model)


def test_level_counts_match_the_matrix_as_of_the_date(demo_database):
    today, before = dt.date.today(), dt.date(2019, 1, 1)
    with demo_database.read() as session:
        counts = levels_distribution.distribution(session, today)
        grid = queries.matrix(session, today)
        early = levels_distribution.distribution(session, before)
    assert len(counts) == COMMITMENTS
    for item in counts:
        cells = [grid.cell(r.stakeholder.id, item.commitment.id).level for r in grid.rows]
        for level in Level:
            assert item.counts.get(level, 0) == cells.count(level)
        assert item.bound == sum(level is not Level.NOT_APPLICABLE for level in cells)
    assert sum(item.assessed for item in counts) > 0
    assert all(item.assessed == 0 for item in early)  # nothing assessed before the Call


def test_bar_segments_fill_the_width_and_leave_out_not_applicable(demo_context):
    item = next(i for i in load_distribution(demo_context) if i.assessed)
    parts = segments(item, 300)
    assert sum(width for _level, _count, width in parts) == 300
    assert Level.NOT_APPLICABLE not in [level for level, _c, _w in parts]
    assert sum(count for _level, count, _w in parts) == item.bound


def test_every_row_shows_its_verification_mark_and_counts(qtbot, demo_context):
    view = _open_view(qtbot, demo_context)
    for row in range(view.proxy.rowCount()):
        assert view.proxy.index(row, Column.STATUS).data() == "⚠ Not yet verified"
    gov2 = view.model.row_at(view.model.row_of(_commitment(demo_context.database, "GOV-2").id))
    text = view.model.index(view.model.row_of(gov2.commitment.id), Column.LEVELS).data()
    assert f"{gov2.counts[Level.NOT_ASSESSED]} not assessed" in text
    assert view.select_commitment(gov2.commitment.id)
    assert "Not yet verified" in view.detail.toPlainText()
    assert gov2.commitment.wording[:40] in view.detail.toPlainText()


def test_counts_follow_the_as_of_date(qtbot, demo_context):
    view = _open_view(qtbot, demo_context)
    assert any(view.model.row_at(r).assessed for r in range(COMMITMENTS))
    demo_context.set_as_of(dt.date(2019, 1, 1))
    qtbot.waitUntil(lambda: not any(view.model.row_at(r).assessed for r in range(COMMITMENTS)))
    assert "1 January 2019" in view.as_of_label.text()  # written out, as the reports do


def test_verifying_needs_a_source_and_is_recorded_with_who_and_against_what(qtbot, context):
    view = _open_view(qtbot, context)
    before = _commitment(context.database, "GOV-1")
    view.select_commitment(before.id)
    dialog = WordingDialog(context, view.selected().commitment, view)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.save_button.isEnabled()  # unchanged, unverified: nothing wrong
    qtbot.mouseClick(dialog.verified, Qt.MouseButton.LeftButton)
    assert not dialog.save_button.isEnabled()
    assert "official text" in dialog.errors.message("verified_source")
    dialog.wording.setPlainText(before.wording + " (checked)")
    qtbot.keyClicks(dialog.source, "christchurchcall.com, read 2025-03-01")
    assert dialog.save_button.isEnabled()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    after = _commitment(context.database, "GOV-1")
    assert after.wording.endswith("(checked)") and after.wording_verified
    assert after.verified_by == "Aroha Reviewer"
    assert after.verified_source == "christchurchcall.com, read 2025-03-01"
    with context.database.read() as session:
        entry = session.scalars(
            select(m.AuditEntry)
            .where(m.AuditEntry.record_uid == before.uid)
            .order_by(m.AuditEntry.id.desc())
        ).first()
        assert (entry.action, entry.actor) == ("verify_wording", "Aroha Reviewer")
        assert json.loads(entry.before)["wording_verified"] is False
    qtbot.waitUntil(
        lambda: view.model.index(view.model.row_of(before.id), Column.STATUS).data() == "✓ Verified"
    )
    assert view.selected().commitment.id == before.id  # selection kept across the reload


def test_an_empty_wording_cannot_be_saved(qtbot, context):
    with context.database.read() as session:
        row = session.scalars(select(m.Commitment).where(m.Commitment.code == "OSP-1")).one()
        dto = commitment_dto(row)
    dialog = WordingDialog(context, dto)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.wording.clear()
    assert not dialog.save_button.isEnabled()
    assert dialog.errors.message("wording") == "The wording is required"
    qtbot.keyClick(dialog.wording, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert _commitment(context.database, "OSP-1").wording == dto.wording


def test_search_box_filters_commitments(qtbot, context):
    view = _open_view(qtbot, context)
    view.focus_search()
    qtbot.keyClicks(view.search, "livestream")
    codes = {view.proxy.index(r, Column.CODE).data() for r in range(view.proxy.rowCount())}
    assert "OSP-4" in codes and len(codes) < COMMITMENTS
    assert all(view.proxy.index(r, 0).data(RowRole) for r in range(view.proxy.rowCount()))
