"""PostgreSQL, for teams: the same database, services and checks as on SQLite.

Runs when PLEDGE_TRACKER_TEST_PG_URL names a server where the role may create databases
(`.ci/postgres.sh start` sets one up); each test gets its own database, dropped afterwards.
"""

from __future__ import annotations

import datetime as dt
import threading
from pathlib import Path

import pytest
from sqlalchemy import create_engine, select, text

from pledge_tracker.bootstrap import open_app_database
from pledge_tracker.db import audit, row_security, search_index
from pledge_tracker.db import models as m
from pledge_tracker.db.migrate import current_revision, head_revision
from pledge_tracker.db.uow import Database
from pledge_tracker.domain.dto import AssessmentInput, EvidenceInput, StakeholderInput
from pledge_tracker.domain.errors import NewerDatabaseError, ValidationError
from pledge_tracker.services import (
    actions,
    assessments,
    commitments,
    evidence,
    queries,
    seed,
    sightings,
    stakeholders,
)
from pledge_tracker.services.check import run_check
from tests.db.postgres_server import POSTGRES_ONLY
from tests.reference import COMMITMENTS, SUPPORTERS, default_pledges

pytestmark = POSTGRES_ONLY


def test_a_new_postgresql_database_is_migrated_seeded_and_checks(pg_url: str) -> None:
    database = open_app_database(pg_url, actor="Test Officer")
    try:
        assert not database.sqlite
        assert current_revision(database.engine) == head_revision()
        with database.read() as session:
            counts = queries.record_counts(session)
        assert (counts["commitments"], counts["stakeholders"], counts["pledges"]) == (
            COMMITMENTS,
            SUPPORTERS,
            default_pledges(),
        )
        report = run_check(database)
        assert report.ok, report.problem
        assert any(step.startswith("audit chain") for step in report.passed)
    finally:
        database.dispose()
    again = open_app_database(pg_url)  # opening again neither re-seeds nor migrates
    try:
        with again.read() as session:
            assert queries.record_counts(session) == counts
    finally:
        again.dispose()


def _in_the_models(name: str | None, kind: str, _parents: object) -> bool:
    # Kept outside the models on purpose: the derived trigram index (migration 0015) and row
    # security's own tables (migration 0013) belong to the server.
    if kind == "index" and name == search_index.PG_INDEX:
        return False
    return kind != "table" or name not in row_security.SERVER_TABLES


def test_models_and_migrations_agree_on_postgresql(pg_url: str) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    database = open_app_database(pg_url, seed_new=False)
    try:
        with database.engine.connect() as connection:
            context = MigrationContext.configure(
                connection,
                opts={"compare_type": True, "include_name": _in_the_models},
            )
            assert compare_metadata(context, m.Base.metadata) == []
    finally:
        database.dispose()


def test_a_newer_postgresql_database_is_refused(pg_url: str) -> None:
    open_app_database(pg_url, seed_new=False).dispose()
    engine = create_engine(pg_url)
    with engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = 'f00dfeed9999'"))
    with pytest.raises(NewerDatabaseError):
        open_app_database(pg_url)
    with engine.connect() as connection:
        assert connection.execute(text("SELECT version_num FROM alembic_version")).scalar() == (
            "f00dfeed9999"
        )
    engine.dispose()


def _same_operations(database: Database, attachment: Path) -> None:
    """A day's work: supporters, evidence with a file, judgements, a retraction, actions."""
    with database.write(actor="Aroha Ngata") as tx:
        session = tx.session
        nz = stakeholders.find(session, "New Zealand").id
        fr = stakeholders.find(session, "France").id
        gov1 = commitments.find(session, "GOV-1").id
        joint1 = commitments.find(session, "JOINT-1").id
        added = stakeholders.add(tx, StakeholderInput(name="Testland", kind="government"))
        item = evidence.add(
            tx,
            EvidenceInput(
                title="Classification amendment",
                effective="2021-11-04",
                stakeholder_ids=(nz,),
                commitment_ids=(gov1,),
            ),
            [attachment],
        )
        for sid, cid, level, day in [
            (nz, gov1, "limited", "2020-01-01"),
            (nz, gov1, "complete", "2022-01-01"),
            (nz, joint1, "substantial", "2021-05-01"),
            (fr, gov1, "regressed", "2021-06-01"),
            (added.id, joint1, "no_evidence", "2023-01-01"),
        ]:
            assessments.record(
                tx, AssessmentInput(sid, cid, level, day, rationale="why", evidence_ids=(item.id,))
            )
        actions.add(tx, stakeholder_id=nz, title="Report back", due="2024-01-31")
        sightings.add(
            tx,
            platform="VidShare",
            url="https://vid.example/a",
            found_at=dt.datetime(2024, 3, 1, 9),
            removed_at=dt.datetime(2024, 3, 1, 10),
        )
    with database.write() as tx:
        latest = assessments.history(tx.session, nz, gov1)[0]
        assessments.set_retracted(tx, latest.id, True)
        stakeholders.set_active(tx, fr, False)
    with pytest.raises(ValidationError), database.write() as tx:
        stakeholders.add(tx, StakeholderInput(name="testland", kind="partner"))


def test_postgresql_gives_the_same_figures_as_sqlite(
    pg_url: str, database: Database, tmp_path: Path
) -> None:
    attachment = tmp_path / "report.pdf"
    attachment.write_bytes(b"%PDF-1.4 transparency report\n")
    pg = open_app_database(pg_url, actor="Test Officer")
    try:
        _same_operations(pg, attachment)
        _same_operations(database, attachment)
        for day in (dt.date(2019, 1, 1), dt.date(2021, 6, 1), dt.date(2024, 6, 1)):
            with pg.read() as session:
                on_pg = queries.stats(session, day)
            with database.read() as session:
                on_sqlite = queries.stats(session, day)
            assert on_pg == on_sqlite
        with pg.read() as session:
            assert on_pg["counts"]["attachments"] == 1
            assert audit.verify(session) is None
        assert run_check(pg).ok
    finally:
        pg.dispose()


def test_concurrent_writers_keep_the_audit_chain_linear(pg_url: str) -> None:
    open_app_database(pg_url, seed_new=False).dispose()
    writers = [open_app_database(pg_url, actor=f"writer {i}") for i in range(3)]
    appends, errors = 40, []
    start = threading.Barrier(len(writers))

    def work(database: Database, number: int) -> None:
        try:
            start.wait()
            for index in range(appends):
                with database.write() as tx:
                    tx.audit("note", "test", f"w{number}-{index}", None, {"i": index})
                    tx.audit("note", "test", f"w{number}-{index}b", None, {"i": index})
        except BaseException as exc:  # reported below: a thread must not swallow it
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(db, n)) for n, db in enumerate(writers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    try:
        assert errors == []
        with writers[0].read() as session:
            rows = session.execute(
                select(m.AuditEntry.id, m.AuditEntry.prev_hash, m.AuditEntry.hash).order_by(
                    m.AuditEntry.id
                )
            ).all()
            assert audit.verify(session) is None
        assert len(rows) == len(writers) * appends * 2
        assert [row.id for row in rows] == list(range(1, len(rows) + 1))
        previous = audit.GENESIS
        for row in rows:
            assert row.prev_hash == previous  # one line: no two entries share a parent
            previous = row.hash
    finally:
        for database in writers:
            database.dispose()


def test_demo_data_loads_on_postgresql(pg_url: str) -> None:
    database = open_app_database(pg_url)
    try:
        with database.write() as tx:
            seed.load_demo(tx)
        with database.read() as session:
            figures = queries.stats(session, dt.date(2024, 6, 1))
        assert figures["counts"]["assessments"] > 0 and figures["score"] is not None
    finally:
        database.dispose()


def test_the_evidence_search_ignores_accents_on_postgresql(pg_url: str) -> None:
    from pledge_tracker.services import evidence_search
    from pledge_tracker.services.evidence_search import EvidenceQuery

    database = open_app_database(pg_url, actor="Test Officer")
    try:
        with database.write() as tx:
            for title in ("Ngāti Whātua hui", "Côte d'Ivoire law", "Plain note"):
                evidence.add(tx, EvidenceInput(title=title, effective="2024-05-01"))
        with database.read() as session:
            for typed, expected in (
                ("whatua", ["Ngāti Whātua hui"]),
                ("NGATI", ["Ngāti Whātua hui"]),
                ("cote", ["Côte d'Ivoire law"]),
                ("COTE D'IVOIRE", ["Côte d'Ivoire law"]),
            ):
                ids = evidence_search.search_ids(session, EvidenceQuery(text=typed))
                titles = [row.title for row in evidence_search.load_rows(session, ids)]
                assert titles == expected, typed
        assert run_check(database).ok
    finally:
        database.dispose()


def test_the_trigram_index_is_made_and_taken_back_by_its_migration(pg_url: str) -> None:
    from alembic import command

    from pledge_tracker.db.migrate import alembic_config

    database = open_app_database(pg_url, seed_new=False)
    try:
        with database.engine.begin() as connection:
            assert search_index.has_pg_index(connection)
            command.downgrade(alembic_config(connection), "0014")
            assert not search_index.has_pg_index(connection)
            command.upgrade(alembic_config(connection), "head")
            assert search_index.has_pg_index(connection)
    finally:
        database.dispose()
