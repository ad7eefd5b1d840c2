"""The incident report's work for the Reports page's worker: PDF bytes and page count."""

from __future__ import annotations

from collections.abc import Callable

from pledge_tracker.db.uow import Database
from pledge_tracker.domain.validate import safe_file_stem
from pledge_tracker.reports.build import incident_bytes
from pledge_tracker.services.report_data.incident import IncidentReportOptions
from pledge_tracker.ui.workers import Worker

Job = Callable[[Worker], tuple[bytes, int]]


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
