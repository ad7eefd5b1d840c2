"""The evidence search ignores accents and case: "whatua" finds "Ngāti Whātua"."""

from __future__ import annotations

import json
import unicodedata
import zipfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pledge_tracker.bootstrap import open_app_database
from pledge_tracker.db.uow import Database
from pledge_tracker.domain.dto import EvidenceInput
from pledge_tracker.services import evidence, evidence_search
from pledge_tracker.services.check import run_check
from pledge_tracker.services.evidence_search import EvidenceQuery
from pledge_tracker.services.transfer import import_file
from pledge_tracker.services.transfer.package import export_package

# Combining marks that compose with Latin letters: macron, acute, grave, circumflex, umlaut,
# tilde, cedilla, caron, ring above.
MARKS = "\u0304\u0301\u0300\u0302\u0308\u0303\u0327\u030c\u030a"


def _titles(database: Database, text: str) -> list[str]:
    with database.read() as session:
        ids = evidence_search.search_ids(session, EvidenceQuery(text=text))
        return [row.title for row in evidence_search.load_rows(session, ids)]


def _add(database: Database, **fields: str) -> int:
    with database.write() as tx:
        data = EvidenceInput(effective="2024-03-15", **fields)  # type: ignore[arg-type]
        return evidence.add(tx, data).id


def test_searches_without_accents_find_accented_names(database: Database) -> None:
    _add(database, title="Ngāti Whātua engagement hui", summary="Tāmaki Makaurau")
    _add(database, title="Cybersecurity law", source_name="Côte d'Ivoire ministry")
    _add(database, title="Unrelated report")
    for text in ("whatua", "WHĀTUA", "ngati", "Ngati Whatua", "tamaki"):
        assert _titles(database, text) == ["Ngāti Whātua engagement hui"], text
    for text in ("cote", "COTE D'IVOIRE", "côte", "d'ivoire"):
        assert _titles(database, text) == ["Cybersecurity law"], text
    assert _titles(database, "whatua cote") == []  # every word must match the same item
    assert run_check(database).ok  # the folded copy is outside the audited state


def test_an_edit_changes_what_the_search_finds(database: Database) -> None:
    ident = _add(database, title="Draft note")
    with database.write() as tx:
        evidence.edit(
            tx, ident, EvidenceInput(title="Note", notes="Réunion à Nouméa", effective="2024-03-15")
        )
    assert _titles(database, "noumea") == ["Note"]
    assert _titles(database, "draft") == []
    assert run_check(database).ok


def test_a_restored_or_merged_package_is_searchable_without_accents(
    database: Database, tmp_path: Path
) -> None:
    _add(database, title="Ōtautahi review", summary="Whakaaro o te iwi")
    package = export_package(database, tmp_path / "out.zip").path
    with zipfile.ZipFile(package) as zipped:
        rows = json.loads(zipped.read("data.json"))["tables"]["evidence"]
    assert rows and all("search_text" not in row for row in rows)  # derived: never shipped
    restored = open_app_database(tmp_path / "copy.db", seed_new=False, actor="Colleague")
    merged = open_app_database(tmp_path / "other.db", actor="Colleague")
    try:
        assert getattr(import_file(restored, package), "mode", None) == "restore"
        assert getattr(import_file(merged, package, default="theirs"), "mode", None) == "merge"
        for copy in (restored, merged):
            assert _titles(copy, "otautahi") == ["Ōtautahi review"]
            assert run_check(copy).ok
    finally:
        restored.dispose()
        merged.dispose()


def _accented(word: str, marks: list[str]) -> str:
    """`word` with one combining mark after each letter, composed where Unicode can."""
    marked = "".join(c + mark for c, mark in zip(word, marks, strict=False))
    return unicodedata.normalize("NFC", marked)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    word=st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=3, max_size=12),
    marks=st.lists(st.sampled_from(["", *MARKS]), min_size=12, max_size=12),
    upper=st.booleans(),
)
def test_any_accented_name_is_found_by_its_plain_letters(
    database: Database, word: str, marks: list[str], upper: bool
) -> None:
    name = _accented(word, marks)
    title = f"Statement by {name.title() if upper else name} {len(word)}"
    ident = _add(database, title=title)
    typed = word.upper() if upper else word
    with database.read() as session:
        found = evidence_search.search_ids(session, EvidenceQuery(text=typed))
        assert ident in found
        assert ident in evidence_search.search_ids(session, EvidenceQuery(text=name))
