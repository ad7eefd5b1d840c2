"""Which supporters and commitments the matrix shows, and in what order (no Qt here)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from enum import StrEnum

from pledge_tracker.domain.dto import CommitmentDTO, StakeholderRow
from pledge_tracker.domain.levels import MAX_SCORE, Level
from pledge_tracker.domain.scoring import DEFAULT_RANK_THRESHOLD, rankable
from pledge_tracker.domain.validate import name_key
from pledge_tracker.ui import locale_text
from pledge_tracker.ui.context import MatrixFilter


class SortKey(StrEnum):
    """The orders the matrix rows can take; each has a natural direction."""

    NAME = "name"  # A to Z
    SCORE = "score"  # highest first
    COVERAGE = "coverage"  # highest first
    JOINED = "joined"  # earliest first


def matches(row: StakeholderRow, wanted: MatrixFilter) -> bool:
    """True when the supporter passes every part of the filter."""
    person = row.stakeholder
    if not (person.active or wanted.include_inactive):
        return False
    if wanted.kinds and person.kind.value not in wanted.kinds:
        return False
    if wanted.founding_only and not person.founding:
        return False
    if wanted.stakeholder_ids and person.id not in wanted.stakeholder_ids:
        return False
    text = name_key(wanted.text)
    if text:
        code = (person.country_code or "").casefold()
        return text in name_key(person.name) or text == code
    return True


def _value(row: StakeholderRow, key: SortKey) -> object | None:
    person = row.stakeholder
    if key is SortKey.SCORE:
        return row.summary.score
    if key is SortKey.COVERAGE:
        return row.summary.coverage
    if key is SortKey.JOINED:
        return person.joined
    return name_key(person.name)


def visible_rows(
    rows: Iterable[StakeholderRow],
    wanted: MatrixFilter,
    key: SortKey = SortKey.NAME,
    reverse: bool = False,
    rank_threshold: float = DEFAULT_RANK_THRESHOLD,
) -> list[StakeholderRow]:
    """The rows to show, filtered and sorted; ties stay by name, missing values go last.

    By score, only supporters assessed enough to be ranked (coverage at least
    `rank_threshold`) are ordered; the others follow, by name, as in the reports.
    """
    kept = sorted(
        (r for r in rows if matches(r, wanted)), key=lambda r: name_key(r.stakeholder.name)
    )
    if key is SortKey.SCORE:
        present = [r for r in kept if rankable(r.summary, rank_threshold)]
    else:
        present = [r for r in kept if _value(r, key) is not None]
    shown = {id(r) for r in present}  # by identity: comparing whole rows costs O(n²) deep
    missing = [r for r in kept if id(r) not in shown]
    descending = key in (SortKey.SCORE, SortKey.COVERAGE)
    present.sort(key=lambda r: _value(r, key), reverse=descending != reverse)  # type: ignore[arg-type,return-value]
    return present + missing


def visible_commitments(
    commitments: Sequence[CommitmentDTO], wanted: MatrixFilter
) -> list[CommitmentDTO]:
    if not wanted.commitment_ids:
        return list(commitments)
    return [c for c in commitments if c.id in wanted.commitment_ids]


def combined(rows: Sequence[StakeholderRow]) -> tuple[float | None, float | None]:
    """Score and coverage of several supporters together, from their own summaries.

    Adds up points and counts rather than averaging percentages, so a supporter with
    two assessed commitments weighs less than one with twenty.
    """
    points = assessed = applicable = 0
    for row in rows:
        assessed += row.summary.assessed
        applicable += row.summary.applicable
        for value, number in row.summary.levels.items():
            points += (Level(value).score or 0) * number
    score = round(100 * points / (MAX_SCORE * assessed), 1) if assessed else None
    coverage = round(assessed / applicable, 3) if applicable else None
    return score, coverage


def format_score(score: float | None) -> str:
    return locale_text.number(score, 0)


def format_coverage(coverage: float | None) -> str:
    return locale_text.percent(coverage)


def format_date(day: dt.date | None) -> str:
    return day.isoformat() if day else "—"
