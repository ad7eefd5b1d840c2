"""What File → Export calls: ask where to save, then write the file in a worker.

Each function returns the running Worker (None when the user cancelled the file dialog);
`on_done` is called with the path once the file is written. Failures go to the context's
error_raised signal, which the main window shows.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from pledge_tracker.domain.errors import PledgeError
from pledge_tracker.safe_files import refuse_protected
from pledge_tracker.ui import errors, file_dialogs
from pledge_tracker.ui.context import AppContext
from pledge_tracker.ui.translatable import QT_TRANSLATE_NOOP
from pledge_tracker.ui.workers import Worker

Done = Callable[[Path], None] | None
FILTERS = {
    "csv": QT_TRANSLATE_NOOP("ExportActions", "CSV, UTF-8 (*.csv)"),
    "xlsx": QT_TRANSLATE_NOOP("ExportActions", "Excel workbook (*.xlsx)"),  # translated where shown
    "zip": QT_TRANSLATE_NOOP("ExportActions", "Pledge Tracker data package (*.zip)"),
}


def ask_path(
    context: AppContext,
    parent: QWidget | None,
    title: str,
    name: str,
    suffix: str,
    *others: str,
) -> Path | None:
    """The file the user chose (with one of the extensions offered), or None if cancelled."""
    offered = (suffix, *others)
    filters = {QCoreApplication.translate("ExportActions", FILTERS[s]): s for s in offered}
    answer = file_dialogs.save_file(
        context.settings, parent, title, f"{name}.{suffix}", ";;".join(filters)
    )
    if answer is None:
        return None
    chosen, selected = answer
    path = Path(chosen)
    if path.suffix.lower().lstrip(".") not in offered:
        path = path.with_name(f"{path.name}.{filters.get(selected, suffix)}")
    try:
        return refuse_protected(path)  # told now, not after the export ran
    except PledgeError as error:
        errors.report(error, parent)
        return None


def _run(context: AppContext, write: Callable[[Worker], Path], on_done: Done) -> Worker:
    def finished(path: Path) -> None:
        if on_done is not None:
            on_done(path)

    return context.run(write, finished)


def export_what(
    context: AppContext,
    what: str,
    fmt: str = "csv",
    parent: QWidget | None = None,
    on_done: Done = None,
) -> Worker | None:
    """Export one table (evidence, assessments, matrix, audit or events) as CSV or XLSX."""
    as_of = context.as_of
    dated = what in ("assessments", "matrix")
    name = f"{what}-{as_of.isoformat()}" if dated else f"{what}-{dt.date.today().isoformat()}"
    titles = {
        "evidence": QCoreApplication.translate("ExportActions", "Export Evidence"),
        "assessments": QCoreApplication.translate(
            "ExportActions", "Export Assessments as of {0}"
        ).format(as_of.isoformat()),
        "matrix": QCoreApplication.translate("ExportActions", "Export Matrix as of {0}").format(
            as_of.isoformat()
        ),
        "audit": QCoreApplication.translate("ExportActions", "Export Audit Log"),
        "events": QCoreApplication.translate("ExportActions", "Export Timeline"),
    }
    path = ask_path(context, parent, titles[what], name, fmt)
    if path is None:
        return None
    database = context.database

    def write(worker: Worker) -> Path:
        # Loaded at the first export: openpyxl is slow to import and the start needs none of it.
        from pledge_tracker.services.transfer.exports import export_table

        return export_table(database, path, fmt=fmt, what=what, as_of=as_of, progress=worker.report)

    return _run(context, write, on_done)


def export_evidence(
    context: AppContext, fmt: str = "csv", parent: QWidget | None = None, on_done: Done = None
) -> Worker | None:
    return export_what(context, "evidence", fmt, parent, on_done)


def export_assessments(
    context: AppContext, fmt: str = "csv", parent: QWidget | None = None, on_done: Done = None
) -> Worker | None:
    """The assessments as of the window's as-of date."""
    return export_what(context, "assessments", fmt, parent, on_done)


def export_matrix(
    context: AppContext, fmt: str = "csv", parent: QWidget | None = None, on_done: Done = None
) -> Worker | None:
    """The matrix (glyph and label in each cell) as of the window's as-of date."""
    return export_what(context, "matrix", fmt, parent, on_done)


def export_audit(
    context: AppContext, fmt: str = "csv", parent: QWidget | None = None, on_done: Done = None
) -> Worker | None:
    return export_what(context, "audit", fmt, parent, on_done)


def export_package(
    context: AppContext, parent: QWidget | None = None, on_done: Done = None
) -> Worker | None:
    """The whole database, audit log and attachments included, as a .zip data package."""
    name = f"pledge-tracker-{dt.date.today().isoformat()}"
    path = ask_path(
        context,
        parent,
        QCoreApplication.translate("ExportActions", "Export Data Package"),
        name,
        "zip",
    )
    if path is None:
        return None
    database = context.database

    def write(worker: Worker) -> Path:
        from pledge_tracker.services.transfer.package import export_package as write_package

        return write_package(database, path, progress=worker.report).path

    return _run(context, write, on_done)


def save_template(context: AppContext, kind: str, parent: QWidget | None = None) -> Path | None:
    """An empty import template for `kind` (instant, so written here, not in a worker)."""
    title = QCoreApplication.translate("ExportActions", "Save Import Template")
    path = ask_path(context, parent, title, f"{kind}-template", "xlsx", "csv")
    if path is None:
        return None
    from pledge_tracker.services.transfer.templates import write_template

    try:
        return write_template(kind, path)
    except PledgeError as exc:  # shown by the window like any other failure
        context.error_raised.emit(exc)
        return None
