"""Incidents: the attacks or events that protocol activations, responses and copies follow."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from pledge_tracker.db import models as m
from pledge_tracker.db.uow import Database, Tx
from pledge_tracker.domain.errors import NotFoundError, ValidationError
from pledge_tracker.domain.takedown import IncidentDTO
from pledge_tracker.domain.validate import check_record, clean_field
from pledge_tracker.services.convert import snapshot
from pledge_tracker.services.stale import check_state, state_hash

ENTITY = "incident"


def list_incidents(session: Session) -> list[IncidentDTO]:
    """Every incident, most recent first."""
    query = select(m.Incident).order_by(m.Incident.occurred_at.desc(), m.Incident.id)
    return [incident_dto(row) for row in session.scalars(query)]


def get(session: Session, incident_id: int) -> IncidentDTO:
    return incident_dto(_get(session, incident_id))


def read_with_state(database: Database, incident_id: int) -> tuple[IncidentDTO, str]:
    """An incident as stored now and the hash of its state (a form's copy, to save against)."""
    with database.read() as session:
        row = _get(session, incident_id)
        return incident_dto(row), state_hash(session, ENTITY, row.uid)


def by_uid(session: Session, uid: str) -> IncidentDTO:
    row = session.scalar(select(m.Incident).where(m.Incident.uid == uid))
    if row is None:
        raise NotFoundError("incident", f"no incident with uid {uid}")
    return incident_dto(row)


def by_name(session: Session, name: str) -> IncidentDTO:
    """The incident of that name (case-blind); NotFoundError naming it if there is none."""
    wanted = " ".join(name.split()).casefold()
    for row in session.scalars(select(m.Incident)):
        if " ".join(row.name.split()).casefold() == wanted:
            return incident_dto(row)
    raise NotFoundError("incident", f"no incident named '{name}'")


def add(
    tx: Tx,
    *,
    name: str,
    occurred_at: dt.datetime,
    time_zone: str = "UTC",
    place: str | None = None,
    description: str | None = None,
    sources: str | list[str] | tuple[str, ...] | None = None,
    demo: bool = False,
) -> IncidentDTO:
    """Record an incident. A naive `occurred_at` is read in `time_zone`; stored in UTC."""
    row = m.Incident(demo=demo)
    _fill(tx.session, row, name, occurred_at, time_zone, place, description, sources)
    tx.session.add(row)
    tx.session.flush()
    tx.audit("add", "incident", row.uid, None, snapshot(row))
    return incident_dto(row)


def edit(
    tx: Tx,
    incident_id: int,
    *,
    name: str,
    occurred_at: dt.datetime,
    time_zone: str = "UTC",
    place: str | None = None,
    description: str | None = None,
    sources: str | list[str] | tuple[str, ...] | None = None,
    expected_state: str | None = None,
) -> IncidentDTO:
    """Change what an incident says; its demonstration mark stays as it is.

    With `expected_state` (the hash of the incident's state when the form read it) a save
    from a stale copy is refused with both versions.
    """
    row = _get(tx.session, incident_id)
    typed = {
        "name": name,
        "occurred_at": occurred_at,
        "time_zone": time_zone,
        "place": place,
        "description": description,
        "sources": tuple(line.strip() for line in sources.splitlines() if line.strip())
        if isinstance(sources, str)
        else tuple(sources or ()),
    }
    check_state(
        tx.session, ENTITY, row.uid, expected_state, mine=typed, theirs=lambda: incident_dto(row)
    )
    before = snapshot(row)
    _fill(tx.session, row, name, occurred_at, time_zone, place, description, sources)
    tx.session.flush()
    tx.audit("edit", "incident", row.uid, before, snapshot(row))
    return incident_dto(row)


def delete(tx: Tx, incident_id: int) -> None:
    """Delete an incident with its activations and responses; its sightings stay, unlinked."""
    row = _get(tx.session, incident_id)
    session = tx.session
    activations = select(m.ProtocolActivation).where(m.ProtocolActivation.incident_id == row.id)
    for activation in session.scalars(activations):
        tx.audit("delete", "protocol_activation", activation.uid, snapshot(activation), None)
        session.delete(activation)
    responses = select(m.SupporterResponse).where(m.SupporterResponse.incident_id == row.id)
    for response in session.scalars(responses):
        tx.audit("delete", "supporter_response", response.uid, snapshot(response), None)
        session.delete(response)
    linked = session.scalars(select(m.Sighting).where(m.Sighting.incident_id == row.id)).all()
    for sighting in linked:
        before = snapshot(sighting)
        sighting.incident_id = None
        session.flush()
        tx.audit("unlink", "sighting", sighting.uid, before, snapshot(sighting))
    tx.audit("delete", "incident", row.uid, snapshot(row), None)
    session.delete(row)
    session.flush()


def count(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(m.Incident)) or 0


def _get(session: Session, incident_id: int) -> m.Incident:
    row = session.get(m.Incident, incident_id)
    if row is None:
        raise NotFoundError("incident", f"no incident with id {incident_id}")
    return row


def _fill(
    session: Session,
    row: m.Incident,
    name: str,
    occurred_at: dt.datetime,
    time_zone: str,
    place: str | None,
    description: str | None,
    sources: str | list[str] | tuple[str, ...] | None,
) -> None:
    """The fields a form sets, each checked as every way in checks it (the limits table)."""
    zone = clean_field("incidents", "time_zone", time_zone)
    moment = to_utc(occurred_at, zone, "occurred_at")
    check_record("incidents", {"occurred_at": moment})
    clean = clean_field("incidents", "name", name)
    clash = session.scalar(
        select(m.Incident.id).where(func.lower(m.Incident.name) == clean.lower())
    )
    if clash is not None and clash != row.id:
        raise ValidationError("name", f"an incident named '{clean}' exists already")
    row.name = clean
    row.occurred_at = moment
    row.time_zone = zone
    row.place = clean_field("incidents", "place", place) or None
    row.description = clean_field("incidents", "description", description) or None
    row.sources = join_sources("incidents", sources)


def to_utc(moment: dt.datetime, time_zone: str, field: str) -> dt.datetime:
    """A moment in UTC without tzinfo; a naive one is read in `time_zone` (an IANA name)."""
    if not isinstance(moment, dt.datetime):
        raise ValidationError(field, "is not a date and time")
    try:
        zone = ZoneInfo(time_zone)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise ValidationError("time_zone", f"'{time_zone}' is not a known time zone") from exc
    aware = moment if moment.tzinfo is not None else moment.replace(tzinfo=zone)
    return aware.astimezone(dt.UTC).replace(tzinfo=None)


def join_sources(entity: str, sources: str | list[str] | tuple[str, ...] | None) -> str | None:
    """Source links, one a line, each checked as a link (http, https or mailto)."""
    items = sources.splitlines() if isinstance(sources, str) else list(sources or ())
    text = "\n".join(item.strip() for item in items if item and item.strip())
    return clean_field(entity, "sources", text) or None


def split_sources(text: str | None) -> tuple[str, ...]:
    return tuple(line for line in (text or "").splitlines() if line)


def incident_dto(row: m.Incident) -> IncidentDTO:
    return IncidentDTO(
        id=row.id,
        uid=row.uid,
        name=row.name,
        occurred_at=row.occurred_at,
        time_zone=row.time_zone,
        place=row.place,
        description=row.description,
        sources=split_sources(row.sources),
        demo=bool(row.demo),
    )
