"""Hypothesis: arbitrary and mutated files never crash an importer or leave half an import."""

from __future__ import annotations

import io
import os
import zipfile
from pathlib import Path

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pledge_tracker.db.uow import Database
from pledge_tracker.domain.errors import PledgeError
from pledge_tracker.services.transfer import import_file
from pledge_tracker.services.transfer.importer import ImportReport
from pledge_tracker.services.transfer.package import export_package
from tests.transfer.conftest import state

FUZZ = settings(
    max_examples=int(os.environ.get("PLEDGE_FUZZ_EXAMPLES", "50")),  # raise it for a long soak
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
VALID_CSV = (
    "title,effective,supporters,commitments,source_url\n"
    + "".join(
        f"Item {i},2020-0{i % 9 + 1}-1{i % 9},France; NZ,GOV-{i % 5 + 1},https://example.org/{i}\n"
        for i in range(12)
    )
).encode("utf-8")


def _xlsx_bytes() -> bytes:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "evidence"
    for line in VALID_CSV.decode().splitlines():
        sheet.append(line.split(","))
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


VALID_XLSX = _xlsx_bytes()
mutations = st.lists(
    st.tuples(st.integers(min_value=0), st.integers(min_value=0, max_value=255)),
    min_size=1,
    max_size=8,
)


def _mutate(data: bytes, changes: list[tuple[int, int]], cut: int | None) -> bytes:
    raw = bytearray(data)
    for position, value in changes:
        raw[position % len(raw)] = value
    return bytes(raw[:cut] if cut else raw)


def _import_safely(database: Database, path: Path) -> None:
    """The property: a PledgeError and nothing written, or a report that matches the change."""
    before = state(database)
    try:
        report = import_file(database, path)
    except PledgeError:
        assert state(database) == before
        return
    after = state(database)
    if isinstance(report, ImportReport):
        added = after[0]["evidence"] - before[0]["evidence"]
        assert added == report.count("add") if report.kind == "evidence" else added == 0


@pytest.fixture
def package_bytes(database: Database, tmp_path: Path) -> bytes:
    return export_package(database, tmp_path / "valid.zip").path.read_bytes()


@FUZZ
@given(data=st.binary(max_size=4096), suffix=st.sampled_from([".csv", ".xlsx", ".zip"]))
def test_arbitrary_bytes(database: Database, tmp_path: Path, data: bytes, suffix: str) -> None:
    path = tmp_path / f"random{suffix}"
    path.write_bytes(data)
    _import_safely(database, path)


@FUZZ
@given(changes=mutations, cut=st.none() | st.integers(min_value=1, max_value=len(VALID_CSV)))
def test_mutated_csv(database: Database, tmp_path: Path, changes, cut) -> None:
    path = tmp_path / "mutated.csv"
    path.write_bytes(_mutate(VALID_CSV, changes, cut))
    _import_safely(database, path)


@FUZZ
@given(changes=mutations, cut=st.none() | st.integers(min_value=1, max_value=len(VALID_XLSX)))
def test_mutated_xlsx(database: Database, tmp_path: Path, changes, cut) -> None:
    path = tmp_path / "mutated.xlsx"
    path.write_bytes(_mutate(VALID_XLSX, changes, cut))
    _import_safely(database, path)


@FUZZ
@given(changes=mutations, cut=st.none() | st.integers(min_value=1, max_value=10**6))
def test_mutated_package(
    database: Database, tmp_path: Path, package_bytes: bytes, changes, cut
) -> None:
    path = tmp_path / "mutated.zip"
    path.write_bytes(_mutate(package_bytes, changes, cut))
    _import_safely(database, path)


def test_the_unmutated_files_do_import(database: Database, tmp_path: Path) -> None:
    """The fuzzed files start valid, so the mutations test refusals, not a broken seed."""
    (tmp_path / "v.csv").write_bytes(VALID_CSV)
    assert import_file(database, tmp_path / "v.csv").count("add") == 12
    (tmp_path / "v.xlsx").write_bytes(VALID_XLSX)
    assert import_file(database, tmp_path / "v.xlsx").count("skip") == 12
    with zipfile.ZipFile(io.BytesIO(VALID_XLSX)) as zipped:
        assert "[Content_Types].xml" in zipped.namelist()


@pytest.fixture
def rich_package(database: Database, tmp_path: Path) -> dict[str, bytes]:
    """The entries of a package holding one record of every kind."""
    import datetime as dt

    from pledge_tracker.domain.dto import AssessmentInput, EvidenceInput
    from pledge_tracker.services import actions, assessments, evidence, sightings

    with database.write() as tx:
        item = evidence.add(tx, EvidenceInput("Law", effective="2020-01-01", stakeholder_ids=(1,)))
        evidence.attach(tx, item.id, "law.txt", b"text of the law")
        assessments.record(
            tx, AssessmentInput(1, 1, "limited", "2020-02-01", "first steps", evidence_ids=(1,))
        )
        actions.add(tx, stakeholder_id=1, title="Report", due="2025-01-01")
        sightings.add(tx, platform="P", url="https://x.example", found_at=dt.datetime(2024, 1, 1))
    path = export_package(database, tmp_path / "rich.zip").path
    with zipfile.ZipFile(path) as zipped:
        return {name: zipped.read(name) for name in zipped.namelist()}


json_values = st.none() | st.booleans() | st.integers() | st.text(max_size=12) | st.just([])


@FUZZ
@given(pick=st.data())
def test_structurally_mutated_package_data(
    tmp_path: Path, rich_package: dict[str, bytes], pick: st.DataObject
) -> None:
    """Data a hostile writer crafted, with a manifest that vouches for it: refused or sound."""
    import hashlib
    import json

    from pledge_tracker.bootstrap import open_app_database

    data = json.loads(rich_package["data.json"])
    tables = [name for name, rows in sorted(data["tables"].items()) if rows]
    for _ in range(pick.draw(st.integers(1, 3))):
        table = pick.draw(st.sampled_from(tables))
        row = pick.draw(st.sampled_from(data["tables"][table]))
        column = pick.draw(st.sampled_from(sorted(row)))
        row[column] = pick.draw(json_values)
    entries = dict(rich_package, **{"data.json": json.dumps(data).encode()})
    manifest = json.loads(entries["manifest.json"])
    manifest["files"]["data.json"] = hashlib.sha256(entries["data.json"]).hexdigest()
    entries["manifest.json"] = json.dumps(manifest).encode()
    path = tmp_path / "crafted.zip"
    with zipfile.ZipFile(path, "w") as zipped:
        for name, content in entries.items():
            zipped.writestr(name, content)
    target = tmp_path / "target.db"
    empty = open_app_database(target, seed_new=False) if not target.exists() else None
    database = empty or open_app_database(target)
    try:
        _import_safely(database, path)
    finally:
        database.dispose()
