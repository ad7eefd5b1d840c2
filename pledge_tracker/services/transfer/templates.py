"""Empty import templates: the header row of a kind, and (in XLSX) a sheet explaining it."""

from __future__ import annotations

from pathlib import Path

from pledge_tracker.domain.errors import ValidationError
from pledge_tracker.services.transfer.columns import columns
from pledge_tracker.services.transfer.writers import Sheet, write_csv, write_xlsx

HELP_HEADERS = ("column", "required", "what to write", "example")


def template_sheets(kind: str) -> list[Sheet]:
    """The kind's header row, and a help sheet describing each column."""
    cols = columns(kind)
    help_rows: list[tuple[object, ...]] = [
        (c.name, "yes" if c.required else "no", c.help, c.example) for c in cols
    ]
    return [
        Sheet(kind, tuple(c.name for c in cols)),
        Sheet("help", HELP_HEADERS, help_rows),
    ]


def write_template(kind: str, path: Path) -> Path:
    """An empty template for `kind`: .csv (header only) or .xlsx (with a help sheet)."""
    sheets = template_sheets(kind)
    suffix = Path(path).suffix.lower()
    if suffix == ".csv":
        return write_csv(path, sheets[0])
    if suffix == ".xlsx":
        return write_xlsx(path, sheets)
    raise ValidationError.because("out", "template_format").at(file=Path(path).name)
