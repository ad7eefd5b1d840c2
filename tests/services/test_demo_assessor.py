"""Demonstration judgements are recorded under a neutral assessor, never a user's name."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

from sqlalchemy import select, update

from pledge_tracker.bootstrap import open_app_database
from pledge_tracker.cli import main
from pledge_tracker.db import models as m
from pledge_tracker.db.uow import Database
from pledge_tracker.domain.dto import AssessmentInput
from pledge_tracker.services import assessments, seed, stakeholders
from pledge_tracker.services.assessments import DEMO_ASSESSOR
from pledge_tracker.services.check import run_check
from pledge_tracker.services.commitments import find as find_commitment
from tests.db.test_migration_row_hashes import as_of_0001


def _demo_assessors(path: Path) -> set[str]:
    with sqlite3.connect(path) as con:
        return {row[0] for row in con.execute("SELECT assessor FROM assessments WHERE demo = 1")}


def test_help_menu_loading_records_demo_judgements_under_the_neutral_assessor(
    database: Database, db_path: Path
) -> None:
    # Help -> Load Demonstration Data runs seed.load_demo_once as the user.
    with database.write(actor="Aroha Reviewer") as tx:
        assert seed.load_demo_once(tx) > 0
    assert _demo_assessors(db_path) == {"Demonstration data"}


def test_init_demo_records_demo_judgements_under_the_neutral_assessor(tmp_path: Path) -> None:
    path = tmp_path / "demo.db"
    assert main(["init", "--db", str(path), "--demo"]) == 0
    assert _demo_assessors(path) == {"Demonstration data"}


def test_neutral_demo_assessor_corrects_old_databases_with_one_audit_entry_each(
    demo_database: Database, demo_db_path: Path
) -> None:
    # A database from before the fix: demonstration judgements under a user's name.
    with demo_database.write() as tx:
        tx.session.execute(
            update(m.Assessment).where(m.Assessment.demo.is_(True)).values(assessor="jsmith")
        )
        nz = stakeholders.find(tx.session, "New Zealand")
        real = assessments.record(
            tx,
            AssessmentInput(
                stakeholder_id=nz.id,
                commitment_id=find_commitment(tx.session, "GOV-1").id,
                level="limited",
                rationale="An officer's own judgement.",
            ),
        )
        demo_uids = set(
            tx.session.scalars(select(m.Assessment.uid).where(m.Assessment.demo.is_(True)))
        )
    with demo_database.read() as session:
        last_entry = session.scalar(select(m.AuditEntry.id).order_by(m.AuditEntry.id.desc()))
    with demo_database.write(actor="Upgrade") as tx:
        assert assessments.neutral_demo_assessor(tx) == len(demo_uids) > 0
    assert _demo_assessors(demo_db_path) == {DEMO_ASSESSOR}
    with demo_database.read() as session:
        entries = session.execute(
            select(
                m.AuditEntry.action,
                m.AuditEntry.entity,
                m.AuditEntry.record_uid,
                m.AuditEntry.before,
                m.AuditEntry.after,
            ).where(m.AuditEntry.id > last_entry)
        ).all()
        mine = session.get(m.Assessment, real.id)
        assert mine is not None and mine.assessor == "Test Officer"  # a real judgement: untouched
    assert sorted(e.record_uid for e in entries) == sorted(demo_uids)
    for entry in entries:
        before, after = json.loads(entry.before or "{}"), json.loads(entry.after or "{}")
        assert (entry.action, entry.entity) == ("edit", "assessment")
        assert before["assessor"] == "jsmith" and after["assessor"] == DEMO_ASSESSOR
        assert {k: v for k, v in before.items() if k != "assessor"} == {
            k: v for k, v in after.items() if k != "assessor"
        }
    with demo_database.write() as tx:
        assert assessments.neutral_demo_assessor(tx) == 0  # nothing left to correct


def test_demo_in_use_follows_the_demonstration_records(database: Database, tmp_path: Path) -> None:
    with database.read() as session:
        assert not seed.demo_in_use(session)
    with database.write() as tx:
        seed.load_demo(tx)
    with database.read() as session:
        assert seed.demo_in_use(session)
    unused = open_app_database(tmp_path / "x.db", actor="t", seed_new=False)
    with unused.read() as session:
        assert not seed.demo_in_use(session)
    unused.dispose()


def test_upgrading_an_older_database_makes_its_demo_judgements_neutral_audited(
    demo_database: Database, demo_db_path: Path
) -> None:
    # As an older release left it: schema 0001, demonstration judgements under a name.
    with demo_database.write() as tx:
        tx.session.execute(
            update(m.Assessment).where(m.Assessment.demo.is_(True)).values(assessor="jsmith")
        )
    demo_database.dispose()
    as_of_0001(demo_db_path)
    reopened = open_app_database(demo_db_path, actor="Someone Else")
    assert _demo_assessors(demo_db_path) == {DEMO_ASSESSOR}
    with reopened.read() as session:
        actors = set(
            session.scalars(
                select(m.AuditEntry.actor).where(m.AuditEntry.after.contains(DEMO_ASSESSOR))
            )
        )
    assert "Pledge Tracker (upgrade)" in actors
    assert run_check(reopened).ok  # the records still match their audit entries
    reopened.dispose()


def test_a_later_change_to_a_demo_assessor_is_not_laundered_at_open(
    demo_database: Database, demo_db_path: Path
) -> None:
    demo_database.dispose()
    with sqlite3.connect(demo_db_path) as con:  # behind the app's back, schema up to date
        con.execute("UPDATE assessments SET assessor = 'jsmith' WHERE demo = 1")
    reopened = open_app_database(demo_db_path)
    assert _demo_assessors(demo_db_path) == {"jsmith"}
    assert not run_check(reopened).ok
    reopened.dispose()


def test_a_database_made_by_version_0_1_gets_its_demo_judgements_corrected(
    tmp_path: Path,
) -> None:
    fixture = Path(__file__).resolve().parents[1] / "fixtures" / "v0_1" / "demo-0.1.db"
    path = Path(shutil.copy(fixture, tmp_path / "old.db"))
    with sqlite3.connect(path) as con:  # as 0.1 left it: the day before the Call
        (earliest,) = con.execute(
            "SELECT min(effective) FROM assessments WHERE demo = 1"
        ).fetchone()
    assert earliest < "2019-05-15"
    database = open_app_database(path)
    try:
        with sqlite3.connect(path) as con:
            (after,) = con.execute(
                "SELECT min(effective) FROM assessments WHERE demo = 1"
            ).fetchone()
        assert after >= "2019-05-15"
        assert _demo_assessors(path) == {DEMO_ASSESSOR}
        report = run_check(database)  # a copied file has no outside anchor of its own yet
        assert any(step.startswith("records match the audit log") for step in report.passed)
    finally:
        database.dispose()
