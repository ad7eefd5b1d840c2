"""Hostile text in the evidence search: typed words, stored titles, and planted search text.

Whatever a user types (wildcards, control characters, a pasted page, thousands of words)
the search answers without an error; whatever a title holds, typing the title as shown
finds it; a package cannot bring its own search text.
"""

from __future__ import annotations

import hashlib
import json
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from sqlalchemy import func, select

from pledge_tracker.bootstrap import open_app_database
from pledge_tracker.db import models as m
from pledge_tracker.db.uow import Database
from pledge_tracker.domain.dto import EvidenceInput
from pledge_tracker.domain.errors import PledgeError, ValidationError
from pledge_tracker.services import evidence, evidence_search
from pledge_tracker.services.evidence_search import EvidenceQuery
from pledge_tracker.services.transfer import import_file
from pledge_tracker.services.transfer.package import export_package
from tests.reliability import tally
from tests.reliability.hostile import SEEDS, hostile_text

SLOW = [HealthCheck.function_scoped_fixture, HealthCheck.too_slow]
TYPED = (
    "%",
    "_",
    "\\",
    "100%_sure",
    "x" * 60_000,  # longer than SQLite takes as a LIKE pattern
    "word " * 2_000,  # more conditions than SQLite's expression depth
    " ".join(f"w{i}" for i in range(2_000)),
    "\u0301\u0301",  # combining marks alone: no letters left once folded
)


def _ids(database: Database, text: str) -> list[int]:
    with database.read() as session:
        return evidence_search.search_ids(session, EvidenceQuery(text=text))


@pytest.mark.parametrize("text", [*TYPED, *SEEDS])
def test_any_typed_search_answers_without_an_error(database: Database, text: str) -> None:
    with database.write() as tx:
        evidence.add(tx, EvidenceInput(title="100%_sure Ōtautahi", effective="2024-01-01"))
    found = _ids(database, text)
    assert isinstance(found, list)
    if text == "100%_sure":
        assert len(found) == 1  # wildcards are literal
    tally.accepted("hostile typed search")


@settings(max_examples=60, deadline=None, suppress_health_check=SLOW)
@given(title=hostile_text, summary=hostile_text)
def test_any_stored_title_is_found_by_typing_it_as_shown(
    database: Database, title: str, summary: str
) -> None:
    try:
        with database.write() as tx:
            made = evidence.add(
                tx, EvidenceInput(title=title, summary=summary, effective="2024-01-01")
            )
    except ValidationError:
        tally.refused("hostile evidence title")
        return
    assert made.id in _ids(database, made.title)  # the title as the library shows it
    tally.accepted("hostile evidence title")


def test_a_package_cannot_plant_its_own_search_text(database: Database, tmp_path: Path) -> None:
    with database.write() as tx:
        evidence.add(tx, EvidenceInput(title="Ngāti Whātua hui", effective="2024-01-01"))
    package = export_package(database, tmp_path / "p.zip").path
    with zipfile.ZipFile(package) as zipped:
        entries = {name: zipped.read(name) for name in zipped.namelist()}
    data = json.loads(entries["data.json"])
    data["tables"]["evidence"][0]["search_text"] = "hidden from every search"
    entries["data.json"] = json.dumps(data).encode()
    manifest = json.loads(entries["manifest.json"])
    manifest["files"]["data.json"] = hashlib.sha256(entries["data.json"]).hexdigest()
    entries["manifest.json"] = json.dumps(manifest).encode()
    planted = tmp_path / "planted.zip"
    with zipfile.ZipFile(planted, "w") as zipped:
        for name, content in entries.items():
            zipped.writestr(name, content)
    empty = open_app_database(tmp_path / "empty.db", seed_new=False)
    try:
        with pytest.raises(PledgeError, match="search_text"):
            import_file(empty, planted)
        with empty.read() as session:
            assert session.scalar(select(func.count()).select_from(m.Evidence)) == 0
    finally:
        empty.dispose()
    tally.refused("package planting a search text")
