"""Hostile incidents and sightings: any name, platform or address a user or an import gives
is printed as typed in the incident report, the view's exports and the charts, never as
markup, and the address only ever defanged; what validation refuses is refused in one line."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import delete

from pledge_tracker.db import models as m
from pledge_tracker.domain.errors import PledgeError
from pledge_tracker.domain.takedown import TakedownFilter
from pledge_tracker.reports.build import incident_bytes
from pledge_tracker.services import incidents, sightings
from pledge_tracker.services.report_data.incident import IncidentReportOptions
from pledge_tracker.services.takedown_screen import load_screen
from pledge_tracker.services.transfer.takedown_sheets import export_takedown
from tests.reliability import tally
from tests.reliability.hostile import clip, hostile_text
from tests.reports.conftest import text_of

AT = dt.datetime(2025, 3, 1, 9, 0)
LIVE = "https://example.org/"


@settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    name=hostile_text.map(lambda t: clip(t, 300)),
    platform=hostile_text.map(lambda t: clip(t, 300)),
    path=hostile_text.map(lambda t: clip(t, 3000)),
    public=st.booleans(),
)
def test_hostile_takedown_text_prints_as_typed_and_addresses_stay_defanged(
    database, tmp_path: Path, name: str, platform: str, path: str, public: bool
) -> None:
    with database.write() as tx:
        tx.session.execute(delete(m.Sighting))
        tx.session.execute(delete(m.Incident))
    try:
        with database.write() as tx:
            incident = incidents.add(tx, name=name, occurred_at=AT, time_zone="UTC")
            sightings.add(
                tx,
                platform=platform,
                url=LIVE + path,
                found_at=AT + dt.timedelta(hours=1),
                incident_id=incident.id,
            )
    except PledgeError as exc:
        assert "\n" not in str(exc) and str(exc)
        with database.read() as session:
            assert not incidents.list_incidents(session)  # all or nothing
        tally.refused("takedown: hostile incident or sighting")
        return
    options = IncidentReportOptions(incident.name, dt.date(2025, 6, 30), public=public)
    text = text_of(incident_bytes(database, options)[0])
    screen = load_screen(database, TakedownFilter(incident_uid=incident.uid))
    csv = export_takedown(screen, tmp_path / "online.csv", "csv", "online").read_text("utf-8-sig")
    for output in (text, " ".join(text.split()), csv):
        assert LIVE not in output  # only ever hxxps://example[.]org/…
    assert "hxxps://example[.]org/" in " ".join(text.split()).replace("\n", "")
    assert screen.figures.total.sightings == 1 and screen.online[0].address.startswith("hxxps")
    tally.accepted("takedown: hostile incident or sighting")
