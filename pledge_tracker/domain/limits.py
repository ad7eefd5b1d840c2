"""The one table of field limits: what every way in (forms, imports, packages) may store.

Each entity (named by its table) lists its checked fields: the kind of value, how long it
may be, whether it is required, which link schemes it takes, its date range, its count
range or its vocabulary. `validate.check_record` applies a whole row of it; the README's
"Field limits" section is generated from it (`markdown()`), and a test keeps them equal.

Date ranges are relative to today where they end in the future. Assessments cannot
describe a date before the Call's adoption (2019-05-15) or after tomorrow; supporters did
not join before it either. Laws, events and the evidence reporting them may precede the
Call (from 1900). Counts stay far below 2^63, so nothing overflows SQLite's or
PostgreSQL's 64-bit integers.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from pledge_tracker.domain.dates import CALL_ADOPTED
from pledge_tracker.domain.kinds import (
    CommitmentGroup,
    Confidence,
    DatePrecision,
    EvidenceKind,
    FoundHow,
    Origin,
    Protocol,
    Reliability,
    StakeholderKind,
)
from pledge_tracker.domain.levels import Level

LAWS_FROM = dt.date(1900, 1, 1)  # laws and events cited as evidence may be old
WEB_FROM = dt.date(1990, 1, 1)  # nothing was found or retrieved online before the web
MAX_COUNT = 10**12
LINK_SCHEMES = ("http", "https", "mailto")
TOMORROW = dt.timedelta(days=1)
YEAR = dt.timedelta(days=366)


class Kind(StrEnum):
    TEXT = "text"  # one line: no control character at all
    LONG_TEXT = "long text"  # tab and newline allowed, no other control character
    LINK = "link"  # one line, a well-formed link with an allowed scheme
    LINKS = "links"  # well-formed links with an allowed scheme, one a line
    COUNTRY = "country code"  # two capital letters (ISO 3166-1 alpha-2)
    DATE = "date"
    MOMENT = "moment"  # a date and time (UTC, as stored)
    COUNT = "count"  # a whole number in a range
    CHOICE = "choice"  # one value of a vocabulary


@dataclass(frozen=True)
class Limit:
    """The rule for one field."""

    kind: Kind
    max_length: int = 0  # text kinds
    required: bool = False
    schemes: tuple[str, ...] = ()  # links
    earliest: dt.date | None = None  # dates and moments
    ahead: dt.timedelta | None = None  # latest = today + ahead
    minimum: int = 0  # counts
    maximum: int = MAX_COUNT
    choices: type[StrEnum] | None = None

    def latest(self, today: dt.date) -> dt.date | None:
        return None if self.ahead is None else today + self.ahead

    def describe(self) -> str:
        """The rule in a few words (the README table's last column)."""
        parts: list[str] = []
        if self.max_length:
            parts.append(f"at most {self.max_length:,} characters")
        if self.schemes:
            parts.append("/".join(self.schemes) + " only")
        if self.earliest is not None:
            parts.append(f"from {self.earliest.isoformat()}")
        if self.ahead is not None:
            parts.append(_until(self.ahead))
        if self.kind is Kind.COUNT:
            parts.append(f"{self.minimum:,} to {self.maximum:,}")
        if self.choices is not None:
            parts.append("one of: " + ", ".join(member.value for member in self.choices))
        return "; ".join(parts)


def _until(ahead: dt.timedelta) -> str:
    if ahead == TOMORROW:
        return "to tomorrow"
    years = ahead.days // YEAR.days
    return f"to today + {years} year{'s' if years > 1 else ''}"


def _text(max_length: int, required: bool = False) -> Limit:
    return Limit(Kind.TEXT, max_length, required)


def _long(max_length: int = 100_000, required: bool = False) -> Limit:
    return Limit(Kind.LONG_TEXT, max_length, required)


def _link(required: bool = False) -> Limit:
    return Limit(Kind.LINK, 4000, required, schemes=LINK_SCHEMES)


def _links(max_length: int = 20_000) -> Limit:
    return Limit(Kind.LINKS, max_length, schemes=LINK_SCHEMES)


def _date(earliest: dt.date, ahead: dt.timedelta, required: bool = False) -> Limit:
    return Limit(Kind.DATE, required=required, earliest=earliest, ahead=ahead)


def _moment(earliest: dt.date, required: bool = False) -> Limit:
    return Limit(Kind.MOMENT, required=required, earliest=earliest, ahead=TOMORROW)


def _choice(choices: type[StrEnum]) -> Limit:
    return Limit(Kind.CHOICE, required=True, choices=choices)


UID = _text(36, required=True)

LIMITS: dict[str, dict[str, Limit]] = {
    "frameworks": {
        "uid": UID,
        "code": _text(40, required=True),
        "name": _text(300, required=True),
        "name_fr": _text(300),
        "adopted": _date(LAWS_FROM, YEAR),
        "source_url": _link(),
    },
    "commitments": {
        "uid": UID,
        "code": _text(20, required=True),
        "group": _choice(CommitmentGroup),
        "number": Limit(Kind.COUNT, required=True, minimum=1, maximum=999),
        "short_title": _text(300, required=True),
        "short_title_fr": _text(300),
        "wording": _long(required=True),
        "wording_fr": _long(),
        "verified_by": _text(300),
        "verified_at": _moment(CALL_ADOPTED),
        "verified_source": _long(2000),
    },
    "stakeholders": {
        "uid": UID,
        "name": _text(300, required=True),
        "kind": _choice(StakeholderKind),
        "country_code": Limit(Kind.COUNTRY, 2),
        "joined": _date(CALL_ADOPTED, YEAR),
        "joined_precision": _choice(DatePrecision),
        "joined_basis": _long(2000),
        "notes": _long(),
        "source_url": _link(),
    },
    "pledges": {"note": _long(2000)},
    "evidence": {
        "uid": UID,
        "title": _text(1000, required=True),
        "summary": _long(),
        "kind": _choice(EvidenceKind),
        "source_url": _link(),
        "source_name": _text(1000),
        "effective": _date(LAWS_FROM, 10 * YEAR),
        "effective_precision": _choice(DatePrecision),
        "published": _date(LAWS_FROM, YEAR),
        "retrieved": _date(WEB_FROM, TOMORROW),
        "reliability": _choice(Reliability),
        "notes": _long(),
        "created_at": _moment(WEB_FROM, required=True),
    },
    "attachments": {"size": Limit(Kind.COUNT, required=True)},
    "evidence_attachments": {"filename": _text(500, required=True)},
    "assessments": {
        "uid": UID,
        "level": _choice(Level),
        "effective": _date(CALL_ADOPTED, TOMORROW, required=True),
        "effective_precision": _choice(DatePrecision),
        "recorded_at": _moment(CALL_ADOPTED, required=True),
        "assessor": _text(300, required=True),
        "rationale": _long(),
        "confidence": _choice(Confidence),
        "origin": _choice(Origin),
        "method_version": _text(20, required=True),
        "reviewed_by": _text(300),
        "reviewed_at": _moment(CALL_ADOPTED),
    },
    "assessment_replies": {
        "uid": UID,
        "text": _long(20_000, required=True),
        "dated": _date(CALL_ADOPTED, TOMORROW, required=True),
        "source_url": _link(),
        "recorded_at": _moment(CALL_ADOPTED, required=True),
        "recorded_by": _text(300, required=True),
    },
    "actions": {
        "uid": UID,
        "title": _text(1000, required=True),
        "due": _date(CALL_ADOPTED, 50 * YEAR),
        "done_on": _date(CALL_ADOPTED, TOMORROW),
        "notes": _long(),
    },
    "sightings": {
        "uid": UID,
        "platform": _text(300, required=True),
        # Where terrorist content was seen: never opened, only ever shown defanged, so
        # any scheme is recorded as found (one line, no control character).
        "url": _text(4000, required=True),
        "found_at": _moment(WEB_FROM, required=True),
        "reported_at": _moment(WEB_FROM),
        "removed_at": _moment(WEB_FROM),
        "views": Limit(Kind.COUNT),
        "notes": _long(),
        "found_how": _choice(FoundHow),
        "order_at": _moment(WEB_FROM),
        "order_law": _text(1000),
        "instrument_uid": _text(36),
        "content_ref": _text(1000),
    },
    "incidents": {
        "uid": UID,
        "name": _text(300, required=True),
        # Attacks before the Call (Christchurch itself) are incidents too.
        "occurred_at": _moment(LAWS_FROM, required=True),
        "time_zone": _text(64, required=True),
        "place": _text(300),
        "description": _long(),
        "sources": _links(),
    },
    "protocol_activations": {
        "uid": UID,
        "protocol": _choice(Protocol),
        "activated_at": _moment(LAWS_FROM, required=True),
        "closed_at": _moment(LAWS_FROM),
        "activated_by": _text(300),
        "sources": _links(),
        "notes": _long(),
    },
    "supporter_responses": {
        "uid": UID,
        "first_action_at": _moment(LAWS_FROM, required=True),
        "action": _long(20_000, required=True),
    },
    "report_notes": {
        "uid": UID,
        "key": _text(4000, required=True),
        "text": _long(),
    },
}


def limit(entity: str, field: str) -> Limit:
    """The rule for one field of one entity (KeyError if the table has none)."""
    return LIMITS[entity][field]


def markdown() -> str:
    """The table as Markdown, for the README."""
    lines = ["| record | field | kind | required | limits |", "| --- | --- | --- | --- | --- |"]
    for entity, fields in LIMITS.items():
        for name, rule in fields.items():
            required = "yes" if rule.required else ""
            lines.append(f"| {entity} | {name} | {rule.kind} | {required} | {rule.describe()} |")
    return "\n".join(lines)
