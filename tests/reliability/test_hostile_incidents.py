"""Hostile incidents, time zones, activations and sighting addresses: refused naming the field
and changing nothing, or stored exactly; a hostile address is only ever shown defanged."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pledge_tracker.bootstrap import open_app_database
from pledge_tracker.db import audit
from pledge_tracker.db.uow import Database
from pledge_tracker.domain.defang import defang, is_defanged
from pledge_tracker.domain.errors import ValidationError
from pledge_tracker.domain.takedown import TakedownFilter
from pledge_tracker.domain.validate import clean_field
from pledge_tracker.services import incidents, protocols, sightings, takedown
from tests.reliability import tally
from tests.reliability.hostile import hostile_text

CASES = settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
WHEN = dt.datetime(2024, 3, 15, 12, 0)
zones = st.one_of(
    st.sampled_from(("UTC", "Pacific/Auckland", "America/St_Johns", "Asia/Kathmandu")),
    st.sampled_from(("", "Mars/Olympus", "../../etc/passwd", "UTC\x00", "+13:00", "Europe/")),
    st.text(max_size=30),
)


@pytest.fixture(scope="module")
def database(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    path: Path = tmp_path_factory.mktemp("incidents") / "incidents.db"
    found = open_app_database(path, actor="Officer")
    yield found
    found.dispose()


def _entries(database: Database) -> int:
    with database.read() as session:
        return audit.head(session).last_id


@CASES
@given(name=hostile_text, zone=zones, place=st.one_of(st.none(), hostile_text))
def test_a_hostile_incident_is_refused_or_stored_exactly(database, name, zone, place) -> None:
    before = _entries(database)
    try:
        with database.write() as tx:
            added = incidents.add(
                tx, name=f"{name} {before}", occurred_at=WHEN, time_zone=zone, place=place
            )
    except ValidationError as refusal:
        assert refusal.field in {"name", "time_zone", "place"}
        assert "\n" not in str(refusal)
        assert _entries(database) == before  # nothing written
        tally.refused("incident")
        return
    assert added.name == clean_field("incidents", "name", f"{name} {before}")
    assert added.time_zone == clean_field("incidents", "time_zone", zone)
    # stored in UTC: the same moment in the zone it was given in
    assert added.local_time.replace(tzinfo=None) == WHEN
    tally.accepted("incident")


@CASES
@given(
    protocol=st.one_of(st.sampled_from(("gifct_cip", "other")), hostile_text),
    hours=st.integers(-48, 48),
)
def test_a_hostile_activation_is_refused_or_timed_from_the_incident(
    database, protocol, hours
) -> None:
    with database.write() as tx:
        incident = incidents.add(tx, name=f"Attack {_entries(database)}", occurred_at=WHEN)
    before = _entries(database)
    closed = WHEN + dt.timedelta(hours=hours)
    try:
        with database.write() as tx:
            done = protocols.add_activation(
                tx, incident_id=incident.id, protocol=protocol, activated_at=WHEN, closed_at=closed
            )
    except ValidationError as refusal:
        assert refusal.field in {"protocol", "closed_at"}
        assert _entries(database) == before
        tally.refused("activation")
        return
    assert done.hours_from_incident == 0.0 and done.closed_at == closed and hours >= 0
    tally.accepted("activation")


@CASES
@given(address=hostile_text)
def test_a_hostile_address_is_stored_as_given_and_only_shown_defanged(database, address) -> None:
    before = _entries(database)
    live = f"https://{address}.example/{address}"
    try:
        with database.write() as tx:
            added = sightings.add(tx, platform="P", url=live, found_at=WHEN)
    except ValidationError as refusal:
        assert refusal.field == "url" and _entries(database) == before
        assert address not in str(refusal)  # the message never repeats the address
        tally.refused("sighting address")
        return
    with database.read() as session:
        listed = takedown.still_online(session, TakedownFilter(as_of=WHEN + dt.timedelta(days=1)))
        stored = takedown.live_address(session, added.uid)
    shown = next(item.address for item in listed if item.uid == added.uid)
    assert stored == clean_field("sightings", "url", live)  # as given (made canonical)
    assert shown == defang(stored) and is_defanged(shown)
    tally.accepted("sighting address")
