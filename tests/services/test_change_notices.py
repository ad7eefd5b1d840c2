"""Change notices: what a unit of work tells the views (kinds, matrix cells, who)."""

from __future__ import annotations

from dataclasses import asdict

from pledge_tracker.db.uow import Database
from pledge_tracker.domain.changes import Changes
from pledge_tracker.domain.dto import ActionInput, AssessmentInput
from pledge_tracker.services import actions, assessments, commitments, stakeholders
from tests.db.team_users import signed


def _pair(database: Database, name: str, code: str) -> tuple[int, int]:
    with database.read() as session:
        return stakeholders.find(session, name).id, commitments.find(session, code).id


def test_a_saved_assessment_names_its_one_cell_and_its_author(database: Database) -> None:
    pair = _pair(database, "New Zealand", "GOV-1")
    with database.write(actor="Aroha Ngata") as tx:
        assessments.record(tx, AssessmentInput(*pair, "limited", "2021-03-01", rationale="law"))
        notice = tx.notice()
    assert notice == Changes.of({"assessment"}, {pair}, actor=signed(database, "Aroha Ngata"))
    assert notice.matrix_cells() == frozenset({pair})  # one row repaints, not the matrix


def test_two_judgements_in_one_unit_name_both_cells(database: Database) -> None:
    first, second = _pair(database, "New Zealand", "GOV-1"), _pair(database, "France", "GOV-2")
    with database.write() as tx:
        for pair in (first, second):
            assessments.record(tx, AssessmentInput(*pair, "complete", "2022-01-01", rationale="x"))
        notice = tx.notice()
    assert notice.cells == {first, second}


def test_an_action_moves_no_cell_and_a_supporter_moves_them_all(database: Database) -> None:
    nz, gov1 = _pair(database, "New Zealand", "GOV-1")
    with database.write() as tx:
        actions.add(tx, **asdict(ActionInput(nz, "Fund a research centre", gov1)))
        notice = tx.notice()
    assert notice.touches({"action"}) and not notice.touches({"evidence"})
    assert notice.matrix_cells() == frozenset()
    assert Changes.of({"stakeholder"}).matrix_cells() is None
    assert Changes().matrix_cells() is None  # unknown: read the whole matrix again
    assert Changes().touches({"anything"})


def test_notices_seen_together_merge_and_unknown_absorbs() -> None:
    one = Changes.of({"assessment"}, {(1, 2)}, actor="a", elsewhere=True)
    two = Changes.of({"assessment"}, {(3, 4)}, actor="b", elsewhere=True)
    both = one.merged(two)
    assert both.cells == {(1, 2), (3, 4)} and both.actor == "" and both.elsewhere
    assert one.merged(Changes()).unknown
