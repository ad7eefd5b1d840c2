"""The timeline: dated entries from every kind of record that registers a source, by date.

Events are the first source. Another kind of record (incidents, say) joins the timeline with
one call: `register("incident", incident_entries)`, where `incident_entries(session, where)`
returns that kind's `TimelineEntry` items matching the filter. The view, the exports, the
charts' markers and the briefing's "Key dates" read entries only, never a source's records.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from sqlalchemy.orm import Session

from pledge_tracker.domain.dates import iso_as_known
from pledge_tracker.domain.events import EventDTO, EventFilter, span_end
from pledge_tracker.services import events


@dataclass(frozen=True)
class TimelineEntry:
    """One dated line of the timeline, whatever kind of record it comes from."""

    kind: str  # the registered source's name ("event")
    record_id: int
    uid: str
    dated: dt.date
    precision: str  # day, month or year
    end_date: dt.date | None
    category: str  # a vocabulary value of its kind (events: EventCategory)
    title: str
    summary: str
    sources: tuple[str, ...] = ()
    verified: bool = True
    note: str | None = None
    supporters: tuple[str, ...] = ()

    @property
    def date_text(self) -> str:
        """The date in ISO form as far as it is known (2019-05-15, 2019-06, 2021)."""
        return iso_as_known(self.dated, self.precision)

    @property
    def last_day(self) -> dt.date:
        """The last day the entry may cover (its end, or the end of its month or year)."""
        return span_end(self.dated, self.precision, self.end_date)


Source = Callable[[Session, EventFilter], Iterable[TimelineEntry]]
_SOURCES: dict[str, Source] = {}


def register(kind: str, source: Source) -> None:
    """Add a kind of record to the timeline (registering a kind again replaces its source)."""
    _SOURCES[kind] = source


def kinds() -> tuple[str, ...]:
    """The kinds of record on the timeline, in registration order."""
    return tuple(_SOURCES)


def entries(
    session: Session, where: EventFilter | None = None, *, only: Iterable[str] | None = None
) -> list[TimelineEntry]:
    """Every registered source's entries matching `where`, by date, then kind and title."""
    where = where or EventFilter()
    wanted = set(only) if only is not None else None
    found: list[TimelineEntry] = []
    for kind, source in _SOURCES.items():
        if wanted is None or kind in wanted:
            found.extend(source(session, where))
    return sorted(found, key=lambda e: (e.dated, e.kind, e.title, e.record_id))


def between(
    session: Session, since: dt.date | None, until: dt.date, categories: tuple[str, ...] = ()
) -> list[TimelineEntry]:
    """Entries whose span meets [since, until] (a report's period), optionally by category."""
    return entries(session, EventFilter(categories=categories, since=since, until=until))


def from_event(event: EventDTO) -> TimelineEntry:
    return TimelineEntry(
        kind="event",
        record_id=event.id,
        uid=event.uid,
        dated=event.dated,
        precision=event.dated_precision,
        end_date=event.end_date,
        category=event.category.value,
        title=event.title,
        summary=event.summary,
        sources=event.sources,
        verified=event.verified,
        note=event.note,
        supporters=event.stakeholder_names,
    )


def _event_entries(session: Session, where: EventFilter) -> list[TimelineEntry]:
    return [from_event(event) for event in events.list_events(session, where)]


register("event", _event_entries)

# Incidents join the timeline from their own module, which imports this one (hence last).
from pledge_tracker.services import timeline_incidents  # noqa: E402, F401
