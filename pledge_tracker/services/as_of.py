"""Each pair's latest live judgement as of a date, read by the database (the as-of rule).

domain.scoring.latest_as_of states the rule over a history held in memory: the judgement
effective last on or before the date wins, a later recording breaks a tie on the date, a
higher id a tie on both. Here the database applies the same rule with one descent of the
partial index ix_assessments_latest (migration 0011) per pledge, so that reading the matrix
costs as much with ten years of quarterly reviews as with one.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ScalarSelect, and_, false, func, select, true
from sqlalchemy.orm import Session, aliased

from pledge_tracker.db import models as m


@dataclass(frozen=True)
class Judgement:
    """What the matrix needs of one judgement."""

    id: int
    stakeholder_id: int
    commitment_id: int
    level: str
    effective: dt.date
    recorded_at: dt.datetime
    assessor: str
    effective_precision: str = "day"


@dataclass(frozen=True)
class Pledged:
    """One pledge as of a date: whether it applies, its latest judgement, and the date of the
    newest live evidence that judgement cites (None: it cites none)."""

    applicable: bool
    judgement: Judgement | None
    newest_evidence: dt.date | None


COLUMNS = (
    m.Assessment.id,
    m.Assessment.stakeholder_id,
    m.Assessment.commitment_id,
    m.Assessment.level,
    m.Assessment.effective,
    m.Assessment.recorded_at,
    m.Assessment.assessor,
    m.Assessment.effective_precision,
)


def judgements(session: Session, as_of: dt.date) -> list[Judgement]:
    """Every live (not retracted) judgement effective on or before `as_of` (the history)."""
    rows = session.execute(
        select(*COLUMNS).where(m.Assessment.retracted.is_(False), m.Assessment.effective <= as_of)
    ).all()
    return [Judgement(*row) for row in rows]


def _latest_id(as_of: dt.date) -> ScalarSelect[int]:
    """The id of the pledge's latest live judgement as of the date (correlated to Pledge)."""
    other = aliased(m.Assessment)
    return (
        select(other.id)
        .where(
            other.stakeholder_id == m.Pledge.stakeholder_id,
            other.commitment_id == m.Pledge.commitment_id,
            other.retracted == false(),  # as the partial index says it, so the planner uses it
            other.effective <= as_of,
        )
        .order_by(other.effective.desc(), other.recorded_at.desc(), other.id.desc())
        .limit(1)
        .correlate(m.Pledge)
        .scalar_subquery()
    )


def latest_judgements(session: Session, as_of: dt.date) -> dict[tuple[int, int], Judgement]:
    """Each pledged pair's latest live judgement effective on or before `as_of`."""
    rows = session.execute(
        select(*COLUMNS)
        .select_from(m.Pledge)
        .join(m.Assessment, m.Assessment.id == _latest_id(as_of))
    ).all()
    return {(row.stakeholder_id, row.commitment_id): Judgement(*row) for row in rows}


def pledged(
    session: Session, as_of: dt.date, stakeholder_ids: Collection[int] | None = None
) -> dict[tuple[int, int], Pledged]:
    """Every pledge with its latest judgement as of `as_of` and that judgement's newest
    evidence, in one query (a pledge that does not apply is not looked up); only those of
    `stakeholder_ids` when given (the rows of a matrix read again)."""
    ae = m.assessment_evidence.c
    newest = (
        select(
            func.max(
                func.coalesce(m.Evidence.effective, m.Evidence.published, m.Evidence.retrieved)
            )
        )
        .select_from(m.assessment_evidence)
        .join(m.Evidence, m.Evidence.id == ae.evidence_id)
        .where(ae.assessment_id == m.Assessment.id, m.Evidence.withdrawn == false())
        .correlate(m.Assessment)
        .scalar_subquery()
    )
    statement = (
        select(
            m.Pledge.stakeholder_id, m.Pledge.commitment_id, m.Pledge.applicable, *COLUMNS, newest
        )
        .select_from(m.Pledge)
        .outerjoin(
            m.Assessment, and_(m.Pledge.applicable == true(), m.Assessment.id == _latest_id(as_of))
        )
    )
    if stakeholder_ids is not None:
        statement = statement.where(m.Pledge.stakeholder_id.in_(sorted(stakeholder_ids)))
    found: dict[tuple[int, int], Pledged] = {}
    for row in session.connection().execute(statement):  # plain rows: no ORM bookkeeping
        found[(row[0], row[1])] = Pledged(bool(row[2]), _judgement(row[3:11]), _date(row[11]))
    return found


def _judgement(values: Sequence[Any]) -> Judgement | None:
    """The judgement of an outer-joined row (None: the pledge has none as of the date)."""
    return Judgement(*values) if values[0] is not None else None


def _date(value: object) -> dt.date | None:
    """A date from max(), which SQLite may hand back as text."""
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value))
