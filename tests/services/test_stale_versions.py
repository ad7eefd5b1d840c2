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
from pledge_tracker.domain.indicators import IndicatorInput
from pledge_tracker.domain.instruments import InstrumentInput
from pledge_tracker.services import (
    actions,
    commitments,
    events,
    evidence,
    incidents,
    indicators,
    instruments,
    stakeholders,
)
from pledge_tracker.services.check import run_check
from pledge_tracker.services.convert import stakeholder_dto
from tests.indicators.helpers import add_figure, add_report, provider_id


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


@dataclass(frozen=True)
class StateCase:
    """A kind of record without a version column, guarded by the hash of its stored state."""

    field: str
    make: Callable[[Database], int]
    read: Callable[[Database, int], tuple[Any, str]]
    edit: Callable[[Tx, int, str, str | None], Any]


WHEN = dt.datetime(2024, 3, 15, 1, 40)


def _incident(database: Database) -> int:
    with database.write() as tx:
        return incidents.add(tx, name="Attack", occurred_at=WHEN, place="Harbour").id


def _edit_incident(tx: Tx, rid: int, place: str, state: str | None) -> Any:
    return incidents.edit(
        tx, rid, name="Attack", occurred_at=WHEN, place=place, expected_state=state
    )


def _action(database: Database) -> int:
    with database.write() as tx:
        return actions.add(tx, stakeholder_id=provider_id(database), title="Publish").id


def _edit_action(tx: Tx, rid: int, title: str, state: str | None) -> Any:
    owner = actions.get(tx.session, rid).stakeholder_id
    return actions.edit(tx, rid, stakeholder_id=owner, title=title, expected_state=state)


def _figure(database: Database) -> int:
    return add_figure(database, add_report(database)).id


def _edit_figure(tx: Tx, rid: int, metric: str, state: str | None) -> Any:
    now = indicators.get(tx.session, rid)
    data = IndicatorInput(
        stakeholder_id=now.stakeholder_id,
        metric=metric,
        value=now.value,
        unit=now.unit,
        period_start=now.period_start,
        period_end=now.period_end,
        evidence_id=now.evidence_id,
    )
    return indicators.edit(tx, rid, data, expected_state=state)


STATE_CASES = {
    "incident": StateCase("place", _incident, incidents.read_with_state, _edit_incident),
    "action": StateCase("title", _action, actions.read_with_state, _edit_action),
    "indicator": StateCase("metric", _figure, indicators.read_with_state, _edit_figure),
}


@pytest.mark.parametrize("kind", list(STATE_CASES))
def test_without_a_version_the_stored_state_guards_the_record(
    database: Database, kind: str
) -> None:
    case = STATE_CASES[kind]
    rid = case.make(database)
    _copy, opened = case.read(database, rid)
    with database.write(actor="Other Officer") as tx:
        case.edit(tx, rid, "Theirs", opened)
    with pytest.raises(ConflictError) as refused, database.write() as tx:
        case.edit(tx, rid, "Mine", opened)
    conflict = refused.value
    assert conflict.mine is not None and conflict.theirs is not None
    assert (conflict.mine[case.field], conflict.theirs[case.field]) == ("Mine", "Theirs")
    stored, now = case.read(database, rid)
    assert (getattr(stored, case.field), conflict.version) == ("Theirs", now)
    with database.write() as tx:  # Keep mine: saved against the state now stored
        case.edit(tx, rid, "Mine", now)
    assert getattr(case.read(database, rid)[0], case.field) == "Mine"
    assert run_check(database).ok
