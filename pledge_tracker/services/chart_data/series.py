"""Score and coverage over time: the quarterly as-of series for supporters or kinds."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from pledge_tracker.db import models as m
from pledge_tracker.domain.dto import Summary
from pledge_tracker.domain.kinds import EventCategory
from pledge_tracker.domain.scoring import quarter_ends, summarise
from pledge_tracker.services import queries, timeline
from pledge_tracker.services.chart_data.scope import (
    KIND_ORDER,
    ChartOptions,
    Scope,
    level_of,
    scope,
)

MAX_SUPPORTER_LINES = 8
"""Above this many chosen supporters the series show one line per kind instead."""


@dataclass(frozen=True)
class Series:
    """One line: a supporter ("supporter"), a kind of supporter ("kind"), or everyone ("all").

    `label` is the supporter's name, the kind's value (e.g. "government") or "all".
    """

    label: str
    kind: str
    stakeholder_ids: frozenset[int]
    scores: tuple[float | None, ...]  # None: nothing assessed (or nobody had joined) yet
    coverages: tuple[float | None, ...]  # 0..1


@dataclass(frozen=True)
class DateMarker:
    """A key date drawn on an over-time chart: a numbered thin line, explained in a key."""

    number: int
    dated: dt.date
    precision: str
    category: str
    title: str
    verified: bool = True


@dataclass(frozen=True)
class ProgressOverTime:
    """Score and coverage at each quarter end; the last point is `as_of` itself.

    `markers`: the key dates in the period (MARKER_CATEGORIES only, so the chart stays
    readable), numbered in date order.
    """

    as_of: dt.date
    quarters: tuple[dt.date, ...]
    series: tuple[Series, ...]
    filtered: bool = False
    markers: tuple[DateMarker, ...] = ()


# The timeline's categories drawn on over-time charts; the rest are in the Timeline view.
MARKER_CATEGORIES = (EventCategory.CALL_MILESTONE.value, EventCategory.LEGISLATION.value)


def key_dates(session: Session, since: dt.date, as_of: dt.date) -> tuple[DateMarker, ...]:
    """The timeline's call milestones and laws from `since` to `as_of`, numbered by date."""
    found = timeline.between(session, since, as_of, MARKER_CATEGORIES)
    found = [entry for entry in found if entry.dated >= since]
    return tuple(
        DateMarker(n, e.dated, e.precision, e.category, e.title, e.verified)
        for n, e in enumerate(found, start=1)
    )


def series_start(session: Session, options: ChartOptions) -> dt.date:
    """`since`, else the day the Call was adopted, else two years before `as_of`."""
    if options.since is not None:
        return min(options.since, options.as_of)
    adopted = session.scalar(select(m.Framework.adopted).order_by(m.Framework.id).limit(1))
    if adopted is not None and adopted <= options.as_of:
        return adopted
    return dt.date(options.as_of.year - 2, options.as_of.month, 1)


def _lines(where: Scope, options: ChartOptions) -> list[tuple[str, str, list[int]]]:
    """(label, kind of line, supporter ids) for each line of the chart."""
    people = where.people
    if options.stakeholder_ids and len(people) <= MAX_SUPPORTER_LINES:
        return [(p.name, "supporter", [p.id]) for p in people]
    kinds = sorted({p.kind for p in people}, key=KIND_ORDER.__getitem__)
    lines = [(k.value, "kind", [p.id for p in people if p.kind is k]) for k in kinds]
    if len(kinds) > 1:
        lines.insert(0, ("all", "all", [p.id for p in people]))
    return lines


def build_progress_over_time(session: Session, options: ChartOptions) -> ProgressOverTime:
    """Quarterly as-of score and coverage for the chosen supporters (or each kind).

    The assessment history is loaded once and replayed in date order (the same rule as
    domain.scoring.latest_as_of), so each quarter costs one pass over the cells, not a query.
    A supporter counts from the quarter it joined.
    """
    where = scope(session, options)
    quarters = tuple(quarter_ends(series_start(session, options), options.as_of))
    history = sorted(
        queries.judgements(session, options.as_of),
        key=lambda j: (j.effective, j.recorded_at, j.id),
    )
    joined = {p.id: p.joined for p in where.people}
    lines = _lines(where, options)
    points: list[list[Summary]] = [[] for _ in lines]
    latest: dict[tuple[int, int], Any] = {}
    position = 0
    for quarter in quarters:
        while position < len(history) and history[position].effective <= quarter:
            item = history[position]
            latest[(item.stakeholder_id, item.commitment_id)] = item
            position += 1
        for index, (_, _, ids) in enumerate(lines):
            members = [sid for sid in ids if (day := joined[sid]) is None or day <= quarter]
            levels = [
                level_of((sid, c.id), where.pledged, latest)
                for sid in members
                for c in where.commitments
            ]
            points[index].append(summarise(levels))
    series = tuple(
        Series(
            label,
            kind,
            frozenset(ids),
            tuple(p.score for p in points[index]),
            tuple(p.coverage for p in points[index]),
        )
        for index, (label, kind, ids) in enumerate(lines)
    )
    markers = key_dates(session, series_start(session, options), options.as_of)
    return ProgressOverTime(options.as_of, quarters, series, where.filtered, markers)
