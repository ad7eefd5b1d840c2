"""Published figures from a spreadsheet: charted, on the scorecard with their source, exact.

The spreadsheet is an XLSX written here with openpyxl, as an officer's own would be.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

import openpyxl
import pytest

from pledge_tracker.cli import main
from pledge_tracker.db.uow import Database
from pledge_tracker.services import indicators
from pledge_tracker.services.chart_data import ChartOptions, build_indicators
from pledge_tracker.services.check import run_check
from pledge_tracker.services.transfer import import_file
from pledge_tracker.services.transfer.exports import export_table
from pledge_tracker.services.transfer.importer import ImportRefused
from pledge_tracker.services.transfer.templates import write_template
from tests.indicators.helpers import REPORT_TITLE, REPORT_URL, add_report, provider_id
from tests.reports.conftest import build, text_of
from tests.transfer.conftest import state

HEADERS = (
    "supporter", "metric", "value", "unit", "period_start", "period_end", "period_precision",
    "evidence", "published",
)  # fmt: skip
ROWS = [
    ("Microsoft", "Share found proactively", 0.3, "percent", "2024-01-01", "2024-06-30", "month",
     REPORT_TITLE, dt.date(2024, 9, 1)),
    ("microsoft", "Removal orders received", 12, "orders", dt.date(2024, 1, 1),
     dt.date(2024, 6, 30), "", REPORT_TITLE, ""),
    ("Microsoft", "Removal orders received", "9", "orders", "2023-07-01", "2023-12-31", "day",
     REPORT_TITLE, ""),
]  # fmt: skip


def write_xlsx(path: Path, rows: list[tuple[object, ...]]) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "indicators"
    sheet.append(HEADERS)
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def test_an_imported_figure_is_charted_and_on_the_scorecard_with_its_source(
    database: Database, tmp_path: Path
) -> None:
    add_report(database)
    report = import_file(database, write_xlsx(tmp_path / "figures.xlsx", ROWS))
    assert (report.kind, report.count("add")) == ("indicators", 3)

    with database.read() as session:
        options = ChartOptions(
            as_of=dt.date(2025, 6, 30), stakeholder_ids=frozenset({provider_id(database)})
        )
        chart = build_indicators(session, options)
    by_metric = {line.metric: [p.value for p in line.points] for line in chart.series}
    assert by_metric == {"Removal orders received": ["9", "12"], "Share found proactively": ["0.3"]}

    pdf, _ = build("scorecard", database, stakeholders=("Microsoft",))
    text = " ".join(text_of(pdf).split())
    assert "Published figures" in text
    assert "Share found proactively 0.3 percent 2024-01 to 2024-06 [1]" in text
    assert "Removal orders received 12 orders 2024-01-01 to 2024-06-30 [1]" in text
    assert "9 orders" not in text  # only the latest figure of each metric
    assert REPORT_TITLE in text and REPORT_URL in text  # its source, cited as [1]
    assert run_check(database).ok


def test_a_bad_row_is_refused_naming_file_row_and_field_and_nothing_is_added(
    database: Database, tmp_path: Path
) -> None:
    add_report(database)
    bad = [*ROWS[:2], ("Microsoft", "Appeals received", "about ten", "appeals", "2024-01-01",
                       "2024-06-30", "", REPORT_TITLE, "")]  # fmt: skip
    before = state(database)
    with pytest.raises(ImportRefused) as refused:
        import_file(database, write_xlsx(tmp_path / "bad.xlsx", bad))
    error = refused.value
    assert (error.file, error.row, error.field) == ("bad.xlsx", 4, "value")
    assert "nothing was imported" in str(error)
    assert state(database) == before


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({7: "no such report"}, "evidence"),
        ({7: ""}, "evidence"),
        ({0: "Nobody Inc"}, "supporter"),
        ({5: "2023-01-01"}, "period_end"),
        ({6: "week"}, "period_precision"),
    ],
)
def test_each_bad_field_is_named(
    database: Database, tmp_path: Path, change: dict[int, object], field: str
) -> None:
    add_report(database)
    row = list(ROWS[1])
    for index, value in change.items():
        row[index] = value
    with pytest.raises(ImportRefused) as refused:
        import_file(database, write_xlsx(tmp_path / "one.xlsx", [tuple(row)]))
    assert (refused.value.row, refused.value.field) == (2, field)


def test_reimporting_adds_nothing_and_an_export_reimports_as_nothing(
    database: Database, tmp_path: Path
) -> None:
    add_report(database)
    path = write_xlsx(tmp_path / "figures.xlsx", ROWS)
    import_file(database, path)
    before = state(database)
    again = import_file(database, path)
    assert (again.count("add"), again.count("skip")) == (0, 3)
    exported = export_table(database, tmp_path / "out.csv", fmt="csv", what="indicators")
    back = import_file(database, exported, kind="indicators")
    assert (back.count("add"), back.count("skip")) == (0, 3)
    assert state(database) == before


def test_values_and_precision_round_trip_through_an_export(
    database: Database, tmp_path: Path
) -> None:
    add_report(database)
    import_file(database, write_xlsx(tmp_path / "figures.xlsx", ROWS))
    with database.read() as session:
        recorded = indicators.list_indicators(session, provider_id(database))
    exported = export_table(database, tmp_path / "out.xlsx", fmt="xlsx", what="indicators")
    sheet = openpyxl.load_workbook(exported).active
    assert sheet is not None
    header = [c.value for c in sheet[1]]
    values = [row[header.index("value")] for row in sheet.iter_rows(min_row=2, values_only=True)]
    assert values == ["9", "12", "0.3"]  # text cells: no float ever stands for a figure
    with database.write() as tx:  # gone, then back from the export alone
        for item in recorded:
            indicators.delete(tx, item.id)
    back = import_file(database, exported, kind="indicators")
    assert back.count("add") == 3
    with database.read() as session:
        again = indicators.list_indicators(session, provider_id(database))
    same = [replace(item, id=0) for item in again]
    assert same == [replace(item, id=0) for item in recorded]  # uids, values, periods…
    assert [(f.value, f.period_precision) for f in again] == [
        ("9", "day"),
        ("12", "day"),
        ("0.3", "month"),
    ]
    assert run_check(database).ok


def test_the_template_names_every_column(tmp_path: Path) -> None:
    path = write_template("indicators", tmp_path / "t.xlsx")
    book = openpyxl.load_workbook(path)
    header = [c.value for c in book["indicators"][1]]
    assert header[:4] == ["uid", "supporter", "metric", "value"] and "evidence" in header
    assert main(["template", "indicators", "--out", str(tmp_path / "t.csv")]) == 0
