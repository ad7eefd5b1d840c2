"""The evidence library's trigram index (SQLite FTS5) over the folded search text.

`evidence_fts` is an external-content FTS5 table over `evidence.search_text`, kept exact by
triggers on every insert, update and delete of an item, however it is written (ORM, Core,
a restored package). A word of three characters or more is found through it; shorter words,
which a trigram cannot hold, are still matched with LIKE (services/evidence_search.py).

The tokenizer is case sensitive: the stored text and the typed words are both folded by
domain/search.py (casefolded, so no ASCII capital is left), and a case-sensitive trigram
phrase is then exactly a substring test, the same hits as `search_text LIKE '%word%'`.

Like the column it indexes, the index is derived: it is not in the models' metadata, so it
is never part of an audited record's state (db/rowstate.py) nor of a data package, and
`rebuild` recreates it from the column. PostgreSQL has none: its search stays on LIKE.
"""

from __future__ import annotations

from typing import TypeVar

from sqlalchemy import ColumnElement, Connection, Select, column, literal_column, table
from sqlalchemy.orm import QueryableAttribute, Session

T = TypeVar("T")

TABLE = "evidence_fts"
# FTS5 keeps the index in these ordinary tables; dropping the virtual table drops them.
SHADOW_TABLES = tuple(f"{TABLE}_{part}" for part in ("data", "idx", "docsize", "config"))
TRIGRAM = 3  # characters: the shortest word the index can find

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
