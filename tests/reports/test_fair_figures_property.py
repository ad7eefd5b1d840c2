"""Properties over generated databases: rankings leave out the little-assessed, and every
platform's takedown shares add up to 100 %.

Random judgements (then and now) for a few supporters and a random ranking threshold: no
ranked table of the data or of the printed briefing holds a supporter below the threshold.
Random sightings on numbered platforms: each platform's buckets hold every sighting once.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Iterator
from dataclasses import dataclass, replace

import pypdf
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import delete

from pledge_tracker.bootstrap import open_app_database
from pledge_tracker.db import models as m
from pledge_tracker.db.uow import Database
from pledge_tracker.domain.dto import AssessmentInput
from pledge_tracker.domain.levels import Level
from pledge_tracker.domain.takedown import BUCKETS
from pledge_tracker.reports.build import options_for, render_report
from pledge_tracker.services import assessments, queries, sightings, stakeholders
from pledge_tracker.services.report_data import ReportData, load_report_data
from tests.reports.conftest import AS_OF, options

PEOPLE = ("New Zealand", "France", "Canada", "Japan")
THEN, NOW = dt.date(2024, 1, 15), dt.date(2025, 1, 15)  # either side of `since`
JUDGED = [lv.value for lv in Level if lv.counts_as_assessed]
UNRANKED = "Not enough assessed to rank"


@dataclass
class World:
    database: Database
    cells: dict[int, list[int]]  # supporter id -> the commitments it is bound by


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[World]:
    database = open_app_database(tmp_path_factory.mktemp("fair") / "p.db", actor="Property")
    with database.read() as session:
        pledged = queries.pledges(session)
        ids = [stakeholders.find(session, name).id for name in PEOPLE]
    cells = {p: sorted(c for (s, c), ok in pledged.items() if s == p and ok) for p in ids}
    yield World(database, cells)
    database.dispose()


# Per supporter: how many of its cells are judged then and now, and the levels they get.
judgements = st.lists(
    st.tuples(
        st.integers(0, 19),
        st.integers(0, 19),
        st.lists(st.sampled_from(JUDGED), min_size=2, max_size=2),
    ),
    min_size=len(PEOPLE),
    max_size=len(PEOPLE),
)


def _write_judgements(world: World, plan: list[tuple[int, int, list[str]]]) -> None:
    with world.database.write() as tx:
        tx.session.execute(delete(m.assessment_evidence))
        tx.session.execute(delete(m.Assessment))
        for (person, cells), (then, now, levels) in zip(world.cells.items(), plan, strict=True):
            for day, count, level in ((THEN, then, levels[0]), (NOW, now, levels[1])):
                for commitment in cells[:count]:
                    data = AssessmentInput(person, commitment, level, day, rationale="property")
                    assessments.record(tx, data, today=AS_OF)


def _outline(pdf: bytes) -> list[tuple[int, str]]:
    """The PDF's outline entries as (depth, title), in order."""
    entries: list[tuple[int, str]] = []

    def walk(items: list, depth: int) -> None:
        for item in items:
            if isinstance(item, list):
                walk(item, depth + 1)
            else:
                entries.append((depth, item["/Title"]))

    walk(pypdf.PdfReader(io.BytesIO(pdf)).outline, 0)
    return entries


def _printed_ranking(pdf: bytes) -> list[str]:
    """The names the briefing's ranked "Supporters" table lists (its outline entries)."""
    entries = _outline(pdf)
    start = entries.index((0, "Supporters")) + 1
    names = []
    for depth, title in entries[start:]:
        if depth == 0 or title == UNRANKED:
            break
        names.append(title)
    return names


@settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(plan=judgements, threshold=st.sampled_from([0.0, 0.1, 0.25, 0.5, 0.75, 1.0]))
def test_no_ranked_table_holds_a_supporter_below_the_threshold(
    world: World, plan: list[tuple[int, int, list[str]]], threshold: float
) -> None:
    _write_judgements(world, plan)
    chosen = options_for("briefing", options(stakeholders=PEOPLE, rank_threshold=threshold))
    data: ReportData = load_report_data(world.database, replace(chosen, charts=()))
    for report in data.ranked:
        assert report.summary.coverage is not None and report.summary.coverage >= threshold
    for report in data.movers:
        assert min(report.summary.coverage or 0, report.since.coverage or 0) >= threshold
    moved = {s.stakeholder.name for s in data.supporters if s.score_change}
    listed = {s.stakeholder.name for s in data.movers + data.unranked_movers}
    assert listed == moved  # every mover is ranked or listed apart, never dropped
    assert {s.stakeholder.name for s in data.ranked + data.unranked} == set(PEOPLE)
    buffer = io.BytesIO()
    render_report("briefing", data, buffer)
    printed = _printed_ranking(buffer.getvalue())
    below = {s.stakeholder.name for s in data.unranked}
    assert not below & set(printed), f"ranked though below {threshold:.0%}: {below & set(printed)}"
    assert sorted(printed) == sorted(s.stakeholder.name for s in data.ranked)


T0 = dt.datetime(2025, 3, 1, 9, 0)
hours = st.one_of(st.none(), st.floats(0, 24 * 40, allow_nan=False).map(lambda h: round(h, 2)))
sighting = st.tuples(st.integers(1, 12), hours, hours)  # platform, hours to report, to removal


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(seen=st.lists(sighting, min_size=1, max_size=30))
def test_each_platforms_takedown_shares_add_up_to_100_percent(
    world: World, seen: list[tuple[int, float | None, float | None]]
) -> None:
    with world.database.write() as tx:
        tx.session.execute(delete(m.Sighting))
        for platform, to_report, to_removal in seen:
            sightings.add(
                tx,
                platform=f"Platform {platform}",
                url="https://video.example/x",
                found_at=T0,
                reported_at=None if to_report is None else T0 + dt.timedelta(hours=to_report),
                removed_at=None if to_removal is None else T0 + dt.timedelta(hours=to_removal),
            )
    data = load_report_data(world.database, options())  # every supporter: every sighting
    assert sum(row.sightings for row in data.takedown) == len(seen) == data.sightings
    for row in data.takedown:
        for clock in (row.found, row.reported):
            assert sum(clock.counts) == row.sightings  # every sighting in exactly one bucket
            assert sum(clock.percents()) == 100
            assert sum(clock.share(b) for b in BUCKETS) == pytest.approx(1.0)
            assert clock.timed == clock.removed  # the percentiles cover every timed removal
    numbers = [int(row.platform.split()[1]) for row in data.takedown]
    assert numbers == sorted(numbers)  # "Platform 2" before "Platform 10"
