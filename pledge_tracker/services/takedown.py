"""Takedown figures computed in SQL (SQLite and PostgreSQL): buckets, percentiles, weeks.

The one place the app's takedown figures come from: the Takedown view, `stats --json`, the
briefing and the incident report all call these functions. Rows are never loaded one by one
into Python objects: each figure is an aggregate, percentiles come from window functions
(services/takedown_sql.py); only the still-online list returns rows, as many as asked for.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
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
    """Per-platform rows (natural order) and their total, on both clocks (one statement)."""
    cutoff = moment_of(filt)
    condition = q.where(filt, cutoff)
    sql = q.figures_sql(_dialect(session), condition.sql)
    rows = [row._mapping for row in session.execute(q.statement(sql, condition.params))]
    rows.sort(key=lambda row: natural_key(row["platform"]))
    platforms = tuple(_platform(row, "p") for row in rows)
    return TakedownFigures(as_of=cutoff, rows=platforms, total=_total(rows, platforms))


def _platform(row: Mapping[str, Any], scope: str) -> PlatformFigures:
    counts = {
        clock: tuple(int(row[f"{clock}{k}"] or 0) for k in range(len(BUCKETS)))
        for clock in ("bf", "br")
    }
    return PlatformFigures(
        platform=row["platform"],
        sightings=int(row["sightings"]),
        found=_clock(counts["bf"], row, "tf", scope),
        reported=_clock(counts["br"], row, "tr", scope),
        views=int(row["views"] or 0),
        views_known=int(row["views_known"] or 0),
        online=counts["bf"][BUCKETS.index("online")],
        online_oldest_hours=_hours(row["oldest"]),
        online_median_hours=_percentile(row, "age", scope, "p50"),
    )


def _total(
    rows: list[Mapping[str, Any]], platforms: tuple[PlatformFigures, ...]
) -> PlatformFigures:
    """All platforms together: counts add up; percentiles come from the global ranks."""
    merged: dict[str, Any] = {"platform": "", "sightings": sum(p.sightings for p in platforms)}
    for clock in ("bf", "br"):
        for k in range(len(BUCKETS)):
            merged[f"{clock}{k}"] = sum(int(row[f"{clock}{k}"] or 0) for row in rows)
    merged["views"] = sum(p.views for p in platforms)
    merged["views_known"] = sum(p.views_known for p in platforms)
    ages = [row["oldest"] for row in rows if row["oldest"] is not None]
    merged["oldest"] = max(ages) if ages else None
    for key in q.global_columns():
        values = [row[key] for row in rows if row[key] is not None]
        merged[key] = values[0] if values else None  # the same, or in one group only
    return _platform(merged, "g")


def _clock(
    counts: tuple[int, ...], row: Mapping[str, Any], measure: str, scope: str
) -> ClockFigures:
    return ClockFigures(
        counts=counts,
        median_hours=_percentile(row, measure, scope, "p50"),
        p90_hours=_percentile(row, measure, scope, "p90"),
        timed=int(row[f"{'g' if scope == 'g' else 'n'}_{measure}"] or 0),
    )


def _percentile(row: Mapping[str, Any], measure: str, scope: str, name: str) -> float | None:
    """Interpolate between the values at ranks lo and hi (linear, like numpy's default)."""
    count = int(row[f"{'g' if scope == 'g' else 'n'}_{measure}"] or 0)
    low, high = row[f"{measure}_{scope}_{name}_lo"], row[f"{measure}_{scope}_{name}_hi"]
    if not count or low is None:
        return None
    num, den = q.PERCENTILES[name]
    fraction = ((count - 1) * num % den) / den
    value = float(low) + fraction * (float(high if high is not None else low) - float(low))
    return _hours(value)


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
    cutoff = moment_of(filt)
    condition = q.where(filt, cutoff)
    start = "s.found_at" if clock is Clock.FOUND else "COALESCE(s.order_at, s.reported_at)"
    took = q.seconds(_dialect(session), "s.removed_at", start)
    gone = "s.removed_at IS NOT NULL AND s.removed_at < :cutoff"
    sums = ", ".join(
        f"SUM(CASE WHEN {gone} AND {took} >= 0 AND {took} <= {round(h * 3600)} THEN 1 ELSE 0 END)"
        for h in hours
    )
    sql = f"SELECT COUNT(*), {sums} FROM sightings s WHERE {condition.sql}"
    row = session.execute(q.statement(sql, condition.params)).one()
    total = int(row[0] or 0)
    return tuple(
        CurvePoint(hours=h, removed=int(n or 0), share=int(n or 0) / total if total else 0.0)
        for h, n in zip(hours, row[1:], strict=True)
    )


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
