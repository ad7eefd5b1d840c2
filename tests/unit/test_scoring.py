"""Score, coverage, the as-of rule and staleness, as DESIGN.md defines them."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pytest

from pledge_tracker.domain.levels import Level
from pledge_tracker.domain.scoring import (
    latest_as_of,
    months_before,
    needs_review,
    quarter_ends,
    summarise,
)

L = Level


def test_score_and_coverage_follow_the_formula() -> None:
    # 100 × Σ score ÷ (3 × assessed applicable); coverage = assessed ÷ applicable.
    summary = summarise([L.COMPLETE, L.SUBSTANTIAL, L.LIMITED, L.NOT_ASSESSED, L.NOT_APPLICABLE])
    assert summary.assessed == 3
    assert summary.applicable == 4
    assert summary.score == round(100 * 6 / 9, 1) == 66.7
    assert summary.coverage == 0.75
    assert summary.levels == {
        "complete": 1,
        "substantial": 1,
        "limited": 1,
        "not_assessed": 1,
        "not_applicable": 1,
    }


def test_regressed_and_no_evidence_count_as_zero_but_assessed() -> None:
    summary = summarise([L.COMPLETE, L.REGRESSED, L.NO_EVIDENCE, L.NOT_STARTED])
    assert summary.assessed == summary.applicable == 4
    assert summary.score == 25.0
    assert summary.coverage == 1.0


def test_nothing_assessed_has_no_score_not_a_zero() -> None:
    summary = summarise([L.NOT_ASSESSED, L.NOT_ASSESSED])
    assert summary.score is None  # an empty cell must never read as failure
    assert summary.coverage == 0.0


def test_only_not_applicable_has_neither_score_nor_coverage() -> None:
    summary = summarise([L.NOT_APPLICABLE])
    assert (summary.score, summary.coverage, summary.assessed, summary.applicable) == (
        None,
        None,
        0,
        0,
    )
    assert summarise([]).score is None


@dataclass(frozen=True)
class J:
    """A judgement as latest_as_of sees it."""

    id: int
    stakeholder_id: int
    commitment_id: int
    effective: dt.date
    recorded_at: dt.datetime


D = dt.date
T0 = dt.datetime(2024, 1, 1, 9, 0)


def test_latest_effective_on_or_before_the_date_wins() -> None:
    history = [
        J(1, 1, 1, D(2020, 1, 1), T0),
        J(2, 1, 1, D(2021, 1, 1), T0),
        J(3, 1, 1, D(2022, 1, 1), T0),
    ]
    assert latest_as_of(history, D(2019, 12, 31)) == {}
    assert latest_as_of(history, D(2020, 1, 1))[(1, 1)].id == 1
    assert latest_as_of(history, D(2021, 6, 1))[(1, 1)].id == 2
    assert latest_as_of(history, D(2030, 1, 1))[(1, 1)].id == 3


def test_a_judgement_recorded_late_about_an_early_date_does_not_override_a_later_one() -> None:
    history = [
        J(1, 1, 1, D(2022, 1, 1), T0),
        J(2, 1, 1, D(2020, 1, 1), T0 + dt.timedelta(days=300)),  # back-filled history
    ]
    assert latest_as_of(history, D(2023, 1, 1))[(1, 1)].id == 1
    assert latest_as_of(history, D(2021, 1, 1))[(1, 1)].id == 2


def test_a_same_day_correction_wins_and_ties_fall_to_the_higher_id() -> None:
    history = [
        J(5, 1, 1, D(2021, 1, 1), T0 + dt.timedelta(hours=2)),
        J(9, 1, 1, D(2021, 1, 1), T0),  # recorded earlier, despite the higher id
        J(7, 2, 1, D(2021, 1, 1), T0),
        J(8, 2, 1, D(2021, 1, 1), T0),  # same effective day and time: higher id wins
    ]
    latest = latest_as_of(history, D(2021, 1, 1))
    assert latest[(1, 1)].id == 5
    assert latest[(2, 1)].id == 8


def test_pairs_are_kept_apart() -> None:
    history = [J(1, 1, 1, D(2021, 1, 1), T0), J(2, 1, 2, D(2021, 1, 1), T0)]
    assert set(latest_as_of(history, D(2021, 1, 1))) == {(1, 1), (1, 2)}


@pytest.mark.parametrize(
    ("day", "months", "expected"),
    [
        (D(2024, 5, 15), 24, D(2022, 5, 15)),
        (D(2024, 3, 31), 1, D(2024, 2, 29)),  # clamped to the end of a leap February
        (D(2023, 3, 31), 1, D(2023, 2, 28)),
        (D(2024, 1, 10), 1, D(2023, 12, 10)),
        (D(2024, 5, 31), 13, D(2023, 4, 30)),
        (D(2024, 5, 15), 0, D(2024, 5, 15)),
    ],
)
def test_months_before(day: dt.date, months: int, expected: dt.date) -> None:
    assert months_before(day, months) == expected


def test_needs_review_when_the_evidence_is_older_than_the_freshness_age() -> None:
    as_of = D(2024, 6, 30)
    assert not needs_review(D(2022, 6, 30), D(2024, 1, 1), as_of)  # exactly 24 months: fresh
    assert needs_review(D(2022, 6, 29), D(2024, 1, 1), as_of)
    assert not needs_review(D(2023, 1, 1), D(2020, 1, 1), as_of)  # newest evidence decides
    # With no evidence cited, the judgement's own effective date decides.
    assert needs_review(None, D(2020, 1, 1), as_of)
    assert not needs_review(None, D(2024, 1, 1), as_of)
    assert needs_review(D(2023, 1, 1), D(2023, 1, 1), as_of, freshness_months=6)


def test_quarter_ends_run_to_the_end_date() -> None:
    assert quarter_ends(D(2019, 5, 15), D(2020, 2, 1)) == [
        D(2019, 6, 30),
        D(2019, 9, 30),
        D(2019, 12, 31),
        D(2020, 2, 1),
    ]
    assert quarter_ends(D(2020, 1, 1), D(2020, 3, 31)) == [D(2020, 3, 31)]
    assert quarter_ends(D(2020, 1, 1), D(2020, 1, 5)) == [D(2020, 1, 5)]
