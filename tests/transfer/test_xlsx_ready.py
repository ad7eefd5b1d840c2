"""XLSX exports are ready to analyse: frozen, filtered header, fitted columns, percentages."""

from __future__ import annotations

import csv
import datetime as dt
import shutil
import subprocess
from pathlib import Path

import openpyxl
import pytest
from openpyxl.utils import get_column_letter

from pledge_tracker.db.uow import Database
from pledge_tracker.services.transfer.exports import export_table
from pledge_tracker.services.transfer.exports_crisis import CRISIS_SHEETS
from pledge_tracker.services.transfer.writers import MAX_WIDTH, MIN_WIDTH

AS_OF = dt.date(2026, 1, 1)
UTF8_CSV = "csv:Text - txt - csv (StarCalc):44,34,76"  # comma, quote, UTF-8


@pytest.fixture
def book(demo_database: Database, tmp_path: Path) -> openpyxl.Workbook:
    path = export_table(demo_database, tmp_path / "all.xlsx", fmt="xlsx", as_of=AS_OF)
    return openpyxl.load_workbook(path)


def test_every_sheet_has_a_frozen_filtered_header_and_fitted_columns(book) -> None:
    assert book.sheetnames == [
        "evidence", f"assessments {AS_OF}", f"matrix {AS_OF}", "indicators", "audit",
        "events", "instruments", f"crosswalk {AS_OF}",
        *CRISIS_SHEETS,
    ]  # fmt: skip
    for ws in book.worksheets:
        last = get_column_letter(ws.max_column)
        assert ws.freeze_panes == "A2", ws.title
        assert ws.auto_filter.ref == f"A1:{last}{ws.max_row}", ws.title
        widths = [
            ws.column_dimensions[get_column_letter(c)].width for c in range(1, ws.max_column + 1)
        ]
        assert all(MIN_WIDTH <= w <= MAX_WIDTH for w in widths), ws.title
    evidence = book["evidence"]
    headers = [c.value for c in evidence[1]]
    width = {
        h: evidence.column_dimensions[get_column_letter(i)].width for i, h in enumerate(headers, 1)
    }
    assert width["summary"] == MAX_WIDTH and width["title"] > width["kind"]


def test_the_matrix_gives_level_glyph_and_review_flag_their_own_columns(book) -> None:
    ws = book[f"matrix {AS_OF}"]
    headers = [c.value for c in ws[1]]
    assert headers[:7] == [
        "supporter", "kind", "score", "coverage", "GOV-1", "GOV-1 glyph", "GOV-1 needs review"
    ]  # fmt: skip
    nz = next(row for row in ws.iter_rows(min_row=2) if row[0].value == "New Zealand")
    levels, glyphs, flags = nz[4::3], nz[5::3], nz[6::3]
    assert {"Not assessed", "Not applicable"} <= {c.value for c in levels}
    assert {c.value for c in glyphs} & {"◕", "◔", "●"}
    assert {c.value for c in flags} <= {"yes", "no"}


def test_coverage_is_a_fraction_shown_as_a_percentage(book) -> None:
    ws = book[f"matrix {AS_OF}"]
    headers = [c.value for c in ws[1]]
    score, coverage = headers.index("score"), headers.index("coverage")
    rows = [row for row in ws.iter_rows(min_row=2) if row[coverage].value is not None]
    assert rows, "the demonstration data assesses some supporters"
    for row in rows:
        assert row[coverage].number_format == "0%"
        assert 0 <= row[coverage].value <= 1
    scored = [row[score] for row in rows if isinstance(row[score].value, float | int)]
    assert scored and all(c.number_format == "0.0" and 0 <= c.value <= 100 for c in scored)


def test_libreoffice_shows_the_percentages(demo_database: Database, tmp_path: Path) -> None:
    """What a user sees in a spreadsheet program: '67%', not '0.667'."""
    soffice = shutil.which("soffice")
    if soffice is None:
        pytest.skip("LibreOffice is not installed")
    path = export_table(demo_database, tmp_path / "m.xlsx", fmt="xlsx", what="matrix", as_of=AS_OF)
    profile = (tmp_path / "lo-profile").as_uri()
    subprocess.run(
        [soffice, f"-env:UserInstallation={profile}", "--headless", "--convert-to", UTF8_CSV,
         "--outdir", str(tmp_path / "out"), str(path)],
        check=True, capture_output=True, timeout=180,
    )  # fmt: skip
    with (tmp_path / "out" / "m.csv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    coverage = rows[0].index("coverage")
    shown = [row[coverage] for row in rows[1:] if row[coverage]]
    assert shown and all(cell.endswith("%") and cell[:-1].isdigit() for cell in shown)
