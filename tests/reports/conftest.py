"""Report fixtures: a demo database with movement, restricted evidence, actions and sightings."""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pypdf
import pytest

from pledge_tracker.bootstrap import open_app_database
from pledge_tracker.db.uow import Database
from pledge_tracker.domain.dto import AssessmentInput, EvidenceInput
from pledge_tracker.reports.build import options_for, render_report
from pledge_tracker.services import actions, assessments, evidence, sightings, stakeholders
from pledge_tracker.services.commitments import find as find_commitment
from pledge_tracker.services.report_data import ReportOptions, load_report_data

AS_OF = dt.date(2025, 6, 30)
GENERATED = dt.date(2025, 7, 1)
SECRET_TITLE = "Cabinet paper on live-stream filtering (restricted)"


def options(**values: object) -> ReportOptions:
    """Report options pinned to fixed dates, so that output does not depend on today."""
    values.setdefault("as_of", AS_OF)
    values.setdefault("generated", GENERATED)
    return ReportOptions(**values)  # type: ignore[arg-type]


def build(
    report: str, database: Database, paper: str = "a4", charts: bool = False, **values: object
) -> tuple[bytes, int]:
    """Render a report (scorecard, briefing, full) to bytes; returns them and the page count.

    Charts are left out unless asked for: they are the charts module's own tests' business
    and take most of the time.
    """
    chosen = options_for(report, options(**values))
    if not charts:
        chosen = replace(chosen, charts=())
    data = load_report_data(database, chosen)
    buffer = io.BytesIO()
    pages = render_report(report, data, buffer, paper=paper)
    return buffer.getvalue(), pages


def text_of(pdf: bytes) -> str:
    """All the text a reader extracts from the PDF, pages joined."""
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    return "\n".join(page.extract_text() for page in reader.pages)


def pages_of(pdf: bytes) -> list[str]:
    return [page.extract_text() for page in pypdf.PdfReader(io.BytesIO(pdf)).pages]


def add_judgement(
    tx, supporter: str, code: str, level: str, effective: dt.date, rationale: str, cites=()
) -> None:
    person = stakeholders.find(tx.session, supporter)
    commitment = find_commitment(tx.session, code)
    assessments.record(
        tx,
        AssessmentInput(
            stakeholder_id=person.id,
            commitment_id=commitment.id,
            level=level,
            effective=effective,
            rationale=rationale,
            evidence_ids=tuple(cites),
        ),
        today=AS_OF,
    )


@pytest.fixture
def rich_database(demo_database: Database) -> Iterator[Database]:
    """The demo data plus an upgrade, restricted evidence, an overdue action and sightings."""
    with demo_database.write() as tx:
        nz = stakeholders.find(tx.session, "New Zealand")
        gov1 = find_commitment(tx.session, "GOV-1")
        secret = evidence.add(
            tx,
            EvidenceInput(
                title=SECRET_TITLE,
                kind="policy_change",
                effective="2025-02-01",
                restricted=True,
                source_name="Department of the Prime Minister and Cabinet",
                stakeholder_ids=(nz.id,),
                commitment_ids=(gov1.id,),
            ),
        )
        add_judgement(
            tx,
            "New Zealand",
            "GOV-1",
            "complete",
            dt.date(2025, 3, 1),
            "The programme now runs nationwide.",
            (secret.id,),
        )
        france = stakeholders.find(tx.session, "France")
        actions.add(
            tx, stakeholder_id=france.id, title="Publish the transparency report", due="2025-01-31"
        )
        google = stakeholders.find(tx.session, "Google")
        found = dt.datetime(2025, 3, 15, 10, 0)
        for hours in (0.5, 3.0, 30.0):
            sightings.add(
                tx,
                platform="VideoSite",
                url="https://video.example/watch?v=1",
                found_at=found,
                reported_at=found,
                removed_at=found + dt.timedelta(hours=hours),
                stakeholder_id=google.id,
            )
    yield demo_database


@pytest.fixture
def empty_database(tmp_path: Path) -> Iterator[Database]:
    """A database with the schema and nothing in it: no framework, no supporter."""
    database = open_app_database(tmp_path / "empty.db", actor="Test Officer", seed_new=False)
    yield database
    database.dispose()
