"""The evidence library's search: text, filters, sorting, pages, and speed at 100,000 items."""

from __future__ import annotations

import datetime as dt
import time

import pytest
from sqlalchemy import select

from pledge_tracker.db import models as m
from pledge_tracker.domain.dto import EvidenceInput
from pledge_tracker.services import evidence, evidence_search
from pledge_tracker.services.evidence_search import EvidenceQuery, SortKey
from tests.services.bulk_evidence import open_big_copy


def _supporter_id(database, name):
    with database.read() as session:
        return session.scalars(select(m.Stakeholder.id).where(m.Stakeholder.name == name)).one()


def _commitment_id(database, code):
    with database.read() as session:
        return session.scalars(select(m.Commitment.id).where(m.Commitment.code == code)).one()


@pytest.fixture
def library(database):
    """Five items with distinct words in each searchable field, plus one withdrawn."""
    nz, fr = _supporter_id(database, "New Zealand"), _supporter_id(database, "France")
    gov1, osp2 = _commitment_id(database, "GOV-1"), _commitment_id(database, "OSP-2")
    items = {
        "law": EvidenceInput(
            title="Films Act amendment",
            kind="legislation",
            effective="2021-10-28",
            stakeholder_ids=(nz,),
            commitment_ids=(gov1,),
        ),
        "policy": EvidenceInput(
            title="Platform policy",
            summary="Livestream restrictions after the attack",
            kind="policy_change",
            published="2019-05-15",
            stakeholder_ids=(fr,),
            commitment_ids=(osp2,),
        ),
        "report": EvidenceInput(
            title="Transparency report",
            source_name="Zephyr Institute",
            kind="transparency_report",
            retrieved="2023-01-10",
            restricted=True,
            stakeholder_ids=(nz, fr),
        ),
        "news": EvidenceInput(
            title="News item",
            source_url="https://quokka.example/100%_sure",
            kind="news_report",
            effective="2020-02-02",
        ),
        "memo": EvidenceInput(
            title="Internal memo", notes="Checked by Wairua", effective="2022-06-01"
        ),
    }
    made = {}
    with database.write() as tx:
        for key, data in items.items():
            made[key] = evidence.add(tx, data).id
        gone = evidence.add(tx, EvidenceInput(title="Withdrawn Films note", effective="2021-01-01"))
        evidence.set_withdrawn(tx, gone.id, True)
    made["ids"] = {"nz": nz, "fr": fr, "gov1": gov1, "osp2": osp2}
    return made


def _search(database, **kwargs):
    with database.read() as session:
        return evidence_search.search_ids(session, EvidenceQuery(**kwargs))


def test_text_search_looks_in_title_summary_source_and_notes(database, library):
    assert _search(database, text="films") == [library["law"]]  # withdrawn item left out
    assert _search(database, text="LIVESTREAM") == [library["policy"]]
    assert _search(database, text="zephyr") == [library["report"]]
    assert _search(database, text="quokka") == [library["news"]]
    assert _search(database, text="wairua") == [library["memo"]]


def test_every_word_must_match_and_wildcards_are_literal(database, library):
    assert _search(database, text="platform attack") == [library["policy"]]
    assert _search(database, text="platform zephyr") == []
    assert _search(database, text="100%_sure") == [library["news"]]
    assert _search(database, text="100%x") == []


def test_filters_by_kind_supporter_commitment_dates_and_access(database, library):
    ids = library["ids"]
    assert _search(database, kinds=frozenset({"legislation"})) == [library["law"]]
    assert set(_search(database, stakeholder_id=ids["fr"])) == {
        library["policy"],
        library["report"],
    }
    assert _search(database, commitment_id=ids["gov1"]) == [library["law"]]
    # Dated by effective, else published, else retrieved.
    window = _search(database, date_from=dt.date(2019, 1, 1), date_to=dt.date(2020, 12, 31))
    assert set(window) == {library["policy"], library["news"]}
    assert _search(database, restricted=True) == [library["report"]]
    assert library["report"] not in _search(database, restricted=False)
    combined = _search(database, stakeholder_id=ids["nz"], date_from=dt.date(2022, 1, 1))
    assert combined == [library["report"]]


def test_sorting_by_each_column_both_ways_keeps_undated_and_unlinked_last(database, library):
    with database.read() as session:
        for key in SortKey:
            for descending in (False, True):
                query = EvidenceQuery(sort=key, descending=descending)
                ids = evidence_search.search_ids(session, query)
                assert len(ids) == len(set(ids)) == evidence_search.count(session, query)
        by_date = evidence_search.search_ids(session, EvidenceQuery(sort=SortKey.DATE))
        by_supporter = {
            descending: evidence_search.search_ids(
                session, EvidenceQuery(sort=SortKey.SUPPORTERS, descending=descending)
            )
            for descending in (False, True)
        }
    assert by_date[0] == library["report"]  # newest first by default (2023-01-10)
    unlinked = {library["news"], library["memo"]}
    assert set(by_supporter[False][-2:]) == unlinked
    assert set(by_supporter[True][-2:]) == unlinked


def test_titles_sort_alphabetically_ignoring_case(database, library):
    with database.read() as session:
        ids = evidence_search.search_ids(
            session, EvidenceQuery(sort=SortKey.TITLE, descending=False)
        )
        titles = [row.title for row in evidence_search.load_rows(session, ids)]
    assert titles == sorted(titles, key=str.lower)


def test_rows_carry_linked_names_and_keep_the_requested_order(database, library):
    wanted = [library["report"], library["law"]]
    with database.read() as session:
        rows = evidence_search.load_rows(session, wanted)
    assert [row.id for row in rows] == wanted
    assert rows[0].stakeholders == ("France", "New Zealand")
    assert rows[0].restricted and rows[0].dated == dt.date(2023, 1, 10)
    assert rows[1].commitments == ("GOV-1",)


def test_a_search_of_100000_items_is_fast_and_pages_load_in_milliseconds(
    tmp_path, tmp_path_factory
):
    database = open_big_copy(tmp_path_factory, tmp_path / "big.db")
    try:
        timings = {}
        with database.read() as session:
            for label, query in {
                "everything, newest first": EvidenceQuery(),
                "text 'crisis protocol'": EvidenceQuery(text="crisis protocol"),
                "sorted by supporter": EvidenceQuery(sort=SortKey.SUPPORTERS),
                "restricted, one kind": EvidenceQuery(
                    restricted=True, kinds=frozenset({"legislation"})
                ),
            }.items():
                started = time.perf_counter()
                ids = evidence_search.search_ids(session, query)
                timings[label] = (time.perf_counter() - started, len(ids))
            everything = evidence_search.search_ids(session, EvidenceQuery())
            started = time.perf_counter()
            page = evidence_search.load_rows(session, everything[90_000:90_200])
            page_seconds = time.perf_counter() - started
        for label, (seconds, hits) in timings.items():
            print(f"search {label}: {hits} hits in {seconds * 1000:.0f} ms")
        print(f"page of 200 rows at offset 90,000: {page_seconds * 1000:.1f} ms")
        assert timings["everything, newest first"][1] >= 100_000
        assert 0 < timings["text 'crisis protocol'"][1] < 100_000
        assert [row.id for row in page] == everything[90_000:90_200]
        dates = [row.dated for row in page]
        assert dates == sorted(dates, reverse=True)
    finally:
        database.dispose()
