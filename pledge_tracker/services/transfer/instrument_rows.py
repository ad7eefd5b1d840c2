"""Instruments as a record kind of imports and exports: columns, one row parsed, the export.

An instrument is recognised by its uid, else by its name (case and accents ignored), so a
file imported twice adds nothing the second time. `struck_down_by` names a court decision
by uid or name: one in the database, or one on an earlier row of the same file.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from pledge_tracker.db import models as m
from pledge_tracker.db.uow import Tx
from pledge_tracker.domain.errors import ValidationError
from pledge_tracker.domain.instruments import DATE_FIELDS, InstrumentInput, split_lines
from pledge_tracker.domain.validate import clean_field, collation_key, name_key
from pledge_tracker.services import instruments
from pledge_tracker.services.transfer.cells import (
    as_text,
    join_list,
    parse_bool,
    parse_day,
    parse_uid,
    split_list,
)
from pledge_tracker.services.transfer.columns import KINDS
from pledge_tracker.services.transfer.writers import Sheet

HEADERS = tuple(column.name for column in KINDS["instruments"])


def existing_keys(session: Session) -> set[tuple[str, str]]:
    """Each instrument's uid and name key."""
    keys: set[tuple[str, str]] = set()
    for row in session.execute(select(m.Instrument.uid, m.Instrument.name)):
        keys |= {("uid", row.uid), ("instrument", name_key(row.name))}
    return keys


Resolve = Callable[[object, str], int]


def parse(
    values: dict[str, object], supporter: Resolve, commitment: Resolve
) -> tuple[tuple[tuple[str, str], ...], str, Callable[[Tx], object]]:
    """(keys, label, add) for one row; `supporter`/`commitment` resolve names to ids."""
    uid = parse_uid(values.get("uid"))
    name = clean_field("instruments", "name", values.get("name"))
    dates: dict[str, object] = {}
    for field in DATE_FIELDS:
        dates[field] = parse_day(values.get(field), field)
        dates[f"{field}_precision"] = as_text(values.get(f"{field}_precision")) or "day"
    named = split_list(values.get("supporters"), "supporters")
    people = tuple(supporter(text, "supporters") for text in named)
    codes = split_list(values.get("commitments"), "commitments")
    for code in codes:
        commitment(code, "commitments")  # refused here, naming the row, if unknown
    decision = as_text(values.get("struck_down_by"))
    data = InstrumentInput(
        name=name,
        kind=as_text(values.get("kind")),
        jurisdictions=tuple(split_list(values.get("jurisdictions"), "jurisdictions")),
        struck_down_extent=as_text(values.get("struck_down_extent")),
        obligations=as_text(values.get("obligations")),
        penalties=as_text(values.get("penalties")),
        sources=tuple(split_list(values.get("sources"), "sources")),
        summary=as_text(values.get("summary")),
        verified=_flag(values.get("verified")),
        note=as_text(values.get("note")),
        commitment_codes=tuple(codes),
        stakeholder_ids=people,
        **dates,  # type: ignore[arg-type]
    )

    def add(tx: Tx) -> object:
        chosen = data
        if decision:
            chosen = replace(data, struck_down_by=_decision_uid(tx.session, decision))
        return instruments.add(tx, chosen, uid=uid)

    keys = (("instrument", name_key(name)),) + ((("uid", uid),) if uid else ())
    return keys, name, add


def _flag(value: object) -> bool:
    return parse_bool(value, "verified") if as_text(value) else False


def _decision_uid(session: Session, text: str) -> str:
    """The uid of the instrument a row names as the decision (by uid, else by name)."""
    rows = session.execute(select(m.Instrument.uid, m.Instrument.name)).all()
    for row in rows:
        if row.uid == text or name_key(row.name) == name_key(text):
            return row.uid
    raise ValidationError.because("struck_down_by", "no_decision", value=text[:80])


def instruments_sheet(session: Session) -> Sheet:
    """Every instrument in the import's columns, so that the file imports back as it was."""
    rows = session.scalars(
        select(m.Instrument)
        .options(selectinload(m.Instrument.commitments), selectinload(m.Instrument.stakeholders))
        .order_by(m.Instrument.id)
    ).all()
    # A decision before the law it struck down, so that the file imports in one pass.
    rows = sorted(rows, key=lambda row: (row.struck_down_by_id is not None, row.id))
    uids = {row.id: row.uid for row in rows}
    found = []
    for row in rows:
        dates: list[object] = []
        for field in DATE_FIELDS:
            dates += [getattr(row, field), getattr(row, f"{field}_precision")]
        adopted, in_force, applies, struck = dates[0:2], dates[2:4], dates[4:6], dates[6:8]
        found.append(
            (
                row.uid,
                row.name,
                row.kind,
                join_list(split_lines(row.jurisdictions)),
                *adopted,
                *in_force,
                *applies,
                *struck,
                uids.get(row.struck_down_by_id) if row.struck_down_by_id else None,
                row.struck_down_extent,
                *dates[8:10],
                row.obligations,
                row.penalties,
                join_list(split_lines(row.sources)),
                row.summary,
                row.verified,
                row.note,
                join_list(sorted(c.code for c in row.commitments)),
                join_list(sorted((s.name for s in row.stakeholders), key=collation_key)),
            )
        )
    return Sheet("instruments", HEADERS, found)
