"""Actions with due dates (overdue ones stand out) and sightings with their takedown times."""

from __future__ import annotations

import datetime as dt

import pytest

from pledge_tracker.db.uow import Database
from pledge_tracker.domain.defang import defang
from pledge_tracker.domain.errors import NotFoundError, ValidationError
from pledge_tracker.domain.takedown import TakedownFilter
from pledge_tracker.services import actions, commitments, sightings, stakeholders, takedown

TODAY = dt.date(2024, 6, 1)


@pytest.fixture
def nz(database: Database) -> int:
    with database.read() as session:
        return stakeholders.find(session, "New Zealand").id


def test_actions_are_listed_soonest_first_and_overdue_ones_stand_out(
    database: Database, nz: int
) -> None:
    with database.read() as session:
        gov1 = commitments.find(session, "GOV-1").id
    with database.write() as tx:
        late = actions.add(tx, stakeholder_id=nz, title="Publish review", due="2024-01-31")
        later = actions.add(
            tx, stakeholder_id=nz, title="Report", due="2025-01-31", commitment_id=gov1
        )
        undated = actions.add(tx, stakeholder_id=nz, title="Someday")
        done = actions.add(tx, stakeholder_id=nz, title="Done already", due="2023-01-01")
        actions.set_done(tx, done.id, True, on=dt.date(2023, 1, 2))
    with database.read() as session:
        listed = actions.list_actions(session, stakeholder_id=nz)
        assert [a.id for a in listed] == [done.id, late.id, later.id, undated.id]
        assert [a.id for a in actions.overdue(session, TODAY)] == [late.id]
        assert [a.id for a in actions.list_actions(session, commitment_id=gov1)] == [later.id]
    with database.write() as tx:
        reopened = actions.set_done(tx, done.id, False)
    assert not reopened.done and reopened.done_on is None


@pytest.mark.parametrize(
    ("values", "field", "error"),
    [
        ({"stakeholder_id": 99_999}, "stakeholder", NotFoundError),
        ({"commitment_id": 99_999}, "commitment", NotFoundError),
        ({"title": " "}, "title", ValidationError),
        ({"due": "2024-02-30"}, "due", ValidationError),
    ],
)
def test_bad_actions_are_refused(
    database: Database, nz: int, unchanged, values: dict, field: str, error: type
) -> None:
    with unchanged(), pytest.raises(error) as caught:
        with database.write() as tx:
            actions.add(tx, **({"stakeholder_id": nz, "title": "x"} | values))
    assert caught.value.field == field


def test_an_unknown_action_is_refused(database: Database, unchanged) -> None:
    with unchanged(), pytest.raises(NotFoundError) as caught:
        with database.write() as tx:
            actions.set_done(tx, 99_999, True)
    assert caught.value.field == "action"


T = dt.datetime(2024, 3, 15, 12, 0)


def test_sightings_give_time_to_removal_against_the_yardsticks(database: Database, nz: int) -> None:
    with database.write() as tx:
        fast = sightings.add(
            tx,
            platform="VidShare",
            url="https://vid.example/a",
            found_at=T,
            reported_at=T + dt.timedelta(minutes=10),
            removed_at=T + dt.timedelta(minutes=40),
            views=12,
        )
        sightings.add(
            tx,
            platform="VidShare",
            url="https://vid.example/b",
            found_at=T,
            removed_at=T + dt.timedelta(hours=30),
        )
        sightings.add(tx, platform="VidShare", url="https://vid.example/c", found_at=T)
        sightings.add(
            tx,
            platform="Forum",
            url="https://forum.example/x",
            found_at=T,
            removed_at=T + dt.timedelta(hours=5),
            stakeholder_id=nz,
        )
    with database.read() as session:
        found = takedown.figures(session, TakedownFilter(as_of=T + dt.timedelta(days=2)))
    vid, forum = (
        row for name in ("VidShare", "Forum") for row in found.rows if row.platform == name
    )
    assert vid.sightings == 3 and vid.reported.removed == 1 and vid.found.removed == 2
    # within 1 hour, 1-24 hours, after 24 hours, still online, unknown: disjoint buckets
    assert vid.found.counts == (1, 0, 1, 1, 0) and forum.found.counts == (0, 1, 0, 0, 0)
    # from the report: the 30-hour item was never reported, so that clock cannot time it
    assert vid.reported.counts == (1, 0, 0, 1, 1) and vid.reported.median_hours == 0.5
    assert vid.found.share("online") == pytest.approx(1 / 3)  # the item never removed counts
    assert sum(vid.found.percents()) == 100
    assert vid.found.median_hours == round((40 / 60 + 30) / 2, 2) and vid.found.timed == 2
    assert defang(fast.url) == "hxxps://vid[.]example/a"


@pytest.mark.parametrize(
    ("values", "field"),
    [
        ({"reported_at": T - dt.timedelta(hours=1)}, "reported_at"),
        ({"removed_at": T - dt.timedelta(seconds=1)}, "removed_at"),
        ({"views": -1}, "views"),
        ({"platform": ""}, "platform"),
        ({"url": "  "}, "url"),
        ({"stakeholder_id": 99_999}, "stakeholder"),
    ],
)
def test_bad_sightings_are_refused(database: Database, unchanged, values: dict, field: str) -> None:
    base = {"platform": "VidShare", "url": "https://vid.example/a", "found_at": T}
    with unchanged(), pytest.raises(ValidationError) as caught:
        with database.write() as tx:
            sightings.add(tx, **(base | values))
    assert caught.value.field == field


def test_takedown_buckets_add_up_and_platforms_sort_naturally(database: Database) -> None:
    with database.write() as tx:

        def seen(platform: str, **times: dt.datetime | None) -> None:
            sightings.add(tx, platform=platform, url="https://x.example", found_at=T, **times)

        seen("Platform 10", removed_at=T + dt.timedelta(minutes=30))
        seen("Platform 2", reported_at=T, removed_at=T + dt.timedelta(hours=2))
        # removed before it was reported: the time cannot be measured
        seen(
            "Platform 2",
            reported_at=T + dt.timedelta(hours=3),
            removed_at=T + dt.timedelta(hours=1),
        )
        # removed after the as-of date: still online on that date
        seen("Platform 2", reported_at=T, removed_at=T + dt.timedelta(days=30))
    with database.read() as session:
        found = takedown.figures(session, TakedownFilter.for_report(T.date()))
    assert [s.platform for s in found.rows] == ["Platform 2", "Platform 10"]
    two = found.rows[0].reported
    assert two.counts == (0, 1, 0, 1, 1) and two.timed == 1
    assert two.percents() == (0, 34, 0, 33, 33) and sum(two.percents()) == 100
