"""Sightings: copies of terrorist content found online, and how fast they came down."""

from __future__ import annotations

import datetime as dt
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


@dataclass(frozen=True)
class TakedownSummary:
    platform: str
    sightings: int
    removed: int
    median_hours: float | None
    within_one_hour: int
    within_one_day: int


def takedown_by_platform(sightings: list[SightingDTO]) -> list[TakedownSummary]:
    """Time-to-removal per platform against the 1-hour and 24-hour yardsticks."""
    by_platform: dict[str, list[SightingDTO]] = {}
    for item in sightings:
        by_platform.setdefault(item.platform, []).append(item)
    result = []
    for platform, items in sorted(by_platform.items()):
        hours = [h for h in (i.hours_to_removal for i in items) if h is not None]
        result.append(
            TakedownSummary(
                platform=platform,
                sightings=len(items),
                removed=len(hours),
                median_hours=round(statistics.median(hours), 2) if hours else None,
                within_one_hour=sum(h <= ONE_HOUR for h in hours),
                within_one_day=sum(h <= ONE_DAY for h in hours),
            )
        )
    return result
