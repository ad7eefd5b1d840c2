"""Instruments and memberships: loaded from the reference, upgraded into old databases, bound.

Counts, names and dates come from the shipped reference (tests/reference.py).
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from sqlalchemy import func, select

from pledge_tracker.bootstrap import open_app_database
from pledge_tracker.db import models as m
from pledge_tracker.db.uow import Database
from pledge_tracker.domain.errors import ValidationError
from pledge_tracker.domain.instruments import InstrumentInput, InstrumentStatus
from pledge_tracker.services import bindings, instruments, queries, stakeholders
from pledge_tracker.services.check import run_check
from tests.conftest import copy_anchored
from tests.reference import INSTRUMENTS, REFERENCE, instrument, members_of

FIXTURE = Path(__file__).parents[1] / "fixtures" / "v0_1" / "demo-0.1.db"
UPGRADE_ACTOR = "Pledge Tracker (upgrade)"


def _count(database: Database, model: type) -> int:
    with database.read() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


def test_a_0_1_database_gains_the_memberships_and_instruments_audited_and_check_passes(
    tmp_path: Path,
) -> None:
    target = tmp_path / "demo-0.1.db"
    copy_anchored(FIXTURE, target)
    database = open_app_database(target, actor="Test Officer")
    try:
        assert _count(database, m.Membership) == len(members_of("European Union"))
        assert _count(database, m.Instrument) == len(INSTRUMENTS)
        with database.read() as session:
            entries = session.execute(
                select(m.AuditEntry.actor, m.AuditEntry.after).where(
                    m.AuditEntry.entity.in_(["membership", "instrument"])
                )
            ).all()
            stats = queries.stats(session, dt.date(2026, 1, 1))
        assert len(entries) == len(members_of("European Union")) + len(INSTRUMENTS)
        assert {entry.actor for entry in entries} == {UPGRADE_ACTOR}
        assert all("reference revision" in json.loads(entry.after)["reason"] for entry in entries)
        assert stats["counts"]["instruments"] == len(INSTRUMENTS)  # type: ignore[index]
        assert run_check(database).ok
    finally:
        database.dispose()
    again = open_app_database(target, actor="Test Officer")  # up to date: nothing added twice
    try:
        assert _count(again, m.Instrument) == len(INSTRUMENTS)
        assert run_check(again).ok
    finally:
        again.dispose()


def test_a_deleted_reference_instrument_does_not_come_back_at_the_next_open(db_path: Path) -> None:
    database = open_app_database(db_path, actor="Test Officer")
    with database.read() as session:
        first = instruments.list_instruments(session)[0]
    with database.write() as tx:
        instruments.delete(tx, first.id)
    database.dispose()
    database = open_app_database(db_path, actor="Test Officer")
    try:
        with database.read() as session:
            names = [item.name for item in instruments.list_instruments(session)]
        assert first.name not in names
        assert run_check(database).ok
    finally:
        database.dispose()


def test_every_instrument_date_and_source_is_taken_from_the_reference_events() -> None:
    events = {event["title"]: event for event in REFERENCE["events"]}
    for item in INSTRUMENTS:
        cited = [events[title] for title in item["events"]]
        said = " ".join(f"{e['date']} {e['summary']}" for e in cited)
        for field in ("adopted", "in_force", "applies_from", "struck_down"):
            if item.get(field):
                day = dt.date.fromisoformat(item[field]["date"])
                written = (day.isoformat()[: 7 if item[field]["precision"] == "month" else 10],)
                words = f"{day.day} {day.strftime('%B')} {day.year}"
                assert any(w in said for w in (*written, words)), (item["key"], field)
        sources = {source for e in cited for source in e["sources"]}
        assert set(item["sources"]) <= sources, item["key"]
        assert not item["verified"] or all(e["verified"] for e in cited)


def test_bindings_follow_membership_and_the_date_of_application(database: Database) -> None:
    tco = instrument("eu-tco-2021-784")
    applies = dt.date.fromisoformat(tco["applies_from"]["date"])
    in_force = dt.date.fromisoformat(tco["in_force"]["date"])
    with database.read() as session:
        germany = stakeholders.find(session, members_of("European Union")[0])
        statuses = {
            day: {b.instrument.name: b.status for b in bindings.bindings(session, germany.id, day)}
            for day in (in_force, applies)
        }
        in_force_then = bindings.in_force(session, germany.id, applies)
    assert statuses[in_force][tco["name"]] is InstrumentStatus.NOT_YET
    assert statuses[applies][tco["name"]] is InstrumentStatus.IN_FORCE
    assert tco["name"] in [b.instrument.name for b in in_force_then]


def test_an_instrument_is_added_edited_and_deleted_with_audit_and_checks(
    database: Database,
) -> None:
    with database.write() as tx:
        made = instruments.add(
            tx,
            InstrumentInput(
                name="Online Safety Act",
                kind="law",
                jurisdictions=("Testland",),
                adopted="2023-10-17",
                adopted_precision="month",
                commitment_codes=("GOV-2",),
            ),
        )
    assert made.dates.adopted is not None and made.dates.adopted.precision == "month"
    with pytest.raises(ValidationError, match="in_force"), database.write() as tx:
        bad = InstrumentInput(name="x", kind="law", adopted="2023-10-01", in_force="2020-01-01")
        instruments.edit(tx, made.id, bad, version=made.version)
    with pytest.raises(ValidationError, match="kind"), database.write() as tx:
        instruments.add(tx, InstrumentInput(name="x", kind="treaty"))
    with pytest.raises(ValidationError, match="commitments"), database.write() as tx:
        instruments.add(tx, InstrumentInput(name="x", kind="law", commitment_codes=("GOV-99",)))
    with database.write() as tx:
        instruments.delete(tx, made.id)
    with database.read() as session:
        actions = session.scalars(
            select(m.AuditEntry.action).where(m.AuditEntry.record_uid == made.uid)
        ).all()
    assert actions == ["add", "delete"]
    assert run_check(database).ok
