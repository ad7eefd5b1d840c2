"""The trigram index finds exactly what the plain LIKE search finds, in the same order."""

from __future__ import annotations

import sqlite3

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from pledge_tracker.db import models, search_index
from pledge_tracker.db.uow import Database
from pledge_tracker.domain.dto import EvidenceInput
from pledge_tracker.services import evidence, evidence_search
from pledge_tracker.services.check import run_check
from pledge_tracker.services.evidence_search import EvidenceQuery, SortKey

# Letters with and without accents, both cases, punctuation and spaces: what titles hold.
ALPHABET = "abcdeéèêëoōôöuüūiïīnñcçsßAÉÔÜÑÇKﬁ'-.,/:()&\" %_\\"
TEXT = st.text(alphabet=ALPHABET, max_size=40)
WORDS = st.lists(
    st.text(alphabet=ALPHABET.replace(" ", ""), min_size=1, max_size=6), min_size=1, max_size=3
)
ITEM = st.fixed_dictionaries(
    {
        "title": st.text(alphabet=ALPHABET, min_size=1, max_size=40).filter(str.strip),
        "summary": TEXT,
        "notes": TEXT,
        "source_name": TEXT,
        "restricted": st.booleans(),
        "withdrawn": st.booleans(),
        "edited": st.one_of(st.none(), TEXT.filter(str.strip)),
    }
)


def _add(database: Database, item: dict[str, object]) -> None:
    fields = {k: item[k] for k in ("title", "summary", "notes", "source_name", "restricted")}
    with database.write() as tx:
        added = evidence.add(tx, EvidenceInput(effective="2024-03-15", **fields))  # type: ignore[arg-type]
        if item["edited"] is not None:
            edit = EvidenceInput(**{**fields, "title": item["edited"]}, effective="2023-01-02")  # type: ignore[arg-type]
            evidence.edit(tx, added.id, edit)
        if item["withdrawn"]:
            evidence.set_withdrawn(tx, added.id, True)


def _both(database: Database, query: EvidenceQuery) -> tuple[list[int], list[int]]:
    with database.read() as session:
        return (
            evidence_search.search_ids(session, query, indexed=True),
            evidence_search.search_ids(session, query, indexed=False),
        )


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    items=st.lists(ITEM, min_size=1, max_size=4),
    words=WORDS,
    cuts=st.lists(st.tuples(st.integers(0, 40), st.integers(1, 6)), min_size=1, max_size=4),
    restricted=st.sampled_from([None, True, False]),
    sort=st.sampled_from([SortKey.DATE, SortKey.TITLE]),
)
def test_the_index_and_like_give_the_same_hits_in_the_same_order(
    database: Database,
    items: list[dict[str, object]],
    words: list[str],
    cuts: list[tuple[int, int]],
    restricted: bool | None,
    sort: SortKey,
) -> None:
    for item in items:
        _add(database, item)
    with database.read() as session:  # pieces of stored titles, so that most queries hit
        titles = list(session.scalars(select(models.Evidence.title)))
    chosen = [(titles[start % len(titles)], start, size) for start, size in cuts]
    pieces = [title[start % len(title) :][:size] for title, start, size in chosen]
    for text in (" ".join(words), *pieces, " ".join(pieces)):
        query = EvidenceQuery(text=text, restricted=restricted, sort=sort)
        fast, plain = _both(database, query)
        assert fast == plain, text


def test_the_index_is_what_answers_long_words(database: Database, db_path: object) -> None:
    with database.write() as tx:
        evidence.add(tx, EvidenceInput(title="Crisis protocol drill", effective="2024-03-15"))
    assert _both(database, EvidenceQuery(text="protocol")) == ([_only(database)], [_only(database)])
    with database.engine.begin() as connection:  # empty the index behind the triggers' back
        connection.exec_driver_sql(
            f"INSERT INTO {search_index.TABLE}({search_index.TABLE}) VALUES ('delete-all')"
        )
    fast, plain = _both(database, EvidenceQuery(text="protocol"))
    assert fast == [] and plain == [_only(database)]  # the fast path read the index
    assert _both(database, EvidenceQuery(text="dr"))[0] == [_only(database)]  # short: LIKE
    with database.engine.begin() as connection:
        search_index.rebuild(connection)
    assert _both(database, EvidenceQuery(text="protocol"))[0] == [_only(database)]


def _only(database: Database) -> int:
    with database.read() as session:
        return evidence_search.search_ids(session, EvidenceQuery(), indexed=False)[0]


def test_edits_keep_the_index_exact_and_outside_the_audit(database: Database, db_path) -> None:  # type: ignore[no-untyped-def]
    with database.write() as tx:
        ident = evidence.add(
            tx, EvidenceInput(title="Livestream report", effective="2024-03-15")
        ).id
    with database.write() as tx:
        evidence.edit(tx, ident, EvidenceInput(title="Réunion à Nouméa", effective="2024-03-15"))
    assert _both(database, EvidenceQuery(text="livestream"))[0] == []
    assert _both(database, EvidenceQuery(text="noumea"))[0] == [ident]
    raw = sqlite3.connect(db_path)
    try:  # FTS5's own check of the index against evidence.search_text
        raw.execute(
            f"INSERT INTO {search_index.TABLE}({search_index.TABLE}, rank) "
            "VALUES ('integrity-check', 1)"
        )
    finally:
        raw.close()
    assert run_check(database).ok
