"""A save made from a stale copy is refused with both versions, and saving again against the
stored version (the user's "Keep mine") replaces theirs; the audit keeps both."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

import pytest
from sqlalchemy import select

from pledge_tracker.db import models as m
from pledge_tracker.db.uow import Database, Tx
from pledge_tracker.domain.dto import EvidenceInput, StakeholderInput
from pledge_tracker.domain.errors import ConflictError
from pledge_tracker.domain.events import EventInput
from pledge_tracker.domain.instruments import InstrumentInput
from pledge_tracker.services import (
    commitments,
    events,
    evidence,
    incidents,
    instruments,
    stakeholders,
)
from pledge_tracker.services.check import run_check
from pledge_tracker.services.convert import stakeholder_dto


@dataclass(frozen=True)
class Case:
    """How to make, read and edit one kind of versioned record; `field` is what both change."""

    field: str
    make: Callable[[Tx], int]
    read: Callable[[Database, int], Any]
    edit: Callable[[Tx, int, str, int | None], Any]


def _supporter(tx: Tx) -> int:
    return stakeholders.add(tx, StakeholderInput("Stale Partner", "partner")).id


def _edit_supporter(tx: Tx, rid: int, notes: str, version: int | None) -> Any:
    now = StakeholderInput.of(stakeholder_dto(stakeholders.get(tx.session, rid)))
    return stakeholders.edit(tx, rid, replace(now, notes=notes), expected_version=version)


def _evidence(tx: Tx) -> int:
    return evidence.add(tx, EvidenceInput("Annual report", effective="2024-01-01")).id


def _edit_evidence(tx: Tx, rid: int, title: str, version: int | None) -> Any:
    data = EvidenceInput(title, effective="2024-01-01")
    return evidence.edit(tx, rid, data, expected_version=version)


def _event(tx: Tx) -> int:
    return events.add(tx, EventInput("2024-05-01", "legislation", "A law")).id


def _edit_event(tx: Tx, rid: int, title: str, version: int | None) -> Any:
    data = EventInput("2024-05-01", "legislation", title)
    return events.edit(tx, rid, data, expected_version=version)


def _instrument(tx: Tx) -> int:
    return instruments.add(tx, InstrumentInput(name="Safety Act", kind="law")).id


def _edit_instrument(tx: Tx, rid: int, name: str, version: int | None) -> Any:
    assert version is not None  # an instrument is always edited from a copy read at a version
    return instruments.edit(tx, rid, InstrumentInput(name=name, kind="law"), version=version)


def _commitment(tx: Tx) -> int:
    found = tx.session.scalars(select(m.Commitment.id).order_by(m.Commitment.id)).first()
    assert found is not None
    return found


def _edit_wording(tx: Tx, rid: int, wording: str, version: int | None) -> Any:
    return commitments.correct_wording(
        tx, rid, wording=wording, verified=False, expected_version=version
    )


CASES = {
    "supporter": Case("notes", _supporter, stakeholders.read_one, _edit_supporter),
    "evidence": Case("title", _evidence, evidence.read_one, _edit_evidence),
    "event": Case("title", _event, events.read_one, _edit_event),
    "instrument": Case("name", _instrument, instruments.read_one, _edit_instrument),
    "commitment": Case("wording", _commitment, commitments.read_one, _edit_wording),
}


@pytest.mark.parametrize("kind", list(CASES))
def test_a_stale_save_is_refused_with_both_versions_then_kept_as_mine(
    database: Database, kind: str
) -> None:
    case = CASES[kind]
    with database.write() as tx:
        rid = case.make(tx)
    opened = case.read(database, rid).version  # the copy a form shows
    with database.write(actor="Other Officer") as tx:
        case.edit(tx, rid, "Theirs", opened)
    with pytest.raises(ConflictError) as refused, database.write() as tx:
        case.edit(tx, rid, "Mine", opened)
    conflict = refused.value
    assert conflict.both_known
    assert conflict.mine is not None and conflict.theirs is not None
    assert (conflict.mine[case.field], conflict.theirs[case.field]) == ("Mine", "Theirs")
    assert getattr(case.read(database, rid), case.field) == "Theirs"  # nothing changed
    assert conflict.version == case.read(database, rid).version
    with database.write() as tx:  # Keep mine: saved against the version now stored
        case.edit(tx, rid, "Mine", conflict.version)
    assert getattr(case.read(database, rid), case.field) == "Mine"
    assert run_check(database).ok


def test_an_incident_has_no_version_column_so_its_state_hash_guards_it(
    database: Database,
) -> None:
    when = dt.datetime(2024, 3, 15, 1, 40)

    def edit(tx: Tx, rid: int, place: str, state: str | None) -> Any:
        return incidents.edit(
            tx, rid, name="Attack", occurred_at=when, place=place, expected_state=state
        )

    with database.write() as tx:
        rid = incidents.add(tx, name="Attack", occurred_at=when, place="Harbour").id
    _copy, opened = incidents.read_with_state(database, rid)
    with database.write(actor="Other Officer") as tx:
        edit(tx, rid, "Theirs", opened)
    with pytest.raises(ConflictError) as refused, database.write() as tx:
        edit(tx, rid, "Mine", opened)
    conflict = refused.value
    assert conflict.mine is not None and conflict.theirs is not None
    assert (conflict.mine["place"], conflict.theirs["place"]) == ("Mine", "Theirs")
    stored, now = incidents.read_with_state(database, rid)
    assert (stored.place, conflict.version) == ("Theirs", now)
    with database.write() as tx:
        edit(tx, rid, "Mine", now)
    assert incidents.read_with_state(database, rid)[0].place == "Mine"
    assert run_check(database).ok
