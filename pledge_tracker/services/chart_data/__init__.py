"""The data behind every chart: plain frozen dataclasses computed from the database.

Public API (stable; the dashboard, the `chart` command and the PDF reports use it):

- `ChartOptions(as_of, since=None, stakeholder_ids=..., kinds=..., commitment_ids=...,
  founding_only=False, text="", include_inactive=False, include_restricted=True,
  evidence_basis="dated", freshness_months=24)`: which date, period and supporters.
- One builder per chart, each `build_<name>(session, options) -> <Data>`:
  `build_levels_by_group -> LevelsByGroup`, `build_heatmap -> Heatmap`,
  `build_score_over_time` and `build_coverage_over_time` (the same function,
  `build_progress_over_time`) `-> ProgressOverTime`, `build_evidence_by_quarter ->
  EvidenceByQuarter`, `build_changes -> Changes`, `build_indicators -> IndicatorsOverTime`.
- `build(name, session, options)` dispatches by chart name (`BUILDERS`).
- `resolve_stakeholders(session, names)`: supporter ids from names or country codes.
- Over-time charts carry `markers` (`DateMarker`): the timeline's call milestones and laws
  in the period, numbered by date.

Counting rules, the same in every chart:
- a cell is one supporter on one commitment it has pledged (not-applicable cells are left out);
- its level as of a date is the pair's latest live judgement effective on or before that date
  (domain.scoring.latest_as_of); a pair without one is "not assessed", a gap in coverage that
  never counts as failure;
- a supporter counts only from the day it joined the Call (no known join date: always), and
  inactive supporters are left out unless asked for or named.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy.orm import Session

from pledge_tracker.domain.errors import ValidationError
from pledge_tracker.services.chart_data.changes import (
    CHANGE_KINDS,
    Changes,
    GroupChanges,
    build_changes,
    classify_change,
)
from pledge_tracker.services.chart_data.evidence import EvidenceByQuarter, build_evidence_by_quarter
from pledge_tracker.services.chart_data.indicators import IndicatorsOverTime, build_indicators
from pledge_tracker.services.chart_data.scope import (
    ChartOptions,
    Scope,
    resolve_stakeholders,
    scope,
)
from pledge_tracker.services.chart_data.series import (
    MARKER_CATEGORIES,
    MAX_SUPPORTER_LINES,
    DateMarker,
    ProgressOverTime,
    Series,
    build_progress_over_time,
)
from pledge_tracker.services.chart_data.snapshot import (
    GroupLevels,
    Heatmap,
    HeatmapRow,
    LevelsByGroup,
    build_heatmap,
    build_levels_by_group,
)

build_score_over_time = build_progress_over_time
build_coverage_over_time = build_progress_over_time

BUILDERS: dict[str, Callable[[Session, ChartOptions], object]] = {
    "levels_by_group": build_levels_by_group,
    "heatmap": build_heatmap,
    "score_over_time": build_score_over_time,
    "coverage_over_time": build_coverage_over_time,
    "evidence_by_quarter": build_evidence_by_quarter,
    "changes": build_changes,
    "indicators": build_indicators,
}


def build(name: str, session: Session, options: ChartOptions) -> object:
    """The data for the chart called `name` (a key of BUILDERS)."""
    try:
        builder = BUILDERS[name]
    except KeyError:
        known = ", ".join(BUILDERS)
        raise ValidationError("chart", f"no chart called '{name}'; choose one of {known}") from None
    return builder(session, options)


__all__ = [
    "BUILDERS",
    "CHANGE_KINDS",
    "MARKER_CATEGORIES",
    "MAX_SUPPORTER_LINES",
    "Changes",
    "ChartOptions",
    "DateMarker",
    "EvidenceByQuarter",
    "GroupChanges",
    "GroupLevels",
    "Heatmap",
    "HeatmapRow",
    "IndicatorsOverTime",
    "LevelsByGroup",
    "ProgressOverTime",
    "Scope",
    "Series",
    "build",
    "build_changes",
    "build_coverage_over_time",
    "build_evidence_by_quarter",
    "build_heatmap",
    "build_indicators",
    "build_levels_by_group",
    "build_progress_over_time",
    "build_score_over_time",
    "classify_change",
    "resolve_stakeholders",
    "scope",
]
