"""Spreadsheet rows of the timeline's events: parsed, recognised, added through the service.

An event is recognised by its uid, else by its date as far as it is known and its title
(case and accents ignored), so importing the same file twice adds nothing.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from pledge_tracker.db import models as m
from pledge_tracker.domain.dates import iso_as_known, parse_as_known
from pledge_tracker.domain.errors import ValidationError
from pledge_tracker.domain.events import EventInput
from pledge_tracker.domain.validate import clean_field, name_key
from pledge_tracker.services import events
from pledge_tracker.services.transfer.cells import (
    as_text,
    parse_bool,
    parse_day,
    parse_uid,
    split_list,
)
from pledge_tracker.services.transfer.rows import Key, Lookups, Prepared, Values


def event_key(dated_text: str, title: str) -> Key:
    """How an event is recognised without its uid: date as known, and title."""
    return ("event", dated_text, name_key(title))


def existing_keys(session: Session) -> set[Key]:
    keys: set[Key] = set()
    query = select(m.Event.uid, m.Event.dated, m.Event.dated_precision, m.Event.title)
    for row in session.execute(query):
        keys.add(("uid", row.uid))
        keys.add(event_key(iso_as_known(row.dated, row.dated_precision), row.title))
    return keys


def parse_event(values: Values, lookups: Lookups) -> Prepared:
    """One row of the events kind (see columns.py), checked whole before anything is added."""
    uid = parse_uid(values.get("uid"))
    dated, precision = _date(values.get("date"), as_text(values.get("date_precision")))
    verified_text = as_text(values.get("verified"))
    data = EventInput(
        dated=dated,
        dated_precision=precision,
        end_date=parse_day(values.get("end_date"), "end_date"),
        category=as_text(values.get("category")),
        title=clean_field("events", "title", values.get("title")),
        summary=as_text(values.get("summary")),
        sources=tuple(split_list(values.get("sources"), "sources")),
        verified=parse_bool(verified_text, "verified") if verified_text else True,
        note=as_text(values.get("note")) or None,
        stakeholder_ids=tuple(
            lookups.supporter(name, "supporters")
            for name in split_list(values.get("supporters"), "supporters")
        ),
    )
    keys: list[Key] = [event_key(iso_as_known(dated, precision), data.title)]
    if uid:
        keys.insert(0, ("uid", uid))
    return Prepared(tuple(keys), data.title, lambda tx: events.add(tx, data, uid=uid))


def _date(cell: object, precision: str) -> tuple[dt.date, str]:
    """The date cell (a spreadsheet date, a year number or ISO text as far as known)."""
    if isinstance(cell, dt.datetime):
        cell = cell.date()
    if cell is None or (not isinstance(cell, dt.date | int) and not as_text(cell)):
        raise ValidationError.because("date", "date_at_precision_required")
    value = cell if isinstance(cell, dt.date | int) else as_text(cell)
    dated, known = parse_as_known(value, precision, "date")
    assert dated is not None  # given above
    return dated, known
