"""Spreadsheet cells in and out: parsing typed values, and neutralising formulas on export."""

from __future__ import annotations

import datetime as dt
import re
import uuid

from pledge_tracker.domain.dates import parse_date
from pledge_tracker.domain.errors import ValidationError
from pledge_tracker.domain.validate import name_key

# A cell beginning with one of these is run as a formula by some spreadsheet (OWASP, ASVS
# 5.0 V1.2.10); the apostrophe is there so that an escaped cell can be told apart on import.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\n", "\0", "'")
LIST_SEPARATOR = ";"
_TRUE = {"yes", "y", "true", "1", "x"}
_FALSE = {"no", "n", "false", "0", ""}
# Characters XML 1.0 (and so XLSX) cannot hold.
_ILLEGAL_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def neutralise(text: str) -> str:
    """CSV cell text that no spreadsheet runs as a formula (a leading apostrophe)."""
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def unescape(text: str) -> str:
    """The inverse of `neutralise`: one leading apostrophe is removed."""
    return text[1:] if text.startswith("'") else text


def xml_safe(text: str) -> str:
    """Text an XLSX cell can hold (control characters XML forbids are dropped)."""
    return _ILLEGAL_XML.sub("", text)


def as_text(value: object) -> str:
    """A cell as text: dates in ISO form, whole numbers without '.0', blank for None."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, dt.datetime):
        if value.time() == dt.time(0):
            return value.date().isoformat()
        return value.isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def parse_bool(value: object, field: str) -> bool:
    if isinstance(value, bool):
        return value
    text = name_key(as_text(value))
    if text in _TRUE:
        return True
    if text in _FALSE:
        return False
    raise ValidationError(field, f"'{as_text(value)[:40]}' is not yes or no")


def parse_int(value: object, field: str, *, minimum: int | None = 0) -> int | None:
    text = as_text(value)
    if not text:
        return None
    try:
        number = int(text.replace(",", "").replace(" ", ""))
    except ValueError:
        raise ValidationError(field, f"'{text[:40]}' is not a whole number") from None
    if minimum is not None and number < minimum:
        raise ValidationError(field, f"cannot be less than {minimum}")
    if abs(number) >= 2**63:  # more than the database can hold
        raise ValidationError(field, f"'{text[:40]}' is too large")
    return number


def parse_day(value: object, field: str, *, required: bool = False) -> dt.date | None:
    """A date cell: a spreadsheet date or ISO text (YYYY-MM-DD)."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return parse_date(as_text(value), field, required=required)


def parse_moment(value: object, field: str, *, required: bool = False) -> dt.datetime | None:
    """A date and time, stored as naive UTC; text without a zone is taken as UTC."""
    if isinstance(value, dt.datetime):
        moment = value
    elif isinstance(value, dt.date):
        moment = dt.datetime.combine(value, dt.time(0))
    else:
        text = as_text(value)
        if not text:
            if required:
                raise ValidationError(field, "a date and time is required (YYYY-MM-DDTHH:MM)")
            return None
        try:
            moment = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
        except ValueError:
            raise ValidationError(
                field, f"'{text[:40]}' is not a date and time; use e.g. 2024-03-15T14:30Z"
            ) from None
    if moment.tzinfo is not None:
        try:
            moment = moment.astimezone(dt.UTC).replace(tzinfo=None)
        except OverflowError:  # e.g. year 1 east of UTC: the moment falls before year 1
            raise ValidationError(field, f"{moment.isoformat()} is out of range") from None
    return moment


def parse_uid(value: object, field: str = "uid") -> str | None:
    """A stable identifier as the app writes them (a UUID), or None when blank."""
    text = as_text(value)
    if not text:
        return None
    try:
        return str(uuid.UUID(text))
    except ValueError:
        raise ValidationError(field, f"'{text[:40]}' is not an identifier (a UUID)") from None


def split_list(value: object) -> list[str]:
    """The names in a list cell ("New Zealand; France"), blanks dropped."""
    parts = as_text(value).replace("\n", LIST_SEPARATOR).split(LIST_SEPARATOR)
    return [part.strip() for part in parts if part.strip()]


def join_list(items: list[str]) -> str:
    return f"{LIST_SEPARATOR} ".join(items)
