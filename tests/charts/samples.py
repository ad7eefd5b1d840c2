"""Small fixed data sets for the chart tests: every figure is known in advance."""

from __future__ import annotations

import datetime as dt

from pledge_tracker.domain.dto import CommitmentDTO, Summary
from pledge_tracker.domain.indicators import IndicatorDTO
from pledge_tracker.domain.kinds import CommitmentGroup, StakeholderKind
from pledge_tracker.domain.levels import Level
from pledge_tracker.domain.scoring import summarise
from pledge_tracker.services.chart_data import (
    Changes,
    EvidenceByQuarter,
    GroupChanges,
    GroupLevels,
    Heatmap,
    HeatmapRow,
    IndicatorsOverTime,
    LevelsByGroup,
    ProgressOverTime,
    Series,
)
from pledge_tracker.services.indicators import series

AS_OF = dt.date(2024, 6, 30)
QUARTERS = (dt.date(2023, 9, 30), dt.date(2023, 12, 31), dt.date(2024, 3, 31), AS_OF)

L = Level


def commitment(cid: int, code: str, group: CommitmentGroup) -> CommitmentDTO:
    return CommitmentDTO(cid, f"uid-{cid}", code, group, cid, f"Title {code}", "wording", False)


def levels_by_group() -> LevelsByGroup:
    """Governments: 2 complete, 1 limited, 3 not assessed; providers: 1 regressed, 1 gap;
    joint: nothing assessed yet (4 gaps)."""
    return LevelsByGroup(
        AS_OF,
        (
            GroupLevels(
                CommitmentGroup.GOVERNMENTS,
                (1, 2),
                {L.COMPLETE: 2, L.LIMITED: 1, L.NOT_ASSESSED: 3},
                {
                    L.COMPLETE: frozenset({10}),
                    L.LIMITED: frozenset({11}),
                    L.NOT_ASSESSED: frozenset({10, 11}),
                },
            ),
            GroupLevels(
                CommitmentGroup.ONLINE_SERVICE_PROVIDERS,
                (3,),
                {L.REGRESSED: 1, L.NOT_ASSESSED: 1},
                {L.REGRESSED: frozenset({20}), L.NOT_ASSESSED: frozenset({21})},
            ),
            GroupLevels(
                CommitmentGroup.JOINT, (4, 5), {L.NOT_ASSESSED: 4}, {L.NOT_ASSESSED: frozenset()}
            ),
        ),
        supporters=4,
    )


def heatmap(rows: int = 3) -> Heatmap:
    """`rows` supporters (2 governments, then providers) on 3 commitments."""
    commitments = (
        commitment(1, "GOV-1", CommitmentGroup.GOVERNMENTS),
        commitment(2, "OSP-1", CommitmentGroup.ONLINE_SERVICE_PROVIDERS),
        commitment(3, "JOINT-1", CommitmentGroup.JOINT),
    )
    patterns = {
        StakeholderKind.GOVERNMENT: (L.COMPLETE, L.NOT_APPLICABLE, L.NOT_ASSESSED),
        StakeholderKind.ONLINE_SERVICE_PROVIDER: (L.NOT_APPLICABLE, L.LIMITED, L.NO_EVIDENCE),
    }
    made = []
    for index in range(rows):
        kind = StakeholderKind.GOVERNMENT if index < 2 else StakeholderKind.ONLINE_SERVICE_PROVIDER
        levels = patterns[kind]
        made.append(
            HeatmapRow(
                100 + index,
                f"Supporter {index}",
                kind,
                levels,
                (index == 0, False, False),
                summarise(levels),
            )
        )
    return Heatmap(AS_OF, commitments, tuple(made))


def progress() -> ProgressOverTime:
    """Three lines over four quarters; the partners' line starts in the third quarter."""
    return ProgressOverTime(
        AS_OF,
        QUARTERS,
        (
            Series(
                "all", "all", frozenset({1, 2, 3}), (10.0, 20.0, 30.0, 40.0), (0.1, 0.2, 0.3, 0.4)
            ),
            Series(
                "government",
                "kind",
                frozenset({1, 2}),
                (0.0, 33.3, 50.0, 50.0),
                (0.05, 0.1, 0.2, 0.25),
            ),
            Series(
                "partner", "kind", frozenset({3}), (None, None, 66.7, 100.0), (0.0, 0.0, 0.5, 0.5)
            ),
        ),
    )


def evidence() -> EvidenceByQuarter:
    """Six items: 2 laws and 1 news report in the first quarter, 3 laws in the last."""
    return EvidenceByQuarter(
        AS_OF,
        QUARTERS,
        {"legislation": (2, 0, 0, 3), "news_report": (1, 0, 0, 0)},
        {
            ("legislation", 0): frozenset({7}),
            ("news_report", 0): frozenset(),
            ("legislation", 3): frozenset({8, 9}),
        },
    )


def changes() -> Changes:
    """Governments: 2 upgrades, 1 new; providers: 1 downgrade; joint: nothing."""
    counts = [
        {"upgrade": 2, "downgrade": 0, "new": 1},
        {"upgrade": 0, "downgrade": 1, "new": 0},
        {"upgrade": 0, "downgrade": 0, "new": 0},
    ]
    groups = tuple(
        GroupChanges(
            group,
            (index + 1,),
            count,
            {kind: frozenset({index * 10 + 1}) if n else frozenset() for kind, n in count.items()},
        )
        for index, (group, count) in enumerate(zip(CommitmentGroup, counts, strict=True))
    )
    return Changes(dt.date(2023, 6, 30), AS_OF, groups)


def empty_summary() -> Summary:
    return Summary(None, None, 0, 0, {})


def figure_dto(supporter: str, metric: str, unit: str, value: str, end: dt.date) -> IndicatorDTO:
    """One published figure for a six-month period ending on `end`."""
    return IndicatorDTO(
        id=hash((supporter, metric, end)) & 0xFFFF,
        uid=f"uid-{supporter}-{metric}-{end}",
        stakeholder_id=len(supporter),
        stakeholder=supporter,
        metric=metric,
        value=value,
        unit=unit,
        period_start=end.replace(day=1),
        period_end=end,
        period_precision="day",
        published=None,
        evidence_id=1,
        evidence_uid="e-1",
        evidence_title="Transparency report",
    )


def indicators_over_time() -> IndicatorsOverTime:
    """Two providers' items actioned over three periods, and one's share found proactively."""
    ends = (dt.date(2023, 6, 30), dt.date(2023, 12, 31), dt.date(2024, 6, 30))
    items = [
        figure_dto(name, "items actioned", "items", value, end)
        for name, values in (
            ("ExampleTube", ("1250", "980", "1400.5")),
            ("Chatly", ("40", "55", "61")),
        )
        for value, end in zip(values, ends, strict=True)
    ]
    items.append(figure_dto("Chatly", "share found proactively", "percent", "0.3", ends[-1]))
    return IndicatorsOverTime(AS_OF, tuple(series(items)))
