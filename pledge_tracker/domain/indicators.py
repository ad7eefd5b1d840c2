"""Published figures (indicators): suggested metrics and units, and exact decimal values.

A value is kept as canonical decimal text ("0.3", "1250", "-2.5"), never as a float, so a
figure prints exactly as the supporter published it: 0.1 + 0.2 style values stay "0.3".
Metric names and units are free text; the lists below are only what forms and templates
suggest, kept here in one place.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from pledge_tracker.domain.errors import ValidationError

# Suggested metrics (what transparency reports commonly give), each with its usual unit.
SUGGESTED_METRICS: dict[str, str] = {
    "terrorist content items actioned": "items",
    "share found proactively": "percent",
    "removal orders received": "orders",
    "removal orders executed within one hour": "orders",
    "median time to removal": "hours",
    "accounts suspended for terrorist content": "accounts",
    "appeals received": "appeals",
    "content reinstated after appeal": "items",
}
SUGGESTED_UNITS: tuple[str, ...] = (
    "items",
    "percent",
    "orders",
    "hours",
    "accounts",
    "appeals",
)
MAX_WHOLE_DIGITS = 15  # beyond any count a report gives; still exact when charted
MAX_DECIMALS = 6
_DECIMAL = re.compile(
    rf"^-?(0|[1-9]\d{{0,{MAX_WHOLE_DIGITS - 1}}})(\.\d{{1,{MAX_DECIMALS}}})?$", re.ASCII
)


def is_canonical(text: str) -> bool:
    """Whether `text` is a value as stored: no sign but '-', no leading zeros or trailing zeros."""
    return (
        bool(_DECIMAL.fullmatch(text))
        and not (("." in text) and text.endswith("0"))
        and text != "-0"
    )


def parse_value(value: object, field: str = "value", *, decimal_comma: bool = False) -> str:
    """A typed or read number as canonical decimal text; ValidationError naming `field`.

    Accepts "1,250" and "1 250" (thousands separators), "12.50" (kept as "12.5") and a
    trailing "%" (the unit says percent). With `decimal_comma` (a form in a language that
    writes 97,5) the comma is the decimal mark. A float from a spreadsheet cell is read
    through its shortest representation, so a cell showing 0.3 gives "0.3", never 0.299999….
    """
    if isinstance(value, bool) or value is None:
        raise ValidationError.because(field, "number_required")
    if isinstance(value, float):
        text = repr(value)
    else:
        text = _ungrouped(str(value), field, decimal_comma)
    if not text:
        raise ValidationError.because(field, "number_required")
    try:
        number = Decimal(text)
    except InvalidOperation:
        raise ValidationError.because(field, "not_a_number", value=_quoted(value)) from None
    if not number.is_finite():
        raise ValidationError.because(field, "not_a_number", value=_quoted(value))
    canonical = format_decimal(number)
    whole = canonical.lstrip("-").split(".")[0]
    decimals = canonical.split(".")[1] if "." in canonical else ""
    if len(whole) > MAX_WHOLE_DIGITS:
        raise ValidationError.because(field, "number_too_large", value=_quoted(value))
    if len(decimals) > MAX_DECIMALS:
        raise ValidationError.because(
            field, "too_many_decimals", value=_quoted(value), most=str(MAX_DECIMALS)
        )
    return canonical


def _quoted(value: object) -> str:
    """A value quoted in a one-line message: printable characters only, and short."""
    text = "".join(ch if ch.isprintable() else "?" for ch in str(value)[:40])
    return text + ("…" if len(str(value)) > 40 else "")


def format_decimal(number: Decimal) -> str:
    """A Decimal in plain notation without trailing zeros ("1E+3" is "1000", "-0" is "0")."""
    text = format(number, "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def as_float(value: str) -> float:
    """A stored value as a float, only to place it on a chart (labels print the text)."""
    return float(Decimal(value))


def grouped(value: str) -> str:
    """A stored value with thousands separators for reading ("1250000.5" is "1,250,000.5")."""
    sign = "-" if value.startswith("-") else ""
    whole, _, decimals = value.lstrip("-").partition(".")
    text = f"{int(whole):,}"
    return sign + text + (f".{decimals}" if decimals else "")


@dataclass(frozen=True)
class IndicatorInput:
    """What a user types to record or edit a published figure."""

    stakeholder_id: int
    metric: str
    value: str
    unit: str
    period_start: dt.date | None
    period_end: dt.date | None
    evidence_id: int
    period_precision: str = "day"
    published: dt.date | None = None
    notes: str | None = None


@dataclass(frozen=True)
class IndicatorDTO:
    """One published figure as the services hand it out."""

    id: int
    uid: str
    stakeholder_id: int
    stakeholder: str
    metric: str
    value: str  # canonical decimal text: print it as is
    unit: str
    period_start: dt.date
    period_end: dt.date
    period_precision: str
    published: dt.date | None
    evidence_id: int
    evidence_uid: str
    evidence_title: str
    notes: str | None = None
    evidence_restricted: bool = False  # left out of public editions with its source


_GROUPED = re.compile(r"[-+]?\d{1,3}(,\d{3})+(\.\d*)?")


def _ungrouped(typed: str, field: str, decimal_comma: bool) -> str:
    """The typed number without spaces, grouping or "%", a point as its decimal mark.

    A comma that cannot be a thousands separator is refused, never dropped: "97,5" typed
    where commas group thousands would otherwise be stored as 975.
    """
    text = typed.strip()
    for space in (" ", "\u00a0", "\u202f"):
        text = text.replace(space, "")
    text = text.removesuffix("%")
    if "," not in text:
        return text
    if decimal_comma and text.count(",") == 1 and "." not in text:
        return text.replace(",", ".")
    if not decimal_comma and _GROUPED.fullmatch(text):
        return text.replace(",", "")
    reason = "number_decimal_comma" if decimal_comma else "number_decimal_point"
    raise ValidationError.because(field, reason, value=_quoted(typed))
