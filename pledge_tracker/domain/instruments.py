"""Instruments (laws, regulations, court decisions, codes, protocols) and their status on a day.

Pure rules, no database: what an instrument's dates say about it on a given day, and who a
body's membership makes it bind. A date known only to the month or year counts from its
first day (how dates of lesser precision are stored, domain/dates.py).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum


class InstrumentKind(StrEnum):
    LAW = "law"
    REGULATION = "regulation"
    COURT_DECISION = "court_decision"
    CODE = "code"
    PROTOCOL = "protocol"

    @property
    def label(self) -> str:
        return self.value.replace("_", " ").capitalize()


class InstrumentStatus(StrEnum):
    """Where an instrument stands on a day."""

    NOT_YET = "not_yet_applicable"  # adopted or in force, but not yet applicable; or not adopted
    ADOPTED = "adopted"  # adopted (or decided, agreed); no date in force is recorded
    IN_FORCE = "in_force"
    STRUCK_DOWN = "struck_down"
    REPEALED = "repealed"

    @property
    def label(self) -> str:
        return _LABELS[self]


_LABELS = {
    InstrumentStatus.NOT_YET: "Not yet applicable",
    InstrumentStatus.ADOPTED: "Adopted (date in force not recorded)",
    InstrumentStatus.IN_FORCE: "In force",
    InstrumentStatus.STRUCK_DOWN: "Struck down",
    InstrumentStatus.REPEALED: "Repealed",
}

# The statuses a scorecard lists on its report date: what binds, or bound until struck down.
LISTED = frozenset(
    {
        InstrumentStatus.ADOPTED,
        InstrumentStatus.IN_FORCE,
        InstrumentStatus.STRUCK_DOWN,
        InstrumentStatus.REPEALED,
    }
)

DATE_FIELDS = ("adopted", "in_force", "applies_from", "struck_down", "repealed")


@dataclass(frozen=True)
class Dated:
    """A date and how much of it is known."""

    day: dt.date
    precision: str = "day"


@dataclass(frozen=True)
class InstrumentDates:
    adopted: Dated | None = None
    in_force: Dated | None = None
    applies_from: Dated | None = None
    struck_down: Dated | None = None
    repealed: Dated | None = None

    def starts(self) -> dt.date | None:
        """The day it starts to apply: its date of application, else its date in force."""
        start = self.applies_from or self.in_force
        return start.day if start else None


def status_on(dates: InstrumentDates, day: dt.date) -> InstrumentStatus:
    """The instrument's status on `day` (an ending on or before it wins over a start)."""
    if dates.struck_down and dates.struck_down.day <= day:
        return InstrumentStatus.STRUCK_DOWN
    if dates.repealed and dates.repealed.day <= day:
        return InstrumentStatus.REPEALED
    start = dates.starts()
    if start is not None:
        return InstrumentStatus.IN_FORCE if start <= day else InstrumentStatus.NOT_YET
    if dates.adopted and dates.adopted.day <= day:
        return InstrumentStatus.ADOPTED
    return InstrumentStatus.NOT_YET


def split_lines(text: str | None, *, semicolons: bool = False) -> tuple[str, ...]:
    """A one-a-line list (jurisdictions, sources) as a tuple, blanks and repeats left out.

    `semicolons`: ";" separates too (jurisdictions typed on one line; never links, which
    may hold one).
    """
    seen: dict[str, None] = {}
    text = (text or "").replace(";", "\n") if semicolons else (text or "")
    for line in text.splitlines():
        if line.strip():
            seen.setdefault(line.strip(), None)
    return tuple(seen)


@dataclass(frozen=True)
class MembershipDTO:
    id: int
    uid: str
    member_id: int
    member: str
    body: str
    since: Dated | None
    until: Dated | None
    verified: bool
    source_url: str | None
    note: str | None

    def holds_on(self, day: dt.date) -> bool:
        """Whether the supporter is a member on `day` (an unknown start: always was)."""
        started = self.since is None or self.since.day <= day
        return started and (self.until is None or day < self.until.day)


@dataclass(frozen=True)
class InstrumentInput:
    """What a form, an import or the seed gives to create or change an instrument."""

    name: str
    kind: str
    jurisdictions: tuple[str, ...] = ()
    adopted: str | dt.date | None = None
    adopted_precision: str = "day"
    in_force: str | dt.date | None = None
    in_force_precision: str = "day"
    applies_from: str | dt.date | None = None
    applies_from_precision: str = "day"
    struck_down: str | dt.date | None = None
    struck_down_precision: str = "day"
    repealed: str | dt.date | None = None
    repealed_precision: str = "day"
    struck_down_by: str | None = None  # the deciding instrument's uid
    struck_down_extent: str = ""
    obligations: str = ""
    penalties: str = ""
    sources: tuple[str, ...] = ()
    summary: str = ""
    verified: bool = False
    note: str = ""
    commitment_codes: tuple[str, ...] = ()
    stakeholder_ids: tuple[int, ...] = ()


@dataclass(frozen=True)
class InstrumentDTO:
    id: int
    uid: str
    name: str
    kind: InstrumentKind
    jurisdictions: tuple[str, ...]
    dates: InstrumentDates
    struck_down_by: str | None  # the deciding instrument's name
    struck_down_by_uid: str | None
    struck_down_extent: str | None
    obligations: str
    penalties: str | None
    sources: tuple[str, ...]
    summary: str | None
    verified: bool
    note: str | None
    commitment_codes: tuple[str, ...]
    stakeholders: tuple[str, ...]  # linked by name (members of bodies come on top)
    stakeholder_ids: tuple[int, ...]
    version: int

    def status_on(self, day: dt.date) -> InstrumentStatus:
        return status_on(self.dates, day)


@dataclass(frozen=True)
class Binding:
    """One instrument binding one supporter on one day, and why."""

    instrument: InstrumentDTO
    status: InstrumentStatus
    through: str | None  # the body whose membership binds it; None when linked directly
    membership_verified: bool = True
