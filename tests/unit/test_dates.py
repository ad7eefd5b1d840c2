"""Dates users type: strict ISO, and a message naming the field when wrong."""

from __future__ import annotations

import datetime as dt

import pytest

from pledge_tracker.domain.dates import parse_date, utcnow
from pledge_tracker.domain.errors import ValidationError


def test_iso_dates_and_date_objects_are_accepted() -> None:
    assert parse_date("2019-05-15", "joined") == dt.date(2019, 5, 15)
    assert parse_date("  2019-05-15 ", "joined") == dt.date(2019, 5, 15)
    assert parse_date(dt.date(2020, 1, 2), "joined") == dt.date(2020, 1, 2)
    assert parse_date(dt.datetime(2020, 1, 2, 13, 5), "joined") == dt.date(2020, 1, 2)


@pytest.mark.parametrize("empty", [None, "", "   "])
def test_empty_is_none_unless_required(empty: str | None) -> None:
    assert parse_date(empty, "due") is None
    with pytest.raises(ValidationError) as caught:
        parse_date(empty, "due", required=True)
    assert caught.value.field == "due"
    assert "required" in str(caught.value)


@pytest.mark.parametrize(
    ("text", "why"),
    [
        ("2024-02-30", "30 February 2024 does not exist"),
        ("2021-02-29", "29 February 2021 does not exist"),
        ("2019-04-31", "31 April 2019 does not exist"),
        ("2019-13-01", "month 13 does not exist"),
        ("2019-00-10", "month 0 does not exist"),
        ("0000-01-01", "year 0000 does not exist"),
    ],
)
def test_impossible_dates_say_which_day_does_not_exist(text: str, why: str) -> None:
    with pytest.raises(ValidationError) as caught:
        parse_date(text, "effective")
    assert caught.value.field == "effective"
    assert why in str(caught.value)


def test_leap_day_of_a_leap_year_is_a_date() -> None:
    assert parse_date("2024-02-29", "effective") == dt.date(2024, 2, 29)


@pytest.mark.parametrize("text", ["15/05/2019", "May 15 2019", "2019-5-15x", "soon", "20190515"])
def test_malformed_dates_name_the_field_and_the_format(text: str) -> None:
    with pytest.raises(ValidationError) as caught:
        parse_date(text, "effective")
    error = caught.value
    assert error.field == "effective"
    assert "field 'effective'" in str(error)
    assert "YYYY-MM-DD" in str(error)


def test_a_leap_day_is_a_real_date() -> None:
    assert parse_date("2020-02-29", "effective") == dt.date(2020, 2, 29)


def test_utcnow_is_naive_utc() -> None:
    now = utcnow()
    assert now.tzinfo is None
    aware = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    assert abs((aware - now).total_seconds()) < 5
