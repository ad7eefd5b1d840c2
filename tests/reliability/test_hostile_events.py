"""Hostile timeline events: any title, link or date typed is refused naming its field, with
nothing saved, or saved exactly (after the one cleaning every field gets) and audited."""

from __future__ import annotations

import datetime as dt

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pledge_tracker.domain.errors import ValidationError
from pledge_tracker.domain.events import EventFilter, EventInput
from pledge_tracker.domain.validate import clean_field
from pledge_tracker.services import events
from pledge_tracker.services.check import run_check
from tests.reliability import tally
from tests.reliability.hostile import hostile_text, hostile_urls

_SETTINGS = settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
dates = st.one_of(
    st.dates(min_value=dt.date(1, 1, 1)).map(dt.date.isoformat),
    st.from_regex(r"\A-?\d{1,5}(-\d{1,2}){0,2}\Z"),
    hostile_text,
)


@_SETTINGS
@given(title=hostile_text, link=hostile_urls, when=dates, precision=st.sampled_from(
    ["day", "month", "year", "week", ""]
))  # fmt: skip
def test_hostile_events_are_refused_or_kept_exactly(
    database, title: str, link: str, when: str, precision: str
) -> None:
    before = _count(database)
    typed = EventInput(
        dated=when, dated_precision=precision, category="context", title=title, sources=(link,)
    )
    try:
        with database.write() as tx:
            added = events.add(tx, typed)
    except ValidationError as exc:
        assert exc.field in {"dated", "dated_precision", "title", "sources"}, exc.field
        assert "\n" not in str(exc)
        assert _count(database) == before  # nothing half-saved
        tally.refused("event: hostile title, link or date")
        return
    assert added.title == clean_field("events", "title", title)
    assert added.sources == ((clean_field("events", "sources", link),) if link.strip() else ())
    with database.read() as session:
        assert events.get_dto(session, added.id) == added
    tally.accepted("event: hostile title, link or date")


@_SETTINGS
@given(words=hostile_text)
def test_hostile_searches_never_fail(database, words: str) -> None:
    with database.read() as session:
        found = events.list_events(session, EventFilter(text=words))
    assert isinstance(found, list)
    tally.accepted("event search: hostile words")


def test_the_log_still_matches_after_hostile_events(database) -> None:
    test_hostile_events_are_refused_or_kept_exactly(database)  # type: ignore[call-arg]
    assert run_check(database).ok


def _count(database) -> int:
    with database.read() as session:
        return len(events.list_events(session))
