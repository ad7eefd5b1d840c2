"""A database made by version 0.1 (reference 1.0) opens up to the shipped catalogue.

The fixture tests/fixtures/v0_1/demo-0.1.db was made by version 0.1 (`init --demo`): schema
0001, the 1.0 catalogue, demonstration data. It is copied before use, never opened in place.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from sqlalchemy import Row, func, select

from pledge_tracker.bootstrap import open_app_database
from pledge_tracker.db import models as m
from pledge_tracker.db.uow import Database
from pledge_tracker.domain.dto import CommitmentDTO, Summary
from pledge_tracker.domain.kinds import PLEDGED_GROUPS, CommitmentGroup, StakeholderKind
from pledge_tracker.services import catalogue, commitments, queries, seed
from pledge_tracker.services.check import run_check
from tests.conftest import copy_anchored
from tests.reference import BY_GROUP, COMMITMENTS, REFERENCE

FIXTURE = Path(__file__).parents[1] / "fixtures" / "v0_1" / "demo-0.1.db"
HISTORY = catalogue.load_history()
AS_OF = dt.date(2026, 1, 1)
UPGRADE_ACTOR = "Pledge Tracker (upgrade)"


def _item(code: str) -> dict:
    return next(item for item in REFERENCE["commitments"] if item["id"] == code)


def _superseded(code: str) -> dict:
    return next(entry["commitment"] for entry in HISTORY if entry["commitment"]["id"] == code)


@pytest.fixture
def old_copy(tmp_path: Path) -> Path:
    """A copy of the version 0.1 database, anchored where this test's app data lives."""
    target = tmp_path / "demo-0.1.db"
    copy_anchored(FIXTURE, target)
    return target


def _open_as_0_1(path: Path, monkeypatch: pytest.MonkeyPatch) -> Database:
    """Open a database leaving its catalogue as version 0.1 made it (to see or change it)."""
    with monkeypatch.context() as patch:
        patch.setattr(catalogue, "pending_changes", lambda *_args, **_kw: [])
        return open_app_database(path, actor="Test Officer")


def _codes(database: Database) -> dict[str, CommitmentDTO]:
    with database.read() as session:
        return {row.code: row for row in commitments.list_commitments(session)}


def _entries(database: Database, action: str, entity: str) -> list[Row]:
    """The upgrade's audit entries of one kind: record uid, before and after."""
    entry = m.AuditEntry
    with database.read() as session:
        query = select(entry.record_uid, entry.before, entry.after).where(
            entry.action == action, entry.entity == entity, entry.actor == UPGRADE_ACTOR
        )
        return list(session.execute(query).all())


def test_the_shipped_catalogue_is_revision_1_1_and_the_old_draft_is_kept_as_data() -> None:
    assert REFERENCE["schema_version"] == "1.1" and REFERENCE["call"]["commitment_count"] == 25
    assert (COMMITMENTS, BY_GROUP) == (
        25,
        {"governments": 5, "online_service_providers": 7, CommitmentGroup.JOINT.value: 13},
    )
    assert _item("JOINT-13")["text"] is None  # an unverified draft
    assert "non-duplicative" in _item("JOINT-12")["text_unverified_draft"]
    assert "non-legislative" in _superseded("JOINT-12")["text_unverified_draft"]


def test_the_0_1_fixture_really_holds_the_old_catalogue(
    old_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    database = _open_as_0_1(old_copy, monkeypatch)
    try:
        rows = _codes(database)
    finally:
        database.dispose()
    assert "JOINT-13" not in rows and len(rows) == COMMITMENTS - 1
    assert rows["JOINT-12"].wording == catalogue.wording_of(_superseded("JOINT-12"))


def test_a_0_1_database_opens_with_the_shipped_catalogue(old_copy: Path) -> None:
    database = open_app_database(old_copy, actor="Test Officer")
    try:
        rows = _codes(database)
        with database.read() as session:
            figures = queries.stats(session, AS_OF)
        report = run_check(database)
    finally:
        database.dispose()
    assert report.ok, report.problem
    assert figures["counts"]["commitments"] == COMMITMENTS  # type: ignore[index]
    assert figures["commitments_by_group"] == BY_GROUP
    joint12, joint13 = rows["JOINT-12"], rows["JOINT-13"]
    assert joint12.wording == catalogue.wording_of(_item("JOINT-12"))
    assert joint12.short_title == _item("JOINT-12")["short_title"]
    assert not joint12.wording_verified and joint12.version == 2
    assert (joint13.group, joint13.number) == (CommitmentGroup.JOINT, 13)
    assert joint13.wording == _item("JOINT-13")["text_unverified_draft"]
    assert not joint13.wording_verified


def test_every_change_is_audited_with_its_reason(old_copy: Path) -> None:
    database = open_app_database(old_copy, actor="Test Officer")
    try:
        (revised,) = _entries(database, "revise", "commitment")
        (added,) = _entries(database, "add", "commitment")
        supporters = _entries(database, "revise", "stakeholder")
        with database.read() as session:
            people = [(p.uid, p.kind) for p in session.scalars(select(m.Stakeholder))]
            uid = {row.code: row.uid for row in session.scalars(select(m.Commitment))}
    finally:
        database.dispose()
    before, after = json.loads(revised.before), json.loads(revised.after)
    assert revised.record_uid == uid["JOINT-12"]
    assert "non-legislative" in before["wording"] and "non-duplicative" in after["wording"]
    assert "revision 1.1" in after["reason"] and "revision 1.0" in after["reason"]
    assert added.record_uid == uid["JOINT-13"]
    assert "revision 1.1" in json.loads(added.after)["reason"]
    joint = {uid for uid, kind in people if CommitmentGroup.JOINT in PLEDGED_GROUPS[kind]}
    assert {entry.record_uid for entry in supporters} == joint
    for entry in supporters:
        data = json.loads(entry.after)
        assert data["pledges_added"] == ["JOINT-13"] and "JOINT-13" in data["reason"]


def test_the_new_commitment_binds_each_supporter_as_its_kind_does(old_copy: Path) -> None:
    database = open_app_database(old_copy, actor="Test Officer")
    try:
        with database.read() as session:
            joint13 = commitments.find(session, "JOINT-13")
            bound = set(
                session.scalars(
                    select(m.Pledge.stakeholder_id).where(m.Pledge.commitment_id == joint13.id)
                )
            )
            people = [(p.id, p.name, p.kind) for p in session.scalars(select(m.Stakeholder))]
    finally:
        database.dispose()
    for ident, name, kind in people:
        pledges = PLEDGED_GROUPS[StakeholderKind(kind)]
        assert (ident in bound) is (CommitmentGroup.JOINT in pledges), name


def test_scores_are_recomputed_a_governments_coverage_counts_the_new_commitment(
    tmp_path: Path, old_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    as_0_1 = tmp_path / "as-0.1.db"
    copy_anchored(FIXTURE, as_0_1)
    old = _open_as_0_1(as_0_1, monkeypatch)
    new = open_app_database(old_copy, actor="Test Officer")
    try:
        before, after = (_france(database) for database in (old, new))
        with new.read() as session:
            grid = queries.matrix(session, AS_OF)
            france = next(r for r in grid.rows if r.stakeholder.name == "France").stakeholder.id
            joint13 = commitments.find(session, "JOINT-13").id
    finally:
        old.dispose()
        new.dispose()
    assert before.assessed > 0 and after.assessed == before.assessed
    assert after.applicable == before.applicable + 1  # JOINT-13, bound and not assessed
    assert after.levels["not_assessed"] == before.levels["not_assessed"] + 1
    assert after.coverage == round(after.assessed / after.applicable, 3) < before.coverage  # type: ignore[operator]
    assert after.score == before.score  # an unassessed commitment does not score
    assert grid.cell(france, joint13).applicable


def _france(database: Database) -> Summary:
    with database.read() as session:
        grid = queries.matrix(session, AS_OF)
    return next(r for r in grid.rows if r.stakeholder.name == "France").summary


OWN = "Develop and support practical initiatives (as read in the official text)."


@pytest.mark.parametrize(
    ("wording", "verified"),
    [(OWN, True), (OWN, False), (catalogue.wording_of(_superseded("JOINT-12")), True)],
    ids=["own-verified", "own-unverified", "old-draft-verified"],
)
def test_wording_a_user_verified_or_changed_is_never_replaced(
    old_copy: Path, monkeypatch: pytest.MonkeyPatch, wording: str, verified: bool
) -> None:
    database = _open_as_0_1(old_copy, monkeypatch)
    with database.write(actor="Aroha Reviewer") as tx:
        row = commitments.find(tx.session, "JOINT-12")
        commitments.correct_wording(tx, row.id, wording=wording, verified=verified, source="PDF")
    database.dispose()
    database = open_app_database(old_copy, actor="Test Officer")
    try:
        rows = _codes(database)
        report = run_check(database)
        revised = _entries(database, "revise", "commitment")
    finally:
        database.dispose()
    assert rows["JOINT-12"].wording == wording and rows["JOINT-12"].wording_verified is verified
    if verified:  # a verified commitment is the user's: not even its short title changes
        assert rows["JOINT-12"].short_title == _superseded("JOINT-12")["short_title"]
        assert revised == []
    assert "JOINT-13" in rows  # the rest of the upgrade still happens
    assert report.ok, report.problem


def test_an_upgraded_database_opens_again_without_a_write(old_copy: Path) -> None:
    open_app_database(old_copy, actor="Test Officer").dispose()
    database = open_app_database(old_copy, actor="Test Officer")
    try:
        with database.read() as session:
            entries = session.scalar(select(func.count()).select_from(m.AuditEntry))
            assert catalogue.pending_changes(session, seed.load_reference()) == []
        with database.write() as tx:
            assert catalogue.upgrade_catalogue(tx, seed.load_reference()) == []
        with database.read() as session:
            assert session.scalar(select(func.count()).select_from(m.AuditEntry)) == entries
    finally:
        database.dispose()


def test_a_new_database_is_up_to_date_and_opens_without_a_write(db_path: Path) -> None:
    first = open_app_database(db_path, actor="Test Officer")
    with first.read() as session:
        entries = session.scalar(select(func.count()).select_from(m.AuditEntry))
        assert catalogue.pending_changes(session, seed.load_reference()) == []
    first.dispose()
    again = open_app_database(db_path, actor="Test Officer")
    try:
        with again.read() as session:
            assert session.scalar(select(func.count()).select_from(m.AuditEntry)) == entries
            assert queries.record_counts(session)["commitments"] == COMMITMENTS
    finally:
        again.dispose()
