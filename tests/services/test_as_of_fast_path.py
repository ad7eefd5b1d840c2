"""Property: the as-of reading in SQL (services/as_of.py) equals the straightforward one.

The straightforward reading loads every live judgement and applies domain.scoring's rule in
Python, then finds the newest live evidence each chosen judgement cites. Generated histories
hold what the rule must get right: retractions, several judgements on one effective date,
equal recording times (the id decides), evidence withdrawn, dated only by publication, or
undated, a pledge that does not apply and judgements of a pair nobody pledged.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import delete, insert, select, update
from sqlalchemy.orm import Session

from pledge_tracker.bootstrap import open_app_database
from pledge_tracker.db import models as m
from pledge_tracker.db.engine import make_engine
from pledge_tracker.db.uow import Database
from pledge_tracker.domain.scoring import latest_as_of
from pledge_tracker.services import as_of
from tests.engines import ENGINES, POSTGRESQL, PostgresTemplates

DAY = dt.date(2024, 1, 1)
AT = dt.datetime(2024, 1, 1, 9, 0)
EVIDENCE_DATES = [  # (effective, published, withdrawn)
    (DAY, None, False),
    (DAY + dt.timedelta(days=40), None, False),
    (None, DAY + dt.timedelta(days=90), False),
    (None, None, False),
    (DAY + dt.timedelta(days=300), None, True),
]


@pytest.fixture(scope="module", params=ENGINES)
def database(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Database]:
    """One seeded database per engine for all the examples (each is rolled back)."""
    if request.param == POSTGRESQL:
        templates: PostgresTemplates = request.getfixturevalue("pg_templates")
        name, url = templates.copy(demo=False, anchored=False)
        database = Database(url, make_engine(url), actor="Property")  # no anchor: no writes
        yield database
        database.dispose()
        templates.drop(name)
        return
    database = open_app_database(tmp_path_factory.mktemp("fast") / "f.db", actor="Property")
    yield database
    database.dispose()


judgement = st.fixed_dictionaries(
    {
        "pair": st.integers(0, 3),
        "day": st.integers(0, 5),  # few days: many on the same date
        "hour": st.integers(0, 2),  # few instants: ties on the recording time
        "level": st.sampled_from(["not_started", "limited", "substantial", "complete"]),
        "retracted": st.booleans(),
        "cites": st.sets(st.integers(0, len(EVIDENCE_DATES) - 1), max_size=3),
    }
)


def _pairs(session: Session) -> list[tuple[int, int]]:
    """Two pledged pairs, one pledge that does not apply, one pair nobody pledged."""
    pledged = session.execute(
        select(m.Pledge.stakeholder_id, m.Pledge.commitment_id).order_by(m.Pledge.id)
    ).all()
    people = sorted({s for s, _ in pledged})
    commitments = sorted(c for (c,) in session.execute(select(m.Commitment.id)))
    keys = {tuple(row) for row in pledged}
    unpledged = next((p, c) for p in people for c in commitments if (p, c) not in keys)
    return [tuple(pledged[0]), tuple(pledged[1]), tuple(pledged[2]), unpledged]


def _write(session: Session, history: list[dict], pairs: list[tuple[int, int]]) -> None:
    """The generated history, inserted with plain SQL (rolled back after the example)."""
    session.execute(delete(m.assessment_evidence))
    session.execute(delete(m.Assessment))
    session.execute(
        update(m.Pledge)
        .where(m.Pledge.stakeholder_id == pairs[2][0], m.Pledge.commitment_id == pairs[2][1])
        .values(applicable=False)
    )
    first = (session.scalar(select(m.Evidence.id).order_by(m.Evidence.id.desc())) or 0) + 1
    session.execute(
        insert(m.Evidence),
        [
            {
                "id": first + i,
                "title": f"Item {i}",
                "kind": "legislation",
                "effective": effective,
                "published": published,
                "withdrawn": withdrawn,
                "created_at": AT,
            }
            for i, (effective, published, withdrawn) in enumerate(EVIDENCE_DATES)
        ],
    )
    for ident, item in enumerate(history, start=1):
        sid, cid = pairs[item["pair"]]
        session.execute(
            insert(m.Assessment).values(
                id=ident,
                stakeholder_id=sid,
                commitment_id=cid,
                level=item["level"],
                effective=DAY + dt.timedelta(days=30 * item["day"]),
                recorded_at=AT + dt.timedelta(hours=item["hour"]),
                assessor="Property",
                method_version="1",
                retracted=item["retracted"],
            )
        )
        for cited in item["cites"]:
            session.execute(
                insert(m.assessment_evidence).values(assessment_id=ident, evidence_id=first + cited)
            )


def _straightforward(session: Session, day: dt.date) -> dict[tuple[int, int], tuple]:
    """The whole history in Python: the rule of domain.scoring, then the cited evidence."""
    latest = latest_as_of(as_of.judgements(session, day), day)
    pledges = select(m.Pledge.stakeholder_id, m.Pledge.commitment_id, m.Pledge.applicable)
    applicable = {(s, c): bool(a) for s, c, a in session.execute(pledges)}
    dates = {
        row.id: row.effective or row.published or row.retrieved
        for row in session.execute(select(m.Evidence)).scalars()
        if not row.withdrawn
    }
    cites: dict[int, list[int]] = {}
    for assessment_id, evidence_id in session.execute(select(m.assessment_evidence)):
        cites.setdefault(assessment_id, []).append(evidence_id)
    found = {}
    for key, applies in applicable.items():
        chosen = latest.get(key) if applies else None
        dated = [dates[e] for e in cites.get(chosen.id, []) if dates.get(e)] if chosen else []
        found[key] = (applies, chosen.id if chosen else None, max(dated, default=None))
    return found


@settings(
    max_examples=120,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(st.lists(judgement, max_size=14), st.integers(-1, 6))
def test_the_sql_reading_equals_the_history_read_in_python(
    database: Database, history: list[dict], months: int
) -> None:
    day = DAY + dt.timedelta(days=30 * months)
    with Session(database.engine) as session:
        try:
            pairs = _pairs(session)
            _write(session, history, pairs)
            fast = {
                key: (p.applicable, p.judgement.id if p.judgement else None, p.newest_evidence)
                for key, p in as_of.pledged(session, day).items()
            }
            assert fast == _straightforward(session, day)
            wanted = {
                key: j.id for key, j in latest_as_of(as_of.judgements(session, day), day).items()
            }
            pledged_keys = set(fast)
            assert {key: j.id for key, j in as_of.latest_judgements(session, day).items()} == {
                key: ident for key, ident in wanted.items() if key in pledged_keys
            }
        finally:
            session.rollback()
