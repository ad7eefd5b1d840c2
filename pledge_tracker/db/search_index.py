"""The evidence library's trigram index over the folded search text (FTS5 or pg_trgm).

`evidence_fts` is an external-content FTS5 table over `evidence.search_text`, kept exact by
triggers on every insert, update and delete of an item, however it is written (ORM, Core,
a restored package). A word of three characters or more is found through it; shorter words,
which a trigram cannot hold, are still matched with LIKE (services/evidence_search.py).

The tokenizer is case sensitive: the stored text and the typed words are both folded by
domain/search.py (casefolded, so no ASCII capital is left), and a case-sensitive trigram
phrase is then exactly a substring test, the same hits as `search_text LIKE '%word%'`.

Like the column it indexes, the index is derived: it is not in the models' metadata, so it
is never part of an audited record's state (db/rowstate.py) nor of a data package, and
`rebuild` recreates it from the column.

On PostgreSQL the index is a GIN index with pg_trgm's `gin_trgm_ops` over the same column
(migration 0015). It answers `search_text LIKE '%word%'` itself, so a server keeps the plain
LIKE query: the same case-sensitive substring test on the same folded text, the same hits.
Like FTS5, it cannot narrow a word of fewer than three characters; such words scan, as here.
"""

from __future__ import annotations

from typing import TypeVar

from sqlalchemy import ColumnElement, Connection, Select, column, literal_column, table, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import QueryableAttribute, Session

T = TypeVar("T")

TABLE = "evidence_fts"
# FTS5 keeps the index in these ordinary tables; dropping the virtual table drops them.
SHADOW_TABLES = tuple(f"{TABLE}_{part}" for part in ("data", "idx", "docsize", "config"))
TRIGRAM = 3  # characters: the shortest word the index can find
PG_EXTENSION = "pg_trgm"
PG_INDEX = "ix_evidence_search_text_trgm"

CREATE = (
    f"CREATE VIRTUAL TABLE IF NOT EXISTS {TABLE} USING fts5(search_text, "
    "content='evidence', content_rowid='id', tokenize='trigram case_sensitive 1')"
)
_DELETE_OLD = (
    f"INSERT INTO {TABLE}({TABLE}, rowid, search_text) VALUES ('delete', old.id, old.search_text)"
)
_INSERT_NEW = f"INSERT INTO {TABLE}(rowid, search_text) VALUES (new.id, new.search_text)"
TRIGGERS = {
    "evidence_fts_insert": f"AFTER INSERT ON evidence BEGIN {_INSERT_NEW}; END",
    "evidence_fts_delete": f"AFTER DELETE ON evidence BEGIN {_DELETE_OLD}; END",
    "evidence_fts_update": (
        f"AFTER UPDATE OF id, search_text ON evidence BEGIN {_DELETE_OLD}; {_INSERT_NEW}; END"
    ),
}


def create(connection: Connection | Session) -> None:
    """Create the index and its triggers where missing (SQLite only), then fill it."""
    raw = _connection(connection)
    raw.exec_driver_sql(CREATE)
    for name, body in TRIGGERS.items():
        raw.exec_driver_sql(f"CREATE TRIGGER IF NOT EXISTS {name} {body}")
    rebuild(connection)


def drop(connection: Connection) -> None:
    """Remove the triggers and the index (the shadow tables go with the virtual table)."""
    for name in TRIGGERS:
        connection.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name}")
    connection.exec_driver_sql(f"DROP TABLE IF EXISTS {TABLE}")


def rebuild(connection: Connection | Session) -> None:
    """Fill the index again from `evidence.search_text` (after a restore, or a repair)."""
    _connection(connection).exec_driver_sql(f"INSERT INTO {TABLE}({TABLE}) VALUES ('rebuild')")


def create_pg(connection: Connection) -> bool:
    """Create pg_trgm and the GIN index (PostgreSQL); False, with nothing changed, when the
    server lacks the extension or the user may not create it (search then scans, as before).

    A savepoint keeps a refusal from aborting the migration's transaction.
    """
    available = connection.execute(
        text("SELECT 1 FROM pg_available_extensions WHERE name = :name"), {"name": PG_EXTENSION}
    ).first()
    if available is None:
        return False
    try:
        with connection.begin_nested():
            connection.exec_driver_sql(f"CREATE EXTENSION IF NOT EXISTS {PG_EXTENSION}")
            connection.exec_driver_sql(
                f"CREATE INDEX IF NOT EXISTS {PG_INDEX} ON evidence "
                "USING gin (search_text gin_trgm_ops)"
            )
    except DBAPIError:
        return False
    return True


def drop_pg(connection: Connection) -> None:
    """Remove the GIN index (the extension stays: other databases' objects may use it)."""
    connection.exec_driver_sql(f"DROP INDEX IF EXISTS {PG_INDEX}")


def has_pg_index(connection: Connection | Session) -> bool:
    """Whether a PostgreSQL database has the trigram index (migration 0015 may leave it out)."""
    found = _connection(connection).execute(
        text("SELECT 1 FROM pg_indexes WHERE indexname = :name"), {"name": PG_INDEX}
    )
    return found.first() is not None


def _connection(connection: Connection | Session) -> Connection:
    return connection.connection() if isinstance(connection, Session) else connection


def indexable(word: str) -> bool:
    """Whether the index can find `word`: three characters or more, and no NUL (which ends
    an FTS5 query string early; such a word is left to LIKE, which answers as it always did)."""
    return len(word) >= TRIGRAM and "\x00" not in word


def phrase_query(words: list[str]) -> str:
    """An FTS5 query asking for every word as a literal substring (quotes doubled)."""
    return " AND ".join('"' + word.replace('"', '""') + '"' for word in words)


def restrict(
    stmt: Select[T], words: list[str], item_id: ColumnElement[int] | QueryableAttribute[int]
) -> Select[T]:
    """`stmt` kept to the items whose search text holds every word (each ≥ TRIGRAM
    characters): a join from the index, which SQLite runs index first."""
    index = table(TABLE, column("rowid"))
    found: ColumnElement[bool] = literal_column(TABLE).op("MATCH")(phrase_query(words))
    return stmt.join(index, index.c.rowid == item_id).where(found)
