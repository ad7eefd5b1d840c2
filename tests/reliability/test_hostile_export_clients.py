"""An XLSX holding every hostile string opens whole in the real clients, and reads back exactly.

openpyxl always; LibreOffice when `soffice` is installed (it is not in CI: the test says so
and is skipped). A workbook as Excel or LibreOffice saves it (text in a shared-strings table,
where openpyxl half-undoes the escapes itself) must read back exactly too.
"""

from __future__ import annotations

import csv
import re
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest
from defusedxml import EntitiesForbidden
from openpyxl import load_workbook

from pledge_tracker.domain.errors import ValidationError
from pledge_tracker.services.transfer.cells import xml_unescape
from pledge_tracker.services.transfer.readers import read_table
from pledge_tracker.services.transfer.writers import Sheet, write_xlsx
from tests.reliability import tally
from tests.reliability.hostile import SEEDS, SPREADSHEET_SEEDS

EVERY = SEEDS + SPREADSHEET_SEEDS
_INLINE = re.compile(
    r'<c r="(\w+)"((?: s="\d+")?) t="inlineStr"><is><t[^>]*>(.*?)</t></is></c>', re.S
)


def hostile_workbook(folder: Path) -> Path:
    """Every hostile string, one a row, numbered, through the writer every export uses."""
    sheet = Sheet("hostile", ("n", "text"), [(n, text) for n, text in enumerate(EVERY)])
    return write_xlsx(folder / "hostile.xlsx", [sheet])


def _texts(rows: list[list[object]]) -> dict[int, str]:
    return {int(str(row[0])): str(row[1]) if row[1] is not None else "" for row in rows}


def test_openpyxl_opens_every_row_of_a_hostile_export(tmp_path: Path) -> None:
    path = hostile_workbook(tmp_path)
    for read_only in (False, True):
        book = load_workbook(path, read_only=read_only)
        rows = [list(row) for row in book.active.iter_rows(min_row=2, values_only=True)]
        book.close()
        # openpyxl shows the escapes of an inline string as they are; undone, the text is whole
        got = {n: xml_unescape(text) for n, text in _texts(rows).items()}
        assert got == dict(enumerate(EVERY))
    assert _texts(read_table(path).rows) == dict(enumerate(EVERY))
    tally.accepted("every hostile string in an XLSX opened by openpyxl")


def as_saved_by_excel(source: Path, target: Path) -> Path:
    """The workbook with its text moved to a shared-strings table, as Excel writes it."""
    strings: list[str] = []

    def shared(found: re.Match[str]) -> str:
        strings.append(found.group(3))  # still escaped: XML entities and _xHHHH_ alike
        return f'<c r="{found.group(1)}"{found.group(2)} t="s"><v>{len(strings) - 1}</v></c>'

    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w") as new:
        for name in old.namelist():
            data = old.read(name).decode("utf-8")
            if name.startswith("xl/worksheets/"):
                data = _INLINE.sub(shared, data)
            elif name == "[Content_Types].xml":
                data = data.replace(
                    "</Types>",
                    '<Override PartName="/xl/sharedStrings.xml" ContentType="application/'
                    'vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>',
                )
            new.writestr(name, data)
        items = "".join(f'<si><t xml:space="preserve">{text}</t></si>' for text in strings)
        new.writestr(
            "xl/sharedStrings.xml",
            f'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">{items}</sst>',
        )
    assert strings, "the workbook held no inline text to move"
    return target


def test_a_workbook_saved_by_excel_reads_back_unescaped_exactly_once(tmp_path: Path) -> None:
    saved = as_saved_by_excel(hostile_workbook(tmp_path), tmp_path / "excel.xlsx")
    with zipfile.ZipFile(saved) as zipped:
        assert b"_x005F_x0007_" in zipped.read("xl/sharedStrings.xml")  # the literal text
    assert _texts(read_table(saved).rows) == dict(enumerate(EVERY))
    tally.accepted("escape-like text in a shared-strings workbook")


def test_entity_tricks_in_the_shared_strings_are_refused(tmp_path: Path) -> None:
    saved = as_saved_by_excel(hostile_workbook(tmp_path), tmp_path / "excel.xlsx")
    bomb = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(saved) as old, zipfile.ZipFile(bomb, "w") as new:
        for name in old.namelist():
            data = old.read(name)
            if name == "xl/sharedStrings.xml":
                lol = b'<!DOCTYPE sst [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;">]>'
                data = lol + data.replace(b"<t xml:space", b"<t>&b;</t><t xml:space", 1)
            new.writestr(name, data)
    with pytest.raises(ValidationError, match="cannot be read as an XLSX workbook") as refused:
        read_table(bomb)
    parse_error = refused.value.__context__  # openpyxl's, raised from the parser's own
    assert isinstance(parse_error and parse_error.__cause__, EntitiesForbidden)
    tally.refused("XML entities in an XLSX shared-strings table")


def _line_ends(text: str) -> str:
    """LibreOffice stores a line break in a cell as LF, whichever it was."""
    return re.sub(r"\r\n?", "\n", text)


@pytest.mark.skipif(
    shutil.which("soffice") is None,
    reason="LibreOffice (soffice) is not installed; apt-get install libreoffice-calc-nogui",
)
def test_libreoffice_reads_every_row_of_a_hostile_export(tmp_path: Path) -> None:
    path = hostile_workbook(tmp_path)
    out = tmp_path / "converted"
    subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}",
            "--headless",
            "--convert-to",
            "csv:Text - txt - csv (StarCalc):44,34,76,1",  # comma, double quote, UTF-8
            "--outdir",
            str(out),
            str(path),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    with (out / "hostile.csv").open(encoding="utf-8", newline="") as handle:
        header, *rows = list(csv.reader(handle))
    assert header == ["n", "text"]
    assert [int(row[0]) for row in rows] == list(range(len(EVERY)))  # every row, in order
    got = {int(n): _line_ends(text) for n, text in rows}
    assert got == {n: _line_ends(text) for n, text in enumerate(EVERY)}
    tally.accepted("every hostile string in an XLSX opened by LibreOffice")
