"""Published figures on scorecards: each supporter's latest figure per metric, cited."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import replace

from sqlalchemy.orm import Session

from pledge_tracker.services import indicators
from pledge_tracker.services.report_data.citations import Details
from pledge_tracker.services.report_data.records import FigureLine, SupporterReport


def with_figures(
    session: Session,
    supporters: tuple[SupporterReport, ...],
    details: Details,
    as_of: dt.date,
    public: bool,
) -> tuple[SupporterReport, ...]:
    """The supporters' pages with their latest figures (period ended and published by as_of).

    Each figure cites its evidence item like a rating does; a public edition leaves out
    figures whose source is restricted, and counts them.
    """
    ids = {report.stakeholder.id for report in supporters}
    items = [i for i in indicators.list_indicators(session) if i.stakeholder_id in ids]
    latest = indicators.latest_per_metric(items, as_of)
    shown = [item for item in latest if not (public and item.evidence_restricted)]
    numbers = details.cite(session, {item.evidence_id for item in shown})
    lines: dict[int, list[FigureLine]] = defaultdict(list)
    withheld: dict[int, int] = defaultdict(int)
    for item in latest:
        if item.evidence_id not in numbers:
            withheld[item.stakeholder_id] += 1
            continue
        lines[item.stakeholder_id].append(
            FigureLine(
                metric=item.metric,
                value=item.value,
                unit=item.unit,
                period_start=item.period_start,
                period_end=item.period_end,
                period_precision=item.period_precision,
                published=item.published,
                citation=numbers[item.evidence_id],
            )
        )
    return tuple(
        replace(
            report,
            figures=tuple(lines.get(report.stakeholder.id, ())),
            figures_withheld=withheld.get(report.stakeholder.id, 0),
        )
        for report in supporters
    )
