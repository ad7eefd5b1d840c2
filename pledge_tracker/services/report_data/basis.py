"""How each printed rating was judged and checked: origin, confidence, review, reply, withheld.

Read for the judgements a report prints, in one query per kind; `reviewed_only` blanks the
cells whose judgement no second officer has reviewed (the `--reviewed-only` option).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from pledge_tracker.db import models as m
from pledge_tracker.domain.dto import Cell, Matrix
from pledge_tracker.domain.levels import Level
from pledge_tracker.services.report_data.evidence import chunks
from pledge_tracker.services.report_data.records import Basis, ReplyLine


def load_basis(session: Session, assessment_ids: Iterable[int]) -> dict[int, Basis]:
    """The basis of each of these judgements, by assessment id."""
    ids = sorted(set(assessment_ids))
    replies = _replies(session, ids)
    cited, restricted = _cited(session, ids)
    found: dict[int, Basis] = {}
    a = m.Assessment
    for chunk in chunks(ids):
        query = select(a.id, a.origin, a.confidence, a.reviewed_by, a.reviewed_at).where(
            a.id.in_(chunk)
        )
        for row in session.execute(query).all():
            found[row.id] = Basis(
                origin=row.origin,
                confidence=row.confidence,
                reviewed_by=row.reviewed_by,
                reviewed_at=row.reviewed_at,
                reply=replies.get(row.id),
                cited=cited.get(row.id, 0),
                restricted=restricted.get(row.id, 0),
            )
    return found


def _replies(session: Session, ids: list[int]) -> dict[int, ReplyLine]:
    found: dict[int, ReplyLine] = {}
    r = m.Reply
    for chunk in chunks(ids):
        query = (
            select(r.assessment_id, r.text, r.dated, r.source_url)
            .where(r.assessment_id.in_(chunk), r.withdrawn.is_(False))
            .order_by(r.dated, r.id)
        )
        for row in session.execute(query).all():
            found[row.assessment_id] = ReplyLine(row.text, row.dated, row.source_url)
    return found


def _cited(session: Session, ids: list[int]) -> tuple[dict[int, int], dict[int, int]]:
    """Live evidence cited by each judgement, and how much of it is restricted."""
    link = m.assessment_evidence.c
    cited: dict[int, int] = defaultdict(int)
    restricted: dict[int, int] = defaultdict(int)
    for chunk in chunks(ids):
        query = (
            select(link.assessment_id, m.Evidence.restricted)
            .join(m.Evidence, m.Evidence.id == link.evidence_id)
            .where(link.assessment_id.in_(chunk), m.Evidence.withdrawn.is_(False))
        )
        for assessment_id, is_restricted in session.execute(query).all():
            cited[assessment_id] += 1
            restricted[assessment_id] += bool(is_restricted)
    return cited, restricted


def assessment_ids(*grids: Matrix) -> set[int]:
    """Every judgement shown in these matrices."""
    return {
        cell.assessment_id
        for grid in grids
        for cell in grid.cells.values()
        if cell.assessment_id is not None
    }


def reviewed_only(grid: Matrix, basis: dict[int, Basis]) -> tuple[Matrix, set[tuple[int, int]]]:
    """The matrix with every unreviewed judgement left out (shown as not assessed).

    Returns it with the (supporter, commitment) pairs whose rating was left out.
    """
    cells: dict[tuple[int, int], Cell] = {}
    left_out: set[tuple[int, int]] = set()
    for key, cell in grid.cells.items():
        found = basis.get(cell.assessment_id) if cell.assessment_id is not None else None
        judged = found is not None and cell.applicable and cell.level is not Level.NOT_ASSESSED
        if judged and found is not None and not found.reviewed:
            left_out.add(key)
            cell = replace(
                cell,
                level=Level.NOT_ASSESSED,
                effective=None,
                assessor=None,
                assessment_id=None,
                needs_review=False,
            )
        cells[key] = cell
    return replace(grid, cells=cells), left_out
