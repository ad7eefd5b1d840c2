"""Data packages written by an older version: upgraded on import, as a database is.

Officers do not all upgrade on the same day. A package whose schema revision is older than
this version's is loaded into a temporary database made at that revision, the database is
upgraded by the same migrations an officer's own database goes through (audited baseline
entries included), and exported again: the import then reads that package like any other.
A package from a newer version is refused, naming both versions.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import MetaData, Table, insert

from pledge_tracker import __version__
from pledge_tracker.db.engine import make_engine
from pledge_tracker.db.migrate import alembic_config, head_revision, open_database, script_directory
from pledge_tracker.services import assessments, catalogue, reference_events, seed
from pledge_tracker.services.transfer.archive import ArchiveRefused

_CHUNK = 500


def known_revisions() -> list[str]:
    """Every schema revision this version knows, oldest first."""
    return [script.revision for script in reversed(list(script_directory().walk_revisions()))]


def check_revision(manifest: dict[str, Any], file: str) -> bool:
    """True when the package needs upgrading; refuses one from a newer version."""
    revision = manifest.get("schema_revision")
    if revision == head_revision():
        return False
    if revision in known_revisions():
        return True
    written_by = str(manifest.get("app_version") or "an unknown version")
    raise ArchiveRefused.of(
        file,
        "package_too_new",
        written_by=written_by,
        revision=repr(revision),
        version=__version__,
        head=repr(head_revision()),
    )


@contextmanager
def schema_at(revision: str, folder: Path) -> Iterator[tuple[Path, Sequence[Table]]]:
    """An empty SQLite database made at `revision`, and its tables (in dependency order)."""
    path = folder / "older.db"
    engine = make_engine(f"sqlite:///{path}")
    try:
        from alembic import command  # only for an older package: slow to import

        with engine.begin() as connection:
            command.upgrade(alembic_config(connection), revision)
        metadata = MetaData()
        metadata.reflect(engine)
        tables = [t for t in metadata.sorted_tables if t.name != "alembic_version"]
        yield path, tables
    finally:
        engine.dispose()


def load_rows(
    path: Path,
    tables: Sequence[Table],
    rows: dict[str, list[dict[str, Any]]],
    attachment: Any,
) -> None:
    """Put a package's typed rows (attachment bytes fetched by SHA-256) into the old database."""
    engine = make_engine(f"sqlite:///{path}")
    try:
        with engine.begin() as connection:
            for table in tables:
                batch = rows.get(table.name, [])
                if table.name == "attachments":
                    batch = [{**row, "content": attachment(row["sha256"])} for row in batch]
                for start in range(0, len(batch), _CHUNK):
                    connection.execute(insert(table), batch[start : start + _CHUNK])
    finally:
        engine.dispose()


def upgrade_to_package(path: Path, out: Path) -> Path:
    """Upgrade the old database at `path` to this version's schema and export it to `out`."""
    from pledge_tracker.services.transfer.package import export_package  # import cycle

    database, _created = open_database(str(path), actor="Pledge Tracker (upgrade)")
    try:
        # The same corrections an officer's database gets when it is upgraded and opened:
        # demonstration judgements, the catalogue of commitments, the timeline.
        with database.write() as tx:
            assessments.neutral_demo_assessor(tx)
            reference = seed.load_reference()
            catalogue.upgrade_catalogue(tx, reference)
            reference_events.add_missing(tx, reference)
        export_package(database, out)
    finally:
        database.dispose()
    return out
