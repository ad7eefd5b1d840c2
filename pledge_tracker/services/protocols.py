"""Crisis-protocol activations and supporters' responses to an incident, with their delays."""

from __future__ import annotations

import datetime as dt
from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from pledge_tracker.db import models as m
from pledge_tracker.db.uow import Tx
from pledge_tracker.domain.errors import NotFoundError, ValidationError
from pledge_tracker.domain.kinds import Protocol
from pledge_tracker.domain.takedown import ActivationDTO, IncidentTimes, ResponseDTO
from pledge_tracker.domain.validate import check_record, choice, clean_field
from pledge_tracker.services import evidence, incidents, stakeholders
from pledge_tracker.services.convert import snapshot

T = TypeVar("T")


def incident_times(session: Session, incident_uid: str) -> IncidentTimes:
    """An incident with its activations and responses, each in time order, with delays."""
    incident = incidents.by_uid(session, incident_uid)
    row = session.get(m.Incident, incident.id)
    assert row is not None
    activations = session.scalars(
        select(m.ProtocolActivation)
        .where(m.ProtocolActivation.incident_id == row.id)
        .order_by(m.ProtocolActivation.activated_at, m.ProtocolActivation.id)
    )
    responses = session.execute(
        select(m.SupporterResponse, m.Stakeholder.name, m.Evidence.title)
        .join(m.Stakeholder, m.Stakeholder.id == m.SupporterResponse.stakeholder_id)
        .outerjoin(m.Evidence, m.Evidence.id == m.SupporterResponse.evidence_id)
        .where(m.SupporterResponse.incident_id == row.id)
        .order_by(m.SupporterResponse.first_action_at, m.SupporterResponse.id)
    )
    return IncidentTimes(
        incident=incident,
        activations=tuple(activation_dto(a, row) for a in activations),
        responses=tuple(response_dto(r, row, name, title) for r, name, title in responses),
    )


def add_activation(
    tx: Tx,
    *,
    incident_id: int,
    protocol: Protocol | str,
    activated_at: dt.datetime,
    closed_at: dt.datetime | None = None,
    activated_by: str | None = None,
    sources: str | list[str] | tuple[str, ...] | None = None,
    notes: str | None = None,
) -> ActivationDTO:
    """Record a protocol's activation; naive times are read in the incident's time zone."""
    incident = _incident(tx.session, incident_id)
    row = m.ProtocolActivation(incident_id=incident.id)
    _fill_activation(row, incident, protocol, activated_at, closed_at, activated_by, sources, notes)
    tx.session.add(row)
    tx.session.flush()
    tx.audit("add", "protocol_activation", row.uid, None, snapshot(row))
    return activation_dto(row, incident)


def edit_activation(
    tx: Tx,
    activation_id: int,
    *,
    protocol: Protocol | str,
    activated_at: dt.datetime,
    closed_at: dt.datetime | None = None,
    activated_by: str | None = None,
    sources: str | list[str] | tuple[str, ...] | None = None,
    notes: str | None = None,
) -> ActivationDTO:
    row = _get(tx.session, m.ProtocolActivation, activation_id, "protocol activation")
    incident = _incident(tx.session, row.incident_id)
    before = snapshot(row)
    _fill_activation(row, incident, protocol, activated_at, closed_at, activated_by, sources, notes)
    tx.session.flush()
    tx.audit("edit", "protocol_activation", row.uid, before, snapshot(row))
    return activation_dto(row, incident)


def delete_activation(tx: Tx, activation_id: int) -> None:
    row = _get(tx.session, m.ProtocolActivation, activation_id, "protocol activation")
    tx.audit("delete", "protocol_activation", row.uid, snapshot(row), None)
    tx.session.delete(row)
    tx.session.flush()


def add_response(
    tx: Tx,
    *,
    incident_id: int,
    stakeholder_id: int,
    first_action_at: dt.datetime,
    action: str,
    evidence_id: int | None = None,
) -> ResponseDTO:
    """Record a supporter's first action after an incident (what it did, and its evidence)."""
    incident = _incident(tx.session, incident_id)
    row = m.SupporterResponse(incident_id=incident.id)
    _fill_response(tx.session, row, incident, stakeholder_id, first_action_at, action, evidence_id)
    tx.session.add(row)
    tx.session.flush()
    tx.audit("add", "supporter_response", row.uid, None, snapshot(row))
    return _response(tx.session, row, incident)


def edit_response(
    tx: Tx,
    response_id: int,
    *,
    stakeholder_id: int,
    first_action_at: dt.datetime,
    action: str,
    evidence_id: int | None = None,
) -> ResponseDTO:
    row = _get(tx.session, m.SupporterResponse, response_id, "supporter response")
    incident = _incident(tx.session, row.incident_id)
    before = snapshot(row)
    _fill_response(tx.session, row, incident, stakeholder_id, first_action_at, action, evidence_id)
    tx.session.flush()
    tx.audit("edit", "supporter_response", row.uid, before, snapshot(row))
    return _response(tx.session, row, incident)


def delete_response(tx: Tx, response_id: int) -> None:
    row = _get(tx.session, m.SupporterResponse, response_id, "supporter response")
    tx.audit("delete", "supporter_response", row.uid, snapshot(row), None)
    tx.session.delete(row)
    tx.session.flush()


def _fill_activation(
    row: m.ProtocolActivation,
    incident: m.Incident,
    protocol: Protocol | str,
    activated_at: dt.datetime,
    closed_at: dt.datetime | None,
    activated_by: str | None,
    sources: str | list[str] | tuple[str, ...] | None,
    notes: str | None,
) -> None:
    start = incidents.to_utc(activated_at, incident.time_zone, "activated_at")
    end = (
        None if closed_at is None else incidents.to_utc(closed_at, incident.time_zone, "closed_at")
    )
    check_record("protocol_activations", {"activated_at": start, "closed_at": end})
    if end is not None and end < start:
        raise ValidationError("closed_at", "cannot be earlier than activated_at")
    row.protocol = choice(protocol, Protocol, "protocol").value
    row.activated_at, row.closed_at = start, end
    row.activated_by = clean_field("protocol_activations", "activated_by", activated_by) or None
    row.sources = incidents.join_sources("protocol_activations", sources)
    row.notes = clean_field("protocol_activations", "notes", notes) or None


def _fill_response(
    session: Session,
    row: m.SupporterResponse,
    incident: m.Incident,
    stakeholder_id: int,
    first_action_at: dt.datetime,
    action: str,
    evidence_id: int | None,
) -> None:
    stakeholders.get(session, stakeholder_id)
    if evidence_id is not None:
        evidence.get(session, evidence_id)
    moment = incidents.to_utc(first_action_at, incident.time_zone, "first_action_at")
    check_record("supporter_responses", {"first_action_at": moment})
    row.stakeholder_id = stakeholder_id
    row.first_action_at = moment
    row.action = clean_field("supporter_responses", "action", action)
    row.evidence_id = evidence_id


def _incident(session: Session, incident_id: int) -> m.Incident:
    return _get(session, m.Incident, incident_id, "incident")


def _get(session: Session, model: type[T], record_id: int, what: str) -> T:
    row = session.get(model, record_id)
    if row is None:
        raise NotFoundError(what.replace(" ", "_"), f"no {what} with id {record_id}")
    return row


def hours_between(start: dt.datetime, end: dt.datetime) -> float:
    return round((end - start).total_seconds() / 3600, 2)


def activation_dto(row: m.ProtocolActivation, incident: m.Incident) -> ActivationDTO:
    return ActivationDTO(
        id=row.id,
        uid=row.uid,
        incident_uid=incident.uid,
        protocol=Protocol(row.protocol),
        activated_at=row.activated_at,
        closed_at=row.closed_at,
        activated_by=row.activated_by,
        sources=incidents.split_sources(row.sources),
        notes=row.notes,
        hours_from_incident=hours_between(incident.occurred_at, row.activated_at),
    )


def _response(session: Session, row: m.SupporterResponse, incident: m.Incident) -> ResponseDTO:
    name = session.get(m.Stakeholder, row.stakeholder_id)
    item = session.get(m.Evidence, row.evidence_id) if row.evidence_id is not None else None
    return response_dto(row, incident, name.name if name else "", item.title if item else None)


def response_dto(
    row: m.SupporterResponse, incident: m.Incident, supporter: str, evidence_title: str | None
) -> ResponseDTO:
    return ResponseDTO(
        id=row.id,
        uid=row.uid,
        incident_uid=incident.uid,
        stakeholder_id=row.stakeholder_id,
        supporter=supporter,
        first_action_at=row.first_action_at,
        action=row.action,
        evidence_id=row.evidence_id,
        evidence_title=evidence_title,
        hours_from_incident=hours_between(incident.occurred_at, row.first_action_at),
    )
