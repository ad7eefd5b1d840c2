"""Charts of one date: levels per commitment group, and the supporter x commitment heatmap."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, replace

from sqlalchemy.orm import Session

from pledge_tracker.domain.dto import CommitmentDTO, Summary
from pledge_tracker.domain.kinds import CommitmentGroup, StakeholderKind
from pledge_tracker.domain.levels import Level
from pledge_tracker.domain.scoring import summarise
from pledge_tracker.domain.validate import name_key
from pledge_tracker.services import as_of as as_of_reading
from pledge_tracker.services import queries
from pledge_tracker.services.chart_data.scope import (
    KIND_ORDER,
    ChartOptions,
    by_group,
    level_of,
    scope,
)


@dataclass(frozen=True)
class GroupLevels:
    """The cells of one commitment group, counted by level (not-applicable cells left out).

    `stakeholders` names, for each level, the supporters with at least one cell at it (what
    a click on that bar narrows the matrix to).
    """

    group: CommitmentGroup
    commitment_ids: tuple[int, ...]
    counts: dict[Level, int]
    stakeholders: dict[Level, frozenset[int]]

    @property
    def applicable(self) -> int:
        return sum(self.counts.values())

    @property
    def assessed(self) -> int:
        return sum(n for level, n in self.counts.items() if level.counts_as_assessed)


@dataclass(frozen=True)
class LevelsByGroup:
    """Cells per level in each commitment group, as of a date."""

    as_of: dt.date
    groups: tuple[GroupLevels, ...]
    supporters: int
    filtered: bool = False

    @property
    def assessed(self) -> int:
        return sum(g.assessed for g in self.groups)

    @property
    def applicable(self) -> int:
        return sum(g.applicable for g in self.groups)


@dataclass(frozen=True)
class HeatmapRow:
    """One supporter's cells, in the heatmap's commitment order, and its score over them."""

    stakeholder_id: int
    name: str
    kind: StakeholderKind
    levels: tuple[Level, ...]
    needs_review: tuple[bool, ...]
    summary: Summary


@dataclass(frozen=True)
class Heatmap:
    """Every chosen supporter (rows, grouped by kind) on every chosen commitment, as of a date."""

    as_of: dt.date
    commitments: tuple[CommitmentDTO, ...]
    rows: tuple[HeatmapRow, ...]
    filtered: bool = False

    @property
    def assessed(self) -> int:
        return sum(row.summary.assessed for row in self.rows)

    def pages(self, rows_per_page: int) -> list[Heatmap]:
        """The same heatmap cut into pages of at most `rows_per_page` supporters (for print)."""
        step = max(1, rows_per_page)
        chunks = [self.rows[i : i + step] for i in range(0, len(self.rows), step)] or [()]
        return [replace(self, rows=chunk) for chunk in chunks]


def build_levels_by_group(session: Session, options: ChartOptions) -> LevelsByGroup:
    """Cells per level in each commitment group, as of `options.as_of`."""
    where = scope(session, options)
    latest = as_of_reading.latest_judgements(session, options.as_of)
    members = where.members(options.as_of)
    groups = []
    for group, commitments in by_group(where.commitments).items():
        counts: dict[Level, int] = defaultdict(int)
        who: dict[Level, set[int]] = defaultdict(set)
        for person in members:
            for commitment in commitments:
                level = level_of((person.id, commitment.id), where.pledged, latest)
                if level is not Level.NOT_APPLICABLE:
                    counts[level] += 1
                    who[level].add(person.id)
        groups.append(
            GroupLevels(
                group,
                tuple(c.id for c in commitments),
                dict(counts),
                {level: frozenset(ids) for level, ids in who.items()},
            )
        )
    return LevelsByGroup(options.as_of, tuple(groups), len(members), where.filtered)


def build_heatmap(session: Session, options: ChartOptions) -> Heatmap:
    """Every chosen supporter on every chosen commitment as of a date (the matrix's cells)."""
    where = scope(session, options)
    grid = queries.shared_matrix(session, options.as_of, options.freshness_months)
    members = sorted(
        where.members(options.as_of), key=lambda p: (KIND_ORDER[p.kind], name_key(p.name))
    )
    rows = []
    for person in members:
        cells = [grid.cell(person.id, c.id) for c in where.commitments]
        levels = tuple(cell.level for cell in cells)
        rows.append(
            HeatmapRow(
                person.id,
                person.name,
                person.kind,
                levels,
                tuple(cell.needs_review for cell in cells),
                summarise(levels),
            )
        )
    return Heatmap(options.as_of, where.commitments, tuple(rows), where.filtered)
