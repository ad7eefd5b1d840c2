"""Instruments: add, edit, delete (audited) and read; the checks every way in shares."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from pledge_tracker.db import models as m
from pledge_tracker.db.uow import Database, Tx
from pledge_tracker.domain.dates import parse_date, parse_precision
from pledge_tracker.domain.errors import NotFoundError, ValidationError
from pledge_tracker.domain.instruments import (
    DATE_FIELDS,
    Dated,
    InstrumentDates,
    InstrumentDTO,
    InstrumentInput,
    InstrumentKind,
    split_lines,
)
from pledge_tracker.domain.validate import check_record, choice, clean_field, safe_link
from pledge_tracker.services.convert import snapshot
from pledge_tracker.services.stale import check_version

ENTITY = "instrument"


def list_instruments(session: Session) -> list[InstrumentDTO]:
    """Every instrument, oldest first (by its first known date), then by name."""
    rows = session.scalars(
        select(m.Instrument).options(
            selectinload(m.Instrument.commitments), selectinload(m.Instrument.stakeholders)
        )
    ).all()
    names = {row.id: (row.name, row.uid) for row in rows}
    found = [instrument_dto(row, names) for row in rows]
    return sorted(found, key=_order)


def _order(item: InstrumentDTO) -> tuple[dt.date, str]:
    known = [d.day for d in (item.dates.adopted, item.dates.in_force, item.dates.applies_from) if d]
    return (min(known) if known else dt.date.max, item.name.casefold())


def get(session: Session, instrument_id: int) -> InstrumentDTO:
    row = _get(session, instrument_id)
    return instrument_dto(row, _names(session))


def read_one(database: Database, instrument_id: int) -> InstrumentDTO:
    """An instrument as stored now (a form's fresh copy after a save from a stale one)."""
    with database.read() as session:
        return get(session, instrument_id)


def add(
    tx: Tx, data: InstrumentInput, *, reason: str | None = None, uid: str | None = None
) -> InstrumentDTO:
    """A new instrument, checked field by field; audited (with the upgrade's `reason`)."""
    row = m.Instrument(version=1, **({"uid": uid} if uid else {}))
    _fill(tx.session, row, data)
    tx.session.add(row)
    tx.session.flush()
    tx.audit("add", ENTITY, row.uid, None, state(row) | ({"reason": reason} if reason else {}))
    return instrument_dto(row, _names(tx.session))


def edit(tx: Tx, instrument_id: int, data: InstrumentInput, *, version: int) -> InstrumentDTO:
    """Change an instrument read at `version` (ConflictError if someone changed it since)."""
    row = _get(tx.session, instrument_id)
    check_version(
        row.version, version, mine=data, theirs=lambda: instrument_dto(row, _names(tx.session))
    )
    before = state(row)
    _fill(tx.session, row, data)
    tx.session.flush()
    tx.audit("edit", ENTITY, row.uid, before, state(row))
    return instrument_dto(row, _names(tx.session))


def delete(tx: Tx, instrument_id: int) -> None:
    """Remove an instrument and its links; refused while a law names it as striking it down."""
    row = _get(tx.session, instrument_id)
    citing = tx.session.scalars(
        select(m.Instrument.name).where(m.Instrument.struck_down_by_id == row.id)
    ).first()
    if citing is not None:
        raise ValidationError.because("struck_down_by", "struck_down_by_it", name=citing)
    before = state(row)
    row.commitments.clear()
    row.stakeholders.clear()
    tx.session.flush()
    tx.session.delete(row)
    tx.session.flush()
    tx.audit("delete", ENTITY, before["uid"], before, None)


def state(row: m.Instrument) -> dict[str, Any]:
    """An instrument's audit snapshot, with its links by code and uid."""
    found = snapshot(row)
    found["commitments"] = sorted(c.code for c in row.commitments)
    found["stakeholders"] = sorted(s.uid for s in row.stakeholders)
    return found


def _get(session: Session, instrument_id: int) -> m.Instrument:
    row = session.get(m.Instrument, instrument_id)
    if row is None:
        raise NotFoundError.because("instrument", "no_instrument_id", id=str(instrument_id))
    return row


def _names(session: Session) -> dict[int, tuple[str, str]]:
    rows = session.execute(select(m.Instrument.id, m.Instrument.name, m.Instrument.uid))
    return {row.id: (row.name, row.uid) for row in rows}


def _fill(session: Session, row: m.Instrument, data: InstrumentInput) -> None:
    """Every field checked as the limits table says (forms, imports and packages alike)."""
    row.name = clean_field("instruments", "name", data.name)
    row.kind = choice(data.kind, InstrumentKind, "kind").value
    places = [clean_field("instruments", "jurisdictions", p) for p in data.jurisdictions]
    row.jurisdictions = clean_field("instruments", "jurisdictions", "\n".join(places))
    for field in DATE_FIELDS:
        day = parse_date(getattr(data, field), field)
        day, precision = parse_precision(
            getattr(data, f"{field}_precision"), day, f"{field}_precision"
        )
        check_record("instruments", {field: day})
        setattr(row, field, day)
        setattr(row, f"{field}_precision", precision)
    _check_order(row)
    row.struck_down_by_id = _decision(session, row, data.struck_down_by)
    row.struck_down_extent = (
        clean_field("instruments", "struck_down_extent", data.struck_down_extent) or None
    )
    row.obligations = clean_field("instruments", "obligations", data.obligations)
    row.penalties = clean_field("instruments", "penalties", data.penalties) or None
    links = [safe_link(link, "sources") or "" for link in data.sources if str(link).strip()]
    row.sources = clean_field("instruments", "sources", "\n".join(links))
    row.summary = clean_field("instruments", "summary", data.summary) or None
    row.note = clean_field("instruments", "note", data.note) or None
    row.verified = bool(data.verified)
    row.commitments = _commitments(session, data.commitment_codes)
    row.stakeholders = _stakeholders(session, data.stakeholder_ids)


def _check_order(row: m.Instrument) -> None:
    """Dates in a possible order: in force not before adoption, applicable not before in force."""
    pairs = (("adopted", "in_force"), ("in_force", "applies_from"), ("adopted", "struck_down"))
    for earlier, later in pairs:
        first, second = getattr(row, earlier), getattr(row, later)
        if first and second and second < first:
            # One template for each earlier date, so that each reads whole in other languages.
            raise ValidationError.because(
                later, f"before_{earlier}", day=second.isoformat(), first=first.isoformat()
            )


def _decision(session: Session, row: m.Instrument, uid: str | None) -> int | None:
    """The court decision a struck-down instrument names, by uid; it must be a decision."""
    if not uid:
        return None
    found = session.scalars(select(m.Instrument).where(m.Instrument.uid == uid)).first()
    if found is None or found is row:
        raise NotFoundError.because("struck_down_by", "no_other_instrument", uid=uid)
    if found.kind != InstrumentKind.COURT_DECISION.value:
        raise ValidationError.because("struck_down_by", "not_a_court_decision", name=found.name)
    if row.struck_down is None:
        raise ValidationError.because("struck_down", "struck_down_required")
    return found.id


def _commitments(session: Session, codes: tuple[str, ...]) -> list[m.Commitment]:
    wanted = list(dict.fromkeys(code.strip().upper() for code in codes if code.strip()))
    rows = {
        c.code: c
        for c in session.scalars(select(m.Commitment).where(m.Commitment.code.in_(wanted)))
    }
    missing = [code for code in wanted if code not in rows]
    if missing:
        raise NotFoundError.because("commitments", "no_commitment_code", codes=", ".join(missing))
    return [rows[code] for code in wanted]


def _stakeholders(session: Session, ids: tuple[int, ...]) -> list[m.Stakeholder]:
    wanted = list(dict.fromkeys(ids))
    rows = {
        s.id: s for s in session.scalars(select(m.Stakeholder).where(m.Stakeholder.id.in_(wanted)))
    }
    missing = [str(i) for i in wanted if i not in rows]
    if missing:
        raise NotFoundError.because("stakeholders", "no_supporter_id", ids=", ".join(missing))
    return [rows[i] for i in wanted]


def _dated(day: dt.date | None, precision: str) -> Dated | None:
    return Dated(day, precision or "day") if day else None


def instrument_dto(row: m.Instrument, names: dict[int, tuple[str, str]]) -> InstrumentDTO:
    decision = names.get(row.struck_down_by_id) if row.struck_down_by_id else None
    dates = InstrumentDates(
        **{f: _dated(getattr(row, f), getattr(row, f"{f}_precision")) for f in DATE_FIELDS}
    )
    people = sorted(row.stakeholders, key=lambda s: s.name.casefold())
    return InstrumentDTO(
        id=row.id,
        uid=row.uid,
        name=row.name,
        kind=InstrumentKind(row.kind),
        jurisdictions=split_lines(row.jurisdictions),
        dates=dates,
        struck_down_by=decision[0] if decision else None,
        struck_down_by_uid=decision[1] if decision else None,
        struck_down_extent=row.struck_down_extent,
        obligations=row.obligations,
        penalties=row.penalties,
        sources=split_lines(row.sources),
        summary=row.summary,
        verified=row.verified,
        note=row.note,
        commitment_codes=tuple(sorted((c.code for c in row.commitments), key=_code_order)),
        stakeholders=tuple(s.name for s in people),
        stakeholder_ids=tuple(s.id for s in people),
        version=row.version,
    )


def _code_order(code: str) -> tuple[str, int]:
    prefix, _, number = code.partition("-")
    return (prefix, int(number) if number.isdigit() else 0)
