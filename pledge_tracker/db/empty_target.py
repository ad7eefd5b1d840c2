"""Whether a database may receive a whole copy (it holds no row), and emptying it again.

The look happens before anything is created or upgraded, with read-only connections, so a
refused target stays exactly as it was: a SQLite file is opened read-only, a server is only
asked which of the app's tables exist and whether they hold a row.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy import Engine, create_engine, inspect, literal, select, text

from pledge_tracker.db.engine import sqlite_path
from pledge_tracker.db.models import Base
from pledge_tracker.db.storage import read_only_uri
from pledge_tracker.db.uow import translate_errors
from pledge_tracker.domain.errors import DatabaseError

# Tables a new, empty database already fills (or that are not records): never "data".
NOT_RECORDS = ("alembic_version", "sqlite_sequence", "sqlite_stat1", "sqlite_stat4")


def first_filled_table(url: str) -> str | None:
    """The first table holding a row in the database at `url` (None: empty or absent)."""
    path = sqlite_path(url)
    if path is not None:
        return _first_filled_file(path)
    engine = create_engine(url)
    try:
        with translate_errors(), engine.connect() as connection:
            present = set(inspect(connection).get_table_names())
            for table in Base.metadata.sorted_tables:
                if (
                    table.name in present
                    and connection.execute(select(literal(1)).select_from(table).limit(1)).first()
                ):
                    return table.name
        return None
    finally:
        engine.dispose()


def _first_filled_file(path: Path) -> str | None:
    if not path.exists() or path.stat().st_size == 0:
        return None
    if path.is_dir():
        raise DatabaseError.reasoned("is_a_folder", path=str(path))
    try:
        connection = sqlite3.connect(read_only_uri(path), uri=True)
        try:
            names = [
                str(row[0])
                for row in connection.execute(
                    "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
                )
            ]
            for name in names:
                if (
                    _is_record_table(name)
                    and connection.execute(f'SELECT 1 FROM "{name}" LIMIT 1').fetchone()
                ):
                    return name
        finally:
            connection.close()
    except sqlite3.Error as exc:
        raise DatabaseError.reasoned(
            "not_an_empty_target", path=str(path), detail=str(exc)
        ) from None
    return None


def _is_record_table(name: str) -> bool:
    # The evidence index (FTS5 and its shadow tables) is derived; a new database has its
    # configuration rows.
    return name not in NOT_RECORDS and not name.startswith("evidence_fts")


def empty_all(engine: Engine) -> None:
    """Delete every row of the app's tables (children first), leaving the schema in place."""
    with translate_errors(), engine.begin() as connection:
        if connection.dialect.name == "postgresql":
            # One TRUNCATE: a server's audit log refuses row deletes (db/row_security.py),
            # and a half-made copy was never a record anyone relied on.
            present = set(inspect(connection).get_table_names())
            names = [t.name for t in Base.metadata.sorted_tables if t.name in present]
            quoted = ", ".join(connection.dialect.identifier_preparer.quote(n) for n in names)
            connection.execute(text(f"TRUNCATE {quoted} RESTART IDENTITY CASCADE"))
            return
        for table in reversed(Base.metadata.sorted_tables):
            connection.execute(table.delete())


def remove_file(path: Path) -> None:
    """Remove a SQLite file this run created, with its journal files."""
    for leftover in (path, *(path.with_name(path.name + s) for s in ("-wal", "-shm", "-journal"))):
        leftover.unlink(missing_ok=True)
