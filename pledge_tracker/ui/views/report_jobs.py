"""The Reports page's work for its workers: the incident report's PDF (bytes and page
count), and the accessible HTML edition of whichever report the preview shows."""

from __future__ import annotations

from collections.abc import Callable

from pledge_tracker.db.uow import Database
from pledge_tracker.domain.validate import safe_file_stem
from pledge_tracker.reports.build import html_bytes, incident_bytes, incident_html_bytes
from pledge_tracker.services.report_data import ReportOptions
from pledge_tracker.services.report_data.incident import IncidentReportOptions
from pledge_tracker.ui.workers import Worker

Job = Callable[[Worker], tuple[bytes, int]]
HtmlJob = Callable[[Worker], bytes]


def incident_job(database: Database, options: IncidentReportOptions, paper: str) -> Job:
    """One incident's report, reporting progress and honouring Cancel."""

    def work(worker: Worker) -> tuple[bytes, int]:
        return incident_bytes(
            database,
            options,
            paper=paper,
            progress=worker.report,
            cancelled=lambda: worker.cancelled,
        )

    return work


def incident_file_name(options: IncidentReportOptions) -> str:
    """incident-<its name>-<date>.pdf"""
    return f"incident-{safe_file_stem(options.incident)}-{options.as_of.isoformat()}.pdf"


def html_job(database: Database, kind: str, options: ReportOptions) -> HtmlJob:
    """The accessible HTML edition of a scorecard, briefing or full report."""
    return lambda worker: html_bytes(kind, database, options)


def incident_html_job(database: Database, options: IncidentReportOptions) -> HtmlJob:
    """The accessible HTML edition of one incident's report."""
    return lambda worker: incident_html_bytes(database, options)
