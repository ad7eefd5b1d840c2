"""The chart data says what the database says: checked against the matrix and the records."""

from __future__ import annotations

import datetime as dt
from collections import Counter

import pytest
from sqlalchemy import select

from pledge_tracker.db import models as m
from pledge_tracker.db.uow import Database
from pledge_tracker.domain.dto import AssessmentInput
from pledge_tracker.domain.errors import ValidationError
from pledge_tracker.domain.kinds import StakeholderKind
from pledge_tracker.domain.levels import Level
from pledge_tracker.domain.scoring import summarise
from pledge_tracker.services import assessments, chart_data, commitments, queries, stakeholders
from pledge_tracker.services.chart_data import ChartOptions, classify_change
from tests.reference import COMMITMENTS, GOVERNMENT, JOINT, SUPPORTERS

TODAY = dt.date.today()


def test_levels_by_group_counts_the_matrix_cells_of_each_group(demo_database: Database) -> None:
    with demo_database.read() as session:
        data = chart_data.build_levels_by_group(session, ChartOptions(as_of=TODAY))
        grid = queries.matrix(session, TODAY)
        stats = queries.stats(session, TODAY)
    assert data.supporters == 74
    for group in data.groups:
        expected = Counter(
            grid.cell(row.stakeholder.id, cid).level
            for row in grid.rows
            for cid in group.commitment_ids
        )
        expected.pop(Level.NOT_APPLICABLE, None)
        assert group.counts == dict(expected)
    assert round(data.assessed / data.applicable, 3) == stats["coverage"]
    assert data.assessed == 83  # the demonstration assessments in force today


def test_heatmap_rows_are_the_matrix_rows(demo_database: Database) -> None:
    with demo_database.read() as session:
        data = chart_data.build_heatmap(session, ChartOptions(as_of=TODAY))
        grid = queries.matrix(session, TODAY)
    assert len(data.rows) == SUPPORTERS and len(data.commitments) == COMMITMENTS
    by_id = {row.stakeholder.id: row for row in grid.rows}
    for row in data.rows:
        cells = [grid.cell(row.stakeholder_id, c.id) for c in data.commitments]
        assert row.levels == tuple(cell.level for cell in cells)
        assert row.needs_review == tuple(cell.needs_review for cell in cells)
        assert row.summary.score == by_id[row.stakeholder_id].summary.score
    kinds = [row.kind for row in data.rows]
    assert kinds == sorted(kinds, key=list(StakeholderKind).index)  # grouped by kind


def test_score_and_coverage_series_end_at_the_as_of_figures(demo_database: Database) -> None:
    with demo_database.read() as session:
        data = chart_data.build_score_over_time(session, ChartOptions(as_of=TODAY))
        stats = queries.stats(session, TODAY)
        grid = queries.matrix(session, TODAY)
    assert data.quarters[0] == dt.date(2019, 6, 30)  # the Call's first quarter
    assert data.quarters[-1] == TODAY
    everyone = data.series[0]
    assert everyone.kind == "all"
    assert everyone.scores[-1] == stats["score"]
    assert everyone.coverages[-1] == stats["coverage"]
    providers = next(s for s in data.series if s.label == "online_service_provider")
    expected = summarise(
        grid.cell(row.stakeholder.id, c.id).level
        for row in grid.rows
        if row.stakeholder.kind is StakeholderKind.ONLINE_SERVICE_PROVIDER
        for c in grid.commitments
    )
    assert (providers.scores[-1], providers.coverages[-1]) == (expected.score, expected.coverage)


def test_evidence_per_quarter_counts_every_live_item_by_kind(demo_database: Database) -> None:
    with demo_database.read() as session:
        data = chart_data.build_evidence_by_quarter(session, ChartOptions(as_of=TODAY))
        kinds = Counter(session.scalars(select(m.Evidence.kind)))
    assert data.total == 31
    assert {kind: sum(counts) for kind, counts in data.counts.items()} == dict(kinds)


def test_evidence_by_recording_date_puts_the_demo_in_this_quarter(
    demo_database: Database,
) -> None:
    options = ChartOptions(as_of=TODAY, evidence_basis="recorded")
    with demo_database.read() as session:
        data = chart_data.build_evidence_by_quarter(session, options)
        with pytest.raises(ValidationError):
            chart_data.build_evidence_by_quarter(session, ChartOptions(TODAY, evidence_basis="x"))
    assert len(data.quarters) == 1 and data.total == 31


def test_changes_match_two_matrices_compared_cell_by_cell(demo_database: Database) -> None:
    since = dt.date(2019, 5, 15)
    with demo_database.read() as session:
        data = chart_data.build_changes(session, ChartOptions(as_of=TODAY, since=since))
        before, after = queries.matrix(session, since), queries.matrix(session, TODAY)
    expected: Counter[str] = Counter()
    for key, cell in after.cells.items():
        change = classify_change(before.cell(*key).level, cell.level)  # not yet joined: absent
        if change:
            expected[change] += 1
    found: Counter[str] = Counter()
    for group in data.groups:
        found.update({kind: n for kind, n in group.counts.items() if n})
    assert found == expected
    assert data.total == sum(expected.values()) > 0


@pytest.mark.parametrize(
    ("before", "after", "change"),
    [
        (Level.NOT_ASSESSED, Level.LIMITED, "new"),
        (Level.LIMITED, Level.COMPLETE, "upgrade"),
        (Level.SUBSTANTIAL, Level.LIMITED, "downgrade"),
        (Level.NOT_STARTED, Level.REGRESSED, "downgrade"),
        (Level.NOT_STARTED, Level.NO_EVIDENCE, None),
        (Level.LIMITED, Level.NOT_ASSESSED, None),
        (Level.LIMITED, Level.LIMITED, None),
    ],
)
def test_classify_change(before: Level, after: Level, change: str | None) -> None:
    assert classify_change(before, after) == change


def _judge(database: Database, who: str, code: str, level: Level, day: str) -> int:
    with database.write() as tx:
        person = stakeholders.find(tx.session, who)
        item = commitments.find(tx.session, code)
        made = assessments.record(
            tx,
            AssessmentInput(person.id, item.id, level, day, rationale="seen in the record"),
        )
    return made.id


def test_one_supporter_moving_through_the_levels(database: Database) -> None:
    _judge(database, "New Zealand", "GOV-1", Level.LIMITED, "2020-01-10")
    _judge(database, "New Zealand", "GOV-1", Level.SUBSTANTIAL, "2021-02-01")
    _judge(database, "New Zealand", "GOV-1", Level.REGRESSED, "2022-03-01")
    with database.read() as session:
        nz = chart_data.resolve_stakeholders(session, ["nz"])
        options = ChartOptions(as_of=dt.date(2022, 6, 30), stakeholder_ids=nz)
        series = chart_data.build_score_over_time(session, options)

        def moved(since: str, as_of: str) -> dict[str, int]:
            when = ChartOptions(dt.date.fromisoformat(as_of), dt.date.fromisoformat(since))
            data = chart_data.build_changes(session, when)
            return {k: n for g in data.groups for k, n in g.counts.items() if n}

        assert moved("2019-12-31", "2020-06-30") == {"new": 1}
        assert moved("2020-06-30", "2021-06-30") == {"upgrade": 1}
        assert moved("2021-06-30", "2022-06-30") == {"downgrade": 1}
        assert moved("2022-03-31", "2022-06-30") == {}
    (line,) = series.series
    assert line.label == "New Zealand" and line.kind == "supporter"
    by_quarter = dict(zip(series.quarters, line.scores, strict=True))
    assert by_quarter[dt.date(2019, 12, 31)] is None  # nothing assessed: no point, no zero
    assert by_quarter[dt.date(2020, 3, 31)] == 33.3
    assert by_quarter[dt.date(2021, 3, 31)] == 66.7
    assert by_quarter[dt.date(2022, 3, 31)] == 0.0
    # one assessed of a government's commitments: every government and every joint one
    assert line.coverages[-1] == round(1 / (GOVERNMENT + JOINT), 3)


def test_a_retracted_judgement_leaves_every_chart(database: Database) -> None:
    made = _judge(database, "France", "GOV-2", Level.COMPLETE, "2021-01-01")
    options = ChartOptions(as_of=TODAY)
    with database.read() as session:
        assert chart_data.build_levels_by_group(session, options).assessed == 1
    with database.write() as tx:
        assessments.set_retracted(tx, made, True)
    with database.read() as session:
        for name in chart_data.BUILDERS:
            data = chart_data.build(name, session, options)
            assert getattr(data, "assessed", 0) == 0
        assert chart_data.build_changes(session, options).total == 0


def test_supporters_count_only_from_the_day_they_joined(database: Database) -> None:
    day = dt.date(2019, 6, 30)
    with database.read() as session:
        data = chart_data.build_levels_by_group(session, ChartOptions(as_of=day))
        joined = [
            s
            for s in stakeholders.list_stakeholders(session)
            if s.joined is None or s.joined <= day  # no known date: always counted
        ]
        pledged = queries.pledges(session)
    assert 0 < data.supporters == len(joined) < 74
    assert data.applicable == sum(
        1 for (sid, _), ok in pledged.items() if ok and sid in {s.id for s in joined}
    )


def test_the_filter_narrows_supporters_and_commitments(demo_database: Database) -> None:
    with demo_database.read() as session:
        providers = chart_data.build_heatmap(
            session, ChartOptions(TODAY, kinds=frozenset({"online_service_provider"}))
        )
        named = chart_data.build_heatmap(session, ChartOptions(TODAY, text="zeal"))
        founding = chart_data.build_heatmap(session, ChartOptions(TODAY, founding_only=True))
        gov1 = commitments.find(session, "GOV-1").id
        column = chart_data.build_heatmap(session, ChartOptions(TODAY, commitment_ids={gov1}))
    assert {row.kind for row in providers.rows} == {StakeholderKind.ONLINE_SERVICE_PROVIDER}
    assert providers.filtered
    assert [row.name for row in named.rows] == ["New Zealand"]
    assert 0 < len(founding.rows) < 74
    assert [c.code for c in column.commitments] == ["GOV-1"]
    assert all(len(row.levels) == 1 for row in column.rows)


def test_an_unknown_chart_or_supporter_is_named_in_the_error(database: Database) -> None:
    with database.read() as session:
        with pytest.raises(ValidationError, match="no chart called 'pie'"):
            chart_data.build("pie", session, ChartOptions(TODAY))
        with pytest.raises(ValidationError, match="Atlantis"):
            chart_data.resolve_stakeholders(session, ["Atlantis"])
        with pytest.raises(ValidationError, match="earlier date"):
            chart_data.build_changes(session, ChartOptions(TODAY, TODAY + dt.timedelta(days=1)))
