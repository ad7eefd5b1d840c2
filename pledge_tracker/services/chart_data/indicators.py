"""The data of the published-figures chart: each supporter's figures per metric over time."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy.orm import Session

from pledge_tracker.services import indicators
from pledge_tracker.services.chart_data.scope import ChartOptions, scope
from pledge_tracker.services.indicators import MetricSeries

MAX_PANELS = 6  # metrics drawn one above the other; more are named in a note


@dataclass(frozen=True)
class IndicatorsOverTime:
    """Series of published figures (one per supporter, metric and unit), as of a date."""

    as_of: dt.date
    series: tuple[MetricSeries, ...]
    restricted_included: bool = True

    def panels(self) -> list[tuple[str, str]]:
        """(metric, unit) of each panel, in the series' order (metric, then supporter)."""
        seen: dict[tuple[str, str], None] = {}
        for line in self.series:
            seen.setdefault((line.metric, line.unit), None)
        return list(seen)

    @property
    def supporters(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(line.stakeholder for line in self.series))


def build_indicators(session: Session, options: ChartOptions) -> IndicatorsOverTime:
    """The chosen supporters' figures whose period ended by the as-of date."""
    people = {person.id for person in scope(session, options).people}
    items = [
        item
        for item in indicators.list_indicators(session)
        if item.stakeholder_id in people
        and item.period_end <= options.as_of
        and (options.include_restricted or not item.evidence_restricted)
    ]
    return IndicatorsOverTime(
        options.as_of, tuple(indicators.series(items)), options.include_restricted
    )
