"""Incidents, activations and responses: audited additions, edits and deletions, checked."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from pledge_tracker.db import models as m
from pledge_tracker.db.uow import Database
from pledge_tracker.domain.errors import NotFoundError, ValidationError
from pledge_tracker.services import incidents, protocols, sightings, stakeholders
from pledge_tracker.services.check import run_check

WHEN = dt.datetime(2022, 5, 14, 14, 30)  # local time in New York (EDT, -04:00)


def _incident(database: Database) -> int:
    with database.write() as tx:
        return incidents.add(
            tx,
            name="Example attack",
            occurred_at=WHEN,
            time_zone="America/New_York",
            place="Exampletown",
            sources=["https://example.org/news"],
        ).id


def test_an_incident_is_stored_in_utc_with_its_zone_and_audited(database: Database) -> None:
    incident_id = _incident(database)
    with database.read() as session:
        found = incidents.get(session, incident_id)
        entry = session.execute(
            select(m.AuditEntry.action, m.AuditEntry.entity).order_by(m.AuditEntry.id.desc())
        ).first()
    assert found.occurred_at == dt.datetime(2022, 5, 14, 18, 30)
    assert found.local_time.replace(tzinfo=None) == WHEN
    assert found.sources == ("https://example.org/news",)
    assert entry is not None and tuple(entry) == ("add", "incident")
    assert run_check(database).ok


def test_editing_and_deleting_an_incident_are_audited_and_unlink_its_copies(
    database: Database,
) -> None:
    incident_id = _incident(database)
    with database.write() as tx:
        supporter = stakeholders.list_stakeholders(tx.session)[0].id
        protocols.add_activation(
            tx, incident_id=incident_id, protocol="gifct_cip", activated_at=WHEN
        )
        protocols.add_response(
            tx,
            incident_id=incident_id,
            stakeholder_id=supporter,
            first_action_at=WHEN,
            action="Hashes shared",
        )
        copy = sightings.add(
            tx,
            platform="P",
            url="https://x.example",
            found_at=dt.datetime(2022, 5, 15),
            incident_id=incident_id,
        )
        incidents.edit(
            tx,
            incident_id,
            name="Example attack, renamed",
            occurred_at=WHEN,
            time_zone="America/New_York",
        )
    assert run_check(database).ok
    with database.write() as tx:
        incidents.delete(tx, incident_id)
    with database.read() as session:
        assert incidents.list_incidents(session) == []
        assert sightings.get(session, copy.id).incident_id is None  # the copy stays
        deleted = session.scalars(
            select(m.AuditEntry.entity).where(m.AuditEntry.action == "delete")
        ).all()
    assert sorted(deleted) == ["incident", "protocol_activation", "supporter_response"]
    assert run_check(database).ok


@pytest.mark.parametrize(
    ("values", "field"),
    [
        ({"name": ""}, "name"),
        ({"time_zone": "Atlantis/Capital"}, "time_zone"),
        ({"occurred_at": "2022-05-14"}, "occurred_at"),
        ({"occurred_at": dt.datetime(1850, 1, 1)}, "occurred_at"),
        ({"sources": ["javascript:alert(1)"]}, "sources"),
    ],
)
def test_bad_incidents_are_refused_naming_the_field(
    database: Database, unchanged, values: dict, field: str
) -> None:
    base = {"name": "X", "occurred_at": WHEN, "time_zone": "UTC"}
    with unchanged(), pytest.raises(ValidationError) as caught:
        with database.write() as tx:
            incidents.add(tx, **(base | values))
    assert caught.value.field == field


def test_a_second_incident_of_the_same_name_is_refused(database: Database, unchanged) -> None:
    _incident(database)
    with unchanged(), pytest.raises(ValidationError) as caught:
        with database.write() as tx:
            incidents.add(tx, name="example ATTACK", occurred_at=WHEN)
    assert caught.value.field == "name"


def test_an_activation_closed_before_it_opened_or_of_no_incident_is_refused(
    database: Database, unchanged
) -> None:
    incident_id = _incident(database)
    with unchanged(), pytest.raises(ValidationError) as caught:
        with database.write() as tx:
            protocols.add_activation(
                tx,
                incident_id=incident_id,
                protocol="eu_crisis_protocol",
                activated_at=WHEN,
                closed_at=WHEN - dt.timedelta(minutes=1),
            )
    assert caught.value.field == "closed_at"
    with unchanged(), pytest.raises(NotFoundError):
        with database.write() as tx:
            protocols.add_activation(tx, incident_id=99_999, protocol="other", activated_at=WHEN)
