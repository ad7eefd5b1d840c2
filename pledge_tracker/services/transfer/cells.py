"""Spreadsheet cells in and out: typed values, inert formulas, XLSX escapes and list cells.

List cells (an evidence item's supporters, an assessment's evidence) hold names separated by
"; ". A name holding a ; a double quote or a line break (or starting or ending with a space)
is written in double quotes with each quote inside doubled, as CSV quotes a field:
`"Smith; Jones"; "The ""Good"" Org"; France`. Reading undoes exactly that; an unquoted
line break also separates names, as people type lists by hand.
"""

from __future__ import annotations

import datetime as dt
import re
import uuid
from collections.abc import Iterable

from pledge_tracker.domain.dates import parse_date
from pledge_tracker.domain.errors import ValidationError
from pledge_tracker.domain.validate import name_key

# A cell beginning with one of these is run as a formula by some spreadsheet (OWASP, ASVS
# 5.0 V1.2.10); the apostrophe is there so that an escaped cell can be told apart on import.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\n", "\0", "'")
LIST_SEPARATOR = ";"
_LIST_QUOTE = '"'
_NEEDS_QUOTES = re.compile(r'[;"\r\n]')
_QUOTED_ITEM = re.compile(r'[ \t]*"((?:[^"]|"")*)"[ \t]*(?:[;\r\n]|\Z)')
_PLAIN_ITEM = re.compile(r"([^;\r\n]*)(?:[;\r\n]|\Z)")
_TRUE = {"yes", "y", "true", "1", "x"}
_FALSE = {"no", "n", "false", "0", ""}
# What an XLSX cell writes as _xHHHH_ (ECMA-376 ST_Xstring): the characters XML 1.0 cannot
# hold, CR (an XML parser reads it back as LF; Excel itself writes _x000D_), and the "_" of
# literal text that looks like an escape (written _x005F_, so it is not unescaped on reading).
_XML_ESCAPED = re.compile(r"[\x00-\x08\x0b-\x1f\ufffe\uffff]|_(?=x[0-9A-Fa-f]{4}_)")
_XML_ESCAPE = re.compile(r"_x([0-9A-Fa-f]{4})_")
_SURROGATE = re.compile(r"[\ud800-\udfff]")


def neutralise(text: str) -> str:
    """CSV cell text that no spreadsheet runs as a formula (a leading apostrophe)."""
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def unescape(text: str) -> str:
    """The inverse of `neutralise`: one leading apostrophe is removed."""
    return text[1:] if text.startswith("'") else text


def encodable(text: str) -> str:
    """Text any UTF-8 file can hold: a lone surrogate (never valid Unicode) becomes U+FFFD.

    The app refuses such text on the way in; an export must still never fail on it.
    """
    if not _SURROGATE.search(text):
        return text
    return _SURROGATE.sub("\ufffd", _paired(text))


def xml_escape(text: str) -> str:
    """Text an XLSX cell holds whole: what XML 1.0 forbids written as _xHHHH_ (ST_Xstring)."""
    return _XML_ESCAPED.sub(lambda found: f"_x{ord(found.group()):04X}_", text)


def xml_unescape(text: str) -> str:
    """The inverse of `xml_escape` (and of Excel's own escapes), applied once to raw text."""
    if "_x" not in text:
        return text
    text = _XML_ESCAPE.sub(lambda found: chr(int(found.group(1), 16)), text)
    # A character beyond U+FFFF escaped as two UTF-16 halves becomes one character again;
    # a lone half stays, for the import's validation to refuse.
    return _paired(text) if _SURROGATE.search(text) else text


def _paired(text: str) -> str:
    """Adjacent UTF-16 surrogate halves joined into the one character they encode."""
    return text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "surrogatepass")


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
    raise ValidationError.because(field, "not_yes_no", value=as_text(value)[:40])


def parse_int(value: object, field: str, *, minimum: int | None = 0) -> int | None:
    text = as_text(value)
    if not text:
        return None
    try:
        number = int(text.replace(",", "").replace(" ", ""))
    except ValueError:
        raise ValidationError.because(field, "not_whole_number_cell", value=text[:40]) from None
    if minimum is not None and number < minimum:
        raise ValidationError.because(field, "less_than", minimum=str(minimum))
    if abs(number) >= 2**63:  # more than the database can hold
        raise ValidationError.because(field, "too_large", value=text[:40])
    return number


def parse_day(value: object, field: str, *, required: bool = False) -> dt.date | None:
    """A date cell: a spreadsheet date or ISO text (YYYY-MM-DD)."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return parse_date(as_text(value), field, required=required)


def parse_moment(
    value: object, field: str, *, required: bool = False, keep_zone: bool = False
) -> dt.datetime | None:
    """A date and time, stored as naive UTC; text without a zone is taken as UTC.

    `keep_zone`: a time given with an offset is returned aware and one without stays naive,
    for the caller to read in a time zone of its own (an incident's).
    """
    if isinstance(value, dt.datetime):
        moment = value
    elif isinstance(value, dt.date):
        moment = dt.datetime.combine(value, dt.time(0))
    else:
        text = as_text(value)
        if not text:
            if required:
                raise ValidationError.because(field, "moment_required")
            return None
        try:
            moment = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
        except ValueError:
            raise ValidationError.because(field, "moment_format", value=text[:40]) from None
    if moment.tzinfo is not None and not keep_zone:
        try:
            moment = moment.astimezone(dt.UTC).replace(tzinfo=None)
        except OverflowError:  # e.g. year 1 east of UTC: the moment falls before year 1
            raise ValidationError.because(field, "out_of_range", value=moment.isoformat()) from None
    return moment


def parse_uid(value: object, field: str = "uid") -> str | None:
    """A stable identifier as the app writes them (a UUID), or None when blank."""
    text = as_text(value)
    if not text:
        return None
    try:
        return str(uuid.UUID(text))
    except ValueError:
        raise ValidationError.because(field, "not_uid", value=text[:40]) from None


def join_list(items: Iterable[str]) -> str:
    """Names in one cell, "; " between them, quoted where needed (see the module's notes)."""
    return f"{LIST_SEPARATOR} ".join(_list_item(item) for item in items)


def _list_item(item: str) -> str:
    if _NEEDS_QUOTES.search(item) or item != item.strip() or not item:
        return _LIST_QUOTE + item.replace(_LIST_QUOTE, _LIST_QUOTE * 2) + _LIST_QUOTE
    return item


def split_list(value: object, field: str = "list") -> list[str]:
    """The names in a list cell, the inverse of `join_list`; unquoted names are trimmed."""
    text = as_text(value)
    items: list[str] = []
    at = 0
    while at < len(text):
        quoted = _QUOTED_ITEM.match(text, at)
        if quoted is not None:
            items.append(quoted.group(1).replace(_LIST_QUOTE * 2, _LIST_QUOTE))
            at = quoted.end()
            continue
        if text[at:].lstrip(" \t").startswith(_LIST_QUOTE):
            where = " ".join(text[at : at + 40].split())  # one line, whatever the cell holds
            raise ValidationError.because(field, "unclosed_quote", where=where)
        plain = _PLAIN_ITEM.match(text, at)
        assert plain is not None  # the pattern matches at any position, if only emptily
        if plain.group(1).strip():
            items.append(plain.group(1).strip())
        at = plain.end()
    return items
