"""Raw column values as one engine-independent JSON value each, quickly.

SQLite's driver returns dates and times as the text SQLAlchemy stored and booleans as 0/1;
PostgreSQL's returns date, datetime and bool objects. Only those three kinds need work:
text and integers come back alike from both. A value that does not fit its column (only a
damaged or planted one) is kept as marked text, which never equals a sound value, and
never raises. Each column gets one small function, chosen once per query.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from sqlalchemy import Boolean, Date, DateTime

Normaliser = Callable[[Any], Any]
_BOOLEANS = {0: False, 1: True}


def normaliser(kind: Any) -> Normaliser | None:
    """The function that normalises a raw value of SQL type `kind`; None: kept as it is."""
    if isinstance(kind, Boolean):
        return boolean
    if isinstance(kind, DateTime):
        return moment
    if isinstance(kind, Date):
        return day
    return None


def normalise(kind: Any, value: Any) -> Any:
    """One raw value of SQL type `kind`, normalised (a convenience for single values)."""
    convert = normaliser(kind)
    return convert(value) if convert is not None else plain(value)


def plain(value: Any) -> Any:
    """Text and integers as they are; bytes (text read as a blob) decoded."""
    if value.__class__ is bytes:
        return value.decode("utf-8", "backslashreplace")
    return value


def boolean(value: Any) -> Any:
    """true/false from SQLite's 0/1 or PostgreSQL's bool."""
    if value is None:
        return None
    found = _BOOLEANS.get(value) if value.__class__ in (int, bool) else None
    return found if found is not None else invalid(value)


def moment(value: Any) -> Any:
    """ISO date and time with microseconds, "T" between, no time zone (UTC)."""
    if value is None:
        return None
    if value.__class__ is str and len(value) == 26 and value[10] == " ":
        return value[:10] + "T" + value[11:]  # SQLAlchemy's SQLite storage form
    if isinstance(value, str):
        try:
            value = dt.datetime.fromisoformat(value)
        except ValueError:
            return invalid(value)
    if not isinstance(value, dt.datetime):
        return invalid(value)
    if value.tzinfo is not None:
        value = value.astimezone(dt.UTC).replace(tzinfo=None)
    return value.isoformat(sep="T", timespec="microseconds")


def day(value: Any) -> Any:
    """ISO date (SQLite stores it so already)."""
    if value is None or value.__class__ is str:
        return value
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return value.isoformat()
    return invalid(value)


def invalid(value: Any) -> str:
    """A value that does not fit its column, as text no sound value can equal."""
    shown = plain(value) if isinstance(value, bytes) else repr(value)
    return f"\ufffdinvalid {type(value).__name__}: {shown}"
