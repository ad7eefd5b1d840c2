"""Takedown figures computed in SQL, checked against answers worked out by hand.

The data and the working are in tests/takedown_data.py.
"""

from __future__ import annotations

import datetime as dt

import pytest

from pledge_tracker.db.uow import Database
from pledge_tracker.domain.kinds import FoundHow
from pledge_tracker.domain.takedown import Clock, PlatformFigures, TakedownFilter
from pledge_tracker.services import incidents as incident_service
from pledge_tracker.services import protocols, stakeholders, takedown
from tests import takedown_data as data

AT = TakedownFilter(as_of=data.AS_OF)


@pytest.fixture
def loaded(database: Database) -> Database:
    data.load(database)
    return database


def _figures(database: Database, filt: TakedownFilter = AT) -> dict[str, PlatformFigures]:
    with database.read() as session:
        found = takedown.figures(session, filt)
    return {row.platform: row for row in (*found.rows, found.total)}


def test_each_platform_falls_in_disjoint_buckets_on_both_clocks(loaded: Database) -> None:
    alpha, beta = _figures(loaded)["Alpha"], _figures(loaded)["Beta"]
    assert alpha.sightings == 7 and beta.sightings == 3  # b4 was found after the as-of moment
    assert alpha.found.counts == (1, 3, 1, 2, 0)
    # from reported: never reported (a3) and removed before reported (a5) cannot be timed
    assert alpha.reported.counts == (3, 0, 0, 2, 2)
    # exactly 1 hour and exactly 24 hours fall within their yardsticks (given in other zones)
    assert beta.found.counts == (1, 1, 0, 1, 0) == beta.reported.counts


def test_shares_are_of_all_sightings_and_add_up_to_100(loaded: Database) -> None:
    for row in _figures(loaded).values():
        for clock in (row.found, row.reported):
            assert sum(clock.counts) == row.sightings
            assert sum(clock.percents()) == 100
            assert sum(
                clock.share(b)
                for b in ("within_hour", "within_day", "after_day", "online", "unknown")
            ) == pytest.approx(1.0)
    alpha = _figures(loaded)["Alpha"]
    assert alpha.found.percents() == (14, 43, 14, 29, 0)  # 1, 3, 1, 2 of 7 by largest remainder


def test_median_and_90th_percentile_of_time_to_removal(loaded: Database) -> None:
    figures = _figures(loaded)
    alpha, beta, total = figures["Alpha"], figures["Beta"], figures[""]
    # Alpha from first seen: 0.67, 1.75, 2.5, 3, 30 h
    assert (alpha.found.median_hours, alpha.found.p90_hours, alpha.found.timed) == (2.5, 19.2, 5)
    # from reported (a6 from its removal order): 0.5, 0.5, 0.75 h
    assert (alpha.reported.median_hours, alpha.reported.p90_hours) == (0.5, 0.7)
    assert alpha.reported.timed == 3
    assert (beta.found.median_hours, beta.found.p90_hours, beta.found.timed) == (12.5, 21.7, 2)
    # all platforms: 0.67, 1, 1.75, 2.5, 3, 24, 30 h, and 0.5, 0.5, 0.75, 1, 24 h
    assert (total.found.median_hours, total.found.p90_hours, total.found.timed) == (2.5, 26.4, 7)
    assert (total.reported.median_hours, total.reported.p90_hours) == (0.75, 14.8)


def test_views_and_the_age_of_what_is_still_online(loaded: Database) -> None:
    figures = _figures(loaded)
    alpha, beta, total = figures["Alpha"], figures["Beta"], figures[""]
    assert (beta.views, beta.views_known, alpha.views_known) == (1050, 2, 0)
    assert (alpha.online, alpha.online_oldest_hours, alpha.online_median_hours) == (2, 108.0, 108.0)
    assert (beta.online_oldest_hours, total.online, total.online_median_hours) == (48.0, 3, 108.0)


def test_filters_by_incident_period_platform_and_how_found(loaded: Database) -> None:
    with loaded.read() as session:
        uid = incident_service.by_name(session, data.INCIDENT).uid
    by_incident = _figures(loaded, TakedownFilter(incident_uid=uid, as_of=data.AS_OF))
    assert set(by_incident) == {"Alpha", ""} and by_incident["Alpha"].found.counts == (
        1,
        1,
        0,
        0,
        0,
    )
    day = dt.date(2024, 3, 16)
    period = _figures(loaded, TakedownFilter(since=day, until=day, as_of=data.AS_OF))
    assert period[""].sightings == 2  # a6 and b2
    ordered = TakedownFilter(found_how=FoundHow.REMOVAL_ORDER, as_of=data.AS_OF)
    assert _figures(loaded, ordered)[""].reported.counts == (1, 0, 0, 0, 0)
    beta = _figures(loaded, TakedownFilter(platform="Beta", as_of=data.AS_OF))
    assert set(beta) == {"Beta", ""}


def test_public_figures_leave_restricted_sightings_out(loaded: Database) -> None:
    public = _figures(loaded, TakedownFilter(as_of=data.AS_OF, public=True))
    assert public["Beta"].sightings == 2 and public["Beta"].views == 1000
    with loaded.read() as session:
        listed = takedown.still_online(session, TakedownFilter(as_of=data.AS_OF, public=True))
    assert [item.address for item in listed] == [
        "hxxps://alpha[.]example/a4",
        "hxxps://alpha[.]example/a7",
    ]


def test_removals_after_the_moment_count_as_still_online(loaded: Database) -> None:
    later = _figures(loaded, TakedownFilter(as_of=data.T + dt.timedelta(days=6)))
    assert later["Alpha"].found.counts == (1, 3, 2, 1, 0)  # a7 came down after 5 days


def test_weekly_counts_of_new_sightings_and_removals(loaded: Database) -> None:
    with loaded.read() as session:
        weeks = takedown.weekly_counts(session, AT)
    assert [(w.week_start, w.new, w.removed) for w in weeks] == [
        (dt.date(2024, 3, 11), 9, 7),
        (dt.date(2024, 3, 18), 1, 0),
    ]


def test_still_online_oldest_first_with_defanged_addresses(loaded: Database) -> None:
    with loaded.read() as session:
        listed = takedown.still_online(session, AT)
        first = takedown.still_online(session, AT, limit=1)
        live = takedown.live_address(session, listed[0].uid)
    assert [(i.address, i.age_hours) for i in listed] == [
        ("hxxps://alpha[.]example/a4", 108.0),
        ("hxxps://alpha[.]example/a7", 108.0),
        ("hxxps://beta[.]example/b3", 48.0),
    ]
    assert listed[2].restricted and not listed[0].restricted
    assert first == listed[:1]
    assert live == "https://alpha.example/a4"  # only through the explicit copy action


def test_cumulative_share_removed_within_hours(loaded: Database) -> None:
    with loaded.read() as session:
        curve = takedown.removal_curve(session, AT, Clock.REPORTED, hours=(1.0, 24.0))
        found = takedown.removal_curve(session, AT, Clock.FOUND, hours=(1.0, 720.0))
    assert [(p.removed, p.share) for p in curve] == [(4, 0.4), (5, 0.5)]
    assert [p.removed for p in found] == [2, 7]


def test_times_from_the_incident_to_activation_and_responses(loaded: Database) -> None:
    with loaded.write() as tx:
        attack = incident_service.by_name(tx.session, data.INCIDENT)
        supporter = stakeholders.list_stakeholders(tx.session)[0]
        protocols.add_activation(
            tx,
            incident_id=attack.id,
            protocol="christchurch_call_crp",
            activated_at=dt.datetime(2024, 3, 15, 12, 30),  # Paris time, as the incident's
            activated_by="New Zealand and France",
        )
        protocols.add_response(
            tx,
            incident_id=attack.id,
            stakeholder_id=supporter.id,
            first_action_at=dt.datetime(2024, 3, 15, 12, 0, tzinfo=dt.UTC),
            action="Hashes shared",
        )
    with loaded.read() as session:
        times = protocols.incident_times(session, attack.uid)
    assert times.incident.occurred_at == dt.datetime(2024, 3, 15, 10, 0)  # stored in UTC
    assert times.incident.local_time.hour == 11
    assert [a.hours_from_incident for a in times.activations] == [1.5]
    assert [(r.supporter, r.hours_from_incident) for r in times.responses] == [
        (supporter.name, 2.0)
    ]


def test_no_sightings_gives_an_empty_table_and_a_zero_total(database: Database) -> None:
    with database.read() as session:
        found = takedown.figures(session, AT)
        weeks = takedown.weekly_counts(session, AT)
    assert found.rows == () and weeks == ()
    assert found.total.sightings == 0 and found.total.found.median_hours is None
    assert found.total.reported.percents() == (0, 0, 0, 0, 0)
