"""The read side: the as-of matrix, scores and coverage, and the figures `stats` prints."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from pledge_tracker.db import models as m
from pledge_tracker.domain.dto import Cell, Matrix, StakeholderRow
from pledge_tracker.domain.levels import Level
from pledge_tracker.domain.scoring import (
    DEFAULT_FRESHNESS_MONTHS,
    latest_as_of,
    needs_review,
    summarise,
)
from pledge_tracker.domain.takedown import TakedownFilter, figures_json
from pledge_tracker.services import takedown
from pledge_tracker.services.commitments import list_commitments
from pledge_tracker.services.stakeholders import list_stakeholders


@dataclass(frozen=True)
class _Judgement:
    id: int
    stakeholder_id: int
    commitment_id: int
    level: str
    effective: dt.date
    recorded_at: dt.datetime
    assessor: str
    effective_precision: str = "day"


def judgements(session: Session, as_of: dt.date) -> list[_Judgement]:
    """Every live (not retracted) judgement effective on or before `as_of`."""
    rows = session.execute(
        select(
            m.Assessment.id,
            m.Assessment.stakeholder_id,
            m.Assessment.commitment_id,
            m.Assessment.level,
            m.Assessment.effective,
            m.Assessment.recorded_at,
            m.Assessment.assessor,
            m.Assessment.effective_precision,
        ).where(m.Assessment.retracted.is_(False), m.Assessment.effective <= as_of)
    ).all()
    return [_Judgement(*row) for row in rows]


def _newest_evidence(session: Session, assessment_ids: list[int]) -> dict[int, dt.date]:
    dated = func.coalesce(m.Evidence.effective, m.Evidence.published, m.Evidence.retrieved)
    newest: dict[int, dt.date] = {}
    for start in range(0, len(assessment_ids), 900):  # SQLite's bound-parameter limit
        chunk = assessment_ids[start : start + 900]
        rows = session.execute(
            select(m.assessment_evidence.c.assessment_id, func.max(dated))
            .join(m.Evidence, m.Evidence.id == m.assessment_evidence.c.evidence_id)
            .where(
                m.assessment_evidence.c.assessment_id.in_(chunk), m.Evidence.withdrawn.is_(False)
            )
            .group_by(m.assessment_evidence.c.assessment_id)
        ).all()
        for assessment_id, value in rows:
            if value is not None:
                newest[assessment_id] = (
                    value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value))
                )
    return newest


def pledges(session: Session) -> dict[tuple[int, int], bool]:
    rows = session.execute(
        select(m.Pledge.stakeholder_id, m.Pledge.commitment_id, m.Pledge.applicable)
    ).all()
    return {(s, c): applicable for s, c, applicable in rows}


def evidence_counts(session: Session) -> dict[int, int]:
    rows = session.execute(
        select(m.evidence_stakeholders.c.stakeholder_id, func.count())
        .join(m.Evidence, m.Evidence.id == m.evidence_stakeholders.c.evidence_id)
        .where(m.Evidence.withdrawn.is_(False))
        .group_by(m.evidence_stakeholders.c.stakeholder_id)
    ).all()
    return dict(rows)


def matrix(
    session: Session,
    as_of: dt.date,
    *,
    freshness_months: int = DEFAULT_FRESHNESS_MONTHS,
    include_inactive: bool = False,
) -> Matrix:
    """Every supporter on every commitment as of a date, with scores and coverage."""
    commitments = tuple(list_commitments(session))
    # A supporter who had not yet joined on `as_of` was bound by nothing: leaving it out
    # keeps early dates from reading as gaps in coverage.
    people = [
        s
        for s in list_stakeholders(session)
        if (include_inactive or s.active) and (s.joined is None or s.joined <= as_of)
    ]
    pledged = pledges(session)
    latest = latest_as_of(judgements(session, as_of), as_of)
    newest = _newest_evidence(session, [j.id for j in latest.values()])
    counts = evidence_counts(session)
    cells: dict[tuple[int, int], Cell] = {}
    rows: list[StakeholderRow] = []
    all_levels: list[Level] = []
    for person in people:
        levels: list[Level] = []
        last: dt.date | None = None
        for commitment in commitments:
            key = (person.id, commitment.id)
            cell = _cell(key, pledged.get(key), latest.get(key), newest, as_of, freshness_months)
            cells[key] = cell
            levels.append(cell.level)
            if cell.effective and (last is None or cell.effective > last):
                last = cell.effective
        all_levels.extend(levels)
        rows.append(StakeholderRow(person, summarise(levels), last, counts.get(person.id, 0)))
    return Matrix(as_of, commitments, tuple(rows), cells, summarise(all_levels))


def _cell(
    key: tuple[int, int],
    applicable: bool | None,
    judgement: _Judgement | None,
    newest: dict[int, dt.date],
    as_of: dt.date,
    freshness_months: int,
) -> Cell:
    if not applicable:
        return Cell(*key, Level.NOT_APPLICABLE, applicable=False)
    if judgement is None:
        return Cell(*key, Level.NOT_ASSESSED)
    level = Level(judgement.level)
    stale = level.counts_as_assessed and needs_review(
        newest.get(judgement.id), judgement.effective, as_of, freshness_months
    )
    return Cell(
        *key,
        level,
        effective=judgement.effective,
        assessor=judgement.assessor,
        assessment_id=judgement.id,
        needs_review=stale,
        effective_precision=judgement.effective_precision,
    )


def record_counts(session: Session) -> dict[str, int]:
    """How many records of each kind the database holds."""

    def count(model: type, *where: ColumnElement[bool]) -> int:
        return session.scalar(select(func.count()).select_from(model).where(*where)) or 0

    return {
        "frameworks": count(m.Framework),
        "commitments": count(m.Commitment),
        "stakeholders": count(m.Stakeholder),
        "pledges": count(m.Pledge),
        "assessments": count(m.Assessment, m.Assessment.retracted.is_(False)),
        "evidence": count(m.Evidence, m.Evidence.withdrawn.is_(False)),
        "attachments": count(m.Attachment),
        "actions": count(m.Action),
        "sightings": count(m.Sighting),
        "events": count(m.Event),
        "instruments": count(m.Instrument),
        "memberships": count(m.Membership),
        "indicators": count(m.Indicator),
        "incidents": count(m.Incident),
        "protocol_activations": count(m.ProtocolActivation),
        "supporter_responses": count(m.SupporterResponse),
        "audit_entries": count(m.AuditEntry),
    }


def stats(session: Session, as_of: dt.date) -> dict[str, object]:
    """The figures `stats --json` prints (see DESIGN.md, command-line contract)."""
    grid = matrix(session, as_of, include_inactive=True)
    by_group: dict[str, int] = defaultdict(int)
    for commitment in grid.commitments:
        by_group[commitment.group.value] += 1
    by_kind: dict[str, int] = defaultdict(int)
    for row in grid.rows:
        by_kind[row.stakeholder.kind.value] += 1
    active = [row for row in grid.rows if row.stakeholder.active]
    overall = summarise(
        grid.cell(r.stakeholder.id, c.id).level for r in active for c in grid.commitments
    )
    return {
        "as_of": as_of.isoformat(),
        "counts": record_counts(session),
        "commitments_by_group": dict(sorted(by_group.items())),
        "stakeholders_by_kind": dict(sorted(by_kind.items())),
        "score": overall.score,
        "coverage": overall.coverage,
        "stakeholders": [
            {
                "name": row.stakeholder.name,
                "kind": row.stakeholder.kind.value,
                "active": row.stakeholder.active,
                "score": row.summary.score,
                "coverage": row.summary.coverage,
                "levels": dict(sorted(row.summary.levels.items())),
            }
            for row in grid.rows
        ],
        # Every sighting found by the end of as_of, as of then (services/takedown.py).
        "takedown": figures_json(takedown.figures(session, TakedownFilter.for_report(as_of))),
    }
