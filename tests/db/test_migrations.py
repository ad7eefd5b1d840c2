"""Migrations: a new database gets the head schema, the models match the migrations, a newer
database is refused untouched, an older one is backed up (verified copy) and then upgraded."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from pledge_tracker import bootstrap
from pledge_tracker.bootstrap import open_app_database
from pledge_tracker.db import migrations, search_index
from pledge_tracker.db.engine import APPLICATION_ID, make_engine
from pledge_tracker.db.migrate import (
    alembic_config,
    current_revision,
    head_revision,
    script_directory,
)
from pledge_tracker.db.models import Base
from pledge_tracker.domain.errors import DatabaseError, NewerDatabaseError
from pledge_tracker.paths import backups_dir


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _revision(path: Path) -> str:
    with sqlite3.connect(path) as connection:
        return connection.execute("SELECT version_num FROM alembic_version").fetchone()[0]


def _tables(path: Path) -> set[str]:
    with sqlite3.connect(path) as connection:
        rows = connection.execute("SELECT name FROM sqlite_master WHERE type='table'").fetchall()
    return {name for (name,) in rows}


def test_the_migrations_form_one_line_to_a_single_head() -> None:
    heads = script_directory().get_heads()
    assert heads == [head_revision()]
    revisions = list(script_directory().walk_revisions())
    assert revisions[-1].down_revision is None  # one base


def test_a_new_database_is_created_at_head(tmp_path: Path) -> None:
    path = tmp_path / "new.db"
    database = open_app_database(path)
    try:
        assert current_revision(database.engine) == head_revision()
    finally:
        database.dispose()
    assert _revision(path) == head_revision()
    with sqlite3.connect(path) as connection:
        assert connection.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
        assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def _not_the_search_index(name: str | None, kind: str, _parents: object) -> bool:
    return not (kind == "table" and name in {search_index.TABLE, *search_index.SHADOW_TABLES})


def test_the_search_index_is_made_and_taken_back_by_its_migration(tmp_path: Path) -> None:
    path = tmp_path / "fts.db"
    open_app_database(path, seed_new=False).dispose()
    index = {search_index.TABLE, *search_index.SHADOW_TABLES}
    assert index <= _tables(path)
    engine = make_engine(f"sqlite:///{path}")
    with engine.begin() as connection:
        command.downgrade(alembic_config(connection), "0011")
    assert not index & _tables(path)
    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), "head")
    engine.dispose()
    assert index <= _tables(path)


def test_the_models_and_the_migrations_describe_the_same_schema(tmp_path: Path) -> None:
    # What `alembic revision --autogenerate` would find: no difference at all, the search
    # index aside (derived, made by migration 0012 and kept outside the models on purpose).
    database = open_app_database(tmp_path / "schema.db", seed_new=False)
    try:
        with database.engine.connect() as connection:
            context = MigrationContext.configure(
                connection,
                opts={
                    "compare_type": True,
                    "compare_server_default": True,
                    "include_name": _not_the_search_index,
                },
            )
            differences = compare_metadata(context, Base.metadata)
    finally:
        database.dispose()
    assert differences == []


@pytest.mark.parametrize("journal", ["wal", "delete"])
def test_a_database_from_a_newer_version_is_refused_untouched(db_path: Path, journal: str) -> None:
    with sqlite3.connect(db_path) as connection:
        connection.execute(f"PRAGMA journal_mode={journal}")
        connection.execute("UPDATE alembic_version SET version_num = 'f00dfeed9999'")
    connection.close()
    before = _sha(db_path)
    files_before = sorted(p.name for p in db_path.parent.iterdir())
    with pytest.raises(NewerDatabaseError, match="newer version") as caught:
        open_app_database(db_path)
    assert "not changed" in str(caught.value)
    assert _sha(db_path) == before
    assert sorted(p.name for p in db_path.parent.iterdir()) == files_before
    assert not backups_dir(db_path).exists()  # not even a backup was needed


def test_a_sqlite_file_of_another_program_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
    connection.close()
    before = _sha(path)
    with pytest.raises(DatabaseError, match="not a Pledge Tracker database"):
        open_app_database(path)
    assert _sha(path) == before


def test_a_file_that_is_not_sqlite_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_text("just some text, not a database\n" * 10)
    before = _sha(path)
    with pytest.raises(DatabaseError, match="not a SQLite file"):
        open_app_database(path)
    assert _sha(path) == before


def test_a_missing_database_is_not_created_unless_asked(tmp_path: Path) -> None:
    with pytest.raises(DatabaseError, match="does not exist"):
        open_app_database(tmp_path / "absent.db", create=False)
    assert not (tmp_path / "absent.db").exists()
    with pytest.raises(DatabaseError, match="folder"):
        open_app_database(tmp_path / "no-such-folder" / "x.db")


SECOND_REVISION = '''"""a later schema: one more table"""
import sqlalchemy as sa
from alembic import op

revision = "0002_probe"
down_revision = "{down}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table("upgrade_probe", sa.Column("id", sa.Integer(), primary_key=True))
    {fail}


def downgrade() -> None:
    op.drop_table("upgrade_probe")
'''


@pytest.fixture
def newer_app(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """Make this version of the app know one more migration than the database has."""

    def install(*, fail: bool = False) -> str:
        scripts = tmp_path / "migrations"
        shutil.copytree(
            Path(migrations.__file__).parent, scripts, ignore=shutil.ignore_patterns("__pycache__")
        )
        fail_line = 'raise RuntimeError("disk full half-way through")' if fail else "pass"
        (scripts / "versions" / "0002_probe.py").write_text(
            SECOND_REVISION.format(down=head_revision(), fail=fail_line)
        )
        monkeypatch.setattr(migrations, "__file__", str(scripts / "__init__.py"))
        return head_revision()

    return install


def test_an_older_database_is_backed_up_then_upgraded(db_path: Path, newer_app) -> None:
    old = head_revision()
    with sqlite3.connect(db_path) as connection:
        counts = connection.execute(
            "SELECT (SELECT count(*) FROM stakeholders), (SELECT count(*) FROM audit_entries)"
        ).fetchone()
    connection.close()
    new = newer_app()
    assert new == "0002_probe"

    database = open_app_database(db_path)
    database.dispose()

    assert _revision(db_path) == new
    assert "upgrade_probe" in _tables(db_path)
    backups = list(backups_dir(db_path).glob("*.db"))
    assert len(backups) == 1
    copy = backups[0]
    assert "pre-upgrade" in copy.name
    # The copy holds the database as it was before the upgrade, whole and verified.
    assert _revision(copy) == old
    assert "upgrade_probe" not in _tables(copy)
    with sqlite3.connect(copy) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert (
            connection.execute(
                "SELECT (SELECT count(*) FROM stakeholders), (SELECT count(*) FROM audit_entries)"
            ).fetchone()
            == counts
        )
    connection.close()


def test_no_upgrade_happens_when_the_backup_fails(
    db_path: Path, newer_app, monkeypatch: pytest.MonkeyPatch
) -> None:
    old = head_revision()
    newer_app()

    def failing_backup(path: Path) -> Path:
        raise DatabaseError("The backup could not be written: No space left on device")

    monkeypatch.setattr(bootstrap, "pre_migration_backup", failing_backup)
    with pytest.raises(DatabaseError, match="No space left"):
        open_app_database(db_path)
    assert _revision(db_path) == old
    assert "upgrade_probe" not in _tables(db_path)


def test_a_migration_that_fails_half_way_changes_nothing(db_path: Path, newer_app) -> None:
    old = head_revision()
    newer_app(fail=True)
    with pytest.raises(RuntimeError, match="half-way"):
        open_app_database(db_path)
    assert _revision(db_path) == old
    assert "upgrade_probe" not in _tables(db_path)  # the DDL was rolled back with it
    with sqlite3.connect(db_path) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_a_read_only_open_does_not_upgrade(db_path: Path, newer_app) -> None:
    old = head_revision()
    newer_app()
    before = _sha(db_path)
    with pytest.raises(DatabaseError, match="read-only"):
        open_app_database(db_path, read_only=True)
    assert _revision(db_path) == old
    assert _sha(db_path) == before


def test_an_empty_file_becomes_a_new_database(tmp_path: Path) -> None:
    path = tmp_path / "chosen-in-a-dialog.db"
    path.touch()
    database = open_app_database(path)
    database.dispose()
    assert _revision(path) == head_revision()
