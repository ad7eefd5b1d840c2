"""How each commitment's supporters are spread over the levels, as of a date."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field

from sqlalchemy.orm import Session

from pledge_tracker.domain.dto import CommitmentDTO, Matrix
from pledge_tracker.domain.levels import LEVEL_ORDER, Level
from pledge_tracker.domain.scoring import DEFAULT_FRESHNESS_MONTHS
from pledge_tracker.services import queries


@dataclass(frozen=True)
class LevelCounts:
    """Counts per level among the (active) supporters bound by one commitment."""

    commitment: CommitmentDTO
    counts: dict[Level, int] = field(default_factory=dict)
    needs_review: int = 0

    @property
    def bound(self) -> int:
        """Supporters the commitment applies to (every level but "not applicable")."""
        return sum(n for level, n in self.counts.items() if level is not Level.NOT_APPLICABLE)

    @property
    def assessed(self) -> int:
        return sum(n for level, n in self.counts.items() if level.counts_as_assessed)

    def ordered(self) -> list[tuple[Level, int]]:
        """Non-zero counts in the scale's order (best first, markers last)."""
        return [(level, self.counts[level]) for level in LEVEL_ORDER if self.counts.get(level)]


def from_matrix(grid: Matrix) -> list[LevelCounts]:
    """The distribution of every commitment in the matrix, in the matrix's column order."""
    result: list[LevelCounts] = []
    for commitment in grid.commitments:
        counts: Counter[Level] = Counter()
        stale = 0
        for row in grid.rows:
            cell = grid.cell(row.stakeholder.id, commitment.id)
            counts[cell.level] += 1
            stale += cell.needs_review
        result.append(LevelCounts(commitment, dict(counts), stale))
    return result


def distribution(
    session: Session, as_of: dt.date, *, freshness_months: int = DEFAULT_FRESHNESS_MONTHS
) -> list[LevelCounts]:
    """Each commitment's level counts over the active supporters, as of `as_of`."""
    grid = queries.matrix(session, as_of, freshness_months=freshness_months)
    return from_matrix(grid)
