"""Exports: formulas never run, numbers stay numbers, dates are ISO, and files import back."""

from __future__ import annotations

import csv
import datetime as dt
import io
import shutil
import zipfile
from pathlib import Path

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pledge_tracker.bootstrap import open_app_database
from pledge_tracker.db.uow import Database
from pledge_tracker.domain.dto import EvidenceInput
from pledge_tracker.services import evidence
from pledge_tracker.services.transfer import import_file
from pledge_tracker.services.transfer.cells import FORMULA_STARTS, unescape
from pledge_tracker.services.transfer.exports import export_table
from pledge_tracker.services.transfer.exports_crisis import CRISIS_SHEETS
from pledge_tracker.services.transfer.templates import write_template
from pledge_tracker.services.transfer.writers import Sheet, write_csv, write_xlsx

HOSTILE = ["=SUM(A1:A9)", "+1+1", "-2+3", "@cmd", "\tx", '=HYPERLINK("http://x")', "'=x"]


def _hostile_evidence(database: Database) -> None:
    with database.write() as tx:
        evidence.add(
            tx,
            EvidenceInput(
                title="=cmd|' /C calc'!A0",
                summary="+41 Māori",
                source_name="@attacker",
                notes="-1+2",
                effective="2020-01-01",
            ),
        )


def _csv_rows(path: Path) -> list[list[str]]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # UTF-8 BOM: Excel shows the macrons
    return list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline="")))


def test_csv_cells_that_start_like_formulas_get_an_apostrophe(
    database: Database, tmp_path: Path
) -> None:
    _hostile_evidence(database)
    path = export_table(database, tmp_path / "e.csv", fmt="csv", what="evidence")
    header, row = _csv_rows(path)
    cell = dict(zip(header, row, strict=True))
    assert cell["title"] == "'=cmd|' /C calc'!A0"
    assert cell["summary"] == "'+41 Māori"
    assert cell["source_name"] == "'@attacker"
    assert cell["notes"] == "'-1+2"
    assert cell["effective"] == "2020-01-01"


def test_xlsx_cells_are_strings_never_formulas(database: Database, tmp_path: Path) -> None:
    _hostile_evidence(database)
    path = export_table(database, tmp_path / "e.xlsx", fmt="xlsx", what="evidence")
    with zipfile.ZipFile(path) as zipped:
        sheets = [n for n in zipped.namelist() if n.startswith("xl/worksheets/")]
        assert sheets and all(b"<f>" not in zipped.read(n) for n in sheets)
    sheet = openpyxl.load_workbook(path).active
    header = [c.value for c in sheet[1]]
    title = sheet.cell(row=2, column=header.index("title") + 1)
    assert (title.value, title.data_type) == ("=cmd|' /C calc'!A0", "s")
    effective = sheet.cell(row=2, column=header.index("effective") + 1)
    assert effective.value == dt.datetime(2020, 1, 1) and effective.number_format == "yyyy-mm-dd"


def test_numbers_stay_numbers(tmp_path: Path) -> None:
    sheet = Sheet("t", ("text", "number", "score"), [("-5", -5, 41.7)])
    write_csv(tmp_path / "n.csv", sheet)
    assert _csv_rows(tmp_path / "n.csv")[1] == ["'-5", "-5", "41.7"]
    write_xlsx(tmp_path / "n.xlsx", [sheet])
    cells = next(openpyxl.load_workbook(tmp_path / "n.xlsx").active.iter_rows(min_row=2))
    assert [(c.value, c.data_type) for c in cells] == [("-5", "s"), (-5, "n"), (41.7, "n")]


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.sampled_from(FORMULA_STARTS),
    st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=20),
)
def test_csv_neutralisation_property(tmp_path: Path, first: str, rest: str) -> None:
    text = first + rest
    write_csv(tmp_path / "p.csv", Sheet("t", ("a", "b", "n"), [(text, "plain", 7)]))
    rows = _csv_rows(tmp_path / "p.csv")
    assert len(rows) == 2 and len(rows[1]) == 3  # the separator and quotes did not split it
    assert rows[1][0].startswith("'") and unescape(rows[1][0]) == text
    assert rows[1][2] == "7"


def test_xlsx_of_hostile_strings_has_no_formula(tmp_path: Path) -> None:
    write_xlsx(tmp_path / "h.xlsx", [Sheet("t", ("cell",), [(text,) for text in HOSTILE])])
    with zipfile.ZipFile(tmp_path / "h.xlsx") as zipped:
        assert b"<f>" not in zipped.read("xl/worksheets/sheet1.xml")
    cells = [
        row[0] for row in openpyxl.load_workbook(tmp_path / "h.xlsx").active.iter_rows(min_row=2)
    ]
    assert [(c.value, c.data_type) for c in cells] == [(t, "s") for t in HOSTILE]


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_evidence_and_assessments_round_trip(
    demo_database: Database, tmp_path: Path, fmt: str, db_path: Path
) -> None:
    """Export from the demo database, import into a freshly seeded one, export again: equal."""
    as_of = dt.date(2026, 1, 1)
    for what in ("evidence", "assessments"):
        export_table(demo_database, tmp_path / f"{what}.{fmt}", fmt=fmt, what=what, as_of=as_of)
    fresh_path = tmp_path / "fresh.db"
    shutil.copy(db_path, fresh_path)
    fresh = open_app_database(fresh_path, actor="Someone Else")
    try:
        for what in ("evidence", "assessments"):
            report = import_file(fresh, tmp_path / f"{what}.{fmt}", kind=what)
            assert report.count("error") == 0 and report.count("add") > 0
            again = import_file(fresh, tmp_path / f"{what}.{fmt}", kind=what)
            assert again.count("add") == 0  # re-importing a good file adds nothing
        for what in ("evidence", "assessments"):
            export_table(fresh, tmp_path / f"again-{what}.csv", fmt="csv", what=what, as_of=as_of)
            export_table(
                demo_database, tmp_path / f"orig-{what}.csv", fmt="csv", what=what, as_of=as_of
            )
            original = _csv_rows(tmp_path / f"orig-{what}.csv")
            copied = _csv_rows(tmp_path / f"again-{what}.csv")
            skip = {"recorded_at"}  # when it was recorded here: the import's own moment
            keep = [i for i, h in enumerate(original[0]) if h not in skip]
            assert [[r[i] for i in keep] for r in copied] == [
                [r[i] for i in keep] for r in original
            ]
    finally:
        fresh.dispose()


def test_matrix_and_audit_exports(demo_database: Database, tmp_path: Path) -> None:
    export_table(
        demo_database, tmp_path / "m.csv", fmt="csv", what="matrix", as_of=dt.date(2026, 1, 1)
    )
    rows = _csv_rows(tmp_path / "m.csv")
    assert rows[0][:7] == [
        "supporter", "kind", "score", "coverage", "GOV-1", "GOV-1 glyph", "GOV-1 needs review"
    ]  # fmt: skip
    nz = next(r for r in rows if r[0] == "New Zealand")
    assert any(cell in ("◕", "◔") for cell in nz[5::3])  # glyphs in their own columns
    assert "Not assessed" in nz[4::3] and "Not applicable" in nz[4::3]
    assert set(nz[6::3]) <= {"yes", "no"}
    export_table(demo_database, tmp_path / "a.csv", fmt="csv", what="audit")
    audit_rows = _csv_rows(tmp_path / "a.csv")
    assert audit_rows[0] == [
        "id", "at", "actor", "action", "entity", "record", "before", "after", "prev_hash", "hash",
    ]  # fmt: skip
    assert audit_rows[1][0] == "1" and audit_rows[1][8] == "0" * 64
    export_table(demo_database, tmp_path / "all.xlsx", fmt="xlsx", as_of=dt.date(2026, 1, 1))
    names = openpyxl.load_workbook(tmp_path / "all.xlsx", read_only=True).sheetnames
    assert names == [
        "evidence", "assessments 2026-01-01", "matrix 2026-01-01", "indicators", "audit",
        "events", "instruments", "crosswalk 2026-01-01",
        *CRISIS_SHEETS,
    ]  # fmt: skip


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_templates_import_as_nothing_and_name_their_columns(
    database: Database, tmp_path: Path, suffix: str
) -> None:
    path = write_template("evidence", tmp_path / f"template{suffix}")
    if suffix == ".csv":
        assert _csv_rows(path) == [["uid", "title", "summary", "kind", "source_url",
            "source_name", "effective", "effective_precision", "published", "retrieved",
            "reliability", "restricted", "notes", "supporters", "commitments", "demo"]]  # fmt: skip
    else:
        workbook = openpyxl.load_workbook(path)
        assert workbook.sheetnames == ["evidence", "help"]
        assert workbook["help"]["A2"].value == "uid"
    assert import_file(database, path, kind="evidence").outcomes == ()
