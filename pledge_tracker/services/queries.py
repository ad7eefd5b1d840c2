"""The read side: the as-of matrix, scores and coverage, and the figures `stats` prints."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Collection, Iterable, Mapping, Sequence

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from pledge_tracker.db import models as m
from pledge_tracker.domain.dto import Cell, CommitmentDTO, Matrix, StakeholderDTO, StakeholderRow
from pledge_tracker.domain.levels import Level
from pledge_tracker.domain.scoring import (
    DEFAULT_FRESHNESS_MONTHS,
    needs_review,
    summarise,
)
from pledge_tracker.domain.takedown import TakedownFilter, figures_json
from pledge_tracker.services import as_of as as_of_reading
from pledge_tracker.services import takedown
from pledge_tracker.services.as_of import Pledged, judgements

__all__ = [
    "judgements",
    "matrix",
    "pledges",
    "record_counts",
    "share_matrix",
    "shared_matrix",
    "stats",
]  # judgements: history
from pledge_tracker.services.commitments import list_commitments
from pledge_tracker.services.stakeholders import list_stakeholders


def pledges(session: Session) -> dict[tuple[int, int], bool]:
    rows = session.execute(
        select(m.Pledge.stakeholder_id, m.Pledge.commitment_id, m.Pledge.applicable)
    ).all()
    return {(s, c): applicable for s, c, applicable in rows}


def evidence_counts(
    session: Session, stakeholder_ids: Collection[int] | None = None
) -> dict[int, int]:
    """How many live evidence items each supporter (of `stakeholder_ids`, or every one) has."""
    link = m.evidence_stakeholders.c
    query = (
        select(link.stakeholder_id, func.count())
        .join(m.Evidence, m.Evidence.id == link.evidence_id)
        .where(m.Evidence.withdrawn.is_(False))
        .group_by(link.stakeholder_id)
    )
    if stakeholder_ids is not None:
        query = query.where(link.stakeholder_id.in_(sorted(stakeholder_ids)))
    return dict(session.execute(query).all())


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
        s for s in joined_by(list_stakeholders(session), as_of) if include_inactive or s.active
    ]
    pledges_now = as_of_reading.pledged(session, as_of)
    rows, cells = matrix_rows(
        people, commitments, pledges_now, evidence_counts(session), as_of, freshness_months
    )
    return Matrix(
        as_of, commitments, tuple(rows), cells, summarise(c.level for c in cells.values())
    )


def joined_by(people: Iterable[StakeholderDTO], as_of: dt.date) -> list[StakeholderDTO]:
    """The supporters that had joined the Call on `as_of` (no known date: always)."""
    return [s for s in people if s.joined is None or s.joined <= as_of]


def matrix_rows(
    people: Sequence[StakeholderDTO],
    commitments: Sequence[CommitmentDTO],
    pledges_now: Mapping[tuple[int, int], Pledged],
    counts: Mapping[int, int],
    as_of: dt.date,
    freshness_months: int,
) -> tuple[list[StakeholderRow], dict[tuple[int, int], Cell]]:
    """The matrix rows of these supporters and their cells, from pledges read as of a date."""
    cells: dict[tuple[int, int], Cell] = {}
    rows: list[StakeholderRow] = []
    for person in people:
        levels: list[Level] = []
        last: dt.date | None = None
        for commitment in commitments:
            key = (person.id, commitment.id)
            cell = _cell(key, pledges_now.get(key), as_of, freshness_months)
            cells[key] = cell
            levels.append(cell.level)
            if cell.effective and (last is None or cell.effective > last):
                last = cell.effective
        rows.append(StakeholderRow(person, summarise(levels), last, counts.get(person.id, 0)))
    return rows, cells


def shared_matrix(
    session: Session, as_of: dt.date, freshness_months: int = DEFAULT_FRESHNESS_MONTHS
) -> Matrix:
    """The matrix of every supporter (inactive too) as of a date, computed once per session.

    Every reader of one session (a report, the dashboard's charts, `stats`) shares it: a
    session reads one snapshot, so the matrix cannot change under it. `share_matrix` hands
    one in that the window has already computed.
    """
    memo: dict[tuple[dt.date, int], Matrix] = session.info.setdefault("matrices", {})
    key = (as_of, freshness_months)
    if key not in memo:
        memo[key] = matrix(session, as_of, freshness_months=freshness_months, include_inactive=True)
    return memo[key]


def share_matrix(session: Session, grid: Matrix, freshness_months: int) -> None:
    """Give `session` a matrix (of every supporter) computed from the same data."""
    session.info.setdefault("matrices", {})[(grid.as_of, freshness_months)] = grid


def _cell(
    key: tuple[int, int], pledge: Pledged | None, as_of: dt.date, freshness_months: int
) -> Cell:
    if pledge is None or not pledge.applicable:
        return Cell(*key, Level.NOT_APPLICABLE, applicable=False)
    judgement = pledge.judgement
    if judgement is None:
        return Cell(*key, Level.NOT_ASSESSED)
    level = Level(judgement.level)
    stale = level.counts_as_assessed and needs_review(
        pledge.newest_evidence, judgement.effective, as_of, freshness_months
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
    grid = shared_matrix(session, as_of)
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
