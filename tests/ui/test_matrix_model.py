"""The matrix model: plain data only, filtered and sorted in memory, sound for Qt."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from pledge_tracker.domain.kinds import StakeholderKind
from pledge_tracker.domain.levels import Level
from pledge_tracker.domain.validate import name_key
from pledge_tracker.services import evidence, queries
from pledge_tracker.ui.context import MatrixFilter
from pledge_tracker.ui.models.evidence_pick_model import (
    EvidencePickModel,
    EvidenceSearchProxy,
)
from pledge_tracker.ui.models.matrix_model import LevelRole, MatrixModel, level_of
from pledge_tracker.ui.models.matrix_rows import SortKey, combined, visible_rows
from tests.reference import COMMITMENTS


@pytest.fixture
def demo_matrix(demo_database):
    with demo_database.read() as session:
        return queries.matrix(session, dt.date.today(), include_inactive=True)


def test_matrix_model_passes_qt_model_tester(qtmodeltester, demo_matrix) -> None:
    model = MatrixModel()
    model.set_matrix(demo_matrix)
    qtmodeltester.check(model)
    model.set_view(MatrixFilter(text="zealand"), SortKey.SCORE)
    qtmodeltester.check(model)


def test_evidence_picker_models_pass_qt_model_tester(qtmodeltester, demo_database) -> None:
    with demo_database.read() as session:
        items = evidence.list_for(session)
    model = EvidencePickModel()
    model.set_items(items, checked=[items[0].id])
    qtmodeltester.check(model)
    proxy = EvidenceSearchProxy()
    proxy.setSourceModel(model)
    proxy.set_text("new zealand")
    qtmodeltester.check(proxy)
    assert 0 < proxy.rowCount() < model.rowCount()


def test_cells_show_the_level_of_each_supporter_on_each_commitment(demo_matrix) -> None:
    model = MatrixModel()
    model.set_matrix(demo_matrix)
    assert model.rowCount() == sum(1 for r in demo_matrix.rows if r.stakeholder.active)
    assert model.columnCount() == COMMITMENTS
    levels = {
        level_of(model.index(r, c)) for r in range(model.rowCount()) for c in range(COMMITMENTS)
    }
    assert {Level.NOT_APPLICABLE, Level.NOT_ASSESSED, Level.LIMITED} <= levels
    first = model.index(0, 0)
    assert model.data(first, Qt.ItemDataRole.DisplayRole) == level_of(first).glyph
    assert model.data(first, LevelRole) == level_of(first)


def test_filters_keep_only_matching_supporters(demo_matrix) -> None:
    rows = demo_matrix.rows
    providers = visible_rows(rows, MatrixFilter(kinds=frozenset({"online_service_provider"})))
    assert providers and all(
        r.stakeholder.kind is StakeholderKind.ONLINE_SERVICE_PROVIDER for r in providers
    )
    founding = visible_rows(rows, MatrixFilter(founding_only=True))
    assert founding and all(r.stakeholder.founding for r in founding)
    assert [r.stakeholder.name for r in visible_rows(rows, MatrixFilter(text="NZ"))] == [
        "New Zealand"
    ]
    assert [r.stakeholder.name for r in visible_rows(rows, MatrixFilter(text="zéaland"))] == [
        "New Zealand"
    ]


def test_sorts_put_missing_values_last_in_either_direction(demo_matrix) -> None:
    rows = demo_matrix.rows
    for reverse in (False, True):
        ordered = visible_rows(rows, MatrixFilter(), SortKey.SCORE, reverse, rank_threshold=0)
        scores = [r.summary.score for r in ordered]
        present = [s for s in scores if s is not None]
        assert present == sorted(present, reverse=not reverse)
        assert scores[len(present) :] == [None] * (len(scores) - len(present))
    joined = [r.stakeholder.joined for r in visible_rows(rows, MatrixFilter(), SortKey.JOINED)]
    dated = [d for d in joined if d is not None]
    assert dated == sorted(dated)
    names = [r.stakeholder.name for r in visible_rows(rows, MatrixFilter(), SortKey.NAME)]
    assert names[0] < names[-1]


def test_by_score_only_supporters_assessed_enough_are_ranked(demo_matrix) -> None:
    rows = demo_matrix.rows
    ordered = visible_rows(rows, MatrixFilter(), SortKey.SCORE)  # the default: 50 %
    covered = [(r.summary.coverage or 0) >= 0.5 for r in ordered]
    ranked = covered.index(False)
    assert 0 < ranked and not any(covered[ranked:])  # the little-assessed all come after
    scores = [r.summary.score for r in ordered[:ranked]]
    assert scores == sorted(scores, reverse=True)
    apart = [r.stakeholder.name for r in ordered[ranked:]]
    assert apart == sorted(apart, key=name_key)  # listed apart, by name, not by score
    assert any(r.summary.score is not None for r in ordered[ranked:])  # scored, yet not ranked


def test_combined_figures_match_the_whole_matrix(demo_matrix) -> None:
    assert combined(demo_matrix.rows) == (demo_matrix.overall.score, demo_matrix.overall.coverage)
