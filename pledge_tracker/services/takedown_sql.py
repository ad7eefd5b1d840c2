"""The SQL behind the takedown figures: one statement per figure, the same on both engines.

Only two things differ between SQLite and PostgreSQL here: how seconds between two times
and a time's day are written. Everything else is standard SQL with window functions.
Percentiles are the linear-interpolation kind (numpy's default, and the median as
`statistics.median` gives it): ranks lo and hi around (n - 1) * p are picked in SQL by
ROW_NUMBER, and interpolated in Python from those two values.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import DateTime, TextClause, bindparam, text

from pledge_tracker.domain.takedown import TakedownFilter

# Each percentile as a fraction num/den of (n - 1), so that ranks are integer arithmetic.
PERCENTILES = {"p50": (1, 2), "p90": (9, 10)}
# The figures' measures: time to removal from first seen, from reported, and online ages.
MEASURES = ("tf", "tr", "age")
HOUR, DAY = 3600, 86400


def seconds(dialect: str, end: str, start: str) -> str:
    """Whole seconds from `start` to `end` (null when either is null)."""
    if dialect == "postgresql":
        return f"ROUND(EXTRACT(EPOCH FROM ({end} - {start})))"
    return f"ROUND((julianday({end}) - julianday({start})) * 86400)"


def day_of(dialect: str, moment: str) -> str:
    """A time's day, as a value the driver returns as a date or as YYYY-MM-DD text."""
    return f"CAST({moment} AS DATE)" if dialect == "postgresql" else f"date({moment})"


@dataclass(frozen=True)
class Where:
    """A filter as SQL: the condition on sightings `s` and its bound parameters."""

    sql: str
    params: dict[str, Any]


def where(filt: TakedownFilter, cutoff: dt.datetime) -> Where:
    """The filter's condition; sightings found at or after the cutoff are not known yet."""
    parts, params = ["s.found_at < :cutoff"], {"cutoff": cutoff}
    if filt.incident_uid is not None:
        parts.append("s.incident_id = (SELECT i.id FROM incidents i WHERE i.uid = :incident)")
        params["incident"] = filt.incident_uid
    if filt.platform is not None:
        parts.append("s.platform = :platform")
        params["platform"] = filt.platform
    if filt.since is not None:
        parts.append("s.found_at >= :since")
        params["since"] = dt.datetime.combine(filt.since, dt.time())
    if filt.until is not None:
        parts.append("s.found_at < :until")
        params["until"] = dt.datetime.combine(filt.until + dt.timedelta(days=1), dt.time())
    if filt.found_how is not None:
        parts.append("s.found_how = :found_how")
        params["found_how"] = filt.found_how.value
    if filt.stakeholder_ids is not None:
        names = [f":supporter{n}" for n in range(len(filt.stakeholder_ids))]
        parts.append(f"s.stakeholder_id IN ({', '.join(names) or 'NULL'})")
        params.update(
            {name[1:]: value for name, value in zip(names, filt.stakeholder_ids, strict=True)}
        )
    if filt.public:
        parts.append("s.restricted = :restricted")
        params["restricted"] = False
    return Where(" AND ".join(parts), params)


def statement(sql: str, params: dict[str, Any]) -> TextClause:
    """`sql` with its values bound; moments as DateTime (stored text compares exactly)."""
    return text(sql).bindparams(
        *(
            bindparam(name, value, type_=DateTime if isinstance(value, dt.datetime) else None)
            for name, value in params.items()
        )
    )


def _bucket(column: str) -> str:
    """0 within an hour, 1 within a day, 2 after, 3 still online, 4 unknown."""
    return (
        f"CASE WHEN gone = 0 THEN 3 WHEN {column} IS NULL OR {column} < 0 THEN 4 "
        f"WHEN {column} <= {HOUR} THEN 0 WHEN {column} <= {DAY} THEN 1 ELSE 2 END"
    )


def _ranks(measure: str, partition: str) -> str:
    """The rank of a measure's value among the measured items of its partition (1 first)."""
    over = f"PARTITION BY {partition} " if partition else ""
    nulls_last = f"CASE WHEN {measure} IS NULL THEN 1 ELSE 0 END"
    return f"ROW_NUMBER() OVER ({over}ORDER BY {nulls_last}, {measure})"


def _positions(count: str) -> dict[str, str]:
    """SQL for the 1-based ranks lo and hi of each percentile among `count` values."""
    found = {}
    for name, (num, den) in PERCENTILES.items():
        low = f"(({count} - 1) * {num}) / {den} + 1"
        found[f"{name}_lo"] = low
        found[f"{name}_hi"] = (
            f"{low} + CASE WHEN (({count} - 1) * {num}) % {den} > 0 THEN 1 ELSE 0 END"
        )
    return found


def global_columns() -> list[str]:
    """The statement's columns about all platforms: counts (g_*) and percentile picks."""
    picks = [f"{m}_g_{name}" for m in MEASURES for name in _positions("n")]
    return [f"g_{m}" for m in MEASURES] + picks


def figures_sql(dialect: str, condition: str) -> str:
    """One statement: per platform, counts in buckets on both clocks, views, and the values
    at the percentile ranks of each measure, per platform and over all platforms."""
    gone = "s.removed_at IS NOT NULL AND s.removed_at < :cutoff"
    started = "COALESCE(s.order_at, s.reported_at)"
    picks = []
    for measure in MEASURES:
        for scope, rank, count in (
            ("p", f"{measure}_p", f"n.{measure}"),
            ("g", f"{measure}_g", f"g.{measure}"),
        ):
            for name, position in _positions(count).items():
                picks.append(
                    f"MAX(CASE WHEN r.{measure} IS NOT NULL AND r.{rank} = {position} "
                    f"THEN r.{measure} END) AS {measure}_{scope}_{name}"
                )
    buckets = [
        f"SUM(CASE WHEN r.{clock} = {k} THEN 1 ELSE 0 END) AS {clock}{k}"
        for clock in ("bf", "br")
        for k in range(5)
    ]
    ranks = [
        f"{_ranks(measure, 'platform')} AS {measure}_p, {_ranks(measure, '')} AS {measure}_g"
        for measure in MEASURES
    ]
    return f"""
WITH base AS (
  SELECT s.platform AS platform, s.views AS views,
         CASE WHEN {gone} THEN 1 ELSE 0 END AS gone,
         {seconds(dialect, "s.removed_at", "s.found_at")} AS sf,
         {seconds(dialect, "s.removed_at", started)} AS sr,
         {seconds(dialect, ":cutoff", "s.found_at")} AS since_found
  FROM sightings s WHERE {condition}
), bucketed AS (
  SELECT platform, views, {_bucket("sf")} AS bf, {_bucket("sr")} AS br,
         CASE WHEN gone = 1 AND sf >= 0 THEN sf END AS tf,
         CASE WHEN gone = 1 AND sr >= 0 THEN sr END AS tr,
         CASE WHEN gone = 0 THEN since_found END AS age
  FROM base
), n AS (
  SELECT platform, COUNT(tf) AS tf, COUNT(tr) AS tr, COUNT(age) AS age
  FROM bucketed GROUP BY platform
), g AS (
  SELECT COUNT(tf) AS tf, COUNT(tr) AS tr, COUNT(age) AS age FROM bucketed
), ranked AS (
  SELECT bucketed.*, {", ".join(ranks)} FROM bucketed
)
SELECT r.platform AS platform, COUNT(*) AS sightings, {", ".join(buckets)},
       COALESCE(SUM(r.views), 0) AS views, COUNT(r.views) AS views_known,
       MAX(r.age) AS oldest, MAX(n.tf) AS n_tf, MAX(n.tr) AS n_tr, MAX(n.age) AS n_age,
       MAX(g.tf) AS g_tf, MAX(g.tr) AS g_tr, MAX(g.age) AS g_age,
       {", ".join(picks)}
FROM ranked r JOIN n ON n.platform = r.platform CROSS JOIN g
GROUP BY r.platform
"""
