"""The crosswalk: instruments × commitments, and what binds each government, on one date."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy.orm import Session

from pledge_tracker.db.uow import Database
from pledge_tracker.domain.instruments import LISTED, Binding, InstrumentDTO, InstrumentStatus
from pledge_tracker.domain.kinds import StakeholderKind
from pledge_tracker.services import bindings, commitments, instruments, stakeholders
from pledge_tracker.services.transfer.writers import Sheet


@dataclass(frozen=True)
class CrosswalkRow:
    instrument: InstrumentDTO
    status: InstrumentStatus


@dataclass(frozen=True)
class GovernmentRow:
    stakeholder_id: int
    name: str
    unverified: bool  # its membership or join date is not verified (shown †)
    bound: tuple[Binding, ...]


@dataclass(frozen=True)
class Crosswalk:
    on: dt.date
    codes: tuple[str, ...]  # every commitment, in the catalogue's order
    rows: tuple[CrosswalkRow, ...]
    governments: tuple[GovernmentRow, ...]
    jurisdictions: tuple[str, ...]  # every jurisdiction named, for the filter


def crosswalk(session: Session, on: dt.date, jurisdiction: str | None = None) -> Crosswalk:
    """The grid and the governments' column as of `on`, kept to one jurisdiction if given."""
    every = instruments.list_instruments(session)
    places = sorted({j for item in every for j in item.jurisdictions}, key=str.casefold)
    chosen = [i for i in every if jurisdiction is None or jurisdiction in i.jurisdictions]
    rows = tuple(CrosswalkRow(item, item.status_on(on)) for item in chosen)
    people = [
        p for p in stakeholders.list_stakeholders(session) if p.kind is StakeholderKind.GOVERNMENT
    ]
    found = bindings.bindings_for(session, [p.id for p in people], on)
    kept = {item.id for item in chosen}
    governments = []
    for person in people:
        bound = [b for b in found[person.id] if b.status in LISTED and b.instrument.id in kept]
        if bound:
            governments.append(
                GovernmentRow(person.id, person.name, person.unverified, tuple(bound))
            )
    codes = tuple(c.code for c in commitments.list_commitments(session))
    return Crosswalk(on, codes, rows, tuple(governments), tuple(places))


def crosswalk_sheet(session: Session, on: dt.date, jurisdiction: str | None = None) -> Sheet:
    """The crosswalk as one table: an instrument a row, its status, a column per commitment."""
    grid = crosswalk(session, on, jurisdiction)
    headers = (
        "instrument",
        "kind",
        "jurisdictions",
        f"status on {on.isoformat()}",
        "verified",
        "binds",
        *grid.codes,
    )
    rows = []
    for row in grid.rows:
        item = row.instrument
        rows.append(
            (
                item.name,
                item.kind.label,
                "; ".join(item.jurisdictions),
                row.status.label,
                item.verified,
                "; ".join(item.stakeholders),
                *("x" if code in item.commitment_codes else "" for code in grid.codes),
            )
        )
    return Sheet(f"crosswalk {on.isoformat()}", headers, rows)


def read_crosswalk(database: Database, on: dt.date, jurisdiction: str | None) -> Crosswalk:
    """`crosswalk` in a read session of its own (the window's Crosswalk page)."""
    with database.read() as session:
        return crosswalk(session, on, jurisdiction)


def read_sheet(database: Database, on: dt.date, jurisdiction: str | None) -> Sheet:
    """`crosswalk_sheet` in a read session of its own (the page's export)."""
    with database.read() as session:
        return crosswalk_sheet(session, on, jurisdiction)
