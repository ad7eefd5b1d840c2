"""The Supporters view and dialog, driven as a user would; results checked in the database."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from pledge_tracker.db import models as m
from pledge_tracker.ui.dialogs.supporter_dialog import SupporterDialog
from pledge_tracker.ui.models.supporters_model import Column, RowRole, SupportersModel
from pledge_tracker.ui.views.supporters_view import SupportersView, load_rows

# The offscreen platform says this whenever a top-level window is shown; it is not ours.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def _supporter(context, name):
    with context.database.read() as session:
        row = session.scalars(select(m.Stakeholder).where(m.Stakeholder.name == name)).one()
        session.expunge(row)  # read on after the session closes
        return row


def _open_view(qtbot, context) -> SupportersView:
    view = SupportersView(context)
    qtbot.addWidget(view)
    view.resize(1100, 600)
    view.show()
    qtbot.waitUntil(lambda: view.model.rowCount() > 0 and not view.loader.busy)
    return view


def _row_text(view: SupportersView, name: str, column: Column) -> str:
    for row in range(view.proxy.rowCount()):
        if view.proxy.index(row, Column.NAME).data().removesuffix(" †") == name:
            return view.proxy.index(row, column).data()
    raise AssertionError(f"{name} is not listed")


def _names(view: SupportersView) -> list[str]:
    return [view.proxy.index(row, Column.NAME).data() for row in range(view.proxy.rowCount())]


def test_supporters_model_passes_the_model_tester(qtmodeltester, demo_context):
    model = SupportersModel()
    model.set_rows(load_rows(demo_context))
    qtmodeltester.check(model)


def test_view_lists_every_active_supporter_and_marks_inferred_join_dates(qtbot, demo_context):
    view = _open_view(qtbot, demo_context)
    with demo_context.database.read() as session:
        active = session.scalars(select(m.Stakeholder).where(m.Stakeholder.active)).all()
        session.expunge_all()
        inferred = next(s for s in active if not s.joined_verified and s.joined)
        verified = next(s for s in active if s.joined_verified and s.joined)
    assert view.proxy.rowCount() == len(active)
    # The reports' mark beside the name, explained in the view's key; the date as known.
    assert f"{inferred.name} †" in _names(view) and verified.name in _names(view)
    assert _row_text(view, inferred.name, Column.JOINED) == inferred.joined.isoformat()
    assert view.key_label.text().startswith("† Membership or date of joining not verified")
    # membership unconfirmed, and no join date at all
    assert "Global Internet Forum to Counter Terrorism (GIFCT) †" in _names(view)
    assert _row_text(view, verified.name, Column.JOINED) == verified.joined.isoformat()
    assert _row_text(view, "New Zealand", Column.FOUNDING).endswith("Founding")
    assert "supporters" in view.count_label.text()


def test_search_box_filters_by_name_or_country_code(qtbot, context):
    view = _open_view(qtbot, context)
    view.focus_search()
    qtbot.keyClicks(view.search, "NZ")
    assert view.proxy.rowCount() == 1
    assert view.proxy.index(0, Column.NAME).data() == "New Zealand"


def test_sorting_by_score_puts_unscored_supporters_last(qtbot, demo_context):
    view = _open_view(qtbot, demo_context)
    view.table.sortByColumn(Column.SCORE, Qt.SortOrder.DescendingOrder)
    scores = [view.proxy.index(r, Column.SCORE).data() for r in range(view.proxy.rowCount())]
    numbers = [float(s) for s in scores if s != "—"]
    assert numbers == sorted(numbers, reverse=True)
    assert scores[: len(numbers)] == [s for s in scores if s != "—"]


def test_adding_a_supporter_through_the_dialog_saves_it_and_undo_deactivates_it(
    qtbot, context, monkeypatch
):
    view = _open_view(qtbot, context)
    before = view.proxy.rowCount()

    def fill_and_save(dialog: SupporterDialog) -> int:
        dialog.show()
        qtbot.keyClicks(dialog.name, "Republic of Testland")
        dialog.kind.setCurrentIndex(dialog.kind.findData("government"))
        qtbot.keyClicks(dialog.country, "tl")
        qtbot.keyClicks(dialog.joined, "2021-03-04")
        qtbot.mouseClick(dialog.founding, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        return dialog.result()

    monkeypatch.setattr(SupporterDialog, "exec", fill_and_save)
    qtbot.mouseClick(view.add_button, Qt.MouseButton.LeftButton)
    row = _supporter(context, "Republic of Testland")
    assert (row.kind, row.country_code, row.joined, row.founding, row.active) == (
        "government",
        "TL",
        dt.date(2021, 3, 4),
        True,
        True,
    )
    qtbot.waitUntil(lambda: view.proxy.rowCount() == before + 1)
    assert view.selected().stakeholder.name == "Republic of Testland"
    context.undo_stack.undo()
    assert _supporter(context, "Republic of Testland").active is False
    qtbot.waitUntil(lambda: view.proxy.rowCount() == before)


def test_invalid_input_keeps_save_disabled_and_says_why(qtbot, context):
    dialog = SupporterDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.save_button.isEnabled()  # the name is required
    assert "required" in dialog.errors.message("name")
    qtbot.keyClicks(dialog.name, "Somewhere")
    qtbot.keyClicks(dialog.country, "N1")
    qtbot.keyClicks(dialog.joined, "2019-02-30")
    qtbot.keyClicks(dialog.source, "javascript:alert(1)")
    assert not dialog.save_button.isEnabled()
    assert "ISO 3166" in dialog.errors.message("country_code")
    assert "30 February 2019 does not exist" in dialog.errors.message("joined")
    assert "http" in dialog.errors.message("source_url")
    label = dialog.findChild(type(dialog.inferred_note), "error_joined")
    assert label.isVisible() and "30 February 2019 does not exist" in label.text()
    dialog.country.clear()
    dialog.joined.clear()
    dialog.source.clear()
    assert dialog.save_button.isEnabled()


def test_inline_checks_apply_the_field_limits_table(qtbot, context):
    """The form refuses what an import or a package would: the same table's rules."""
    dialog = SupporterDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.name.setText("x" * 301)  # one past the table's limit for a name
    qtbot.keyClicks(dialog.joined, "2019-05-14")  # no one joined before the Call existed
    assert not dialog.save_button.isEnabled()
    assert "at most 300" in dialog.errors.message("name")
    assert "before 2019-05-15" in dialog.errors.message("joined")
    dialog.name.setText("Somewhere")
    dialog.joined.clear()
    qtbot.keyClicks(dialog.joined, "2019-05-15")
    assert dialog.save_button.isEnabled()


def test_a_duplicate_name_is_refused_next_to_the_name_field(qtbot, context):
    dialog = SupporterDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.name, "new zealand")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.result_dto is None
    assert "already exists" in dialog.errors.message("name")
    assert context.undo_stack.count() == 0


def test_editing_a_supporter_saves_and_undo_restores_the_old_details(qtbot, context):
    view = _open_view(qtbot, context)
    original = _supporter(context, "New Zealand")
    assert view.select_supporter(original.id)
    dialog = SupporterDialog(context, view, view.selected().stakeholder)
    qtbot.addWidget(dialog)
    dialog.notes.setPlainText("Hosted the Call's launch with France.")
    dialog.country.selectAll()
    qtbot.keyClicks(dialog.country, "nz")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert _supporter(context, "New Zealand").notes == "Hosted the Call's launch with France."
    assert context.undo_stack.undoText().startswith("Edit supporter")
    context.undo_stack.undo()
    assert _supporter(context, "New Zealand").notes == original.notes


def test_deactivate_and_reactivate_never_delete(qtbot, context):
    view = _open_view(qtbot, context)
    person = _supporter(context, "Canada")
    view.select_supporter(person.id)
    assert view.active_button.text().replace("&", "") == "Deactivate"
    qtbot.mouseClick(view.active_button, Qt.MouseButton.LeftButton)
    assert _supporter(context, "Canada").active is False
    qtbot.waitUntil(lambda: view.model.row_of(person.id) >= 0 and not view.loader.busy)
    view.show_inactive.setChecked(True)
    assert view.select_supporter(person.id)
    assert view.active_button.text().replace("&", "") == "Reactivate"
    qtbot.mouseClick(view.active_button, Qt.MouseButton.LeftButton)
    assert _supporter(context, "Canada").active is True
    context.undo_stack.undo()
    assert _supporter(context, "Canada").active is False


def test_scores_follow_the_as_of_date(qtbot, demo_context):
    view = _open_view(qtbot, demo_context)
    assert any(
        view.model.index(r, Column.SCORE).data() != "—" for r in range(view.model.rowCount())
    )
    demo_context.set_as_of(dt.date(2019, 1, 1))  # before the Call: nothing assessed yet
    qtbot.waitUntil(
        lambda: all(
            view.model.index(r, Column.SCORE).data() == "—" for r in range(view.model.rowCount())
        )
    )
    assert "1 January 2019" in view.as_of_label.text()  # written out, as the reports do
    assert view.model.index(0, 0).data(RowRole) is not None
    QApplication.processEvents()


def test_cote_divoire_sorts_among_the_cs_and_a_month_date_shows_as_a_month(qtbot, demo_context):
    from pledge_tracker.domain.dto import StakeholderInput
    from pledge_tracker.services import stakeholders

    with demo_context.database.write() as tx:
        stakeholders.add(
            tx,
            StakeholderInput(
                name="Ruritania", kind="government", joined="2021-05-01", joined_precision="month"
            ),
        )
    view = _open_view(qtbot, demo_context)
    names = [name.removesuffix(" †") for name in _names(view)]
    cs = [name for name in names if name[0] in "CÇ" and not name.startswith("Council")]
    assert cs[cs.index("Côte d'Ivoire") - 1 : cs.index("Côte d'Ivoire") + 2] == [
        "Colombia",
        "Côte d'Ivoire",
        "Croatia",
    ]
    assert _row_text(view, "Ruritania", Column.JOINED) == "2021-05"
