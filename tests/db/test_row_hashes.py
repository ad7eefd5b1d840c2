"""Every way the app writes leaves each record exactly as its newest audit entry recorded it.

After each service operation (seed, demo, evidence, attachments, assessments, supporters,
actions, sightings, wording, imports, package restore and merge) the full `check` passes,
and every audited record's newest entry carries the hash of its current state.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import select

from pledge_tracker.bootstrap import open_app_database
from pledge_tracker.db import models as m
from pledge_tracker.db import rowcheck
from pledge_tracker.db.uow import Database, Tx
from pledge_tracker.domain.dto import AssessmentInput, EvidenceInput, StakeholderInput
from pledge_tracker.services import (
    actions,
    assessments,
    commitments,
    evidence,
    seed,
    sightings,
    stakeholders,
)
from pledge_tracker.services.check import run_check
from pledge_tracker.services.transfer import import_file
from pledge_tracker.services.transfer.package import export_package


def assert_checked(database: Database) -> None:
    report = run_check(database)
    assert report.ok, report.problem
    with database.read() as session:
        found = rowcheck.check_all(session)
        hashless = session.scalars(
            select(m.AuditEntry.id).where(
                m.AuditEntry.entity.in_(["stakeholder", "evidence", "assessment"]),
                m.AuditEntry.row_hash.is_(None),
            )
        ).all()
    assert found.mismatches == 0 and found.checked > 0
    assert hashless == []  # every entry of a record carries its state's hash


def _nz(tx: Tx) -> m.Stakeholder:
    return stakeholders.find(tx.session, "New Zealand")


def _gov(tx: Tx, code: str = "GOV-2") -> m.Commitment:
    return commitments.find(tx.session, code)


def add_evidence(tx: Tx) -> None:
    evidence.add(
        tx,
        EvidenceInput(
            "Act",
            effective="2021-06-30",
            stakeholder_ids=(_nz(tx).id,),
            commitment_ids=(_gov(tx).id,),
        ),
        demo=False,
    )


def edit_evidence(tx: Tx) -> None:
    row = tx.session.scalars(select(m.Evidence).order_by(m.Evidence.id)).first()
    assert row is not None
    evidence.edit(
        tx, row.id, EvidenceInput("Edited", effective="2020-01-01", stakeholder_ids=(_nz(tx).id,))
    )


def attach_and_detach(tx: Tx) -> None:
    evidence.attach(tx, 1, "a.txt", b"first file")
    item = evidence.attach(tx, 1, "b.txt", b"second file")
    evidence.detach(tx, item.id, evidence.get(tx.session, 1).attachments[0].attachment.sha256)


def withdraw(tx: Tx) -> None:
    evidence.set_withdrawn(tx, 2, True)


def record_and_retract(tx: Tx) -> None:
    made = assessments.record(
        tx,
        AssessmentInput(
            stakeholder_id=_nz(tx).id,
            commitment_id=_gov(tx).id,
            level="substantial",
            effective="2022-01-01",
            rationale="Act",
            evidence_ids=(1,),
        ),
    )
    assessments.set_retracted(tx, made.id, True)


def add_supporter(tx: Tx) -> None:
    stakeholders.add(tx, StakeholderInput(name="Row Hash Land", kind="government"))


def change_kind(tx: Tx) -> None:
    row = _nz(tx)
    stakeholders.edit(tx, row.id, StakeholderInput(name=row.name, kind="partner"))
    stakeholders.set_active(tx, row.id, False)


def action_done(tx: Tx) -> None:
    made = actions.add(tx, stakeholder_id=_nz(tx).id, title="Ask", commitment_id=_gov(tx).id)
    actions.set_done(tx, made.id, True)


def sighting(tx: Tx) -> None:
    sightings.add(
        tx,
        platform="Site",
        url="https://example.org/x",
        found_at=dt.datetime(2024, 1, 1, 9, 30),
        views=5,
    )


def wording(tx: Tx) -> None:
    commitments.correct_wording(
        tx, _gov(tx).id, wording="New text", verified=True, source="https://example.org/official"
    )


OPERATIONS: dict[str, Callable[[Tx], None]] = {
    "add evidence": add_evidence,
    "edit evidence": edit_evidence,
    "attach and detach": attach_and_detach,
    "withdraw evidence": withdraw,
    "record and retract": record_and_retract,
    "add supporter": add_supporter,
    "change kind and deactivate": change_kind,
    "action": action_done,
    "sighting": sighting,
    "wording": wording,
}


def test_seed_and_demo_load_pass_check(demo_database: Database) -> None:
    assert_checked(demo_database)


@pytest.mark.parametrize("name", sorted(OPERATIONS))
def test_every_service_operation_passes_check(demo_database: Database, name: str) -> None:
    with demo_database.write() as tx:
        OPERATIONS[name](tx)
    assert_checked(demo_database)


def test_all_operations_in_one_unit_pass_check(demo_database: Database) -> None:
    with demo_database.write() as tx:
        for operation in OPERATIONS.values():
            operation(tx)
    assert_checked(demo_database)


def test_official_text_and_spreadsheet_imports_pass_check(
    database: Database, tmp_path: Path
) -> None:
    official = tmp_path / "official.csv"
    official.write_text("code,wording\nGOV-1,Official wording one\n", encoding="utf-8")
    with database.write() as tx:
        commitments.load_official_text(tx, official, "https://example.org/official")
    people = tmp_path / "supporters.csv"
    people.write_text("name,kind\nImported Agency,government\n", encoding="utf-8")
    found = tmp_path / "evidence.csv"
    found.write_text("title,effective,supporters,commitments\nAct,2021-06-30,NZ,GOV-2\n")
    judged = tmp_path / "assessments.csv"
    judged.write_text(
        "supporter,commitment,level,effective,rationale,evidence\n"
        "NZ,GOV-2,Substantial,2022-01-01,Act in force,Act\n"
    )
    for path in (people, found, judged):
        import_file(database, path)
        assert_checked(database)


def test_package_restore_and_merge_pass_check(
    demo_database: Database, database: Database, tmp_path: Path
) -> None:
    with demo_database.write() as tx:
        evidence.attach(tx, 1, "file.txt", b"bytes")
        add_supporter(tx)
    package = export_package(demo_database, tmp_path / "export.zip").path
    copy = open_app_database(tmp_path / "copy.db", seed_new=False)
    try:
        import_file(copy, package)  # restore: the entries travel with their row hashes
        assert_checked(copy)
        with copy.read() as session:
            restored = session.scalars(
                select(m.AuditEntry.row_hash).where(m.AuditEntry.row_hash.is_not(None))
            ).all()
        assert len(restored) > 200
    finally:
        copy.dispose()
    import_file(database, package)  # merge into a separately seeded database
    assert_checked(database)


def test_a_merge_that_adds_a_commitment_keeps_existing_supporters_checked(
    database: Database, tmp_path: Path
) -> None:
    """New pledges on a merged-in commitment change existing supporters: they are audited."""
    other = open_app_database(tmp_path / "other.db", seed_new=False)
    try:
        with other.write() as tx:
            reference = seed.load_reference()
            reference["commitments"].append(
                {**reference["commitments"][0], "id": "GOV-99", "number": 99}
            )
            seed.seed_call(tx, reference)
        package = export_package(other, tmp_path / "more.zip").path
    finally:
        other.dispose()
    import_file(database, package, default="mine")
    assert_checked(database)


def test_an_audited_deletion_marks_the_record_gone(database: Database) -> None:
    with database.write() as tx:
        made = actions.add(tx, stakeholder_id=_nz(tx).id, title="Short-lived")
    with database.write() as tx:
        row = tx.session.get(m.Action, made.id)
        tx.session.delete(row)
        tx.session.flush()
        tx.audit("delete", "action", made.uid, {"title": "Short-lived"}, None)
    with database.read() as session:
        entry = session.execute(
            select(m.AuditEntry.action, m.AuditEntry.row_hash).order_by(m.AuditEntry.id.desc())
        ).first()
    assert entry == ("delete", None)  # no state: the record is gone, as recorded
    assert_checked(database)
