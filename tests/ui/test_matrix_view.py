"""The matrix as a user sees it: seeded rows and columns, the as-of date, filters and sort."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from pledge_tracker.domain.dto import AssessmentInput
from pledge_tracker.domain.kinds import CommitmentGroup
from pledge_tracker.domain.levels import Level
from pledge_tracker.services import assessments
from pledge_tracker.ui.models.matrix_model import GroupRole, level_of
from pledge_tracker.ui.views.matrix_view import MatrixView
from tests.reference import COMMITMENTS
from tests.ui.shell_helpers import ids, wait_for_matrix


@pytest.fixture
def view(context, qtbot) -> MatrixView:
    widget = MatrixView(context)
    qtbot.addWidget(widget)
    widget.resize(1300, 800)
    widget.show()
    wait_for_matrix(qtbot, widget)
    return widget


def names(view: MatrixView) -> list[str]:
    return [row.stakeholder.name for row in view.model.visible_rows()]


def test_matrix_shows_the_seeded_supporters_and_commitments_grouped(view) -> None:
    assert view.model.rowCount() >= 50
    assert "New Zealand" in names(view) and "Microsoft" in names(view)
    assert view.model.columnCount() == COMMITMENTS
    header = view.model.headerData
    groups = [header(c, Qt.Orientation.Horizontal, GroupRole) for c in range(COMMITMENTS)]
    assert groups[0] == CommitmentGroup.GOVERNMENTS and groups[-1] == CommitmentGroup.JOINT
    assert groups == sorted(groups, key=groups.index)  # each group's columns sit together
    assert "supporters" in view.summary.text()


def test_the_cell_follows_the_as_of_date(view, context, qtbot) -> None:
    nz, gov1 = ids(context.database, "New Zealand", "GOV-1")
    for level, day in ((Level.LIMITED, "2020-06-01"), (Level.COMPLETE, "2023-06-01")):
        context.write(
            lambda tx, level=level, day=day: assessments.record(
                tx, AssessmentInput(nz, gov1, level, effective=day, rationale="reasons")
            )
        )
    wait_for_matrix(qtbot, view)

    def level_on(day: dt.date) -> Level | None:
        with qtbot.waitSignal(view.matrix_loaded, timeout=10_000):
            view.as_of.set_date(day)
        return level_of(view.model.index_of(nz, gov1))

    assert level_on(dt.date(2021, 1, 1)) is Level.LIMITED
    assert level_on(dt.date(2019, 12, 31)) is Level.NOT_ASSESSED
    assert level_on(dt.date(2024, 1, 1)) is Level.COMPLETE
    tip = view.model.index_of(nz, gov1).data(Qt.ItemDataRole.ToolTipRole)
    assert "Complete" in tip and "2023-06-01" in tip and context.database.actor in tip


def test_typing_in_the_search_box_filters_by_name_or_country(view, qtbot) -> None:
    qtbot.keyClicks(view.filters.search, "zeal")
    assert names(view) == ["New Zealand"]
    view.filters.search.clear()
    qtbot.keyClicks(view.filters.search, "FR")
    assert names(view) == ["France"]
    view.filters.search.clear()
    assert len(names(view)) > 50


def test_kind_and_founding_filters(view, qtbot) -> None:
    combo = view.filters.kind
    combo.setCurrentIndex(combo.findText("Online service provider"))
    kinds = {row.stakeholder.kind.value for row in view.model.visible_rows()}
    assert kinds == {"online_service_provider"}
    qtbot.mouseClick(view.filters.founding, Qt.MouseButton.LeftButton)
    rows = view.model.visible_rows()
    assert rows and all(r.stakeholder.founding for r in rows)
    assert "Microsoft" in names(view)


def test_sorting_by_score_and_back_to_name(view, context, qtbot) -> None:
    nz, gov1 = ids(context.database, "New Zealand", "GOV-1")
    context.write(
        lambda tx: assessments.record(tx, AssessmentInput(nz, gov1, Level.COMPLETE, rationale="r"))
    )
    wait_for_matrix(qtbot, view)
    view.filters.sort.setCurrentIndex(view.filters.sort.findText("Score (highest first)"))
    # 100 on one of its many commitments: not assessed enough to be ranked above anyone
    assert names(view)[0] != "New Zealand"
    context.settings.rank_threshold = 0  # Settings: rank everyone with a score
    context.apply_settings()
    wait_for_matrix(qtbot, view)
    assert names(view)[0] == "New Zealand"
    assert view.model.visible_rows()[0].summary.score == 100.0
    qtbot.mouseClick(view.filters.reverse, Qt.MouseButton.LeftButton)
    scores = [r.summary.score for r in view.model.visible_rows() if r.summary.score is not None]
    assert scores[-1] == 100.0
    view.filters.sort.setCurrentIndex(view.filters.sort.findText("Name (A–Z)"))
    assert names(view)[-1] < names(view)[0]  # still reversed: Z to A


def test_add_evidence_from_the_detail_panel_links_it_to_the_cell(window, context, qtbot) -> None:
    from pledge_tracker.ui.dialogs.evidence_dialog import EvidenceDialog

    nz, gov5 = ids(context.database, "New Zealand", "GOV-5")
    view = window.matrix
    assert view.select_cell(nz, gov5)
    qtbot.waitUntil(lambda: view.detail.evidence_button.isEnabled())
    qtbot.mouseClick(view.detail.evidence_button, Qt.MouseButton.LeftButton)
    dialog = view.dialog
    assert isinstance(dialog, EvidenceDialog) and dialog.isVisible()
    assert dialog.supporters.checked_ids() == (nz,)
    assert dialog.commitments.checked_ids() == (gov5,)
    qtbot.keyClicks(dialog.title, "Online Safety Code consultation")
    qtbot.keyClicks(dialog.dates["effective"], "2024-03-01")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    with qtbot.waitSignal(view.detail.loaded, timeout=10_000):
        pass
    assert [e.title for e in view.detail.detail.evidence] == ["Online Safety Code consultation"]
    assert "Online Safety Code consultation" in view.detail.browser.toPlainText()
