"""Reading spreadsheets: encodings, delimiters, and files that are not what they claim."""

from __future__ import annotations

import codecs
import datetime as dt
import zipfile
from pathlib import Path

import openpyxl
import pytest

from pledge_tracker.domain.errors import ValidationError
from pledge_tracker.services.transfer import readers
from pledge_tracker.services.transfer.columns import auto_mapping, detect_kind

HEADER = "title,effective,supporters\n"


def test_defusedxml_guards_openpyxl() -> None:
    assert openpyxl.DEFUSEDXML is True


@pytest.mark.parametrize("bom", [b"", codecs.BOM_UTF8])
def test_utf8_with_or_without_bom(files: Path, bom: bytes) -> None:
    path = files / "e.csv"
    path.write_bytes(bom + (HEADER + "Te reo Māori act,2020-01-01,Aotearoa\n").encode())
    table = readers.read_table(path)
    assert table.headers == ["title", "effective", "supporters"]
    assert table.rows == [["Te reo Māori act", "2020-01-01", "Aotearoa"]]
    assert table.numbers == [2]


def test_windows_1252_is_refused_with_advice(files: Path) -> None:
    path = files / "e.csv"
    path.write_bytes((HEADER + "Côte d'Ivoire law,2020-01-01,x\n").encode("cp1252"))
    with pytest.raises(ValidationError) as caught:
        readers.read_table(path)
    assert caught.value.field == "encoding"
    assert "CSV UTF-8" in caught.value.message and caught.value.file == "e.csv"


def test_utf16_is_refused(files: Path) -> None:
    path = files / "e.csv"
    path.write_bytes((HEADER + "a,2020-01-01,b\n").encode("utf-16"))
    with pytest.raises(ValidationError, match="UTF-16"):
        readers.read_table(path)


def test_binary_named_csv_is_refused(files: Path) -> None:
    path = files / "e.csv"
    path.write_bytes(b"title\x00\x01\x02\n")
    with pytest.raises(ValidationError, match="NUL"):
        readers.read_table(path)


def test_xlsx_named_csv_is_refused(files: Path) -> None:
    workbook = openpyxl.Workbook()
    workbook.save(files / "real.xlsx")
    path = files / "e.csv"
    path.write_bytes((files / "real.xlsx").read_bytes())
    with pytest.raises(ValidationError, match="zip archive"):
        readers.read_table(path)


def test_text_named_xlsx_is_refused(files: Path) -> None:
    path = files / "e.xlsx"
    path.write_text(HEADER, encoding="utf-8")
    with pytest.raises(ValidationError, match="not an XLSX workbook"):
        readers.read_table(path)


def test_zip_without_content_types_is_not_xlsx(files: Path) -> None:
    path = files / "e.xlsx"
    with zipfile.ZipFile(path, "w") as zipped:
        zipped.writestr("hello.txt", "hi")
    with pytest.raises(ValidationError, match="not an XLSX workbook"):
        readers.read_table(path)


def test_unknown_extension_is_refused(files: Path) -> None:
    path = files / "e.ods"
    path.write_bytes(b"x")
    with pytest.raises(ValidationError, match=r"\.csv or \.xlsx"):
        readers.read_table(path)


def test_xml_entities_inside_xlsx_are_refused(files: Path) -> None:
    """A "billion laughs" workbook: defusedxml refuses the entity, we report a bad file."""
    plain = files / "plain.xlsx"
    workbook = openpyxl.Workbook()
    workbook.active.append(["title", "effective"])
    workbook.active.append(["x", "2020-01-01"])
    workbook.save(plain)
    hostile = files / "laughs.xlsx"
    with zipfile.ZipFile(plain) as src, zipfile.ZipFile(hostile, "w") as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                text = data.decode()
                doctype = (
                    '<!DOCTYPE lolz [<!ENTITY lol "lol">'
                    '<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>'
                )
                text = text.replace("?>", "?>" + doctype, 1).replace(">x<", ">&lol2;<")
                data = text.encode()
            dst.writestr(item, data)
    with pytest.raises(ValidationError, match="cannot be read as an XLSX"):
        readers.read_table(hostile)


def test_semicolon_csv_from_european_excel(files: Path) -> None:
    path = files / "e.csv"
    path.write_text("title;effective\nA; B;2020-01-01\n".replace("A; B", '"A; B"'), "utf-8")
    table = readers.read_table(path)
    assert table.rows == [["A; B", "2020-01-01"]]


def test_blank_rows_keep_their_numbers(files: Path) -> None:
    path = files / "e.csv"
    path.write_text(HEADER + "a,2020-01-01,x\n,,\nb,2020-01-02,y\n", "utf-8")
    assert readers.read_table(path).numbers == [2, 4]


def test_empty_file_is_refused(files: Path) -> None:
    path = files / "e.csv"
    path.write_bytes(b"")
    with pytest.raises(ValidationError, match="empty"):
        readers.read_table(path)


def test_xlsx_values_keep_their_types(files: Path) -> None:
    path = files / "e.xlsx"
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "evidence"
    sheet.append(["Title", "Effective date", "Supporters"])
    sheet.append(["Act", dt.date(2020, 1, 2), "France"])
    workbook.save(path)
    table = readers.read_table(path, "evidence")
    assert table.sheet == "evidence"
    assert table.rows[0][1] == dt.datetime(2020, 1, 2)
    assert auto_mapping("evidence", table.headers) == {"title": 0, "effective": 1, "supporters": 2}


def test_kind_is_detected_from_the_columns() -> None:
    assert detect_kind(["Name", "Kind", "Country"]) == "supporters"
    assert detect_kind(["supporter", "commitment", "level", "effective"]) == "assessments"
    assert detect_kind(["platform", "url", "found_at"]) == "sightings"
    assert detect_kind(["title", "effective"]) == "evidence"
    with pytest.raises(ValidationError, match="do not match"):
        detect_kind(["colour", "size"])
