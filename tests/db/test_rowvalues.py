"""Raw values as SQLite's driver and PostgreSQL's driver return them normalise alike."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import Boolean, Date, DateTime, Integer, Text

from pledge_tracker.db import rowstate
from pledge_tracker.db.rowvalues import normalise

moments = st.datetimes(min_value=dt.datetime(1, 1, 1), max_value=dt.datetime(9999, 12, 31))


def sqlite_text(moment: dt.datetime) -> str:
    """How SQLAlchemy stores a DateTime in SQLite (its storage format, spelled out)."""
    m = moment
    return (
        f"{m.year:04d}-{m.month:02d}-{m.day:02d} "
        f"{m.hour:02d}:{m.minute:02d}:{m.second:02d}.{m.microsecond:06d}"
    )


@given(moments)
def test_a_moment_is_the_same_text_from_both_drivers(moment: dt.datetime) -> None:
    stored = sqlite_text(moment)
    assert normalise(DateTime(), stored) == normalise(DateTime(), moment)
    assert normalise(DateTime(), moment) == moment.isoformat(sep="T", timespec="microseconds")


@given(st.dates())
def test_a_day_is_the_same_text_from_both_drivers(day: dt.date) -> None:
    assert normalise(Date(), day.isoformat()) == normalise(Date(), day) == day.isoformat()


def test_booleans_text_and_integers_from_both_drivers() -> None:
    assert normalise(Boolean(), 1) is normalise(Boolean(), True) is True
    assert normalise(Boolean(), 0) is normalise(Boolean(), False) is False
    assert normalise(Integer(), 7) == 7 and normalise(Text(), "Māori") == "Māori"
    assert all(normalise(kind, None) is None for kind in (Boolean(), Date(), DateTime(), Text()))


def test_a_value_that_does_not_fit_its_column_never_equals_a_sound_one() -> None:
    assert normalise(Boolean(), 2) not in (True, False)
    assert str(normalise(DateTime(), "yesterday")).startswith("\ufffdinvalid")
    assert str(normalise(Date(), 20240101)).startswith("\ufffdinvalid")
    assert normalise(Text(), b"A\xffB") == "A\\xffB"  # undecodable text, read as bytes


def test_a_state_hashes_alike_from_both_drivers() -> None:
    sqlite_row = {"on": 1, "at": "2026-07-01 09:00:00.000000", "day": "2026-07-01", "n": 3}
    postgres_row = {
        "on": True,
        "at": dt.datetime(2026, 7, 1, 9),
        "day": dt.date(2026, 7, 1),
        "n": 3,
    }
    kinds = {"on": Boolean(), "at": DateTime(), "day": Date(), "n": Integer()}

    def state(row: dict) -> dict:
        return {key: normalise(kinds[key], value) for key, value in row.items()}

    assert rowstate.row_hash(state(sqlite_row)) == rowstate.row_hash(state(postgres_row))
