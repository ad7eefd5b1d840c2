"""Writing sheets to CSV (UTF-8 with BOM) and XLSX, with every text cell kept inert.

CSV: a text cell beginning with = + - @ tab CR LF NUL (or an apostrophe, so that the escape
can be undone exactly) gets a leading apostrophe. XLSX: every text cell is written as a
string cell (never a formula), dates as dates shown in ISO form, numbers as numbers, and
what XML 1.0 cannot hold as the format's own escape _xHHHH_ (so the file opens whole in
Excel, LibreOffice and openpyxl, and the reader gives back the exact text). In both, a lone
surrogate (not valid Unicode, refused on the way in) is written as U+FFFD.

Each XLSX worksheet is ready to analyse: the header row frozen and filtered (autofilter),
columns as wide as their content (within bounds), and a sheet's number formats applied, e.g.
coverage as a percentage ('0%' over a fraction, so the value stays a number).
"""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from pledge_tracker.safe_files import atomic_output
from pledge_tracker.services.transfer.cells import as_text, encodable, neutralise, xml_escape

MOMENT_FORMAT = "yyyy-mm-dd hh:mm:ss"
PERCENT = "0%"  # over a fraction: 0.25 shows 25 % and stays 0.25 for formulas and re-import
# Column widths in characters: room for the filter button beside a header, and a cap so a
# long summary does not push every other column off-screen (the cell still holds it whole).
MIN_WIDTH, MAX_WIDTH, FILTER_BUTTON = 8, 60, 3
WIDTH_SAMPLE = 200  # rows measured for the widths (the rest are like them)
_SHEET_NAME_BAD = str.maketrans(dict.fromkeys("[]:*?/\\", "_"))


@dataclass(frozen=True)
class Sheet:
    """A table to write: a name (the XLSX sheet), headers, typed rows and number formats.

    `formats` maps a header to the XLSX number format of its numbers (CSV writes the value).
    """

    name: str
    headers: tuple[str, ...]
    rows: Sequence[tuple[object, ...]] = field(default_factory=list)
    formats: Mapping[str, str] = field(default_factory=dict)


def csv_cell(value: object) -> str:
    """One CSV cell: numbers as numbers, text neutralised, dates in ISO form."""
    if isinstance(value, bool) or value is None:
        return as_text(value)
    if isinstance(value, int | float):
        return repr(value) if isinstance(value, float) else str(value)
    if isinstance(value, dt.date):
        return as_text(value)
    return neutralise(encodable(str(value)))


def write_csv(path: Path, sheet: Sheet) -> Path:
    """The sheet as RFC 4180 CSV in UTF-8 with a byte-order mark (Excel then shows macrons)."""
    with atomic_output(path) as partial:
        with partial.open("w", encoding="utf-8-sig", newline="") as handle:
            writer = csv.writer(handle, lineterminator="\r\n")
            writer.writerow([csv_cell(h) for h in sheet.headers])
            writer.writerows([csv_cell(v) for v in row] for row in sheet.rows)
    return path


def xlsx_cell(ws: WriteOnlyWorksheet, value: object, *, bold: bool = False) -> object:
    """One XLSX cell; text is always a string cell so it is never taken for a formula.

    Plain values are returned where openpyxl already stores them right (it is much faster
    than a cell object each): numbers, dates (shown yyyy-mm-dd) and text that does not begin
    with '=', the one prefix openpyxl would turn into a formula.
    """
    if isinstance(value, bool) or value is None:
        value = as_text(value)
    if isinstance(value, str):
        value = xml_escape(encodable(value))
        if not value.startswith("=") and not bold:
            return value
        cell = WriteOnlyCell(ws, value=value)
        cell.data_type = "s"
    else:
        cell = WriteOnlyCell(ws, value=value)
        if isinstance(value, dt.datetime):
            cell.number_format = MOMENT_FORMAT
    if bold:
        cell.font = Font(bold=True)
    return cell


def formatted_cell(ws: WriteOnlyWorksheet, value: object, number_format: str | None) -> object:
    """An XLSX cell in `number_format` when it is a number, else as xlsx_cell writes it."""
    if number_format is None or isinstance(value, bool) or not isinstance(value, int | float):
        return xlsx_cell(ws, value)
    cell = WriteOnlyCell(ws, value=value)
    cell.number_format = number_format
    return cell


def column_widths(sheet: Sheet) -> list[float]:
    """Each column's width in characters: its header or longest sampled value, bounded."""
    widths = [len(header) + FILTER_BUTTON for header in sheet.headers]
    for row in sheet.rows[:WIDTH_SAMPLE]:
        for i, value in enumerate(row[: len(widths)]):
            longest = max((len(line) for line in as_text(value).splitlines()), default=0)
            widths[i] = max(widths[i], longest + 1)
    return [float(min(MAX_WIDTH, max(MIN_WIDTH, width))) for width in widths]


def _prepare(ws: WriteOnlyWorksheet, sheet: Sheet) -> None:
    """Frozen, filtered header and column widths (write-only: set before the first row)."""
    ws.freeze_panes = "A2"
    last = get_column_letter(max(1, len(sheet.headers)))
    ws.auto_filter.ref = f"A1:{last}{len(sheet.rows) + 1}"
    for i, width in enumerate(column_widths(sheet), start=1):
        ws.column_dimensions[get_column_letter(i)].width = width


def write_xlsx(
    path: Path, sheets: Sequence[Sheet], progress: Callable[[int, int], None] | None = None
) -> Path:
    """The sheets as one workbook, a worksheet each, header row frozen and filtered."""
    workbook = Workbook(write_only=True)
    total = sum(len(sheet.rows) for sheet in sheets) or 1
    done = 0
    for sheet in sheets:
        ws = workbook.create_sheet(sheet_title(sheet.name))
        _prepare(ws, sheet)
        ws.append([xlsx_cell(ws, h, bold=True) for h in sheet.headers])
        formats = [sheet.formats.get(h) for h in sheet.headers]
        plain = not any(formats)
        for row in sheet.rows:
            if plain:  # the common case stays as fast as before
                ws.append([xlsx_cell(ws, value) for value in row])
            else:
                ws.append(
                    [formatted_cell(ws, v, formats[i] if i < len(formats) else None)
                     for i, v in enumerate(row)]
                )  # fmt: skip
            done += 1
            if progress is not None and done % 500 == 0:
                progress(done, total)
    with atomic_output(path) as partial:
        workbook.save(partial)
    if progress is not None:
        progress(total, total)
    return path


def sheet_title(name: str) -> str:
    """A name Excel accepts for a worksheet (31 characters, none of []:*?/\\)."""
    return name.translate(_SHEET_NAME_BAD)[:31] or "Sheet"
