"""Score, coverage, the as-of rule and staleness: pure functions over plain values."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable
from typing import Protocol, TypeVar

from pledge_tracker.domain.dto import Summary
from pledge_tracker.domain.levels import MAX_SCORE, Level

DEFAULT_FRESHNESS_MONTHS = 24
# Rankings compare only supporters with at least this share of their commitments assessed.
DEFAULT_RANK_THRESHOLD = 0.5


class Dated(Protocol):
    """A judgement of one pair, dated (read-only, so frozen dataclasses qualify)."""

    @property
    def stakeholder_id(self) -> int: ...
    @property
    def commitment_id(self) -> int: ...
    @property
    def effective(self) -> dt.date: ...
    @property
    def recorded_at(self) -> dt.datetime: ...
    @property
    def id(self) -> int: ...


T = TypeVar("T", bound=Dated)


def latest_as_of(history: Iterable[T], as_of: dt.date) -> dict[tuple[int, int], T]:
    """Each pair's latest judgement effective on or before `as_of`.

    Among judgements with the same effective date the one recorded last wins (ties on
    the recording time fall to the higher id), so a correction made the same day counts.
    """
    latest: dict[tuple[int, int], T] = {}
    for item in history:
        if item.effective > as_of:
            continue
        key = (item.stakeholder_id, item.commitment_id)
        current = latest.get(key)
        if current is None or _order(item) > _order(current):
            latest[key] = item
    return latest


def _order(item: Dated) -> tuple[dt.date, dt.datetime, int]:
    return (item.effective, item.recorded_at, item.id)


def summarise(levels: Iterable[Level]) -> Summary:
    """Score and coverage of one supporter's (or everyone's) applicable cells.

    score = 100 × Σ points ÷ (3 × assessed); coverage = assessed ÷ applicable, where
    "not applicable" cells are left out of both and "not assessed" counts as a gap.
    """
    counts: Counter[str] = Counter()
    points = assessed = applicable = 0
    for level in levels:
        counts[level.value] += 1
        if level is Level.NOT_APPLICABLE:
            continue
        applicable += 1
        if level.score is not None:
            assessed += 1
            points += level.score
    score = round(100 * points / (MAX_SCORE * assessed), 1) if assessed else None
    coverage = round(assessed / applicable, 3) if applicable else None
    return Summary(score, coverage, assessed, applicable, dict(counts))


def rankable(summary: Summary, threshold: float) -> bool:
    """Whether a score rests on enough coverage to be ranked against others."""
    return summary.score is not None and (summary.coverage or 0) >= threshold


def months_before(day: dt.date, months: int) -> dt.date:
    """The same day `months` earlier (clamped to the month's end)."""
    month_index = day.year * 12 + day.month - 1 - months
    year, month = divmod(month_index, 12)
    month += 1
    for candidate in (day.day, 30, 29, 28):
        try:
            return dt.date(year, month, min(day.day, candidate))
        except ValueError:
            continue
    raise AssertionError("unreachable")


def needs_review(
    newest_evidence: dt.date | None,
    effective: dt.date,
    as_of: dt.date,
    freshness_months: int = DEFAULT_FRESHNESS_MONTHS,
) -> bool:
    """True where the judgement rests on evidence older than the freshness age.

    A judgement citing no evidence is judged by its own effective date.
    """
    basis = newest_evidence or effective
    return basis < months_before(as_of, freshness_months)


def quarter_ends(start: dt.date, end: dt.date) -> list[dt.date]:
    """The last day of every quarter from `start`'s quarter to `end` (end included last)."""
    days: list[dt.date] = []
    year, quarter = start.year, (start.month - 1) // 3
    while True:
        month = quarter * 3 + 3
        last = dt.date(year + (month == 12), (month % 12) + 1, 1) - dt.timedelta(days=1)
        if last >= end:
            days.append(end)
            return days
        days.append(last)
        quarter += 1
        if quarter == 4:
            year, quarter = year + 1, 0
