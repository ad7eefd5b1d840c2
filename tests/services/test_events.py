"""The Call's timeline: the reference's events in every database, audited; edits and filters."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from sqlalchemy import select

from pledge_tracker.bootstrap import open_app_database
from pledge_tracker.cli import main
from pledge_tracker.db import models as m
from pledge_tracker.db.uow import Database
from pledge_tracker.domain.errors import ValidationError
from pledge_tracker.domain.events import EventFilter, EventInput
from pledge_tracker.services import events, queries, reference_events
from pledge_tracker.services.check import run_check
from tests.conftest import copy_anchored
from tests.reference import EVENTS, events_between

FIXTURE = Path(__file__).parents[1] / "fixtures" / "v0_1" / "demo-0.1.db"
UPGRADE_ACTOR = "Pledge Tracker (upgrade)"


def _titles(found: list) -> list[str]:
    return [event.title for event in found]


def _event_entries(path: Path) -> list:
    """The audit entries about events: actor, record uid and after."""
    entry = m.AuditEntry
    database = open_app_database(path, actor="reader", read_only=True)
    try:
        with database.read() as session:
            query = select(entry.actor, entry.record_uid, entry.after)
            return list(session.execute(query.where(entry.entity == "event").order_by(entry.id)))
    finally:
        database.dispose()


def test_a_new_database_holds_every_reference_event_at_its_precision(
    database: Database, capsys
) -> None:
    with database.read() as session:
        found = events.list_events(session)
        figures = queries.stats(session, dt.date(2026, 1, 1))
    assert figures["counts"]["events"] == len(EVENTS)  # type: ignore[index]
    assert sorted((e.date_text, e.title) for e in found) == sorted(
        (item["date"], item["title"]) for item in EVENTS
    )
    by_title = {event.title: event for event in found}
    for item in EVENTS:
        event = by_title[item["title"]]
        assert event.category.value == item["category"]
        assert event.dated_precision == item["date_precision"]
        assert event.sources == tuple(item["sources"])
        assert (event.end_date.isoformat() if event.end_date else None) == item.get("end_date")
    capsys.readouterr()
    assert main(["stats", "--json", "--db", str(database_path(database))]) == 0
    assert json.loads(capsys.readouterr().out)["counts"]["events"] == len(EVENTS)


def database_path(database: Database) -> str:
    return str(database.url).removeprefix("sqlite:///")


def test_a_0_1_database_gains_the_timeline_audited_once_and_check_passes(
    tmp_path: Path, capsys
) -> None:
    old = tmp_path / "demo-0.1.db"
    copy_anchored(FIXTURE, old)
    open_app_database(old, actor="Test Officer").dispose()
    open_app_database(old, actor="Test Officer").dispose()  # a second open adds nothing

    entries = _event_entries(old)
    assert len(entries) == len(EVENTS)
    assert {entry.actor for entry in entries} == {UPGRADE_ACTOR}
    assert all("lacked" in json.loads(entry.after)["reason"] for entry in entries)
    assert {entry.record_uid for entry in entries} == {
        reference_events.reference_uid(item) for item in EVENTS
    }
    capsys.readouterr()
    assert main(["check", "--db", str(old)]) == 0, capsys.readouterr().err
    capsys.readouterr()
    assert main(["stats", "--json", "--db", str(old)]) == 0
    assert json.loads(capsys.readouterr().out)["counts"]["events"] == len(EVENTS)


def test_a_deleted_reference_event_is_not_added_back(db_path: Path) -> None:
    database = open_app_database(db_path, actor="Test Officer")
    try:
        with database.read() as session:
            first = events.list_events(session)[0]
        with database.write() as tx:
            events.delete(tx, first.id, expected_version=first.version)
    finally:
        database.dispose()
    database = open_app_database(db_path, actor="Test Officer")
    try:
        with database.read() as session:
            assert first.title not in _titles(events.list_events(session))
        assert run_check(database).ok
    finally:
        database.dispose()


def test_add_edit_delete_are_audited_and_check_follows(database: Database) -> None:
    with database.read() as session:
        people = session.scalars(select(m.Stakeholder).order_by(m.Stakeholder.id)).all()[:2]
        ids = tuple(person.id for person in people)
    typed = EventInput(
        dated="2024-11-01",
        dated_precision="month",
        category="legislation",
        title="  Online Safety Act  ",
        summary="A law on online harm.",
        sources=("https://example.org/act", "https://example.org/debate"),
        verified=False,
        stakeholder_ids=ids,
    )
    with database.write() as tx:
        added = events.add(tx, typed)
    assert (added.dated, added.date_text, added.title) == (
        dt.date(2024, 11, 1),
        "2024-11",
        "Online Safety Act",
    )
    assert added.stakeholder_ids == tuple(sorted(ids)) and not added.verified
    with database.write() as tx:
        edited = events.edit(
            tx, added.id, EventInput(**{**typed.__dict__, "title": "Act in force"})
        )
    assert edited.title == "Act in force"
    assert run_check(database).ok
    with database.write() as tx:
        events.delete(tx, edited.id)
    with database.read() as session:
        actions = session.scalars(
            select(m.AuditEntry.action).where(m.AuditEntry.record_uid == added.uid)
        ).all()
    assert actions == ["add", "edit", "delete"]
    assert run_check(database).ok


@pytest.mark.parametrize(
    ("field", "change"),
    [
        ("sources", {"sources": ("javascript:alert(1)",)}),
        ("category", {"category": "gossip"}),
        ("dated", {"dated": "2019-02-30"}),
        ("end_date", {"end_date": "2019-01-01"}),
        ("title", {"title": ""}),
    ],
)
def test_bad_input_is_refused_naming_the_field_and_changes_nothing(
    database: Database, field: str, change: dict
) -> None:
    base = {"dated": "2019-05-15", "category": "context", "title": "A title"}
    with database.read() as session:
        before = len(events.list_events(session))
    with pytest.raises(ValidationError) as caught, database.write() as tx:
        events.add(tx, EventInput(**{**base, **change}))
    assert caught.value.field == field
    with database.read() as session:
        assert len(events.list_events(session)) == before


def test_filters_by_category_dates_supporter_and_accent_blind_text(database: Database) -> None:
    with database.read() as session:
        legislation = events.list_events(session, EventFilter(categories=("legislation",)))
        in_2019 = events.list_events(
            session, EventFilter(since=dt.date(2019, 6, 1), until=dt.date(2019, 12, 31))
        )
        elysee = events.list_events(session, EventFilter(text="ELYSEE adopted"))
        nobody = events.list_events(session, EventFilter(stakeholder_id=1))
    assert _titles(legislation) == [
        e["title"]
        for e in sorted(EVENTS, key=lambda e: (e["date"], e["title"]))
        if e["category"] == "legislation"
    ]
    assert sorted(_titles(in_2019)) == sorted(
        e["title"] for e in events_between("2019-06-01", "2019-12-31")
    )
    # "Élysée" is in the summary of the adoption only: accents and case are folded.
    assert _titles(elysee) == [e["title"] for e in EVENTS if "Élysée" in e["summary"]]
    assert nobody == []  # the reference links no supporter


def test_evidence_citing_an_event_shows_in_its_detail(demo_database: Database) -> None:
    with demo_database.read() as session:
        item = session.scalars(select(m.Evidence).order_by(m.Evidence.id)).first()
        assert item is not None
        item_id, item_title = item.id, item.title
        event = events.list_events(session)[0]
    with demo_database.write() as tx:
        events.cite(tx, event.id, [item_id])
    with demo_database.read() as session:
        assert events.get_dto(session, event.id).evidence == ((item_id, item_title),)
        assert [e.id for e in events.citing(session, item_id)] == [event.id]
    assert run_check(demo_database).ok


def test_the_timeline_takes_another_kind_of_record_with_one_registration(
    database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    from pledge_tracker.services import timeline

    monkeypatch.setattr(timeline, "_SOURCES", dict(timeline._SOURCES))
    incident = timeline.TimelineEntry(
        kind="incident",
        record_id=1,
        uid="i-1",
        dated=dt.date(2019, 10, 9),
        precision="day",
        end_date=None,
        category="attack",
        title="An incident",
        summary="",
    )
    timeline.register("incident", lambda _session, _where: [incident])
    with database.read() as session:
        found = timeline.entries(session)
    assert timeline.kinds() == ("event", "incident")
    assert len(found) == len(EVENTS) + 1
    assert [entry.dated for entry in found] == sorted(entry.dated for entry in found)
    assert incident in found
