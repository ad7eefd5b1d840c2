"""Making a report: choose the data for its kind, render it, and write the file safely."""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import IO

from pledge_tracker.db.uow import Database
from pledge_tracker.domain.errors import ValidationError
from pledge_tracker.reports import briefing, full, incident, scorecard
from pledge_tracker.reports.layout import Cancelled, Progress, ReportCancelled
from pledge_tracker.safe_files import refuse_protected, write_bytes
from pledge_tracker.services.report_data import ReportData, ReportOptions, load_report_data
from pledge_tracker.services.report_data.incident import (
    IncidentReportOptions,
    load_incident_report,
)

Renderer = Callable[..., int]
REPORTS: dict[str, Renderer] = {
    "scorecard": scorecard.render,
    "briefing": briefing.render,
    "full": full.render,
}
PAPERS = ("a4", "letter")
LANGUAGES = ("en", "fr")


def options_for(kind: str, options: ReportOptions) -> ReportOptions:
    """The options with what the report kind needs: charts, rationales and citations."""
    check_kind(kind)
    if kind == "scorecard":
        return replace(options, charts=(), details=False, figures=True)
    return replace(options, charts=briefing.CHARTS, details=kind == "full")


def check_kind(kind: str) -> None:
    if kind not in REPORTS:
        raise ValidationError("report", f"'{kind}' is not one of: {', '.join(REPORTS)}")


def render_report(
    kind: str,
    data: ReportData,
    out: str | IO[bytes],
    *,
    paper: str = "a4",
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> int:
    """Render report `kind` from its data into a path or binary stream; returns the page count."""
    check_kind(kind)
    if paper not in PAPERS:
        raise ValidationError("paper", f"'{paper}' is not one of: {', '.join(PAPERS)}")
    return REPORTS[kind](data, out, paper=paper, progress=progress, cancelled=cancelled)


def report_bytes(
    kind: str,
    database: Database,
    options: ReportOptions,
    *,
    paper: str = "a4",
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> tuple[bytes, int]:
    """The PDF of a report read from the database, and its page count."""
    if progress is not None:
        progress(0, 0)
    data = load_report_data(database, options_for(kind, options))
    if cancelled is not None and cancelled():
        raise ReportCancelled("The report was cancelled; no file was written.")
    buffer = io.BytesIO()
    pages = render_report(kind, data, buffer, paper=paper, progress=progress, cancelled=cancelled)
    return buffer.getvalue(), pages


def html_bytes(kind: str, database: Database, options: ReportOptions) -> bytes:
    """The accessible HTML edition of a report read from the database (UTF-8)."""
    from pledge_tracker.reports.html.render import html_report

    check_kind(kind)
    data = load_report_data(database, options_for(kind, options))
    return html_report(kind, data).encode("utf-8")


def incident_bytes(
    database: Database,
    options: IncidentReportOptions,
    *,
    paper: str = "a4",
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> tuple[bytes, int]:
    """The PDF of one incident's report read from the database, and its page count."""
    if paper not in PAPERS:
        raise ValidationError("paper", f"'{paper}' is not one of: {', '.join(PAPERS)}")
    if progress is not None:
        progress(0, 0)
    data = load_incident_report(database, options)
    if cancelled is not None and cancelled():
        raise ReportCancelled("The report was cancelled; no file was written.")
    buffer = io.BytesIO()
    pages = incident.render(data, buffer, paper=paper, progress=progress, cancelled=cancelled)
    return buffer.getvalue(), pages


def incident_html_bytes(database: Database, options: IncidentReportOptions) -> bytes:
    """The accessible HTML edition of one incident's report (UTF-8)."""
    from pledge_tracker.reports.html.incident import incident_html

    return incident_html(load_incident_report(database, options)).encode("utf-8")


def check_target(target: str | Path) -> Path:
    """The path to write, refused early (missing folder, a folder, the database, a backup)."""
    path = refuse_protected(Path(target).expanduser())
    if not path.parent.is_dir():
        raise ValidationError("out", f"the folder {path.parent} does not exist")
    return path


def write_atomically(content: bytes, target: str | Path) -> Path:
    """Write the file whole or not at all (the shared atomic writer)."""
    return write_bytes(check_target(target), content)
