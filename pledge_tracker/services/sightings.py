"""Sightings: copies of terrorist content found online, and how fast they came down."""

from __future__ import annotations

import datetime as dt
import re
import statistics
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from pledge_tracker.db import models as m
from pledge_tracker.db.uow import Tx
from pledge_tracker.domain.dto import SightingDTO
from pledge_tracker.domain.errors import ValidationError
from pledge_tracker.domain.validate import check_record, clean_field
from pledge_tracker.services import stakeholders
from pledge_tracker.services.convert import sighting_dto, snapshot

# Yardsticks: the EU TCO Regulation's one hour, and the 24 hours of France's 2019 bill.
ONE_HOUR, ONE_DAY = 1.0, 24.0


def list_sightings(session: Session) -> list[SightingDTO]:
    return [
        sighting_dto(row)
        for row in session.scalars(select(m.Sighting).order_by(m.Sighting.found_at))
    ]


def add(
    tx: Tx,
    *,
    platform: str,
    url: str,
    found_at: dt.datetime,
    reported_at: dt.datetime | None = None,
    removed_at: dt.datetime | None = None,
    views: int | None = None,
    stakeholder_id: int | None = None,
    notes: str | None = None,
) -> SightingDTO:
    """Record a sighting; the URL is stored as given and only ever shown defanged."""
    moments = {"found_at": found_at, "reported_at": reported_at, "removed_at": removed_at}
    check_record("sightings", {**moments, "views": views})
    for name, value in (("reported_at", reported_at), ("removed_at", removed_at)):
        if value is not None and value < found_at:
            raise ValidationError(name, "cannot be earlier than found_at")
    if stakeholder_id is not None:
        stakeholders.get(tx.session, stakeholder_id)  # an unknown supporter is named, not an FK
    row = m.Sighting(
        platform=clean_field("sightings", "platform", platform),
        url=clean_field("sightings", "url", url),
        found_at=found_at,
        reported_at=reported_at,
        removed_at=removed_at,
        views=views,
        stakeholder_id=stakeholder_id,
        notes=clean_field("sightings", "notes", notes) or None,
    )
    tx.session.add(row)
    tx.session.flush()
    tx.audit("add", "sighting", row.uid, None, snapshot(row))
    return sighting_dto(row)


# The disjoint buckets every sighting falls into, in the order the reports print them.
BUCKETS = ("within_hour", "within_day", "after_day", "online", "unknown")


@dataclass(frozen=True)
class TakedownSummary:
    """One platform's sightings in disjoint buckets; each share is of *all* its sightings."""

    platform: str
    sightings: int
    counts: tuple[int, ...]  # one count per BUCKETS entry; they add up to `sightings`
    median_hours: float | None  # over the removed items whose times are known
    median_of: int  # how many items the median covers

    @property
    def removed(self) -> int:
        return sum(self.counts[:3])

    def count(self, bucket: str) -> int:
        return self.counts[BUCKETS.index(bucket)]

    def share(self, bucket: str) -> float:
        """The bucket's share of all this platform's sightings (the shares add up to 1)."""
        return self.count(bucket) / self.sightings if self.sightings else 0.0

    def percents(self) -> tuple[int, ...]:
        """Whole percentages of the buckets that add up to exactly 100 (largest remainders)."""
        if not self.sightings:
            return tuple(0 for _ in self.counts)
        exact = [100 * n / self.sightings for n in self.counts]
        whole = [int(x) for x in exact]
        by_remainder = sorted(range(len(exact)), key=lambda i: (whole[i] - exact[i], i))
        for index in by_remainder[: 100 - sum(whole)]:
            whole[index] += 1
        return tuple(whole)


def bucket_of(item: SightingDTO, as_of: dt.date | None = None) -> str:
    """Which bucket a sighting is in: by time to removal, still online, or unknown.

    Removed after the end of `as_of` counts as still online on that date. A removal time
    earlier than the report time (or a missing start) cannot be measured: unknown.
    """
    removed = item.removed_at
    if as_of is not None and removed is not None:
        if removed >= dt.datetime.combine(as_of + dt.timedelta(days=1), dt.time()):
            removed = None
    if removed is None:
        return "online"
    start = item.reported_at or item.found_at
    if start is None or removed < start:
        return "unknown"
    hours = (removed - start).total_seconds() / 3600
    if hours <= ONE_HOUR:
        return "within_hour"
    return "within_day" if hours <= ONE_DAY else "after_day"


def natural_key(text: str) -> tuple[object, ...]:
    """A sort key that orders "Platform 2" before "Platform 10" (then case-blind, then as is)."""
    parts = re.split(r"(\d+)", text.casefold())
    return (tuple((0, int(p), "") if p.isdigit() else (1, 0, p) for p in parts), text)


def takedown_by_platform(
    sightings: list[SightingDTO], as_of: dt.date | None = None
) -> list[TakedownSummary]:
    """Each platform's sightings in disjoint buckets, platforms in natural order."""
    by_platform: dict[str, list[SightingDTO]] = {}
    for item in sightings:
        by_platform.setdefault(item.platform, []).append(item)
    result = []
    for platform in sorted(by_platform, key=natural_key):
        items = by_platform[platform]
        buckets = [bucket_of(i, as_of) for i in items]
        hours = [
            i.hours_to_removal
            for i, b in zip(items, buckets, strict=True)
            if b in BUCKETS[:3] and i.hours_to_removal is not None
        ]
        result.append(
            TakedownSummary(
                platform=platform,
                sightings=len(items),
                counts=tuple(buckets.count(b) for b in BUCKETS),
                median_hours=round(statistics.median(hours), 2) if hours else None,
                median_of=len(hours),
            )
        )
    return result
