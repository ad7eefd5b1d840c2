"""Evidence search on a server: the pg_trgm index over the same folded text, the same hits.

The benchmark's fixed searches (benchmarks/search_queries.txt: prefixes as typed, one- and
two-letter words, accents, several words, none found) run on a SQLite database, through
its FTS5 index, and on a PostgreSQL one, through its GIN trigram index; both hold the
demonstration evidence and the same added items, and must give the same ids in the same
order.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import event

from benchmarks.baselines import read_queries
from pledge_tracker.bootstrap import open_app_database
from pledge_tracker.db import search_index
from pledge_tracker.db.uow import Database
from pledge_tracker.domain.dto import EvidenceInput
from pledge_tracker.services import evidence, evidence_search
from pledge_tracker.services.evidence_search import EvidenceQuery, SortKey
from tests.db.postgres_server import POSTGRES_ONLY
from tests.engines import ACTOR, PostgresTemplates

pytestmark = POSTGRES_ONLY

QUERIES = read_queries(Path(__file__).parents[2] / "benchmarks" / "search_queries.txt")
# Items the fixed searches are about, beside the demonstration evidence: accented and
# plain spellings, wildcards typed literally, a URL, numbers.
ITEMS = (
    ("Ngāti Whātua online safety hui", "Tāmaki Makaurau; crisis protocol drill"),
    ("Côte d'Ivoire: livestream takedown", "Cote d'Ivoire, Abidjan"),
    ("Algorithm transparency report 2024", "source 17, item 1234"),
    ("CRISIS PROTOCOL exercise", "https://example.org/evidence/99 (archived)"),
    ("Online_safety 100% report", "a_b%c and \\ backslash"),
    ("Ōnline Sāfety Œuvre straße", "ÉCOLE ﬁnance"),
)
EXTRA_WORDS = ("straße", "strasse", "oeuvre", "œuvre", "ecole", "finance", "100%", "_", "\\")


@pytest.fixture
def both(
    demo_db_path: Path, pg_templates: PostgresTemplates
) -> Iterator[tuple[Database, Database]]:
    """The same demonstration library with the same added items, on each engine."""
    sqlite = open_app_database(demo_db_path, actor=ACTOR)
    name, server = pg_templates.open_copy(demo=True)
    try:
        for database in (sqlite, server):
            with database.write() as tx:
                for title, summary in ITEMS:
                    evidence.add(
                        tx, EvidenceInput(title=title, summary=summary, effective="2024-03-15")
                    )
        yield sqlite, server
    finally:
        sqlite.dispose()
        server.dispose()
        pg_templates.drop(name)


def _hits(database: Database, query: EvidenceQuery) -> list[int]:
    with database.read() as session:
        return evidence_search.search_ids(session, query)


def test_the_fixed_searches_find_the_same_items_on_both_engines(
    both: tuple[Database, Database],
) -> None:
    sqlite, server = both
    found_any = 0
    for typed in (*QUERIES, *EXTRA_WORDS):
        for sort in (SortKey.DATE, SortKey.KIND):
            query = EvidenceQuery(text=typed, sort=sort)
            on_sqlite = _hits(sqlite, query)
            assert _hits(server, query) == on_sqlite, f"{typed!r} sorted by {sort}"
        found_any += bool(on_sqlite)
    # The comparison is about real hits: most searches find something, a few find nothing.
    assert len(QUERIES) // 2 < found_any < len(QUERIES) + len(EXTRA_WORDS)
    assert _hits(server, EvidenceQuery(text="whatua")) == _hits(sqlite, EvidenceQuery("Whātua"))
    assert len(_hits(server, EvidenceQuery(text="crisis protocol"))) >= 2


def test_the_server_answers_long_words_from_the_trigram_index(
    both: tuple[Database, Database],
) -> None:
    _, server = both
    ran: list[tuple[str, dict[str, object]]] = []

    def keep(
        _conn: object, _cursor: object, statement: str, parameters: dict[str, object], *_: object
    ) -> None:
        if "search_text" in statement:
            ran.append((statement, parameters))

    event.listen(server.engine, "before_cursor_execute", keep)
    try:
        _hits(server, EvidenceQuery(text="Protocol"))
    finally:
        event.remove(server.engine, "before_cursor_execute", keep)
    [(statement, parameters)] = ran
    raw = server.engine.raw_connection()
    try:
        cursor = raw.cursor()
        cursor.execute("SET enable_seqscan = off")  # a small table: make the planner choose
        cursor.execute(f"EXPLAIN {statement}", parameters)
        plan = "\n".join(row[0] for row in cursor.fetchall())
    finally:
        raw.close()
    assert search_index.PG_INDEX in plan, plan
