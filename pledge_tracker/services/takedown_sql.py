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
    parts: list[str] = ["s.found_at < :cutoff"]
    params: dict[str, Any] = {"cutoff": cutoff}
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


GONE = "s.removed_at IS NOT NULL AND s.removed_at < :cutoff"
STARTED = "COALESCE(s.order_at, s.reported_at)"  # the reported clock: the order, or the report
# Keeps a subquery apart from the query around it, so that its columns are computed once per
# row: SQLite would otherwise substitute each seconds expression wherever it is used.
_APART = {"sqlite": " LIMIT -1", "postgresql": " OFFSET 0"}
# Each measure (seconds) from the per-row columns: time to removal from first seen and from
# reported (the order), where measurable; the age of what is still online.
MEASURES = {
    "tf": "CASE WHEN gone = 1 AND sf >= 0 THEN sf END",
    "tr": "CASE WHEN gone = 1 AND sr >= 0 THEN sr END",
    "age": "CASE WHEN gone = 0 THEN since END",
}
_NEEDS = {"tf": ("sf",), "tr": ("sr",), "age": ("since",)}


def _per_row(dialect: str, condition: str, wanted: tuple[str, ...]) -> str:
    """Each sighting's platform, views, whether it is gone, and the `wanted` seconds."""
    exprs = {
        "sf": seconds(dialect, "s.removed_at", "s.found_at"),
        "sr": seconds(dialect, "s.removed_at", STARTED),
        "since": seconds(dialect, ":cutoff", "s.found_at"),
    }
    picked = "".join(f", {exprs[name]} AS {name}" for name in wanted)
    return (
        f"SELECT s.platform AS platform, s.views AS views, "
        f"CASE WHEN {GONE} THEN 1 ELSE 0 END AS gone{picked} "
        f"FROM sightings s WHERE {condition}{_APART.get(dialect, '')}"
    )


def _bucket(took: str) -> str:
    """0 within an hour, 1 within a day, 2 after, 3 still online, 4 unknown (no start, or
    removed before it)."""
    return (
        f"CASE WHEN gone = 0 THEN 3 WHEN {took} IS NULL OR {took} < 0 THEN 4 "
        f"WHEN {took} <= {HOUR} THEN 0 WHEN {took} <= {DAY} THEN 1 ELSE 2 END"
    )


def counts_sql(dialect: str, condition: str) -> str:
    """Per platform: sightings, buckets on both clocks, views, the oldest still online, and
    how many values each measure has (one scan, grouped)."""
    buckets = [
        f"SUM(CASE WHEN {_bucket(took)} = {k} THEN 1 ELSE 0 END) AS {clock}{k}"
        for clock, took in (("bf", "sf"), ("br", "sr"))
        for k in range(5)
    ]
    counts = ", ".join(f"COUNT({expr}) AS n_{name}" for name, expr in MEASURES.items())
    return f"""
SELECT platform, COUNT(*) AS sightings, {", ".join(buckets)},
       COALESCE(SUM(views), 0) AS views, COUNT(views) AS views_known,
       MAX({MEASURES["age"]}) AS oldest, {counts}
FROM ({_per_row(dialect, condition, ("sf", "sr", "since"))}) x
GROUP BY platform
"""


def _positions(count: str) -> str:
    """SQL for the 1-based ranks around each percentile among `count` values."""
    found = []
    for num, den in PERCENTILES.values():
        low = f"(({count} - 1) * {num}) / {den} + 1"
        found += [low, f"{low} + CASE WHEN (({count} - 1) * {num}) % {den} > 0 THEN 1 ELSE 0 END"]
    return ", ".join(found)


def picks_sql(dialect: str, condition: str) -> str:
    """The values at the ranks around each percentile of each measure, per platform (rp of
    np) and over all platforms (rg of ng): a few rows. Each window sorts only the values."""
    parts = []
    for name, value in MEASURES.items():
        rows = _per_row(dialect, condition, _NEEDS[name])
        parts.append(
            f"""SELECT '{name}' AS measure, platform, v, rp, np, rg, ng FROM (
  SELECT platform, v,
         ROW_NUMBER() OVER (PARTITION BY platform ORDER BY v) AS rp,
         COUNT(*) OVER (PARTITION BY platform) AS np,
         ROW_NUMBER() OVER (ORDER BY v) AS rg,
         COUNT(*) OVER () AS ng
  FROM (SELECT platform, {value} AS v FROM ({rows}) a) x
  WHERE v IS NOT NULL
) y WHERE rp IN ({_positions("np")}) OR rg IN ({_positions("ng")})"""
        )
    return "\nUNION ALL\n".join(parts)


def curve_sql(dialect: str, condition: str, marks: tuple[float, ...]) -> str:
    """How many sightings there are, and how many were removed within each of `marks` hours
    from first seen (tf), then from reported (tr): one scan for both clocks."""
    sums = ", ".join(
        f"SUM(CASE WHEN {measure} <= {round(hours * HOUR)} THEN 1 ELSE 0 END)"
        for measure in ("tf", "tr")
        for hours in marks
    )
    rows = _per_row(dialect, condition, ("sf", "sr"))
    times = f"{MEASURES['tf']} AS tf, {MEASURES['tr']} AS tr"
    return f"SELECT COUNT(*), {sums} FROM (SELECT {times} FROM ({rows}) a) x"
