"""Rows of the matrix read again and put in place equal the whole matrix read afresh."""

from __future__ import annotations

import datetime as dt

import pytest

from pledge_tracker.db.uow import Database
from pledge_tracker.domain.dto import AssessmentInput, Matrix
from pledge_tracker.domain.levels import Level
from pledge_tracker.services import assessments, stakeholders, window_reads
from pledge_tracker.services.matrix_patch import patched, read_rows
from pledge_tracker.services.queries import shared_matrix

MONTHS = 24
TODAY = dt.date.today()


def _whole(database: Database, day: dt.date) -> Matrix:
    with database.read() as session:  # a new session: nothing remembered from before
        return shared_matrix(session, day, MONTHS)


def _assert_same(patched_grid: Matrix | None, fresh: Matrix) -> None:
    assert patched_grid is not None
    assert patched_grid.cells.keys() == fresh.cells.keys()
    for key, cell in fresh.cells.items():  # every cell, so a failure names the one that differs
        assert patched_grid.cells[key] == cell, key
    assert patched_grid.rows == fresh.rows
    assert patched_grid.overall == fresh.overall
    assert patched_grid == fresh


def _change_new_zealand(database: Database) -> tuple[int, list[int]]:
    """Record two judgements of New Zealand and retract its newest older one."""
    grid = _whole(database, TODAY)
    nz = next(r.stakeholder.id for r in grid.rows if r.stakeholder.name == "New Zealand")
    pledged = [c for c in grid.commitments if grid.cell(nz, c.id).applicable]
    first, second = pledged[0].id, pledged[-1].id
    with database.write() as tx:
        assessments.record(
            tx, AssessmentInput(nz, first, Level.COMPLETE, TODAY, rationale="law in force")
        )
        assessments.record(
            tx, AssessmentInput(nz, second, Level.REGRESSED, TODAY, rationale="repealed")
        )
    judged = [c.id for c in pledged if grid.cell(nz, c.id).assessment_id and c.id != first]
    if judged:  # the demonstration data judges some of New Zealand's cells already
        with database.write() as tx:
            old = grid.cell(nz, judged[0]).assessment_id
            assert old is not None
            assessments.set_retracted(tx, old, True)
    return nz, [first, second, *judged[:1]]


@pytest.mark.parametrize("day", [TODAY, dt.date(2022, 6, 30)], ids=["today", "in 2022"])
def test_one_supporters_rows_read_again_equal_a_fresh_whole_matrix(
    demo_database: Database, day: dt.date
) -> None:
    before = _whole(demo_database, day)
    nz, moved = _change_new_zealand(demo_database)
    part = read_rows(demo_database, day, MONTHS, {nz})
    fresh = _whole(demo_database, day)
    _assert_same(patched(before, part), fresh)
    assert {key[0] for key in part.cells} == {nz}  # only New Zealand was read
    if day == TODAY:  # the change shows, so the comparison above compared something
        assert fresh.cell(nz, moved[0]).level is Level.COMPLETE
        assert fresh != before


def test_the_window_reads_the_same_whole_matrix(demo_database: Database) -> None:
    assert window_reads.whole_matrix(demo_database, TODAY, MONTHS) == _whole(demo_database, TODAY)


def test_rows_that_no_longer_fit_the_matrix_ask_for_a_whole_read(
    demo_database: Database,
) -> None:
    before = _whole(demo_database, TODAY)
    nz = next(r.stakeholder.id for r in before.rows if r.stakeholder.name == "New Zealand")
    elsewhere = read_rows(demo_database, TODAY - dt.timedelta(days=1), MONTHS, {nz})
    assert patched(before, elsewhere) is None  # another date
    with demo_database.write() as tx:
        stakeholders.set_active(tx, nz, False)
    assert patched(before, read_rows(demo_database, TODAY, MONTHS, {nz})) is None
    unknown = read_rows(demo_database, TODAY, MONTHS, {10**6})  # no such supporter: no row
    assert unknown.rows == () and patched(before, unknown) == before
