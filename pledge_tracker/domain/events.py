"""Dated events on the Call's timeline: what crosses the layers, and what a user types."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from pledge_tracker.domain.dates import iso_as_known
from pledge_tracker.domain.kinds import EventCategory


@dataclass(frozen=True)
class EventInput:
    """What a user types to record an event (dates as ISO text or dates)."""

    dated: dt.date | str | None
    category: str
    title: str
    summary: str = ""
    dated_precision: str = "day"
    end_date: dt.date | str | None = None
    sources: tuple[str, ...] = ()
    verified: bool = True
    note: str | None = None
    stakeholder_ids: tuple[int, ...] = ()


@dataclass(frozen=True)
class EventDTO:
    """A recorded event, with the names of its supporters and the evidence citing it."""

    id: int
    uid: str
    dated: dt.date
    dated_precision: str
    end_date: dt.date | None
    category: EventCategory
    title: str
    summary: str
    sources: tuple[str, ...]
    verified: bool
    note: str | None
    stakeholder_ids: tuple[int, ...] = ()
    stakeholder_names: tuple[str, ...] = ()
    evidence: tuple[tuple[int, str], ...] = ()  # (id, title) of the evidence citing it
    version: int = 1

    @property
    def date_text(self) -> str:
        """The date in ISO form as far as it is known (2019-05-15, 2019-06, 2021)."""
        return iso_as_known(self.dated, self.dated_precision)


@dataclass(frozen=True)
class EventFilter:
    """Which events a list shows: every field empty means all of them."""

    categories: tuple[str, ...] = ()
    since: dt.date | None = None
    until: dt.date | None = None
    stakeholder_id: int | None = None
    text: str = ""


def span_end(dated: dt.date, precision: str, end_date: dt.date | None) -> dt.date:
    """The last day an event may cover: its end, or the end of its known month or year."""
    if end_date is not None:
        return end_date
    if precision == "year":
        return dated.replace(month=12, day=31)
    if precision == "month":
        following = dated.replace(day=28) + dt.timedelta(days=4)
        return following - dt.timedelta(days=following.day)
    return dated
