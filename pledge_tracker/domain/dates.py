"""Parsing the dates users type: strict ISO, with messages that name the field."""

from __future__ import annotations

import datetime as dt
import re

from pledge_tracker.domain.errors import ValidationError

_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


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
            raise ValidationError(field, "a date is required (YYYY-MM-DD)")
        return None
    try:
        if not _ISO_DATE.match(str(text)):
            raise ValueError(text)
        return dt.date.fromisoformat(str(text))
    except ValueError:
        raise ValidationError(
            field, f"'{text}' is not a valid date; use YYYY-MM-DD, e.g. 2019-05-15"
        ) from None


def utcnow() -> dt.datetime:
    """The current time in UTC, without tzinfo (how the database stores times)."""
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)
