"""Takedown figures computed in SQL (SQLite and PostgreSQL): buckets, percentiles, weeks.

The one place the app's takedown figures come from: the Takedown view, `stats --json`, the
briefing and the incident report all call these functions. Rows are never loaded one by one
into Python objects: each figure is an aggregate, percentiles come from window functions
(services/takedown_sql.py); only the still-online list returns rows, as many as asked for.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from pledge_tracker.db import models as m
from pledge_tracker.domain.dates import utcnow
from pledge_tracker.domain.defang import defang
from pledge_tracker.domain.errors import NotFoundError
from pledge_tracker.domain.kinds import FoundHow
from pledge_tracker.domain.takedown import (
    BUCKETS,
    CURVE_HOURS,
    Clock,
    ClockFigures,
    CurvePoint,
    OnlineItem,
    PlatformFigures,
    TakedownFigures,
    TakedownFilter,
    WeekCount,
)
from pledge_tracker.services import takedown_sql as q
from pledge_tracker.services.sightings import natural_key

EVERYTHING = TakedownFilter()


def moment_of(filt: TakedownFilter) -> dt.datetime:
    """The moment the figures are taken at: the filter's, or now (UTC)."""
    return filt.as_of if filt.as_of is not None else utcnow().replace(microsecond=0)


def figures(session: Session, filt: TakedownFilter = EVERYTHING) -> TakedownFigures:
    """Per-platform rows (natural order) and their total, on both clocks (two statements)."""
    cutoff = moment_of(filt)
    condition = q.where(filt, cutoff)
    dialect = _dialect(session)
    counted = session.execute(q.statement(q.counts_sql(dialect, condition.sql), condition.params))
    rows = sorted((dict(row._mapping) for row in counted), key=lambda r: natural_key(r["platform"]))
    picked = session.execute(q.statement(q.picks_sql(dialect, condition.sql), condition.params))
    picks = Picks.of(picked)
    platforms = tuple(_platform(row, picks, row["platform"]) for row in rows)
    return TakedownFigures(as_of=cutoff, rows=platforms, total=_total(rows, picks))


class Picks:
    """The values at the ranks around each percentile: (measure, platform or None) ->
    {rank: seconds}, with how many values were ranked."""

    def __init__(self) -> None:
        self.values: dict[tuple[str, str | None], dict[int, float]] = {}
        self.counts: dict[tuple[str, str | None], int] = {}

    @classmethod
    def of(cls, rows: Any) -> Picks:
        found = cls()
        for measure, platform, value, rp, np, rg, ng in rows:
            for key, rank, count in (((measure, platform), rp, np), ((measure, None), rg, ng)):
                found.values.setdefault(key, {})[int(rank)] = float(value)
                found.counts[key] = int(count)
        return found

    def hours(self, measure: str, platform: str | None, name: str) -> float | None:
        """Interpolate between the values at ranks lo and hi (linear, like numpy's default)."""
        key = (measure, platform)
        count, values = self.counts.get(key, 0), self.values.get(key, {})
        if not count:
            return None
        num, den = q.PERCENTILES[name]
        low = (count - 1) * num // den + 1
        fraction = ((count - 1) * num % den) / den
        first = values[low]
        value = first + fraction * (values.get(low + 1, first) - first)
        return _hours(value)


def _platform(row: dict[str, Any], picks: Picks, platform: str | None) -> PlatformFigures:
    counts = {
        clock: tuple(int(row[f"{clock}{k}"] or 0) for k in range(len(BUCKETS)))
        for clock in ("bf", "br")
    }
    return PlatformFigures(
        platform=platform or "",
        sightings=int(row["sightings"]),
        found=_clock(counts["bf"], row["n_tf"], picks, "tf", platform),
        reported=_clock(counts["br"], row["n_tr"], picks, "tr", platform),
        views=int(row["views"] or 0),
        views_known=int(row["views_known"] or 0),
        online=counts["bf"][BUCKETS.index("online")],
        online_oldest_hours=_hours(row["oldest"]),
        online_median_hours=picks.hours("age", platform, "p50"),
    )


def _total(rows: list[dict[str, Any]], picks: Picks) -> PlatformFigures:
    """All platforms together: counts add up; percentiles come from the global ranks."""
    summed = ["sightings", "views", "views_known", "n_tf", "n_tr", "n_age"]
    summed += [f"{clock}{k}" for clock in ("bf", "br") for k in range(len(BUCKETS))]
    merged: dict[str, Any] = {name: sum(int(row[name] or 0) for row in rows) for name in summed}
    ages = [row["oldest"] for row in rows if row["oldest"] is not None]
    merged["oldest"] = max(ages) if ages else None
    return _platform(merged, picks, None)


def _clock(
    counts: tuple[int, ...], timed: object, picks: Picks, measure: str, platform: str | None
) -> ClockFigures:
    return ClockFigures(
        counts=counts,
        median_hours=picks.hours(measure, platform, "p50"),
        p90_hours=picks.hours(measure, platform, "p90"),
        timed=int(str(timed or 0)),
    )


def _hours(value: object) -> float | None:
    return None if value is None else round(float(str(value)) / 3600, 2)


def weekly_counts(session: Session, filt: TakedownFilter = EVERYTHING) -> tuple[WeekCount, ...]:
    """New sightings and removals per week (Monday, UTC), oldest first; empty weeks included."""
    cutoff = moment_of(filt)
    condition = q.where(filt, cutoff)
    dialect = _dialect(session)
    new = _per_day(session, q.day_of(dialect, "s.found_at"), condition, "")
    gone = _per_day(
        session,
        q.day_of(dialect, "s.removed_at"),
        condition,
        " AND s.removed_at IS NOT NULL AND s.removed_at < :cutoff",
    )
    weeks: dict[dt.date, list[int]] = {}
    for index, per_day in enumerate((new, gone)):
        for day, number in per_day.items():
            monday = day - dt.timedelta(days=day.weekday())
            weeks.setdefault(monday, [0, 0])[index] += number
    if not weeks:
        return ()
    first, last = min(weeks), max(weeks)
    result, monday = [], first
    while monday <= last:
        new_count, removed = weeks.get(monday, [0, 0])
        result.append(WeekCount(week_start=monday, new=new_count, removed=removed))
        monday += dt.timedelta(days=7)
    return tuple(result)


def _per_day(session: Session, day: str, condition: q.Where, extra: str) -> dict[dt.date, int]:
    sql = (
        f"SELECT {day} AS day, COUNT(*) AS n FROM sightings s "
        f"WHERE {condition.sql}{extra} GROUP BY {day}"
    )
    found = {}
    for value, number in session.execute(q.statement(sql, condition.params)):
        found[_as_date(value)] = int(number)
    return found


def _as_date(value: object) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value))


def removal_curve(
    session: Session,
    filt: TakedownFilter = EVERYTHING,
    clock: Clock = Clock.REPORTED,
    hours: tuple[float, ...] = CURVE_HOURS,
) -> tuple[CurvePoint, ...]:
    """The cumulative share of sightings removed within each of `hours` on `clock`."""
    return removal_curves(session, filt, hours)[clock]


def removal_curves(
    session: Session, filt: TakedownFilter = EVERYTHING, hours: tuple[float, ...] = CURVE_HOURS
) -> dict[Clock, tuple[CurvePoint, ...]]:
    """Both clocks' cumulative curves from one statement (what the Takedown view draws)."""
    condition = q.where(filt, moment_of(filt))
    sql = q.curve_sql(_dialect(session), condition.sql, hours)
    row = session.execute(q.statement(sql, condition.params)).one()
    total = int(row[0] or 0)
    found, reported = row[1 : 1 + len(hours)], row[1 + len(hours) :]
    return {
        clock: tuple(
            CurvePoint(hours=h, removed=int(n or 0), share=int(n or 0) / total if total else 0.0)
            for h, n in zip(hours, counts, strict=True)
        )
        for clock, counts in ((Clock.FOUND, found), (Clock.REPORTED, reported))
    }


def still_online(
    session: Session, filt: TakedownFilter = EVERYTHING, limit: int | None = None
) -> tuple[OnlineItem, ...]:
    """The sightings still online at the filter's moment, oldest first (addresses defanged)."""
    cutoff = moment_of(filt)
    condition = q.where(filt, cutoff)
    sql = (
        "SELECT s.uid, s.platform, s.url, s.found_at, s.reported_at, s.order_at, s.views, "
        "s.found_how, i.name, s.restricted FROM sightings s "
        "LEFT JOIN incidents i ON i.id = s.incident_id "
        f"WHERE {condition.sql} AND (s.removed_at IS NULL OR s.removed_at >= :cutoff) "
        "ORDER BY s.found_at, s.id"
    )
    params = dict(condition.params)
    if limit is not None:
        sql += " LIMIT :limit"
        params["limit"] = limit
    clause = _typed(q.statement(sql, params))
    return tuple(_online(row, cutoff) for row in session.execute(clause))


def _typed(clause: Any) -> Any:
    """Read the times and the flag back as Python values on both engines."""
    table = m.Sighting.__table__
    return clause.columns(
        table.c.uid,
        table.c.platform,
        table.c.url,
        table.c.found_at,
        table.c.reported_at,
        table.c.order_at,
        table.c.views,
        table.c.found_how,
        m.Incident.__table__.c.name,
        table.c.restricted,
    )


def _online(row: Any, cutoff: dt.datetime) -> OnlineItem:
    uid, platform, url, found_at, reported_at, order_at, views, found_how, incident, restricted = (
        row
    )
    return OnlineItem(
        uid=uid,
        platform=platform,
        address=defang(url),
        found_at=found_at,
        reported_at=reported_at,
        order_at=order_at,
        age_hours=round((cutoff - found_at).total_seconds() / 3600, 2),
        views=views,
        found_how=FoundHow(found_how),
        incident=incident,
        restricted=bool(restricted),
    )


def platforms(session: Session) -> tuple[str, ...]:
    """Every platform named by a sighting, in natural order (for a filter's choices)."""
    names = session.scalars(select(m.Sighting.platform).distinct())
    return tuple(sorted(names, key=natural_key))


def live_address(session: Session, sighting_uid: str) -> str:
    """A sighting's address as stored: only for the explicit, warned "copy live address"."""
    url = session.scalar(select(m.Sighting.url).where(m.Sighting.uid == sighting_uid))
    if url is None:
        raise NotFoundError("sighting", f"no sighting with uid {sighting_uid}")
    return url


def _dialect(session: Session) -> str:
    return session.get_bind().dialect.name
