"""The same records give the same row hashes on PostgreSQL as on SQLite; check works there.

Runs when PLEDGE_TRACKER_TEST_PG_URL names a server (`.ci/postgres.sh start`), like
tests/db/test_postgres.py; the normalisation itself is tested without a server in
tests/db/test_rowvalues.py.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import create_engine, text

from pledge_tracker.bootstrap import open_app_database
from pledge_tracker.db import rowstate
from pledge_tracker.db.uow import Database
from pledge_tracker.services import evidence, seed
from pledge_tracker.services.check import run_check
from pledge_tracker.services.transfer import import_file
from pledge_tracker.services.transfer.package import export_package
from tests.db.postgres_server import POSTGRES_ONLY

pytestmark = POSTGRES_ONLY


def hashes(database: Database) -> dict[tuple[str, str], str]:
    with database.read() as session:
        return {
            (entity.name, uid): rowstate.row_hash(state)
            for entity in rowstate.ENTITIES
            for uid, state in rowstate.stream(session, entity)
        }


def test_the_same_records_hash_alike_on_both_engines(pg_url: str, tmp_path: Path) -> None:
    server = open_app_database(pg_url, actor="Test Officer")
    try:
        with server.write() as tx:
            seed.load_demo(tx)
            evidence.attach(tx, 1, "file.txt", "Māori text".encode())
        report = run_check(server)
        assert report.ok, report.problem
        package = export_package(server, tmp_path / "pg.zip").path
        on_postgres = hashes(server)
    finally:
        server.dispose()
    local = open_app_database(tmp_path / "copy.db", seed_new=False)
    try:
        import_file(local, package)  # the records and their entries, byte for byte
        on_sqlite = hashes(local)
        assert run_check(local).ok  # the entries written on PostgreSQL hold on SQLite
    finally:
        local.dispose()
    assert len(on_postgres) > 250
    assert on_sqlite == on_postgres


def test_a_level_changed_on_the_server_is_named(pg_url: str) -> None:
    server = open_app_database(pg_url, actor="Test Officer")
    try:
        with server.write() as tx:
            seed.load_demo(tx)
        engine = create_engine(pg_url)
        with engine.begin() as connection:
            uid = connection.execute(
                text("UPDATE assessments SET level = 'full' WHERE id = 1 RETURNING uid")
            ).scalar()
        engine.dispose()
        report = run_check(server)
        assert not report.ok and f"assessment {uid}" in (report.problem or "")
    finally:
        server.dispose()
