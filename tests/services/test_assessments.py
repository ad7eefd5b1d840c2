"""Assessments: append-only judgements with two dates; retraction, never deletion."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from sqlalchemy import func, select

from pledge_tracker.db import models as m
from pledge_tracker.db.uow import Database
from pledge_tracker.domain.dto import AssessmentInput
from pledge_tracker.domain.errors import NotFoundError, ValidationError
from pledge_tracker.domain.levels import METHOD_VERSION, Level
from pledge_tracker.services import assessments, commitments, queries, stakeholders
from tests.db.team_users import signed


@pytest.fixture
def pair(database: Database) -> tuple[int, int]:
    """New Zealand and a government commitment it is bound by."""
    with database.read() as session:
        nz = stakeholders.find(session, "New Zealand").id
        gov1 = commitments.find(session, "GOV-1").id
    return nz, gov1


def _record(database: Database, pair, level="limited", effective="2021-03-01", **extra):
    with database.write(actor="Aroha Ngata") as tx:
        return assessments.record(
            tx,
            AssessmentInput(pair[0], pair[1], level, effective, rationale="law passed", **extra),
        )


def test_record_an_assessment(database: Database, pair) -> None:
    before = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    recorded = _record(database, pair, level="Substantial", confidence="high")
    assert (recorded.stakeholder_id, recorded.commitment_id) == pair
    assert recorded.level is Level.SUBSTANTIAL
    assert recorded.effective == dt.date(2021, 3, 1)
    assert before <= recorded.recorded_at <= dt.datetime.now(dt.UTC).replace(tzinfo=None)
    assert (recorded.assessor, recorded.confidence, recorded.origin) == (
        signed(database, "Aroha Ngata"),
        "high",
        "independent_review",
    )
    assert recorded.method_version == METHOD_VERSION
    assert not recorded.retracted and not recorded.demo
    with database.read() as session:
        entry = session.scalars(select(m.AuditEntry).order_by(m.AuditEntry.id.desc())).first()
        assert (entry.action, entry.entity, entry.record_uid) == (
            "record",
            "assessment",
            recorded.uid,
        )
        assert json.loads(entry.after)["level"] == "substantial"


def test_a_new_judgement_never_overwrites_an_old_one(database: Database, pair) -> None:
    first = _record(database, pair, "limited", "2020-01-01")
    second = _record(database, pair, "complete", "2022-01-01")
    with database.read() as session:
        history = assessments.history(session, *pair)
        stored = session.execute(
            select(m.Assessment.id, m.Assessment.level).order_by(m.Assessment.id)
        ).all()
        then = queries.matrix(session, dt.date(2021, 1, 1)).cell(*pair)
        now = queries.matrix(session, dt.date(2023, 1, 1)).cell(*pair)
    assert [a.id for a in history] == [second.id, first.id]  # newest effective first
    assert [tuple(row) for row in stored] == [(first.id, "limited"), (second.id, "complete")]
    assert (then.level, then.assessment_id) == (Level.LIMITED, first.id)
    assert (now.level, now.assessment_id) == (Level.COMPLETE, second.id)


def test_a_same_day_correction_takes_over(database: Database, pair) -> None:
    _record(database, pair, "complete", "2021-06-01")
    correction = _record(database, pair, "limited", "2021-06-01")
    with database.read() as session:
        cell = queries.matrix(session, dt.date(2021, 6, 1)).cell(*pair)
    assert (cell.level, cell.assessment_id) == (Level.LIMITED, correction.id)


def test_retract_and_restore_are_audited_and_nothing_is_deleted(database: Database, pair) -> None:
    first = _record(database, pair, "limited", "2020-01-01")
    second = _record(database, pair, "complete", "2021-01-01")
    with database.write() as tx:
        retracted = assessments.set_retracted(tx, second.id, True)
    assert retracted.retracted
    with database.read() as session:
        assert [a.id for a in assessments.history(session, *pair)] == [first.id]
        assert queries.matrix(session, dt.date(2022, 1, 1)).cell(*pair).assessment_id == first.id
        assert session.scalar(select(func.count()).select_from(m.Assessment)) == 2
        actions = session.scalars(
            select(m.AuditEntry.action).order_by(m.AuditEntry.id.desc()).limit(1)
        ).all()
    assert actions == ["retract"]
    with database.write() as tx:
        assessments.set_retracted(tx, second.id, True)  # already retracted: no new entry
    with database.write() as tx:
        assessments.set_retracted(tx, second.id, False)
    with database.read() as session:
        assert queries.matrix(session, dt.date(2022, 1, 1)).cell(*pair).assessment_id == second.id
        actions = session.scalars(
            select(m.AuditEntry.action).order_by(m.AuditEntry.id.desc()).limit(2)
        ).all()
    assert actions == ["restore", "retract"]


def test_evidence_is_cited(demo_database: Database) -> None:
    with demo_database.read() as session:
        item = session.scalars(select(m.Evidence).where(m.Evidence.stakeholders.any())).first()
        person = item.stakeholders[0]
        cid = next(c for (s, c), ok in queries.pledges(session).items() if s == person.id and ok)
        item_id, person_id = item.id, person.id
    with demo_database.write() as tx:
        recorded = assessments.record(
            tx,
            AssessmentInput(
                person_id,
                cid,
                "limited",
                "2021-01-01",
                rationale="cited",
                evidence_ids=(item_id, item_id),
            ),
        )
    assert recorded.evidence_ids == (item_id,)


@pytest.mark.parametrize(
    ("change", "field", "error"),
    [
        ({"stakeholder_id": 99_999}, "stakeholder", NotFoundError),
        ({"commitment_id": 99_999}, "commitment", NotFoundError),
        ({"level": "excellent"}, "level", ValidationError),
        ({"level": "4"}, "level", ValidationError),
        ({"effective": "2021-02-29"}, "effective", ValidationError),
        ({"effective": "2021-13-01"}, "effective", ValidationError),
        ({"effective": "yesterday"}, "effective", ValidationError),
        ({"effective": "2999-01-01"}, "effective", ValidationError),
        ({"rationale": "  "}, "rationale", ValidationError),
        ({"confidence": "certain"}, "confidence", ValidationError),
        ({"origin": "rumour"}, "origin", ValidationError),
        ({"evidence_ids": (99_999,)}, "evidence", NotFoundError),
    ],
)
def test_bad_input_is_refused_naming_the_field(
    database: Database, pair, unchanged, change: dict, field: str, error: type
) -> None:
    values = {
        "stakeholder_id": pair[0],
        "commitment_id": pair[1],
        "level": "limited",
        "effective": "2021-01-01",
        "rationale": "why",
    } | change
    with unchanged(), pytest.raises(error) as caught:
        with database.write() as tx:
            assessments.record(tx, AssessmentInput(**values))
    assert caught.value.field == field
    assert f"field '{field}'" in str(caught.value)


def test_a_commitment_the_supporter_is_not_bound_by_is_refused(
    database: Database, unchanged
) -> None:
    with database.read() as session:
        nz = stakeholders.find(session, "New Zealand").id
        provider_only = commitments.find(session, "OSP-1").id
    with unchanged(), pytest.raises(ValidationError) as caught:
        with database.write() as tx:
            assessments.record(tx, AssessmentInput(nz, provider_only, "complete", rationale="x"))
    assert caught.value.field == "commitment"
    assert "not bound" in caught.value.message


def test_retracting_an_unknown_assessment_is_refused(database: Database, unchanged) -> None:
    with unchanged(), pytest.raises(NotFoundError) as caught:
        with database.write() as tx:
            assessments.set_retracted(tx, 99_999, True)
    assert caught.value.field == "assessment"
