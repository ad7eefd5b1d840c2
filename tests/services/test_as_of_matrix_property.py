"""Property: the as-of matrix of a real database equals a brute-force reading of its history.

Random histories of recorded judgements (random effective days, same-day corrections, several
in one transaction, retractions) are written through the services; the matrix for random
dates must show, for every pair, the judgement a by-hand reading of the history picks.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import delete, select

from pledge_tracker.bootstrap import open_app_database
from pledge_tracker.db import models as m
from pledge_tracker.db.uow import Database
from pledge_tracker.domain.dto import AssessmentInput
from pledge_tracker.domain.levels import Level
from pledge_tracker.services import assessments, queries, stakeholders

START = dt.date(2020, 1, 1)
POINTS = {
    "complete": 3,
    "substantial": 2,
    "limited": 1,
    "not_started": 0,
    "regressed": 0,
    "no_evidence": 0,
}
LEVELS = [level.value for level in Level]


@dataclass
class World:
    database: Database
    pairs: list[tuple[int, int]]
    people: list[int]
    pledged: dict[tuple[int, int], bool]
    joined: dict[int, dt.date | None]

    def bound_on(self, stakeholder_id: int, day: dt.date) -> bool:
        """Whether the supporter had joined by `day` (the matrix leaves out later joiners)."""
        joined = self.joined[stakeholder_id]
        return joined is None or joined <= day


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[World]:
    database = open_app_database(tmp_path_factory.mktemp("asof") / "p.db", actor="Property")
    with database.read() as session:
        nz = stakeholders.find(session, "New Zealand").id
        provider = stakeholders.find(session, "Microsoft").id
        pledged = queries.pledges(session)
        joined = {s.id: s.joined for s in stakeholders.list_stakeholders(session)}
    codes = {}
    with database.read() as session:
        for row in session.scalars(select(m.Commitment)):
            codes[row.code] = row.id
    # Two commitments each: one both are bound by (joint) and one of their own group.
    joint = [
        cid for (s, cid), ok in pledged.items() if s == nz and ok and (provider, cid) in pledged
    ]
    own_nz = [cid for (s, cid) in pledged if s == nz and (provider, cid) not in pledged]
    own_ms = [cid for (s, cid) in pledged if s == provider and (nz, cid) not in pledged]
    pairs = [(nz, joint[0]), (nz, own_nz[0]), (provider, joint[0]), (provider, own_ms[0])]
    yield World(database, pairs, [nz, provider], pledged, joined)
    database.dispose()


record_op = st.tuples(
    st.just("record"),
    st.integers(0, 3),  # which pair
    st.sampled_from(LEVELS),
    st.integers(0, 8),  # effective: days after START
    st.booleans(),  # in the same transaction as the previous write
)
retract_op = st.tuples(st.just("retract"), st.integers(0, 50), st.booleans())
histories = st.lists(st.one_of(record_op, record_op, retract_op), min_size=1, max_size=14)


def _reset(database: Database) -> None:
    """Start each example from no assessments (test scaffolding, not an app operation)."""
    with database.write() as tx:
        tx.session.execute(delete(m.assessment_evidence))
        tx.session.execute(delete(m.Assessment))


def _apply(world: World, ops: list[tuple]) -> list[dict]:
    """Write the history through the services; return the model the brute force reads."""
    model: list[dict] = []
    batches: list[list[tuple]] = []
    for op in ops:
        if batches and op[-1]:
            batches[-1].append(op)
        else:
            batches.append([op])
    for batch in batches:
        with world.database.write() as tx:
            for op in batch:
                if op[0] == "record":
                    _, pair_index, level, day, _ = op
                    sid, cid = world.pairs[pair_index]
                    dto = assessments.record(
                        tx,
                        AssessmentInput(
                            stakeholder_id=sid,
                            commitment_id=cid,
                            level=level,
                            effective=START + dt.timedelta(days=day),
                            rationale="property test",
                        ),
                    )
                    model.append(
                        {
                            "id": dto.id,
                            "pair": (sid, cid),
                            "level": level,
                            "effective": dto.effective,
                            "live": True,
                        }
                    )
                elif model:
                    target = model[op[1] % len(model)]
                    assessments.set_retracted(tx, target["id"], True)
                    target["live"] = False
    return model


def _expected(model: list[dict], pair: tuple[int, int], as_of: dt.date) -> dict | None:
    """By hand: live judgements of the pair effective by `as_of`; the latest effective day,
    and on that day the one written last (the model lists them in writing order)."""
    found = None
    for item in model:
        if item["pair"] == pair and item["live"] and item["effective"] <= as_of:
            if found is None or item["effective"] >= found["effective"]:
                found = item
    return found


def _score(levels: list[str]) -> tuple[float | None, float | None]:
    applicable = [lv for lv in levels if lv != "not_applicable"]
    assessed = [lv for lv in applicable if lv in POINTS]
    score = (
        round(100 * sum(POINTS[lv] for lv in assessed) / (3 * len(assessed)), 1)
        if assessed
        else None
    )
    coverage = round(len(assessed) / len(applicable), 3) if applicable else None
    return score, coverage


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(histories, st.lists(st.integers(-1, 9), min_size=1, max_size=3))
def test_matrix_equals_brute_force(world: World, ops: list[tuple], offsets: list[int]) -> None:
    _reset(world.database)
    model = _apply(world, ops)
    with world.database.read() as session:
        commitments = [c.id for c in queries.list_commitments(session)]
        for offset in offsets:
            as_of = START + dt.timedelta(days=offset)
            grid = queries.matrix(session, as_of)
            for sid in world.people:
                levels = []
                for cid in commitments:
                    cell = grid.cell(sid, cid)
                    expected = _expected(model, (sid, cid), as_of)
                    if not world.pledged.get((sid, cid)):
                        want_level, want_id = "not_applicable", None
                    elif expected is None:
                        want_level, want_id = "not_assessed", None
                    else:
                        want_level, want_id = expected["level"], expected["id"]
                    assert (cell.level.value, cell.assessment_id) == (want_level, want_id), (
                        sid,
                        cid,
                        as_of,
                    )
                    levels.append(want_level)
                row = next(r for r in grid.rows if r.stakeholder.id == sid)
                assert (row.summary.score, row.summary.coverage) == _score(levels)
            # Overall: everyone else is bound but not assessed.
            every = []
            for (sid, cid), applicable in world.pledged.items():
                if not applicable or not world.bound_on(sid, as_of):
                    continue
                expected = _expected(model, (sid, cid), as_of)
                every.append(expected["level"] if expected else "not_assessed")
            assert (grid.overall.score, grid.overall.coverage) == _score(every)
