"""Parsing the dates users type: strict ISO, with messages that name the field."""

from __future__ import annotations

import datetime as dt
import re

from pledge_tracker.domain.errors import ValidationError, shown

_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")

CALL_ADOPTED = dt.date(2019, 5, 15)  # the Christchurch Call was adopted in Paris that day


def parse_date(
    value: dt.date | str | None, field: str, *, required: bool = False
) -> dt.date | None:
    """A date from an ISO string (YYYY-MM-DD); ValidationError naming `field` otherwise."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = (value or "").strip() if isinstance(value, str) else value
    if not text:
        if required:
            raise ValidationError.because(field, "date_required")
        return None
    if not _ISO_DATE.match(str(text)):
        raise ValidationError.because(field, "date_format", value=shown(text))
    year, month, day = (int(part) for part in str(text).split("-"))
    try:
        return dt.date(year, month, day)
    except ValueError:
        raise impossible_date_error(field, year, month, day) from None


def parse_precision(value: object, day: dt.date | None, field: str) -> tuple[dt.date | None, str]:
    """A date and how much of it is known (day, month, year), the date cut to that precision.

    A month- or year-precision date is kept as its first day ("2021-05" is 2021-05-01 with
    precision "month"), so sorting and comparing stay simple; it prints as far as it is known.
    """
    text = str(value or "day").strip().casefold() or "day"
    if text not in PRECISIONS:
        allowed = ", ".join(PRECISIONS)
        raise ValidationError.because(field, "not_one_of", value=shown(value), allowed=allowed)
    if day is None or text == "day":
        return day, "day" if day is None else text
    return (day.replace(day=1) if text == "month" else day.replace(month=1, day=1)), text


PRECISIONS = ("day", "month", "year")  # domain/kinds.DatePrecision holds the same values
_PARTIAL = re.compile(r"^(\d{4})(?:-(\d{2}))?$")


def parse_as_known(
    value: dt.date | str | int | None, precision: object, field: str
) -> tuple[dt.date | None, str]:
    """A date written as far as it is known (2021-05-14, 2021-05 or 2021) and its precision.

    A stated precision may be coarser than the text (2021-05-14 given as "month" is May
    2021), never finer: "2021" said to be known to the day is refused, naming the field.
    """
    if isinstance(value, int):
        value = str(value)
    text = value.strip() if isinstance(value, str) else value
    found = _PARTIAL.match(text) if isinstance(text, str) else None
    if found is None:
        return parse_precision(precision, parse_date(text, field), f"{field}_precision")
    year, month = int(found.group(1)), int(found.group(2) or 1)
    known = "month" if found.group(2) else "year"
    if year < 1 or not 1 <= month <= 12:
        raise impossible_date_error(field, year, month, 1)
    stated = str(precision or known).strip().casefold() or known
    if stated in PRECISIONS and PRECISIONS.index(stated) < PRECISIONS.index(known):
        # One template for each pair, so that each reads whole in other languages.
        reason = f"precision_{known}_not_{stated}"
        raise ValidationError.because(f"{field}_precision", reason, value=shown(text))
    return parse_precision(stated, dt.date(year, month, 1), f"{field}_precision")


_ISO_LENGTH = {"day": 10, "month": 7, "year": 4}  # how much of YYYY-MM-DD is known


def iso_as_known(day: dt.date, precision: str = "day") -> str:
    """A date in ISO 8601 as far as it is known: 2021-05-14, 2021-05 or 2021."""
    return day.isoformat()[: _ISO_LENGTH.get(precision, 10)]


def impossible_date_error(field: str, year: int, month: int, day: int) -> ValidationError:
    """Why a well-formed YYYY-MM-DD names no real day ("30 February 2024 does not exist")."""
    if year < 1:
        return ValidationError.because(field, "no_such_year", year=f"{year:04d}")
    if not 1 <= month <= 12:
        return ValidationError.because(field, "no_such_month", month=str(month))
    return ValidationError.because(
        field,
        "no_such_day",
        day=str(day),
        month=str(month),
        month_name=_MONTHS[month - 1],
        year=str(year),
    )


_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def utcnow() -> dt.datetime:
    """The current time in UTC, without tzinfo (how the database stores times)."""
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)
