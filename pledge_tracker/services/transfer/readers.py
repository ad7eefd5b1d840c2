"""Reading spreadsheets: CSV (UTF-8 only) and XLSX (openpyxl behind defusedxml), checked first.

A file must be what its extension says: an XLSX is a zip holding `[Content_Types].xml`, a
CSV decodes as UTF-8 text. Anything else is refused with a message saying what to do.
XLSX text comes back with its _xHHHH_ escapes undone exactly once (see `_RawStringsReader`).
"""

from __future__ import annotations

import codecs
import csv
import io
from dataclasses import dataclass, field
from pathlib import Path

import openpyxl
from openpyxl.cell.text import Text
from openpyxl.reader.excel import ExcelReader
from openpyxl.xml.constants import SHARED_STRINGS, SHEET_MAIN_NS
from openpyxl.xml.functions import iterparse

from pledge_tracker.domain.errors import ValidationError
from pledge_tracker.services.transfer import archive
from pledge_tracker.services.transfer.cells import as_text, unescape, xml_unescape

# openpyxl parses XLSX XML with defusedxml only when it is installed; without it an entity
# expansion ("billion laughs") inside a workbook would be honoured. Refuse to run unguarded
# (an explicit check rather than `assert`, which `python -O` would remove).
if openpyxl.DEFUSEDXML is not True:  # pragma: no cover - defusedxml is a dependency
    raise ImportError("defusedxml must be installed to read XLSX files safely")

MAX_CSV_BYTES = 100 * archive.MiB
MAX_ROWS = 200_000
MAX_COLUMNS = 200
_ZIP_MAGIC = b"PK\x03\x04"
_STRING_ITEM = f"{{{SHEET_MAIN_NS}}}si"


@dataclass(frozen=True)
class Table:
    """A spreadsheet's header and rows; row numbers count the header as row 1."""

    file: str
    headers: list[str]
    rows: list[list[object]] = field(default_factory=list)
    numbers: list[int] = field(default_factory=list)
    sheet: str = ""


def file_format(path: Path) -> str:
    """'csv', 'xlsx' or 'package' from the extension; other extensions are refused."""
    suffix = path.suffix.lower()
    if suffix in (".csv", ".txt"):
        return "csv"
    if suffix == ".xlsx":
        return "xlsx"
    if suffix == ".zip":
        return "package"
    raise ValidationError.because("file", "not_a_spreadsheet").at(file=path.name)


def read_table(path: Path, kind: str | None = None) -> Table:
    """The table in a CSV or XLSX file (for XLSX, the sheet named `kind`, else the first)."""
    fmt = file_format(path)
    if fmt == "csv":
        return read_csv(path)
    if fmt == "xlsx":
        return read_xlsx(path, kind)
    raise ValidationError.because("file", "package_not_spreadsheet").at(file=path.name)


def _read_bytes(path: Path, limit: int) -> bytes:
    try:
        size = path.stat().st_size
        if size > limit:
            raise ValidationError.because(
                "file",
                "file_too_big",
                size=str(size // archive.MiB),
                limit=str(limit // archive.MiB),
            ).at(file=path.name)
        return path.read_bytes()
    except OSError as exc:
        raise _unreadable(path, exc) from None


def decode_text(data: bytes, file: str) -> str:
    """UTF-8 text (with or without a byte-order mark); other encodings are refused."""
    if data.startswith(_ZIP_MAGIC):
        raise ValidationError.because("file", "zip_not_csv").at(file=file)
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise ValidationError.because("encoding", "utf16_text").at(file=file)
    data = data.removeprefix(codecs.BOM_UTF8)
    if b"\0" in data:
        raise ValidationError.because("file", "nul_bytes").at(file=file)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ValidationError.because(
            "encoding", "not_utf8", byte=f"{data[exc.start]:02X}", offset=str(exc.start)
        ).at(file=file) from None


def _delimiter(text: str) -> str:
    """Comma, semicolon (European Excel) or tab: whichever the header line uses most."""
    first = text.split("\n", 1)[0]
    return max((",", ";", "\t"), key=first.count) if first else ","


def read_csv(path: Path) -> Table:
    text = decode_text(_read_bytes(path, MAX_CSV_BYTES), path.name)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(text), strict=True)
    records: list[tuple[int, list[object]]] = []
    try:
        for record in reader:
            if len(records) > MAX_ROWS:
                raise _too_many_rows(path)
            records.append((reader.line_num, [unescape(cell) for cell in record]))
    except csv.Error as exc:
        raise ValidationError.because("file", "bad_csv", cause=str(exc)).at(
            file=path.name, row=reader.line_num
        ) from None
    return _table(path.name, records)


def read_xlsx(path: Path, kind: str | None = None) -> Table:
    """The sheet named like `kind` (else the first), after the workbook passed its checks."""
    _check_xlsx(path)
    try:
        reader = _RawStringsReader(path, read_only=True, data_only=True)
        reader.read()
        workbook = reader.wb
    except Exception as exc:  # a damaged or crafted workbook: any parser error means "refused"
        raise ValidationError.because("file", "bad_xlsx", cause=_short(exc)).at(
            file=path.name
        ) from None
    try:
        sheet = _pick_sheet(workbook, kind)
        records: list[tuple[int, list[object]]] = []
        for number, values in enumerate(sheet.iter_rows(values_only=True), start=1):
            if number > MAX_ROWS + 1:
                raise _too_many_rows(path)
            cells = list(values)[: MAX_COLUMNS + 1]
            records.append((number, [xml_unescape(c) if isinstance(c, str) else c for c in cells]))
        title = sheet.title
    except ValidationError:
        raise
    except Exception as exc:
        raise ValidationError.because("file", "bad_xlsx", cause=_short(exc)).at(
            file=path.name
        ) from None
    finally:
        workbook.close()
    return _table(path.name, records, sheet=title)


class _RawStringsReader(ExcelReader):
    """openpyxl's workbook reader, keeping shared strings exactly as the file stores them.

    openpyxl leaves inline strings (what it writes) escaped but drops every "x005F_" from
    shared strings (what Excel and LibreOffice write): half an unescape, after which text
    that was escaped and text that looked like an escape can no longer be told apart. Raw
    text from both kinds is unescaped once, by `xml_unescape`.
    """

    def read_strings(self) -> None:
        found = self.package.find(SHARED_STRINGS)
        if found is None:
            return
        strings: list[str] = []
        with self.archive.open(found.PartName[1:]) as source:
            for _, node in iterparse(source):  # defusedxml's, as openpyxl's own reader
                if node.tag == _STRING_ITEM:
                    strings.append(Text.from_tree(node).content)
                    node.clear()
        self.shared_strings = strings


def _check_xlsx(path: Path) -> None:
    with _open_checked_zip(path) as zipped:
        archive.inspect(zipped, path.name, archive.XLSX_LIMITS)
        if "[Content_Types].xml" not in zipped.namelist():
            raise ValidationError.because("file", "zip_not_xlsx").at(file=path.name)


def _open_checked_zip(path: Path):
    try:
        with path.open("rb") as handle:
            magic = handle.read(4)
    except OSError as exc:
        raise _unreadable(path, exc) from None
    if magic != _ZIP_MAGIC:
        raise ValidationError.because("file", "not_xlsx").at(
            file=path.name,
        )
    return archive.open_zip(path)


def _pick_sheet(workbook, kind: str | None):
    if kind:  # "assessments" also finds the sheet "assessments 2024-06-30" of an export
        for exact in (True, False):
            for name in workbook.sheetnames:
                folded = name.casefold()
                if folded == kind or (not exact and folded.startswith(kind)):
                    return workbook[name]
    if not workbook.sheetnames:
        raise ValidationError.because("file", "no_worksheet")
    return workbook[workbook.sheetnames[0]]


def _table(file: str, records: list[tuple[int, list[object]]], sheet: str = "") -> Table:
    """Header from the first non-blank row; blank rows are dropped but keep their numbers."""
    filled = [(n, cells) for n, cells in records if any(as_text(c) for c in cells)]
    if not filled:
        raise ValidationError.because("file", "no_header_row").at(file=file)
    (header_row, header), body = filled[0], filled[1:]
    if len(header) > MAX_COLUMNS:
        raise ValidationError.because("file", "too_many_columns", most=str(MAX_COLUMNS)).at(
            file=file
        )
    headers = [as_text(h) for h in header]
    width = len(headers)
    rows = [(cells + [None] * width)[:width] for _, cells in body]
    del header_row
    return Table(file, headers, rows, [n for n, _ in body], sheet)


def _short(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return (text[0][:120] if text else "") or type(exc).__name__


def _unreadable(path: Path, exc: OSError) -> ValidationError:
    return ValidationError.because("file", "unreadable_file", cause=str(exc.strerror)).at(
        file=path.name
    )


def _too_many_rows(path: Path) -> ValidationError:
    return ValidationError.because("file", "too_many_rows", most=str(MAX_ROWS)).at(file=path.name)
