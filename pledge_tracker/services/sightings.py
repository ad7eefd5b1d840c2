"""Sightings: copies of terrorist content found online, recorded as found, shown defanged.

The takedown figures over them are computed in SQL by services/takedown.py.
"""

from __future__ import annotations

import datetime as dt
import re
from types import SimpleNamespace
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from pledge_tracker.db import models as m
from pledge_tracker.db.uow import Tx
from pledge_tracker.domain.dto import SightingDTO
from pledge_tracker.domain.errors import NotFoundError, ValidationError
from pledge_tracker.domain.kinds import FoundHow
from pledge_tracker.domain.validate import check_record, choice, clean_field
from pledge_tracker.services import stakeholders
from pledge_tracker.services.convert import sighting_dto, snapshot


def list_sightings(session: Session, *, incident_id: int | None = None) -> list[SightingDTO]:
    query = select(m.Sighting).order_by(m.Sighting.found_at, m.Sighting.id)
    if incident_id is not None:
        query = query.where(m.Sighting.incident_id == incident_id)
    return [sighting_dto(row) for row in session.scalars(query)]


def get(session: Session, sighting_id: int) -> SightingDTO:
    return sighting_dto(_get(session, sighting_id))


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
    incident_id: int | None = None,
    found_how: FoundHow | str = FoundHow.OWN_SEARCH,
    order_at: dt.datetime | None = None,
    order_law: str | None = None,
    instrument_uid: str | None = None,
    content_ref: str | None = None,
    restricted: bool = False,
) -> SightingDTO:
    """Record a sighting; the URL is stored as given and only ever shown defanged.

    Times are UTC; an aware time is converted to UTC first.
    """
    row = m.Sighting()
    _fill(tx.session, row, locals())
    tx.session.add(row)
    tx.session.flush()
    tx.audit("add", "sighting", row.uid, None, snapshot(row))
    return sighting_dto(row)


def staged(session: Session, **given: Any) -> dict[str, Any]:
    """A new sighting's column values (but its id), checked exactly as `add` checks them.

    For the bulk import, which inserts many at once and audits them in one pass.
    """
    row = SimpleNamespace()
    _fill(session, row, given)
    return {"uid": m.new_uid(), **vars(row)}


def edit(
    tx: Tx,
    sighting_id: int,
    *,
    platform: str,
    url: str,
    found_at: dt.datetime,
    reported_at: dt.datetime | None = None,
    removed_at: dt.datetime | None = None,
    views: int | None = None,
    stakeholder_id: int | None = None,
    notes: str | None = None,
    incident_id: int | None = None,
    found_how: FoundHow | str = FoundHow.OWN_SEARCH,
    order_at: dt.datetime | None = None,
    order_law: str | None = None,
    instrument_uid: str | None = None,
    content_ref: str | None = None,
    restricted: bool = False,
) -> SightingDTO:
    """Change every field of a sighting (a later check's removal time or views, say)."""
    row = _get(tx.session, sighting_id)
    before = snapshot(row)
    fields = dict(locals())
    _fill(tx.session, row, fields)
    tx.session.flush()
    tx.audit("edit", "sighting", row.uid, before, snapshot(row))
    return sighting_dto(row)


def delete(tx: Tx, sighting_id: int) -> None:
    row = _get(tx.session, sighting_id)
    tx.audit("delete", "sighting", row.uid, snapshot(row), None)
    tx.session.delete(row)
    tx.session.flush()


def _get(session: Session, sighting_id: int) -> m.Sighting:
    row = session.get(m.Sighting, sighting_id)
    if row is None:
        raise NotFoundError("sighting", f"no sighting with id {sighting_id}")
    return row


_MOMENTS = ("found_at", "reported_at", "removed_at", "order_at")


def _fill(session: Session, row: m.Sighting | SimpleNamespace, given: dict[str, object]) -> None:
    """The fields, each checked as every way in checks it (the limits table)."""
    moments = {name: utc(given[name], name) for name in _MOMENTS}
    check_record("sightings", {**moments, "views": given["views"]})
    found = moments["found_at"]
    for name in ("reported_at", "removed_at", "order_at"):
        value = moments[name]
        if value is not None and found is not None and value < found:
            raise ValidationError(name, "cannot be earlier than found_at")
    stakeholder_id, incident_id = given["stakeholder_id"], given["incident_id"]
    if stakeholder_id is not None:
        stakeholders.get(session, int(str(stakeholder_id)))  # an unknown supporter is named
    if incident_id is not None and session.get(m.Incident, incident_id) is None:
        raise NotFoundError("incident", f"no incident with id {incident_id}")
    instrument = clean_field("sightings", "instrument_uid", given["instrument_uid"])  # text first
    held = select(m.Instrument.id).where(m.Instrument.uid == instrument)
    if instrument and session.scalar(held) is None:
        raise ValidationError("instrument_uid", "names no instrument held here")
    for name, value in moments.items():
        setattr(row, name, value)
    row.platform = clean_field("sightings", "platform", given["platform"])
    row.url = clean_field("sightings", "url", given["url"])
    row.views = given["views"]
    row.stakeholder_id = stakeholder_id
    row.incident_id = incident_id
    row.notes = clean_field("sightings", "notes", given["notes"]) or None
    row.found_how = choice(given["found_how"], FoundHow, "found_how").value
    for name in ("order_law", "instrument_uid", "content_ref"):
        setattr(row, name, clean_field("sightings", name, given[name]) or None)
    row.restricted = bool(given["restricted"])


def utc(value: object, field: str) -> dt.datetime | None:
    """A moment as stored (UTC, no tzinfo): an aware time is converted, a naive one is UTC."""
    if value is None:
        return None
    if not isinstance(value, dt.datetime):
        raise ValidationError(field, "is not a date and time")
    if value.tzinfo is not None:
        return value.astimezone(dt.UTC).replace(tzinfo=None)
    return value


def natural_key(text: str) -> tuple[object, ...]:
    """A sort key that orders "Platform 2" before "Platform 10" (then case-blind, then as is)."""
    parts = re.split(r"(\d+)", text.casefold())
    return (tuple((0, int(p), "") if p.isdigit() else (1, 0, p) for p in parts), text)
