"""Writing sheets to CSV (UTF-8 with BOM) and XLSX, with every text cell kept inert.

CSV: a text cell beginning with = + - @ tab CR LF NUL (or an apostrophe, so that the escape
can be undone exactly) gets a leading apostrophe. XLSX: every text cell is written as a
string cell (never a formula), dates as dates shown in ISO form, numbers as numbers, and
what XML 1.0 cannot hold as the format's own escape _xHHHH_ (so the file opens whole in
Excel, LibreOffice and openpyxl, and the reader gives back the exact text). In both, a lone
surrogate (not valid Unicode, refused on the way in) is written as U+FFFD.
"""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from pledge_tracker.safe_files import atomic_output
from pledge_tracker.services.transfer.cells import as_text, encodable, neutralise, xml_escape

MOMENT_FORMAT = "yyyy-mm-dd hh:mm:ss"
_SHEET_NAME_BAD = str.maketrans(dict.fromkeys("[]:*?/\\", "_"))


@dataclass(frozen=True)
class Sheet:
    """A table to write: a name (the XLSX sheet), headers and typed rows."""

    name: str
    headers: tuple[str, ...]
    rows: Sequence[tuple[object, ...]] = field(default_factory=list)


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


def write_xlsx(
    path: Path, sheets: Sequence[Sheet], progress: Callable[[int, int], None] | None = None
) -> Path:
    """The sheets as one workbook, a worksheet each, header row frozen."""
    workbook = Workbook(write_only=True)
    total = sum(len(sheet.rows) for sheet in sheets) or 1
    done = 0
    for sheet in sheets:
        ws = workbook.create_sheet(sheet_title(sheet.name))
        ws.freeze_panes = "A2"
        ws.append([xlsx_cell(ws, h, bold=True) for h in sheet.headers])
        for row in sheet.rows:
            ws.append([xlsx_cell(ws, value) for value in row])
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
