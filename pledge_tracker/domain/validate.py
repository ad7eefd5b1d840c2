"""Checks on every value stored, each raising a ValidationError that names the field.

Typed input (forms, the command line, CSV/XLSX imports, wording files) is first made
canonical by `clean_field` (trimmed, NFC, control characters dropped, line breaks in
one-line text turned to spaces); then every way in, data packages included, applies the
same rules from domain/limits.py through `check_value` and `check_record`.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Callable, Mapping
from enum import StrEnum
from typing import TypeVar
from urllib.parse import urlsplit

from pledge_tracker.domain.errors import ValidationError, shown
from pledge_tracker.domain.indicators import is_canonical
from pledge_tracker.domain.limits import LIMITS, LINK_SCHEMES, Kind, Limit, limit

E = TypeVar("E", bound=StrEnum)

MAX_TEXT = 100_000
SAFE_LINK_SCHEMES = LINK_SCHEMES
_COUNTRY = re.compile(r"^[A-Z]{2}$")
_SURROGATE = re.compile(r"[\ud800-\udfff]")
# Unicode category Cc: C0 controls, DEL and C1 controls; long text keeps tab and newline.
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")
_CONTROL_LONG = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def name_key(name: str) -> str:
    """How names are matched: case, accents and repeated spaces ignored."""
    decomposed = unicodedata.normalize("NFKD", name)
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(bare.casefold().split())


def collation_key(name: str) -> tuple[str, str]:
    """The one order of names in every table and list, in English and French alike.

    Accents and case are ignored first (Côte d'Ivoire sorts among the Cs, before Croatia),
    then the name as written breaks ties, so the order never depends on the input's.
    """
    return name_key(name), name


def clean_text(
    value: object,
    field: str,
    *,
    required: bool = False,
    max_length: int = MAX_TEXT,
    one_line: bool = False,
) -> str:
    """Trimmed text without control characters (tab and newline kept unless `one_line`)."""
    if value is None:
        value = ""
    if not isinstance(value, str):
        value = str(value)
    value = value.replace("\r\n", "\n").replace("\r", "\n")
    if one_line:
        value = value.replace("\t", " ").replace("\n", " ")
    text = "".join(
        ch
        for ch in value
        if (ch in "\t\n" or unicodedata.category(ch) != "Cc") and not _SURROGATE.match(ch)
    )
    text = unicodedata.normalize("NFC", text.strip())
    if required and not text:
        raise ValidationError.because(field, "required")
    if len(text) > max_length:
        raise ValidationError.because(
            field, "too_long", length=str(len(text)), most=str(max_length)
        )
    return text


def choice(value: object, enum: type[E], field: str) -> E:
    """One of an enum's values, accepting its value or its label in any case."""
    if isinstance(value, enum):
        return value
    text = name_key(str(value or "")).replace(" ", "_").replace("-", "_")
    for member in enum:
        if text in (
            member.value,
            name_key(getattr(member, "label", member.value)).replace(" ", "_"),
        ):
            return member
    allowed = ", ".join(member.value for member in enum)
    raise ValidationError.because(field, "not_one_of", value=str(value), allowed=allowed)


def country_code(value: object, field: str = "country_code") -> str | None:
    """A country code as typed, by the limits table's rule (None when empty)."""
    return _as(field, lambda: clean_field("stakeholders", "country_code", value)) or None


def safe_link(value: object, field: str = "source_url") -> str | None:
    """A link the app may open, by the limits table's rule (None when empty)."""
    return _as(field, lambda: clean_field("evidence", "source_url", value)) or None


def _as(field: str, check: Callable[[], str]) -> str:
    """The check's result, its ValidationError renamed to `field`."""
    try:
        return check()
    except ValidationError as exc:
        raise ValidationError(field, exc.message, reason=exc.reason, values=exc.values) from None


def is_safe_link(text: str, schemes: tuple[str, ...] = SAFE_LINK_SCHEMES) -> bool:
    if text != text.strip() or any(ch.isspace() for ch in text):
        return False
    try:
        parts = urlsplit(text)
    except ValueError:
        return False
    scheme = parts.scheme.lower()
    if scheme not in schemes:
        return False
    if scheme == "mailto":
        return "@" in parts.path
    return bool(parts.hostname)


def safe_file_stem(name: str, max_length: int = 60) -> str:
    """A name fit for a file name on every system: letters, digits and hyphens only."""
    bare = name_key(name)
    stem = re.sub(r"[^0-9a-z]+", "-", bare).strip("-")
    return stem[:max_length].rstrip("-") or "supporter"


def clean_field(entity: str, field: str, value: object) -> str:
    """Typed text for one field made canonical, then checked against the limits table.

    Returns "" for an empty optional field (callers store None where the column allows).
    """
    rule = limit(entity, field)
    text = clean_text(
        value,
        field,
        required=rule.required,
        max_length=rule.max_length or MAX_TEXT,
        one_line=rule.kind not in (Kind.LONG_TEXT, Kind.LINKS),
    )
    if rule.kind is Kind.COUNTRY:
        text = text.upper()
    check_value(entity, field, text)
    return text


def check_record(
    entity: str, record: Mapping[str, object], *, today: dt.date | None = None
) -> None:
    """Every field of `record` that the limits table names, checked; the first bad one raises."""
    today = today or dt.date.today()
    for field, rule in LIMITS.get(entity, {}).items():
        if field in record:
            _check(rule, field, record[field], today)


def check_value(entity: str, field: str, value: object, *, today: dt.date | None = None) -> None:
    """One value against its rule: ValidationError naming the field if it breaks it."""
    _check(limit(entity, field), field, value, today or dt.date.today())


def _check(rule: Limit, field: str, value: object, today: dt.date) -> None:
    if value is None or value == "":
        if rule.required:
            raise ValidationError.because(field, "required")
        return
    problem = _problem(rule, value, today)
    if problem:
        reason, values = problem
        raise ValidationError.because(field, reason, **values)


# What is wrong with a value: a reason code (domain/reasons.py) and its template's values.
Problem = tuple[str, dict[str, str]]


def _problem(rule: Limit, value: object, today: dt.date) -> Problem | None:
    if rule.kind in (Kind.TEXT, Kind.LONG_TEXT, Kind.LINK, Kind.LINKS, Kind.COUNTRY):
        return _text_problem(rule, value)
    if rule.kind in (Kind.DATE, Kind.MOMENT):
        return _date_problem(rule, value, today)
    if rule.kind is Kind.COUNT:
        if type(value) is not int:
            return "not_whole_number", {}
        if not rule.minimum <= value <= rule.maximum:
            return "outside", {
                "value": shown(value),
                "minimum": f"{rule.minimum:,}",
                "maximum": f"{rule.maximum:,}",
            }
        return None
    if rule.kind is Kind.DECIMAL:
        if not isinstance(value, str) or not is_canonical(value):
            return "not_decimal", {"value": shown(value)}
        return None
    assert rule.choices is not None
    if value not in {member.value for member in rule.choices}:
        allowed = ", ".join(member.value for member in rule.choices)
        return "not_one_of", {"value": shown(value), "allowed": allowed}
    return None


def _text_problem(rule: Limit, value: object) -> Problem | None:
    if not isinstance(value, str):
        return "not_text", {}
    if rule.kind is Kind.COUNTRY and not _COUNTRY.fullmatch(value):
        return "not_country", {"value": shown(value)}
    if len(value) > rule.max_length:
        return "too_long", {"length": f"{len(value):,}", "most": f"{rule.max_length:,}"}
    if _SURROGATE.search(value):
        return "lone_surrogate", {}
    multiline = rule.kind in (Kind.LONG_TEXT, Kind.LINKS)
    control = (_CONTROL_LONG if multiline else _CONTROL).search(value)
    if control:
        return "control_character", {"code": f"{ord(control.group()):04X}"}
    for link in _links_in(rule, value):
        if not is_safe_link(link, rule.schemes):
            schemes, last = ", ".join(rule.schemes[:-1]), rule.schemes[-1]
            return "not_a_link", {"value": shown(link), "schemes": schemes, "last": last}
    return None


def _links_in(rule: Limit, value: str) -> list[str]:
    """The links a value holds: itself for a link; for links, each line that holds one."""
    if rule.kind is Kind.LINK:
        return [value]
    if rule.kind is Kind.LINKS:
        return [line.strip() for line in value.split("\n") if line.strip()]
    return []


def _date_problem(rule: Limit, value: object, today: dt.date) -> Problem | None:
    if rule.kind is Kind.MOMENT and not isinstance(value, dt.datetime):
        return "not_a_moment", {}
    if rule.kind is Kind.DATE and (
        isinstance(value, dt.datetime) or not isinstance(value, dt.date)
    ):
        return "not_a_date", {}
    assert isinstance(value, dt.date)
    day = value.date() if isinstance(value, dt.datetime) else value
    latest = rule.latest(today)
    if rule.earliest is not None and day < rule.earliest:
        return "before_earliest", {"day": day.isoformat(), "earliest": rule.earliest.isoformat()}
    if latest is not None and day > latest:
        return "after_latest", {"day": day.isoformat(), "latest": latest.isoformat()}
    return None
