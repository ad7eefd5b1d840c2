"""Exports of crisis response: incidents, protocol activations, sightings (addresses defanged).

The columns are the import's (services/transfer/columns.py), so an exported file imports
again, into this database adding nothing: times are written in UTC with their "Z", and a
sighting's address only ever defanged (an imported defanged address is the same sighting).
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from pledge_tracker.db import models as m
from pledge_tracker.domain.defang import defang
from pledge_tracker.services.transfer.cells import join_list
from pledge_tracker.services.transfer.columns import columns
from pledge_tracker.services.transfer.writers import Sheet

CRISIS_SHEETS = ("incidents", "activations", "sightings")


def utc_text(moment: dt.datetime | None) -> str:
    """A stored time as ISO text marked UTC (how the importer reads it back exactly)."""
    return "" if moment is None else moment.isoformat(timespec="seconds") + "Z"


def _headers(kind: str) -> tuple[str, ...]:
    return tuple(column.name for column in columns(kind))


def incidents_sheet(session: Session) -> Sheet:
    rows = [
        (
            row.name,
            utc_text(row.occurred_at),
            row.time_zone,
            row.place or "",
            row.description or "",
            join_list((row.sources or "").splitlines()),
            row.demo,
        )
        for row in session.scalars(select(m.Incident).order_by(m.Incident.occurred_at))
    ]
    return Sheet("incidents", _headers("incidents"), rows)


def activations_sheet(session: Session) -> Sheet:
    query = (
        select(m.ProtocolActivation, m.Incident.name)
        .join(m.Incident, m.Incident.id == m.ProtocolActivation.incident_id)
        .order_by(m.ProtocolActivation.activated_at, m.ProtocolActivation.id)
    )
    rows = [
        (
            incident,
            row.protocol,
            utc_text(row.activated_at),
            utc_text(row.closed_at),
            row.activated_by or "",
            join_list((row.sources or "").splitlines()),
            row.notes or "",
        )
        for row, incident in session.execute(query)
    ]
    return Sheet("activations", _headers("activations"), rows)


def sightings_sheet(session: Session, *, public: bool = False) -> Sheet:
    """Every sighting, oldest first; `public` leaves restricted ones out."""
    supporter = aliased(m.Stakeholder)
    query = (
        select(m.Sighting, supporter.name, m.Incident.name, m.Instrument.name)
        .outerjoin(supporter, supporter.id == m.Sighting.stakeholder_id)
        .outerjoin(m.Incident, m.Incident.id == m.Sighting.incident_id)
        .outerjoin(m.Instrument, m.Instrument.uid == m.Sighting.instrument_uid)
        .order_by(m.Sighting.found_at, m.Sighting.id)
    )
    if public:
        query = query.where(m.Sighting.restricted.is_(False))
    rows = [
        (
            row.platform,
            defang(row.url),
            utc_text(row.found_at),
            utc_text(row.reported_at),
            utc_text(row.removed_at),
            "" if row.views is None else row.views,
            name or "",
            row.notes or "",
            incident or "",
            row.found_how,
            utc_text(row.order_at),
            row.order_law or "",
            instrument or "",
            row.content_ref or "",
            row.restricted,
        )
        for row, name, incident, instrument in session.execute(query)
    ]
    return Sheet("sightings", _headers("sightings"), rows)
