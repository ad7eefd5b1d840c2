"""Takedown figures as they cross layers: the filter, per-platform rows on two clocks, weeks.

Every sighting falls in exactly one of five buckets (BUCKETS) on each clock, so a row's
counts add up to its sightings and its whole percentages to exactly 100. The clocks: from
first seen (`found_at`), and from reported (`reported_at`; for a removal order under a law,
from the order, `order_at`: the EU's hour runs from it). A removal after the figures' moment
(`as_of`) counts as still online; a removal with no start on that clock, or before it, cannot
be measured: unknown. The figures are computed in SQL by services/takedown.py.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum

from pledge_tracker.domain.kinds import FoundHow, Protocol

# Yardsticks: the EU TCO Regulation's one hour, and the 24 hours of France's 2019 bill.
ONE_HOUR, ONE_DAY = 1.0, 24.0

# The disjoint buckets every sighting falls into, in the order the reports print them.
BUCKETS = ("within_hour", "within_day", "after_day", "online", "unknown")


class Clock(StrEnum):
    """Where time to removal is counted from."""

    FOUND = "found"  # first seen
    REPORTED = "reported"  # reported to the platform, or the removal order


@dataclass(frozen=True)
class TakedownFilter:
    """Which sightings the figures cover, and the moment they are taken at."""

    incident_uid: str | None = None
    platform: str | None = None
    since: dt.date | None = None  # found on or after this day (UTC)
    until: dt.date | None = None  # found on or before this day (UTC)
    found_how: FoundHow | None = None
    # The moment of the figures (UTC, naive): later removals count as still online and
    # later sightings are left out. None: now.
    as_of: dt.datetime | None = None
    public: bool = False  # leave out restricted sightings
    # Only the sightings attributed to these supporters (a report on chosen supporters).
    stakeholder_ids: tuple[int, ...] | None = None

    @classmethod
    def for_report(
        cls,
        as_of: dt.date,
        *,
        public: bool = False,
        incident_uid: str | None = None,
        stakeholder_ids: tuple[int, ...] | None = None,
    ) -> TakedownFilter:
        """A report's figures: everything found up to the end of its date, as of then."""
        end = dt.datetime.combine(as_of + dt.timedelta(days=1), dt.time())
        return cls(
            incident_uid=incident_uid, as_of=end, public=public, stakeholder_ids=stakeholder_ids
        )


def whole_percents(counts: tuple[int, ...]) -> tuple[int, ...]:
    """Whole percentages of `counts` that add up to exactly 100 (largest remainders)."""
    total = sum(counts)
    if not total:
        return tuple(0 for _ in counts)
    exact = [100 * n / total for n in counts]
    whole = [int(x) for x in exact]
    by_remainder = sorted(range(len(exact)), key=lambda i: (whole[i] - exact[i], i))
    for index in by_remainder[: 100 - sum(whole)]:
        whole[index] += 1
    return tuple(whole)


@dataclass(frozen=True)
class ClockFigures:
    """One clock's buckets and time-to-removal percentiles for a set of sightings."""

    counts: tuple[int, ...]  # one per BUCKETS entry; they add up to the sightings
    median_hours: float | None  # over the removed items measurable on this clock
    p90_hours: float | None
    timed: int  # how many items the median and 90th percentile cover

    @property
    def sightings(self) -> int:
        return sum(self.counts)

    @property
    def removed(self) -> int:
        return sum(self.counts[:3])

    def count(self, bucket: str) -> int:
        return self.counts[BUCKETS.index(bucket)]

    def share(self, bucket: str) -> float:
        """The bucket's share of all the sightings (the shares add up to 1)."""
        return self.count(bucket) / self.sightings if self.sightings else 0.0

    def percents(self) -> tuple[int, ...]:
        return whole_percents(self.counts)


@dataclass(frozen=True)
class PlatformFigures:
    """One platform's (or all platforms') figures: both clocks, views, still-online ages."""

    platform: str  # "" for the total over all platforms
    sightings: int
    found: ClockFigures
    reported: ClockFigures
    views: int  # the sum of views at the last check, over the items with a count
    views_known: int  # how many items have a view count
    online: int  # still online at the figures' moment (the same on both clocks)
    online_oldest_hours: float | None  # the oldest still-online item's age
    online_median_hours: float | None  # the median age of the still-online items

    def clock(self, clock: Clock) -> ClockFigures:
        return self.found if clock is Clock.FOUND else self.reported


@dataclass(frozen=True)
class TakedownFigures:
    """The per-platform rows (natural order) and their total, as of one moment."""

    as_of: dt.datetime
    rows: tuple[PlatformFigures, ...]
    total: PlatformFigures


@dataclass(frozen=True)
class WeekCount:
    """One week's (Monday to Sunday, UTC) new sightings and removals."""

    week_start: dt.date
    new: int
    removed: int


@dataclass(frozen=True)
class CurvePoint:
    """How many sightings were removed within `hours` on a clock, and their share of all."""

    hours: float
    removed: int
    share: float  # of all sightings in the filter (0..1)


CURVE_HOURS = (0.25, 0.5, 1.0, 2.0, 4.0, 8.0, 12.0, 24.0, 48.0, 72.0, 168.0, 336.0, 720.0)


@dataclass(frozen=True)
class OnlineItem:
    """A sighting still online at the figures' moment. Its address is only ever defanged."""

    uid: str
    platform: str
    address: str  # defanged (domain/defang.py): never a live address
    found_at: dt.datetime
    reported_at: dt.datetime | None
    order_at: dt.datetime | None
    age_hours: float  # from first seen to the figures' moment
    views: int | None
    found_how: FoundHow
    incident: str | None  # the incident's name
    restricted: bool


@dataclass(frozen=True)
class IncidentDTO:
    """An attack or event; `occurred_at` is UTC, `time_zone` the IANA zone it was given in."""

    id: int
    uid: str
    name: str
    occurred_at: dt.datetime
    time_zone: str
    place: str | None
    description: str | None
    sources: tuple[str, ...]
    demo: bool

    @property
    def local_time(self) -> dt.datetime:
        """When it happened, in its own time zone (aware)."""
        from zoneinfo import ZoneInfo

        return self.occurred_at.replace(tzinfo=dt.UTC).astimezone(ZoneInfo(self.time_zone))


@dataclass(frozen=True)
class ActivationDTO:
    """A protocol's activation for an incident, and how long after the incident it came."""

    id: int
    uid: str
    incident_uid: str
    protocol: Protocol
    activated_at: dt.datetime
    closed_at: dt.datetime | None
    activated_by: str | None
    sources: tuple[str, ...]
    notes: str | None
    hours_from_incident: float  # negative only if the record says so


@dataclass(frozen=True)
class ResponseDTO:
    """A supporter's first action after an incident, and how long after it came."""

    id: int
    uid: str
    incident_uid: str
    stakeholder_id: int
    supporter: str  # the supporter's name
    first_action_at: dt.datetime
    action: str
    evidence_id: int | None
    evidence_title: str | None
    hours_from_incident: float


@dataclass(frozen=True)
class IncidentTimes:
    """An incident with its activations and responses, each in time order."""

    incident: IncidentDTO
    activations: tuple[ActivationDTO, ...] = field(default=())
    responses: tuple[ResponseDTO, ...] = field(default=())


def clock_json(clock: ClockFigures) -> dict[str, object]:
    """One clock's figures as JSON: counts and whole percents by bucket, percentiles."""
    return {
        "counts": dict(zip(BUCKETS, clock.counts, strict=True)),
        "percents": dict(zip(BUCKETS, clock.percents(), strict=True)),
        "median_hours": clock.median_hours,
        "p90_hours": clock.p90_hours,
        "timed": clock.timed,
    }


def platform_json(row: PlatformFigures) -> dict[str, object]:
    return {
        "platform": row.platform,
        "sightings": row.sightings,
        "from_found": clock_json(row.found),
        "from_reported": clock_json(row.reported),
        "views": row.views,
        "views_known": row.views_known,
        "still_online": row.online,
        "online_oldest_hours": row.online_oldest_hours,
        "online_median_hours": row.online_median_hours,
    }


def figures_json(figures: TakedownFigures) -> dict[str, object]:
    """The figures as `stats --json` prints them under "takedown"."""
    return {
        "as_of": figures.as_of.isoformat(),
        "platforms": [platform_json(row) for row in figures.rows],
        "total": platform_json(figures.total),
    }
