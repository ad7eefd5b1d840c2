"""Hostile text through the trigram index: FTS5 query syntax is searched for literally.

Whatever a title holds and whatever is typed (quotes, NEAR, OR, stars, column filters),
the indexed search finds exactly what the plain LIKE search finds, in the same order.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings

from pledge_tracker.db.uow import Database
from pledge_tracker.domain.dto import EvidenceInput
from pledge_tracker.domain.errors import ValidationError
from pledge_tracker.services import evidence, evidence_search
from pledge_tracker.services.evidence_search import EvidenceQuery
from tests.reliability import tally
from tests.reliability.hostile import SEEDS, hostile_text

SLOW = [HealthCheck.function_scoped_fixture, HealthCheck.too_slow]
FTS_SYNTAX = (
    '"quoted words"',
    '"quoted',
    "NEAR(alpha beta)",
    "alpha OR beta",
    "alpha AND NOT beta",
    "-beta",
    "alp*",
    "^alpha",
    "search_text:alpha",
    "{search_text}: alpha",
    "(alpha",
)
TITLE = " ".join(FTS_SYNTAX)  # every piece of syntax, as written, in one title


def _both(database: Database, text: str) -> tuple[list[int], list[int]]:
    with database.read() as session:
        query = EvidenceQuery(text=text)
        return (
            evidence_search.search_ids(session, query, indexed=True),
            evidence_search.search_ids(session, query, indexed=False),
        )


@pytest.mark.parametrize("text", [*FTS_SYNTAX, *SEEDS])
def test_query_syntax_is_searched_for_literally(database: Database, text: str) -> None:
    with database.write() as tx:
        made = evidence.add(tx, EvidenceInput(title=TITLE, effective="2024-01-01"))
        evidence.add(tx, EvidenceInput(title="alpha beta gamma", effective="2024-01-02"))
    fast, plain = _both(database, text)
    assert fast == plain
    if text in FTS_SYNTAX:
        assert made.id in fast  # every piece of syntax is in the title as written
    tally.accepted("hostile indexed search")


@settings(max_examples=40, deadline=None, suppress_health_check=SLOW)
@given(title=hostile_text, typed=hostile_text)
def test_hostile_titles_and_words_give_the_same_hits_both_ways(
    database: Database, title: str, typed: str
) -> None:
    try:
        with database.write() as tx:
            made = evidence.add(tx, EvidenceInput(title=title, effective="2024-01-01"))
    except ValidationError:
        tally.refused("hostile indexed title")
        return
    for text in (typed, made.title, made.title[1:-1]):
        fast, plain = _both(database, text)
        assert fast == plain, text
    tally.accepted("hostile indexed title")
