"""What the indicator tests share: a provider's transparency report and a figure from it."""

from __future__ import annotations

import datetime as dt

from pledge_tracker.db.uow import Database
from pledge_tracker.domain.dto import EvidenceInput
from pledge_tracker.domain.indicators import IndicatorDTO, IndicatorInput
from pledge_tracker.services import evidence, indicators, stakeholders

PROVIDER = "Microsoft"
REPORT_TITLE = "Microsoft Digital Safety Content Report H1 2024"
REPORT_URL = "https://example.org/microsoft/dscr-2024-h1"


def add_report(database: Database, title: str = REPORT_TITLE, url: str = REPORT_URL) -> int:
    """A transparency report about the provider; returns its evidence id."""
    with database.write() as tx:
        provider = stakeholders.find(tx.session, PROVIDER)
        item = evidence.add(
            tx,
            EvidenceInput(
                title=title,
                kind="transparency_report",
                source_url=url,
                source_name="Microsoft",
                effective=dt.date(2024, 6, 30),
                stakeholder_ids=(provider.id,),
            ),
        )
        return item.id


def provider_id(database: Database) -> int:
    with database.read() as session:
        return stakeholders.find(session, PROVIDER).id


def add_figure(
    database: Database,
    evidence_id: int,
    *,
    metric: str = "terrorist content items actioned",
    value: str = "1250",
    unit: str = "items",
    start: dt.date = dt.date(2024, 1, 1),
    end: dt.date = dt.date(2024, 6, 30),
    precision: str = "day",
) -> IndicatorDTO:
    with database.write() as tx:
        return indicators.add(
            tx,
            IndicatorInput(
                stakeholder_id=stakeholders.find(tx.session, PROVIDER).id,
                metric=metric,
                value=value,
                unit=unit,
                period_start=start,
                period_end=end,
                period_precision=precision,
                evidence_id=evidence_id,
            ),
        )
