"""Incidents on the timeline: each attack or event that crisis work followed, on its local day.

An incident is listed under "crisis response" (the reference's own category for the Halle
attack and the protocols), dated on the day it happened where it happened, with its place
and description as the summary. A supporter filter keeps the incidents that supporter
responded to; a typed search folds accents and case, as everywhere else.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from pledge_tracker.db import models as m
from pledge_tracker.domain.events import EventFilter
from pledge_tracker.domain.kinds import EventCategory
from pledge_tracker.domain.search import fold, search_words
from pledge_tracker.domain.takedown import IncidentDTO
from pledge_tracker.services import incidents
from pledge_tracker.services.timeline import TimelineEntry, register

CATEGORY = EventCategory.CRISIS_RESPONSE.value


def incident_entries(session: Session, where: EventFilter) -> list[TimelineEntry]:
    """The incidents matching a timeline filter, as timeline entries."""
    if where.categories and CATEGORY not in where.categories:
        return []
    responders = _responders(session)
    found = [
        from_incident(item, responders.get(item.id, ()))
        for item in incidents.list_incidents(session)
    ]
    words = search_words(where.text)
    return [
        entry
        for entry in found
        if (where.since is None or entry.dated >= where.since)
        and (where.until is None or entry.dated <= where.until)
        and (where.stakeholder_id is None or where.stakeholder_id in _ids(entry, responders))
        and all(word in fold(f"{entry.title} {entry.summary}") for word in words)
    ]


def from_incident(item: IncidentDTO, supporters: tuple[tuple[int, str], ...]) -> TimelineEntry:
    summary = " · ".join(part for part in (item.place, item.description) if part)
    return TimelineEntry(
        kind="incident",
        record_id=item.id,
        uid=item.uid,
        dated=item.local_time.date(),
        precision="day",
        end_date=None,
        category=CATEGORY,
        title=item.name,
        summary=summary,
        sources=item.sources,
        supporters=tuple(name for _, name in supporters),
    )


def _responders(session: Session) -> dict[int, tuple[tuple[int, str], ...]]:
    """By incident id: the supporters that responded to it (id, name), by name."""
    query = (
        select(m.SupporterResponse.incident_id, m.Stakeholder.id, m.Stakeholder.name)
        .join(m.Stakeholder, m.Stakeholder.id == m.SupporterResponse.stakeholder_id)
        .distinct()
        .order_by(m.Stakeholder.name)
    )
    found: dict[int, list[tuple[int, str]]] = {}
    for incident_id, supporter_id, name in session.execute(query):
        found.setdefault(incident_id, []).append((supporter_id, name))
    return {key: tuple(value) for key, value in found.items()}


def _ids(entry: TimelineEntry, responders: dict[int, tuple[tuple[int, str], ...]]) -> set[int]:
    return {supporter_id for supporter_id, _ in responders.get(entry.record_id, ())}


register("incident", incident_entries)
