"""Property: latest_as_of equals a brute-force reading of any assessment history."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from hypothesis import given, settings
from hypothesis import strategies as st

from pledge_tracker.domain.scoring import latest_as_of

START = dt.date(2019, 5, 15)
T0 = dt.datetime(2024, 1, 1)


@dataclass(frozen=True)
class J:
    id: int
    stakeholder_id: int
    commitment_id: int
    effective: dt.date
    recorded_at: dt.datetime


# Few pairs, few days and few recording instants: same-day corrections and exact ties abound.
entries = st.tuples(
    st.integers(1, 2),  # stakeholder
    st.integers(1, 2),  # commitment
    st.integers(0, 6),  # effective: days after START
    st.integers(0, 4),  # recorded: minutes after T0
)


def brute_force(history: list[J], as_of: dt.date) -> dict[tuple[int, int], int]:
    """For each pair: among judgements effective by `as_of`, the newest effective day;
    on that day the last recorded; at that instant the highest id."""
    result: dict[tuple[int, int], int] = {}
    for pair in {(j.stakeholder_id, j.commitment_id) for j in history}:
        candidates = [
            j
            for j in history
            if (j.stakeholder_id, j.commitment_id) == pair and j.effective <= as_of
        ]
        if not candidates:
            continue
        day = max(j.effective for j in candidates)
        same_day = [j for j in candidates if j.effective == day]
        instant = max(j.recorded_at for j in same_day)
        result[pair] = max(j.id for j in same_day if j.recorded_at == instant)
    return result


@settings(max_examples=300, deadline=None)
@given(
    st.lists(entries, max_size=25),
    st.integers(-1, 7),
    st.randoms(use_true_random=False),
)
def test_latest_as_of_equals_brute_force(raw, as_of_offset, rnd) -> None:
    ids = list(range(1, len(raw) + 1))
    rnd.shuffle(ids)  # ids need not follow input order
    history = [
        J(i, s, c, START + dt.timedelta(days=d), T0 + dt.timedelta(minutes=r))
        for i, (s, c, d, r) in zip(ids, raw, strict=True)
    ]
    as_of = START + dt.timedelta(days=as_of_offset)
    latest = latest_as_of(history, as_of)
    assert {pair: j.id for pair, j in latest.items()} == brute_force(history, as_of)
    # And the answer does not depend on the order the history is read in.
    rnd.shuffle(history)
    assert {pair: j.id for pair, j in latest_as_of(history, as_of).items()} == brute_force(
        history, as_of
    )
