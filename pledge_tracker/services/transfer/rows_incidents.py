"""Import rows for crisis response: incidents, protocol activations, and sightings' identity.

An incident is recognised by its name (case and accents ignored); an activation by
(incident, protocol, activation time in UTC). Times without an offset are read in the
incident's time zone (an incident's own `time_zone` column); times with one are kept.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from pledge_tracker.db import models as m
from pledge_tracker.db.uow import Tx
from pledge_tracker.domain.errors import ValidationError
from pledge_tracker.domain.kinds import Protocol
from pledge_tracker.domain.validate import choice, clean_field, name_key
from pledge_tracker.services import incidents, protocols
from pledge_tracker.services.transfer.cells import as_text, parse_bool, parse_moment, split_list

Key = tuple[Any, ...]
Values = dict[str, object]
_PROTOCOL_NAMES = {name_key(p.label): p for p in Protocol} | {
    name_key(p.value): p for p in Protocol
}


class IncidentLookup:
    """The incidents the database holds, by name key: (id, time zone); loaded once."""

    def __init__(self, session: Session) -> None:
        self.found: dict[str, tuple[int, str]] = {}
        for row in session.execute(select(m.Incident.id, m.Incident.name, m.Incident.time_zone)):
            self.found[name_key(row.name)] = (row.id, row.time_zone)

    def get(self, text: object, field: str = "incident") -> tuple[int, str]:
        hit = self.found.get(name_key(as_text(text)))
        if hit is None:
            raise ValidationError.because(field, "no_incident", value=as_text(text)[:80])
        return hit


def incident_keys(session: Session) -> set[Key]:
    return {("incident", name_key(name)) for name in session.scalars(select(m.Incident.name))}


def activation_keys(session: Session) -> set[Key]:
    rows = session.execute(
        select(
            m.ProtocolActivation.incident_id,
            m.ProtocolActivation.protocol,
            m.ProtocolActivation.activated_at,
        )
    )
    return {("activation", *row) for row in rows}


def prepare_incident(values: Values) -> tuple[tuple[Key, ...], str, Callable[[Tx], object]]:
    name = clean_field("incidents", "name", values.get("name"))
    zone = as_text(values.get("time_zone")) or "UTC"
    occurred = parse_moment(values.get("occurred_at"), "occurred_at", required=True, keep_zone=True)
    assert occurred is not None
    incidents.to_utc(occurred, zone, "occurred_at")  # a bad zone is named before anything runs
    place = as_text(values.get("place")) or None
    description = as_text(values.get("description")) or None
    sources = split_list(values.get("sources"), "sources")
    demo = parse_bool(values.get("demo"), "demo")

    def add(tx: Tx) -> object:
        return incidents.add(
            tx,
            name=name,
            occurred_at=occurred,
            time_zone=zone,
            place=place,
            description=description,
            sources=sources,
            demo=demo,
        )

    return (("incident", name_key(name)),), name, add


def protocol_of(value: object) -> Protocol:
    """A protocol by its code or its label (case and accents ignored)."""
    found = _PROTOCOL_NAMES.get(name_key(as_text(value)))
    return found if found is not None else choice(as_text(value), Protocol, "protocol")


def prepare_activation(
    values: Values, lookup: IncidentLookup
) -> tuple[tuple[Key, ...], str, Callable[[Tx], object]]:
    incident_id, zone = lookup.get(values.get("incident"))
    protocol = protocol_of(values.get("protocol"))
    activated = parse_moment(
        values.get("activated_at"), "activated_at", required=True, keep_zone=True
    )
    closed = parse_moment(values.get("closed_at"), "closed_at", keep_zone=True)
    assert activated is not None
    by = as_text(values.get("activated_by")) or None
    sources = split_list(values.get("sources"), "sources")
    notes = as_text(values.get("notes")) or None
    key = ("activation", incident_id, protocol.value, incidents.to_utc(activated, zone, "x"))

    def add(tx: Tx) -> object:
        return protocols.add_activation(
            tx,
            incident_id=incident_id,
            protocol=protocol,
            activated_at=activated,
            closed_at=closed,
            activated_by=by,
            sources=sources,
            notes=notes,
        )

    return (key,), f"{as_text(values.get('incident'))}: {protocol.label}", add
