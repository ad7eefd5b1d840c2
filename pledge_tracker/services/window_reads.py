"""What the window's views read: each function opens its own read session on the Database.

The desktop window never holds a SQLAlchemy session (an import-linter contract and
tests/test_architecture.py keep it so): a view or its worker calls one of these and gets
frozen DTOs back, so the read can run on any thread and on any engine.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from pledge_tracker.db.uow import Database
from pledge_tracker.domain.dto import ActionDTO, CommitmentDTO, Matrix, StakeholderDTO
from pledge_tracker.domain.events import EventDTO, EventFilter
from pledge_tracker.domain.indicators import IndicatorDTO
from pledge_tracker.domain.instruments import InstrumentDTO
from pledge_tracker.domain.takedown import IncidentDTO
from pledge_tracker.services import (
    actions,
    commitments,
    events,
    incidents,
    indicators,
    instruments,
    levels_distribution,
    queries,
    seed,
    stakeholders,
    timeline,
)
from pledge_tracker.services.chart_data import BUILDERS, ChartOptions, build_indicators
from pledge_tracker.services.chart_data.indicators import IndicatorsOverTime
from pledge_tracker.services.levels_distribution import LevelCounts
from pledge_tracker.services.timeline import TimelineEntry


def directory(
    database: Database,
) -> tuple[tuple[StakeholderDTO, ...], tuple[CommitmentDTO, ...]]:
    """Every supporter (active or not) and every commitment, for pickers and filters."""
    with database.read() as session:
        return (
            tuple(stakeholders.list_stakeholders(session)),
            tuple(commitments.list_commitments(session)),
        )


def supporters(database: Database) -> list[StakeholderDTO]:
    with database.read() as session:
        return stakeholders.list_stakeholders(session)


def cell_ids(database: Database, supporter: str, commitment: str) -> tuple[int, int]:
    """The ids of one supporter (by name) and one commitment (by code)."""
    with database.read() as session:
        return stakeholders.find(session, supporter).id, commitments.find(session, commitment).id


def whole_matrix(database: Database, as_of: dt.date, freshness_months: int) -> Matrix:
    """The as-of matrix of every supporter, inactive ones too (see ui/shared_matrix.py)."""
    with database.read() as session:
        return queries.shared_matrix(session, as_of, freshness_months)


def charts_data(
    database: Database, wanted: Mapping[str, ChartOptions], shared: Matrix
) -> dict[str, Any]:
    """The data of each named chart (BUILDERS) in one read session.

    `shared` is the window's matrix of every supporter for those options' date, handed to the
    heatmap instead of computing it again; builders asked twice with equal options (score and
    coverage share one series) run once.
    """
    results: dict[str, Any] = {}
    by_builder: dict[Any, Any] = {}
    with database.read() as session:
        for options in {o.freshness_months: o for o in wanted.values()}.values():
            queries.share_matrix(session, shared, options.freshness_months)
        for name, options in wanted.items():
            key = (BUILDERS[name], options)
            if key not in by_builder:
                by_builder[key] = BUILDERS[name](session, options)
            results[name] = by_builder[key]
    return results


def level_counts(database: Database, as_of: dt.date, freshness_months: int) -> list[LevelCounts]:
    """Each commitment's level counts over the active supporters, as of a date."""
    with database.read() as session:
        return levels_distribution.distribution(session, as_of, freshness_months=freshness_months)


def actions_with_names(database: Database) -> list[tuple[ActionDTO, str, str | None]]:
    """Every action with its supporter's name ("?" if gone) and its commitment's code."""
    with database.read() as session:
        names = {p.id: p.name for p in stakeholders.list_stakeholders(session)}
        codes = {c.id: c.code for c in commitments.list_commitments(session)}
        items = actions.list_actions(session)
    return [(a, names.get(a.stakeholder_id, "?"), codes.get(a.commitment_id or -1)) for a in items]


def timeline_entries(database: Database, where: EventFilter) -> list[TimelineEntry]:
    with database.read() as session:
        return timeline.entries(session, where)


def event(database: Database, event_id: int) -> EventDTO:
    with database.read() as session:
        return events.get_dto(session, event_id)


def incident(database: Database, incident_id: int) -> IncidentDTO:
    with database.read() as session:
        return incidents.get(session, incident_id)


def incident_by_uid(database: Database, uid: str) -> IncidentDTO:
    with database.read() as session:
        return incidents.by_uid(session, uid)


def incident_names(database: Database) -> list[str]:
    with database.read() as session:
        return [item.name for item in incidents.list_incidents(session)]


def instrument(database: Database, instrument_id: int) -> InstrumentDTO:
    with database.read() as session:
        return instruments.get(session, instrument_id)


def every_instrument(database: Database) -> list[InstrumentDTO]:
    with database.read() as session:
        return instruments.list_instruments(session)


def figures_and_chart(
    database: Database, stakeholder_id: int | None, as_of: dt.date
) -> tuple[tuple[IndicatorDTO, ...], IndicatorsOverTime]:
    """One supporter's published figures (or everyone's) and their chart as of a date."""
    chosen = frozenset() if stakeholder_id is None else frozenset({stakeholder_id})
    options = ChartOptions(as_of=as_of, stakeholder_ids=chosen, include_inactive=True)
    with database.read() as session:
        figures = indicators.list_indicators(session, stakeholder_id)
        return tuple(figures), build_indicators(session, options)


def demo_in_use(database: Database) -> bool:
    """Whether any live demonstration judgement or evidence item is in the database."""
    with database.read() as session:
        return seed.demo_in_use(session)


def is_empty(database: Database) -> bool:
    """Whether the database holds no live assessment and no live evidence."""
    with database.read() as session:
        counts = queries.record_counts(session)
    return counts["assessments"] == 0 and counts["evidence"] == 0
