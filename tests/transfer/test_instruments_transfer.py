"""Instruments as a record kind: template, export, all-or-nothing import, packages and merge."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from pledge_tracker.bootstrap import open_app_database
from pledge_tracker.db.uow import Database
from pledge_tracker.domain.instruments import InstrumentInput
from pledge_tracker.services import instruments, stakeholders
from pledge_tracker.services.check import run_check
from pledge_tracker.services.transfer.exports import export_table
from pledge_tracker.services.transfer.importer import ImportRefused, import_spreadsheet
from pledge_tracker.services.transfer.package import export_package
from pledge_tracker.services.transfer.package_import import import_package
from pledge_tracker.services.transfer.templates import write_template
from tests.reference import INSTRUMENTS
from tests.transfer.conftest import state, write_csv


def _names(database: Database) -> list[str]:
    with database.read() as session:
        return sorted(item.name for item in instruments.list_instruments(session))


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


def test_the_template_has_the_columns_the_export_writes(tmp_path: Path, database: Database) -> None:
    template = write_template("instruments", tmp_path / "instruments-template.csv")
    exported = export_table(database, tmp_path / "instruments.csv", fmt="csv", what="instruments")
    with template.open(encoding="utf-8-sig") as a, exported.open(encoding="utf-8-sig") as b:
        assert a.readline() == b.readline()


def test_an_export_imports_back_exactly_and_a_second_import_adds_nothing(
    tmp_path: Path, database: Database, db_path: Path
) -> None:
    exported = export_table(database, tmp_path / "instruments.csv", fmt="csv", what="instruments")
    assert len(_rows(exported)) == len(INSTRUMENTS)
    other = open_app_database(tmp_path / "other.db", actor="Test Officer")
    try:
        with other.write() as tx:  # an empty list of instruments to import into
            for item in sorted(
                instruments.list_instruments(tx.session), key=lambda i: i.struck_down_by is None
            ):
                instruments.delete(tx, item.id)
        report = import_spreadsheet(other, exported)
        assert report.count("add") == len(INSTRUMENTS)
        again = export_table(other, tmp_path / "again.csv", fmt="csv", what="instruments")
        assert sorted(_rows(again), key=str) == sorted(_rows(exported), key=str)
        before = state(other)
        assert import_spreadsheet(other, exported).count("skip") == len(INSTRUMENTS)
        assert state(other) == before
        assert run_check(other).ok
    finally:
        other.dispose()


def test_a_bad_row_names_file_row_and_field_and_nothing_is_imported(
    tmp_path: Path, database: Database
) -> None:
    path = write_csv(
        tmp_path / "instruments-new.csv",
        "name,kind,adopted,commitments\n"
        "Good Act 2024,law,2024-02-01,GOV-2\n"
        "Bad Act 2024,law,2024-02-30,GOV-2\n",
    )
    before = state(database)
    with pytest.raises(ImportRefused) as refused:
        import_spreadsheet(database, path)
    message = str(refused.value)
    assert "instruments-new.csv" in message and "row 3" in message and "'adopted'" in message
    assert state(database) == before
    path = write_csv(
        tmp_path / "instruments-codes.csv", "name,kind,commitments\nX Act,law,GOV-99\n"
    )
    with pytest.raises(ImportRefused, match="row 2, field 'commitments'"):
        import_spreadsheet(database, path)
    assert state(database) == before


def test_a_package_merge_brings_new_instruments_and_their_links_once(
    tmp_path: Path, database: Database
) -> None:
    with database.write() as tx:
        australia = stakeholders.find(tx.session, "Australia")
        instruments.add(
            tx,
            InstrumentInput(
                name="Online Safety Act 2021",
                kind="law",
                jurisdictions=("Australia",),
                in_force="2022-01-23",
                commitment_codes=("GOV-2",),
                stakeholder_ids=(australia.id,),
            ),
        )
    package = tmp_path / "package.zip"
    export_package(database, package)
    other = open_app_database(tmp_path / "other.db", actor="Test Officer")
    try:
        report = import_package(other, package)
        assert report.added.get("instrument") == 1  # the reference ones are the same ones
        assert "membership" not in report.added
        assert _names(other) == _names(database)
        with other.read() as session:
            added = next(
                i for i in instruments.list_instruments(session) if i.name.startswith("Online")
            )
        assert added.commitment_codes == ("GOV-2",) and added.stakeholders == ("Australia",)
        assert run_check(other).ok
        assert import_package(other, package).added == {}
    finally:
        other.dispose()


def test_a_package_restored_into_an_empty_database_keeps_instruments_and_memberships(
    tmp_path: Path, database: Database
) -> None:
    package = tmp_path / "package.zip"
    export_package(database, package)
    empty = open_app_database(tmp_path / "empty.db", actor="Test Officer", seed_new=False)
    try:
        import_package(empty, package)
        assert _names(empty) == _names(database)
        assert state(empty)[0]["memberships"] == state(database)[0]["memberships"]
        assert run_check(empty).ok
    finally:
        empty.dispose()


def test_an_instruments_file_is_recognised_without_its_kind_named() -> None:
    """Supporters and instruments both require name and kind: the other headers decide."""
    from pledge_tracker.services.transfer.columns import detect_kind

    assert detect_kind(["name", "kind", "adopted"]) == "instruments"
    assert detect_kind(["name", "kind", "jurisdictions", "in_force"], "laws.csv") == "instruments"
    assert detect_kind(["name", "kind", "joined"]) == "supporters"
    assert detect_kind(["name", "kind"], "supporters.csv") == "supporters"
