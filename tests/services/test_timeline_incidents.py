"""Incidents appear on the timeline, on the day they happened where they happened."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from pledge_tracker.db import models as m
from pledge_tracker.db.uow import Database
from pledge_tracker.domain.events import EventFilter
from pledge_tracker.services import incidents, protocols, timeline


def _add_incident(database: Database) -> int:
    """An attack at 08:00 on 16 March in Auckland: still 15 March in UTC."""
    with database.write(actor="Test Officer") as tx:
        found = incidents.add(
            tx,
            name="Attaque à Wellington",
            occurred_at=dt.datetime(2024, 3, 16, 8, 0),
            time_zone="Pacific/Auckland",
            place="Wellington",
            description="A livestreamed attack",
            sources=["https://example.org/report"],
        )
        australia = tx.session.scalar(
            select(m.Stakeholder.id).where(m.Stakeholder.name == "Australia")
        )
        assert australia is not None
        protocols.add_response(
            tx,
            incident_id=found.id,
            stakeholder_id=australia,
            first_action_at=dt.datetime(2024, 3, 16, 9, 0),
            action="Blocking orders issued",
        )
        return australia


def _incident_titles(database: Database, where: EventFilter) -> list[tuple[str, str]]:
    with database.read() as session:
        found = timeline.entries(session, where)
    return [(entry.date_text, entry.title) for entry in found if entry.kind == "incident"]


def test_an_incident_is_listed_on_its_local_day_under_crisis_response(database: Database) -> None:
    _add_incident(database)
    with database.read() as session:
        found = [e for e in timeline.entries(session) if e.kind == "incident"]
    assert [(e.date_text, e.title, e.category) for e in found] == [
        ("2024-03-16", "Attaque à Wellington", "crisis_response")
    ]
    assert found[0].supporters == ("Australia",)
    assert found[0].sources == ("https://example.org/report",)
    assert "Wellington" in found[0].summary


def test_timeline_filters_apply_to_incidents(database: Database) -> None:
    australia = _add_incident(database)
    listed = [("2024-03-16", "Attaque à Wellington")]
    assert _incident_titles(database, EventFilter(categories=("crisis_response",))) == listed
    assert _incident_titles(database, EventFilter(categories=("legislation",))) == []
    assert _incident_titles(database, EventFilter(text="attaque a wellington")) == listed
    assert _incident_titles(database, EventFilter(text="halle")) == []
    day = dt.date(2024, 3, 16)
    assert _incident_titles(database, EventFilter(since=day, until=day)) == listed
    assert _incident_titles(database, EventFilter(until=day - dt.timedelta(days=1))) == []
    assert _incident_titles(database, EventFilter(stakeholder_id=australia)) == listed
    with database.read() as session:
        canada = session.scalar(select(m.Stakeholder.id).where(m.Stakeholder.name == "Canada"))
    assert _incident_titles(database, EventFilter(stakeholder_id=canada)) == []
