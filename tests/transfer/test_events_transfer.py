"""Events through import, export, templates and data packages: dates keep their precision."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from sqlalchemy import select

from pledge_tracker.bootstrap import open_app_database
from pledge_tracker.db import models as m
from pledge_tracker.db.uow import Database
from pledge_tracker.domain.events import EventFilter, EventInput
from pledge_tracker.reports.text import Text
from pledge_tracker.services import events, stakeholders
from pledge_tracker.services.check import run_check
from pledge_tracker.services.transfer import import_file
from pledge_tracker.services.transfer.columns import columns
from pledge_tracker.services.transfer.exports import export_table
from pledge_tracker.services.transfer.importer import ImportRefused, import_spreadsheet
from pledge_tracker.services.transfer.package import export_package
from pledge_tracker.services.transfer.templates import write_template
from tests.reference import EVENTS

HEADERS = [c.name for c in columns("events")]


def _write(path: Path, rows: list[dict[str, str]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=HEADERS)
        writer.writeheader()
        writer.writerows(rows)
    return path


def _row(**values: str) -> dict[str, str]:
    return {name: values.get(name, "") for name in HEADERS}


def _titled(database: Database, title: str) -> list:
    with database.read() as session:
        return [e for e in events.list_events(session) if e.title == title]


def test_the_template_names_every_column(tmp_path: Path) -> None:
    path = write_template("events", tmp_path / "events.csv")
    with path.open(encoding="utf-8-sig") as handle:
        assert next(csv.reader(handle)) == HEADERS


def test_import_keeps_precision_and_a_second_import_adds_nothing(
    database: Database, tmp_path: Path
) -> None:
    path = _write(
        tmp_path / "events.csv",
        [
            _row(date="2024-11", category="legislation", title="A month-known law"),
            _row(date="2023", category="context", title="A year-known context", verified="no"),
            _row(
                date="2022-03-01",
                end_date="2022-03-04",
                category="industry",
                title="A four-day summit",
                sources="https://example.org/a; https://example.org/b",
                supporters="New Zealand; France",
            ),
        ],
    )
    report = import_spreadsheet(database, path)
    assert report.count("add") == 3
    month, year, span = (
        _titled(database, "A month-known law")[0],
        _titled(database, "A year-known context")[0],
        _titled(database, "A four-day summit")[0],
    )
    assert (month.date_text, year.date_text, span.date_text) == ("2024-11", "2023", "2022-03-01")
    assert not year.verified and span.sources == ("https://example.org/a", "https://example.org/b")
    assert sorted(span.stakeholder_names) == ["France", "New Zealand"]
    english = Text("en")
    assert english.date(month.dated, month.dated_precision) == "November 2024"
    assert english.date(year.dated, year.dated_precision) == "2023"
    again = import_spreadsheet(database, path)
    assert again.count("add") == 0 and again.count("skip") == 3
    assert "imported 0 events, skipped 3 already present" in again.summary()
    assert run_check(database).ok


@pytest.mark.parametrize(
    ("row", "field"),
    [
        (_row(date="2024-13", category="context", title="x"), "date"),
        (_row(date="2024", date_precision="day", category="context", title="x"), "date_precision"),
        (_row(date="2024-01-01", category="gossip", title="x"), "category"),
        (_row(date="2024-01-01", category="context", title="x", sources="ftp://x"), "sources"),
        (
            _row(date="2024-01-01", category="context", title="x", supporters="Atlantis"),
            "supporters",
        ),
        (_row(date="", category="context", title="x"), "date"),
    ],
)
def test_one_bad_row_refuses_the_whole_file_naming_row_and_field(
    database: Database, tmp_path: Path, row: dict[str, str], field: str
) -> None:
    good = _row(date="2024-02-02", category="context", title="A good row")
    path = _write(tmp_path / "events.csv", [good, row])
    with pytest.raises(ImportRefused) as refused:
        import_spreadsheet(database, path)
    assert (refused.value.row, refused.value.field) == (3, field)
    assert not _titled(database, "A good row")  # all or nothing


def test_export_then_import_elsewhere_round_trips_the_dates(
    database: Database, tmp_path: Path
) -> None:
    with database.write() as tx:
        events.add(
            tx,
            EventInput(dated="2025-07-01", dated_precision="month", category="legislation",
                       title="Exported law", sources=("https://example.org/law",)),
        )  # fmt: skip
    path = export_table(database, tmp_path / "events.csv", fmt="csv", what="events")
    with path.open(encoding="utf-8-sig") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == len(EVENTS) + 1
    assert {r["date"] for r in rows} >= {e["date"] for e in EVENTS} | {"2025-07"}
    other = open_app_database(tmp_path / "other.db", actor="Colleague")
    try:
        report = import_spreadsheet(other, path)
        assert (report.count("add"), report.count("skip")) == (1, len(EVENTS))
        copied = _titled(other, "Exported law")[0]
        assert (copied.date_text, copied.dated_precision) == ("2025-07", "month")
    finally:
        other.dispose()


def test_packages_carry_events_with_their_supporters_and_citing_evidence(
    demo_database: Database, tmp_path: Path
) -> None:
    with demo_database.read() as session:
        nz = stakeholders.find(session, "New Zealand").id
        item = session.scalars(select(m.Evidence.id).order_by(m.Evidence.id)).first()
    with demo_database.write() as tx:
        added = events.add(
            tx,
            EventInput(dated="2025", dated_precision="year", category="supporters",
                       title="Packaged event", stakeholder_ids=(nz,)),
        )  # fmt: skip
        events.cite(tx, added.id, [item])
    package = export_package(demo_database, tmp_path / "export.zip").path

    restored = open_app_database(tmp_path / "restored.db", seed_new=False, actor="Colleague")
    merged = open_app_database(tmp_path / "merged.db", actor="Colleague")
    try:
        import_file(restored, package)
        report = import_file(merged, package)
        assert report.added.get("event") == 1 and not report.conflicts
        for database in (restored, merged):
            with database.read() as session:
                found = events.list_events(session, EventFilter(text="packaged"))
                assert len(events.list_events(session)) == len(EVENTS) + 1
            assert [(e.date_text, e.stakeholder_names) for e in found] == [
                ("2025", ("New Zealand",))
            ]
            assert len(found[0].evidence) == 1
            assert run_check(database).ok
    finally:
        restored.dispose()
        merged.dispose()
