"""Checks on what users type, each raising a ValidationError that names the field."""

from __future__ import annotations

import re
import unicodedata
from enum import StrEnum
from typing import TypeVar
from urllib.parse import urlsplit

from pledge_tracker.domain.errors import ValidationError

E = TypeVar("E", bound=StrEnum)

MAX_TEXT = 100_000
SAFE_LINK_SCHEMES = ("http", "https", "mailto")
_COUNTRY = re.compile(r"^[A-Z]{2}$")


def name_key(name: str) -> str:
    """How names are matched: case, accents and repeated spaces ignored."""
    decomposed = unicodedata.normalize("NFKD", name)
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(bare.casefold().split())


def clean_text(
    value: object, field: str, *, required: bool = False, max_length: int = MAX_TEXT
) -> str:
    """Trimmed text without control characters (tab and newline kept)."""
    if value is None:
        value = ""
    if not isinstance(value, str):
        value = str(value)
    text = "".join(ch for ch in value if ch in "\t\n" or unicodedata.category(ch) != "Cc")
    text = unicodedata.normalize("NFC", text.strip())
    if required and not text:
        raise ValidationError(field, "is required")
    if len(text) > max_length:
        raise ValidationError(field, f"is too long ({len(text)} characters; at most {max_length})")
    return text


def optional_text(value: object, field: str, *, max_length: int = MAX_TEXT) -> str | None:
    return clean_text(value, field, max_length=max_length) or None


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
    raise ValidationError(field, f"'{value}' is not one of: {allowed}")


def country_code(value: object, field: str = "country_code") -> str | None:
    text = clean_text(value, field).upper()
    if not text:
        return None
    if not _COUNTRY.match(text):
        raise ValidationError(field, f"'{text}' is not a two-letter ISO 3166 country code")
    return text


def safe_link(value: object, field: str = "source_url") -> str | None:
    """A link the app may open: http, https or mailto only, and well formed."""
    text = clean_text(value, field, max_length=4000)
    if not text:
        return None
    if not is_safe_link(text):
        raise ValidationError(field, f"'{text[:80]}' is not an http, https or mailto link")
    return text


def is_safe_link(text: str) -> bool:
    if text != text.strip() or any(ch.isspace() for ch in text):
        return False
    try:
        parts = urlsplit(text)
    except ValueError:
        return False
    scheme = parts.scheme.lower()
    if scheme not in SAFE_LINK_SCHEMES:
        return False
    if scheme == "mailto":
        return "@" in parts.path
    return bool(parts.hostname)


def defang(url: str) -> str:
    """A URL that no viewer turns into a live link (for sightings of extremist content)."""
    return re.sub(r"^http", "hxxp", url, flags=re.IGNORECASE).replace(".", "[.]")


def safe_file_stem(name: str, max_length: int = 60) -> str:
    """A name fit for a file name on every system: letters, digits and hyphens only."""
    bare = name_key(name)
    stem = re.sub(r"[^0-9a-z]+", "-", bare).strip("-")
    return stem[:max_length].rstrip("-") or "supporter"
