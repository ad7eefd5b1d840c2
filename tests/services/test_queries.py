"""The read side: the as-of matrix, scores and coverage, `stats`, and the commitments."""

from __future__ import annotations

import datetime as dt

import pytest

from pledge_tracker.db.uow import Database
from pledge_tracker.domain.dto import AssessmentInput, EvidenceInput
from pledge_tracker.domain.errors import ConflictError, ValidationError
from pledge_tracker.domain.kinds import CommitmentGroup
from pledge_tracker.domain.levels import Level
from pledge_tracker.services import assessments, commitments, evidence, queries, stakeholders
from tests.db.team_users import signed
from tests.reference import COMMITMENTS, GOVERNMENT, JOINT, PROVIDER, SUPPORTERS

D = dt.date


def _ids(database: Database, *names: str) -> list[int]:
    with database.read() as session:
        return [
            stakeholders.find(session, n).id if "-" not in n else commitments.find(session, n).id
            for n in names
        ]


def _assess(database: Database, sid: int, cid: int, level: str, effective: str, **kw) -> int:
    with database.write() as tx:
        return assessments.record(
            tx, AssessmentInput(sid, cid, level, effective, rationale="because", **kw)
        ).id


def test_a_new_database_has_an_empty_but_complete_matrix(database: Database) -> None:
    with database.read() as session:
        grid = queries.matrix(session, D(2024, 1, 1))
    with database.read() as session:
        pledges = queries.record_counts(session)["pledges"]
    assert len(grid.commitments) == COMMITMENTS and len(grid.rows) == SUPPORTERS
    assert grid.overall.score is None and grid.overall.coverage == 0.0
    assert grid.overall.applicable == pledges and grid.overall.assessed == 0
    nz, osp1, gov1 = _ids(database, "New Zealand", "OSP-1", "GOV-1")
    assert grid.cell(nz, osp1).level is Level.NOT_APPLICABLE and not grid.cell(nz, osp1).applicable
    assert grid.cell(nz, gov1).level is Level.NOT_ASSESSED and grid.cell(nz, gov1).applicable


def test_scores_coverage_and_levels_per_supporter_and_overall(database: Database) -> None:
    nz, fr, gov1, gov2, joint1 = _ids(
        database, "New Zealand", "France", "GOV-1", "GOV-2", "JOINT-1"
    )
    _assess(database, nz, gov1, "complete", "2020-01-01")
    _assess(database, nz, gov2, "limited", "2020-06-01")
    _assess(database, nz, joint1, "not_applicable", "2020-06-01")
    _assess(database, fr, gov1, "regressed", "2021-01-01")
    with database.read() as session:
        grid = queries.matrix(session, D(2021, 6, 1))
    rows = {row.stakeholder.id: row for row in grid.rows}
    # New Zealand: bound by the government and joint commitments, one of them judged not
    # applicable; 2 assessed (3 + 1 points).
    bound = GOVERNMENT + JOINT
    assert rows[nz].summary.assessed == 2 and rows[nz].summary.applicable == bound - 1
    assert rows[nz].summary.score == round(100 * 4 / 6, 1)
    assert rows[nz].summary.coverage == round(2 / (bound - 1), 3)
    assert rows[nz].summary.levels == {
        "complete": 1,
        "limited": 1,
        "not_applicable": PROVIDER + 1,
        "not_assessed": bound - 3,
    }
    assert rows[nz].last_assessed == D(2020, 6, 1)
    assert rows[fr].summary.score == 0.0 and rows[fr].summary.assessed == 1
    assert grid.overall.assessed == 3
    assert grid.overall.applicable == sum(row.summary.applicable for row in grid.rows)
    assert grid.overall.score == round(100 * 4 / 9, 1)


def test_as_of_shows_the_past_and_two_dates_can_be_compared(database: Database) -> None:
    nz, gov1 = _ids(database, "New Zealand", "GOV-1")
    _assess(database, nz, gov1, "limited", "2019-06-01")
    _assess(database, nz, gov1, "complete", "2022-06-01")
    with database.read() as session:
        before = queries.matrix(session, D(2019, 5, 31)).cell(nz, gov1)
        early = queries.matrix(session, D(2019, 6, 1)).cell(nz, gov1)
        late = queries.matrix(session, D(2022, 6, 1)).cell(nz, gov1)
    assert before.level is Level.NOT_ASSESSED
    assert (early.level, early.effective) == (Level.LIMITED, D(2019, 6, 1))
    assert (late.level, late.effective) == (Level.COMPLETE, D(2022, 6, 1))


def test_stale_evidence_marks_a_judgement_for_review(database: Database) -> None:
    nz, gov1, gov2 = _ids(database, "New Zealand", "GOV-1", "GOV-2")
    with database.write() as tx:
        fresh = evidence.add(
            tx, EvidenceInput(title="New law", effective="2023-01-01", stakeholder_ids=(nz,))
        ).id
        old = evidence.add(tx, EvidenceInput(title="Old policy", published="2019-06-01")).id
    _assess(database, nz, gov1, "limited", "2023-02-01", evidence_ids=(old,))
    _assess(database, nz, gov2, "limited", "2020-01-01", evidence_ids=(old, fresh))
    with database.read() as session:
        grid = queries.matrix(session, D(2023, 6, 1))
        assert grid.cell(nz, gov1).needs_review  # rests on evidence four years old
        assert not grid.cell(nz, gov2).needs_review  # its newest evidence is recent
        assert (
            not queries.matrix(session, D(2023, 6, 1), freshness_months=60)
            .cell(nz, gov1)
            .needs_review
        )
        assert next(r for r in grid.rows if r.stakeholder.id == nz).evidence_count == 1
    with database.write() as tx:
        evidence.set_withdrawn(tx, fresh, True)
    with database.read() as session:
        assert queries.matrix(session, D(2023, 6, 1)).cell(nz, gov2).needs_review


def test_deactivated_supporters_leave_the_matrix_and_the_overall_score(
    database: Database,
) -> None:
    nz, gov1 = _ids(database, "New Zealand", "GOV-1")
    _assess(database, nz, gov1, "complete", "2020-01-01")
    with database.write() as tx:
        stakeholders.set_active(tx, nz, False)
    with database.read() as session:
        grid = queries.matrix(session, D(2024, 1, 1))
        everyone = queries.matrix(session, D(2024, 1, 1), include_inactive=True)
        figures = queries.stats(session, D(2024, 1, 1))
    assert len(grid.rows) == 73 and grid.overall.score is None
    assert len(everyone.rows) == 74
    assert figures["score"] is None  # the only judgement belongs to an inactive supporter
    listed = {s["name"]: s for s in figures["stakeholders"]}
    assert listed["New Zealand"]["active"] is False and listed["New Zealand"]["score"] == 100.0


def test_stats_follow_the_command_line_contract(demo_database: Database) -> None:
    with demo_database.read() as session:
        figures = queries.stats(session, D(2024, 6, 1))
        counts = queries.record_counts(session)
        grid = queries.matrix(session, D(2024, 6, 1))
    assert figures["as_of"] == "2024-06-01"
    assert figures["counts"] == counts
    assert set(counts) >= {
        "commitments",
        "stakeholders",
        "pledges",
        "assessments",
        "evidence",
        "attachments",
        "actions",
        "sightings",
        "audit_entries",
    }
    assert figures["commitments_by_group"] == {
        "governments": GOVERNMENT,
        "governments_and_online_service_providers": JOINT,
        "online_service_providers": PROVIDER,
    }
    assert figures["stakeholders_by_kind"] == {
        "government": 54,
        "intergovernmental": 3,
        "online_service_provider": 13,
        "partner": 4,
    }
    assert (figures["score"], figures["coverage"]) == (grid.overall.score, grid.overall.coverage)
    assert figures["score"] is not None and counts["assessments"] > 0
    assert len(figures["stakeholders"]) == SUPPORTERS
    for entry in figures["stakeholders"]:
        assert set(entry) >= {"name", "kind", "score", "coverage", "levels"}
    with demo_database.read() as session:
        assert queries.stats(session, D(2019, 1, 1))["score"] is None  # before any judgement


def test_commitments_are_listed_by_group_with_unverified_wording(database: Database) -> None:
    with database.read() as session:
        listed = commitments.list_commitments(session)
    assert [c.code for c in listed] == (
        [f"GOV-{i}" for i in range(1, GOVERNMENT + 1)]
        + [f"OSP-{i}" for i in range(1, PROVIDER + 1)]
        + [f"JOINT-{i}" for i in range(1, JOINT + 1)]
    )
    assert [c.group for c in listed][: GOVERNMENT + 1] == [
        CommitmentGroup.GOVERNMENTS
    ] * GOVERNMENT + [CommitmentGroup.ONLINE_SERVICE_PROVIDERS]
    assert all(c.short_title and c.wording and not c.wording_verified for c in listed)


def test_verifying_wording_records_who_when_and_against_what(database: Database, unchanged) -> None:
    (gov1,) = _ids(database, "GOV-1")
    with unchanged(), pytest.raises(ValidationError) as caught:
        with database.write() as tx:
            commitments.correct_wording(
                tx, gov1, wording="Counter terrorist content.", verified=True
            )
    assert caught.value.field == "verified_source"
    with database.write(actor="Aroha Ngata") as tx:
        done = commitments.correct_wording(
            tx,
            gov1,
            wording="Counter terrorist content.",
            verified=True,
            source="https://www.christchurchcall.com/ (official text)",
            expected_version=1,
        )
    assert done.wording_verified and done.verified_by == signed(database, "Aroha Ngata")
    assert done.verified_at is not None and "official" in done.verified_source
    assert done.version == 2
    with pytest.raises(ConflictError), database.write() as tx:
        commitments.correct_wording(tx, gov1, wording="x", verified=False, expected_version=1)


def test_supporters_who_had_not_yet_joined_are_left_out_of_that_date(database: Database) -> None:
    with database.read() as session:
        early = queries.matrix(session, D(2019, 6, 1))
        now = queries.matrix(session, D(2026, 1, 1))
    founding = {row.stakeholder.name for row in early.rows}
    assert "New Zealand" in founding and "France" in founding
    assert all(
        row.stakeholder.joined in (None,) or row.stakeholder.joined <= D(2019, 6, 1)
        for row in early.rows
    )
    assert len(early.rows) < len(now.rows) == 74
