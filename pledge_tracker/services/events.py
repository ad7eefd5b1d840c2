"""Events on the Call's timeline: added, edited, cited by evidence and deleted, all audited."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from sqlalchemy import Select, select
from sqlalchemy.orm import Session, selectinload

from pledge_tracker.db import models as m
from pledge_tracker.db.uow import Database, Tx
from pledge_tracker.domain.dates import parse_as_known, parse_date
from pledge_tracker.domain.errors import NotFoundError, ValidationError
from pledge_tracker.domain.events import EventDTO, EventFilter, EventInput, span_end
from pledge_tracker.domain.kinds import EventCategory
from pledge_tracker.domain.search import fold, search_words
from pledge_tracker.domain.validate import check_record, choice, clean_field
from pledge_tracker.services.convert import snapshot
from pledge_tracker.services.stale import check_version

# The fields a typed search looks in (folded: accents and case ignored, as evidence search).
SEARCH_FIELDS = ("title", "summary", "note", "sources")


def get(session: Session, event_id: int) -> m.Event:
    row = session.get(m.Event, event_id)
    if row is None:
        raise NotFoundError("event", f"no event with id {event_id}")
    return row


def get_dto(session: Session, event_id: int) -> EventDTO:
    return event_dto(get(session, event_id))


def read_one(database: Database, event_id: int) -> EventDTO:
    """An event as stored now (a form's fresh copy after a save from a stale one)."""
    with database.read() as session:
        return get_dto(session, event_id)


def split_sources(text: str | None) -> tuple[str, ...]:
    """The links stored one a line, in their order."""
    return tuple(line.strip() for line in (text or "").splitlines() if line.strip())


def event_dto(row: m.Event) -> EventDTO:
    citing = sorted(
        ((item.id, item.title) for item in row.evidence if not item.withdrawn),
        key=lambda pair: pair[0],
    )
    people = sorted(row.stakeholders, key=lambda person: person.id)
    return EventDTO(
        id=row.id,
        uid=row.uid,
        dated=row.dated,
        dated_precision=row.dated_precision or "day",
        end_date=row.end_date,
        category=EventCategory(row.category),
        title=row.title,
        summary=row.summary or "",
        sources=split_sources(row.sources),
        verified=bool(row.verified),
        note=row.note,
        stakeholder_ids=tuple(person.id for person in people),
        stakeholder_names=tuple(person.name for person in people),
        evidence=tuple(citing),
        version=row.version,
    )


def _apply(session: Session, row: m.Event, data: EventInput) -> None:
    if data.dated is None or (isinstance(data.dated, str) and not data.dated.strip()):
        raise ValidationError("dated", "a date is required (YYYY-MM-DD, YYYY-MM or YYYY)")
    dated, precision = parse_as_known(data.dated, data.dated_precision, "dated")
    end = parse_date(data.end_date, "end_date")
    check_record("events", {"dated": dated, "end_date": end, "dated_precision": precision})
    if end is not None and dated is not None and end < dated:
        raise ValidationError("end_date", f"{end.isoformat()} is before the event's start")
    sources = [clean_field("events", "sources", link) for link in data.sources]
    row.sources = clean_field("events", "sources", "\n".join(s for s in sources if s))
    assert dated is not None  # required above
    row.dated, row.dated_precision, row.end_date = dated, precision, end
    row.category = choice(data.category, EventCategory, "category").value
    row.title = clean_field("events", "title", data.title)
    row.summary = clean_field("events", "summary", data.summary)
    row.verified = bool(data.verified)
    row.note = clean_field("events", "note", data.note) or None
    row.stakeholders = [_load(session, m.Stakeholder, i) for i in sorted(set(data.stakeholder_ids))]


def _load(session: Session, model: type[m.Stakeholder], ident: int) -> m.Stakeholder:
    found = session.get(model, ident)
    if found is None:
        raise NotFoundError("stakeholders", f"no supporter with id {ident}")
    return found


def audit_view(row: m.Event) -> dict[str, object]:
    """An event as its audit entries record it, links by uid."""
    data = snapshot(row)
    data["stakeholders"] = sorted(person.uid for person in row.stakeholders)
    data["evidence"] = sorted(item.uid for item in row.evidence)
    return data


def add(tx: Tx, data: EventInput, *, uid: str | None = None, reason: str | None = None) -> EventDTO:
    """Record an event (`uid`: the reference's or an import's; `reason`: said in the log)."""
    row = m.Event(created_at=tx.now, version=1)
    if uid:
        row.uid = uid
    _apply(tx.session, row, data)
    tx.session.add(row)
    tx.session.flush()
    after = audit_view(row) | ({"reason": reason} if reason else {})
    tx.audit("add", "event", row.uid, None, after)
    return event_dto(row)


def edit(
    tx: Tx, event_id: int, data: EventInput, *, expected_version: int | None = None
) -> EventDTO:
    row = get(tx.session, event_id)
    check_version(row.version, expected_version, mine=data, theirs=lambda: event_dto(row))
    before = audit_view(row)
    _apply(tx.session, row, data)
    row.version += 1  # (events count their versions by hand, as `cite` does)
    tx.session.flush()
    tx.audit("edit", "event", row.uid, before, audit_view(row))
    return event_dto(row)


def delete(tx: Tx, event_id: int, *, expected_version: int | None = None) -> None:
    """Remove an event and its links; the audit entry keeps what it said."""
    row = get(tx.session, event_id)
    check_version(row.version, expected_version)
    before = audit_view(row)
    row.stakeholders = []
    row.evidence = []
    tx.session.flush()
    tx.session.delete(row)
    tx.session.flush()
    tx.audit("delete", "event", row.uid, before, None)


def cite(tx: Tx, event_id: int, evidence_ids: Sequence[int]) -> EventDTO:
    """Set the evidence items citing an event (the link is part of the event's record)."""
    row = get(tx.session, event_id)
    before = audit_view(row)
    items = []
    for ident in sorted(set(evidence_ids)):
        item = tx.session.get(m.Evidence, ident)
        if item is None:
            raise NotFoundError("evidence", f"no evidence item with id {ident}")
        items.append(item)
    row.evidence = items
    row.version += 1
    tx.session.flush()
    tx.audit("cite", "event", row.uid, before, audit_view(row))
    return event_dto(row)


def evidence_choices(session: Session) -> list[tuple[int, str]]:
    """Every evidence item an event may be cited by: (id, title), by title."""
    query = select(m.Evidence.id, m.Evidence.title).where(m.Evidence.withdrawn.is_(False))
    rows = session.execute(query.order_by(m.Evidence.title, m.Evidence.id)).all()
    return [(row.id, row.title) for row in rows]


def citing(session: Session, evidence_id: int) -> list[EventDTO]:
    """The events an evidence item is cited for, by date."""
    query = _loaded().where(m.Event.evidence.any(m.Evidence.id == evidence_id))
    return [event_dto(row) for row in session.scalars(query.order_by(m.Event.dated, m.Event.id))]


def _loaded() -> Select[m.Event]:
    return select(m.Event).options(
        selectinload(m.Event.stakeholders), selectinload(m.Event.evidence)
    )


def list_events(session: Session, where: EventFilter | None = None) -> list[EventDTO]:
    """Events matching `where`, by date then title; a typed search folds accents and case.

    A date range keeps an event whose span (start to end, or its known month or year)
    meets it.
    """
    where = where or EventFilter()
    query = _loaded()
    if where.categories:
        query = query.where(m.Event.category.in_(where.categories))
    if where.until is not None:
        query = query.where(m.Event.dated <= where.until)
    if where.stakeholder_id is not None:
        query = query.where(m.Event.stakeholders.any(m.Stakeholder.id == where.stakeholder_id))
    rows = session.scalars(query.order_by(m.Event.dated, m.Event.title, m.Event.id)).all()
    words = search_words(where.text)
    found = [row for row in rows if _matches(row, words)]
    if where.since is not None:
        since = where.since
        found = [row for row in found if last_day(row) >= since]
    return [event_dto(row) for row in found]


def _matches(row: m.Event, words: list[str]) -> bool:
    if not words:
        return True
    text = fold(" ".join(str(getattr(row, name) or "") for name in SEARCH_FIELDS))
    return all(word in text for word in words)


def last_day(row: m.Event | EventDTO) -> dt.date:
    """The last day an event may cover: its end, or the end of its known month or year."""
    return span_end(row.dated, row.dated_precision or "day", row.end_date)
