"""Date precisions travel through imports, exports and packages, and bad ones are refused."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import select

from pledge_tracker.bootstrap import open_app_database
from pledge_tracker.db import models as m
from pledge_tracker.db.uow import Database
from pledge_tracker.services.transfer import import_file
from pledge_tracker.services.transfer.exports import export_table
from pledge_tracker.services.transfer.importer import ImportRefused
from pledge_tracker.services.transfer.package import export_package
from tests.transfer.conftest import state, write_csv


def test_a_month_join_date_is_imported_as_a_month(database: Database, files: Path) -> None:
    path = write_csv(
        files / "supporters.csv",
        "name,kind,joined,joined_precision\nRuritania,government,2021-05-14,month\n",
    )
    import_file(database, path)
    with database.read() as session:
        row = session.scalars(select(m.Stakeholder).where(m.Stakeholder.name == "Ruritania")).one()
        # Kept as the month's first day, with its precision: it prints as "May 2021".
        assert (row.joined, row.joined_precision) == (dt.date(2021, 5, 1), "month")


def test_an_unknown_precision_is_refused_naming_the_row_and_field(
    database: Database, files: Path
) -> None:
    path = write_csv(
        files / "evidence.csv",
        "title,effective,effective_precision\nA,2020-01-01,year\nB,2020-01-01,week\n",
    )
    before = state(database)
    with pytest.raises(ImportRefused) as caught:
        import_file(database, path)
    (problem,) = caught.value.report.errors
    assert (problem.row, problem.field) == (3, "effective_precision")
    assert "'week' is not one of: day, month, year" in problem.detail
    assert state(database) == before  # nothing imported, not even the good row


def test_the_evidence_export_carries_each_precision(
    demo_database: Database, tmp_path: Path
) -> None:
    path = export_table(demo_database, tmp_path / "e.csv", fmt="csv", what="evidence")
    with open(path, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    marked = sorted(row["effective_precision"] for row in rows)
    assert marked.count("month") == 7 and marked.count("year") == 1


def test_a_package_round_trip_keeps_the_precisions(demo_database: Database, tmp_path: Path) -> None:
    package = export_package(demo_database, tmp_path / "all.zip").path
    copy = open_app_database(tmp_path / "copy.db", seed_new=False, actor="Colleague")
    try:
        import_file(copy, package)
        with copy.read() as session, demo_database.read() as original:
            query = select(m.Evidence.uid, m.Evidence.effective_precision).order_by(m.Evidence.uid)
            copied = session.execute(query).all()
            assert copied == original.execute(query).all()
            assert ("year",) in {(p,) for _, p in copied}
    finally:
        copy.dispose()
