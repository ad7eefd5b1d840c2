"""Importing incidents, protocol activations and sightings with their crisis-response fields."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import select

from pledge_tracker.cli import main
from pledge_tracker.db import models as m
from pledge_tracker.db.uow import Database
from pledge_tracker.services.check import run_check
from pledge_tracker.services.transfer import import_file
from pledge_tracker.services.transfer.importer import ImportRefused
from pledge_tracker.services.transfer.templates import write_template
from tests.transfer.conftest import state, write_csv

INCIDENTS = (
    "name,occurred_at,time_zone,place,sources,demo\n"
    "Exampletown attack,2024-03-15T13:40,Pacific/Auckland,Exampletown,"
    "https://example.org/a; https://example.org/b,no\n"
    "Othertown attack,2022-05-14T14:30-04:00,America/New_York,Othertown,,yes\n"
)
ACTIVATIONS = (
    "incident,protocol,activated_at,closed_at,activated_by\n"
    "exampletown ATTACK,GIFCT Content Incident Protocol,2024-03-15T14:35,,GIFCT\n"
    "Exampletown attack,christchurch_call_crp,2024-03-15T02:15Z,2024-03-16T12:00Z,NZ\n"
)
SIGHTINGS = (
    "platform,url,found_at,removed_at,incident,found_how,order_at,order_law,content_ref,"
    "restricted\n"
    "VidShare,https://vid.example/1,2024-03-15T02:00Z,2024-03-15T03:30Z,Exampletown attack,"
    "removal_order,2024-03-15T03:00Z,Regulation (EU) 2021/784,sha256:ab12,yes\n"
    "VidShare,https://vid.example/2,2024-03-15T02:00Z,,,tip,,,,\n"
)


def _imported(database: Database, files: Path) -> None:
    assert import_file(database, write_csv(files / "incidents.csv", INCIDENTS)).count("add") == 2
    path = write_csv(files / "activations.csv", ACTIVATIONS)
    assert import_file(database, path).count("add") == 2


def test_incidents_keep_utc_and_their_zone_and_activations_follow(
    database: Database, files: Path
) -> None:
    _imported(database, files)
    with database.read() as session:
        incidents = {
            row.place: (row.occurred_at, row.time_zone, row.demo, row.sources)
            for row in session.scalars(select(m.Incident))
        }
        times = session.scalars(
            select(m.ProtocolActivation.activated_at).order_by(m.ProtocolActivation.activated_at)
        ).all()
    # 13:40 in Auckland (NZDT, +13:00) is 00:40 UTC; an offset given wins over the zone
    town, other = incidents["Exampletown"], incidents["Othertown"]
    assert town[:3] == (dt.datetime(2024, 3, 15, 0, 40), "Pacific/Auckland", False)
    assert other[0] == dt.datetime(2022, 5, 14, 18, 30) and other[2]
    assert town[3] == "https://example.org/a\nhttps://example.org/b"
    # the activation without an offset is read in the incident's zone: 14:35 NZDT = 01:35 UTC
    assert times == [dt.datetime(2024, 3, 15, 1, 35), dt.datetime(2024, 3, 15, 2, 15)]
    assert run_check(database).ok


def test_reimporting_incidents_and_activations_adds_nothing(
    database: Database, files: Path
) -> None:
    _imported(database, files)
    before = state(database)
    for name, text in (("incidents.csv", INCIDENTS), ("activations.csv", ACTIVATIONS)):
        again = import_file(database, write_csv(files / name, text))
        assert again.count("add") == 0 and again.count("skip") == 2
    assert state(database) == before


def test_sightings_import_with_incident_order_and_restriction(
    database: Database, files: Path
) -> None:
    _imported(database, files)
    path = write_csv(files / "sightings.csv", SIGHTINGS)
    assert import_file(database, path).count("add") == 2
    with database.read() as session:
        ordered, tip = session.scalars(select(m.Sighting).order_by(m.Sighting.url)).all()
        session.expunge_all()  # read as loaded
    assert ordered.incident_id is not None and ordered.found_how == "removal_order"
    assert ordered.order_at == dt.datetime(2024, 3, 15, 3, 0) and ordered.restricted
    assert (ordered.order_law, ordered.content_ref) == ("Regulation (EU) 2021/784", "sha256:ab12")
    assert tip.incident_id is None and tip.found_how == "tip" and not tip.restricted
    before = state(database)
    # the same platform (any case), address and time found: the same sighting
    again = write_csv(files / "again.csv", SIGHTINGS.replace("VidShare,", "vidshare,"))
    assert import_file(database, again, kind="sightings").count("skip") == 2
    assert state(database) == before


@pytest.mark.parametrize(
    ("kind", "text", "field"),
    [
        ("incidents", "name,occurred_at,time_zone\nA,2024-01-01T10:00,Mars/Olympus\n", "time_zone"),
        ("incidents", "name,occurred_at\nA,yesterday\n", "occurred_at"),
        (
            "activations",
            "incident,protocol,activated_at\nNobody,other,2024-01-01T10:00\n",
            "incident",
        ),
        (
            "activations",
            "incident,protocol,activated_at\nExampletown attack,hotline,2024-03-15T14:00\n",
            "protocol",
        ),
        (
            "sightings",
            "platform,url,found_at,incident\nP,https://x.example,2024-01-01T10:00Z,Nobody\n",
            "incident",
        ),
        (
            "sightings",
            "platform,url,found_at,found_how\nP,https://x.example,2024-01-01T10:00Z,guess\n",
            "found_how",
        ),
    ],
)
def test_a_bad_row_refuses_the_whole_file_naming_row_and_field(
    database: Database, files: Path, kind: str, text: str, field: str
) -> None:
    _imported(database, files)
    path = write_csv(files / f"{kind}.csv", text)
    before = state(database)
    with pytest.raises(ImportRefused) as caught:
        import_file(database, path, kind=kind)
    assert caught.value.field == field and caught.value.row == 2
    assert state(database) == before


def test_a_good_row_before_a_bad_one_is_not_added(database: Database, files: Path) -> None:
    text = INCIDENTS + "Third attack,2024-01-01T10:00,Nowhere/Atlantis,,,\n"
    before = state(database)
    with pytest.raises(ImportRefused) as caught:
        import_file(database, write_csv(files / "incidents.csv", text))
    assert (caught.value.row, caught.value.field) == (4, "time_zone")
    assert state(database) == before


@pytest.mark.parametrize("kind", ["incidents", "activations", "sightings"])
def test_templates_list_the_columns_with_help(kind: str, tmp_path: Path) -> None:
    path = write_template(kind, tmp_path / f"{kind}.xlsx")
    book = openpyxl.load_workbook(path)
    headers = [cell.value for cell in book[kind][1]]
    helped = [row[0] for row in book["help"].iter_rows(min_row=2, values_only=True)]
    assert headers == helped
    assert {"incidents": "time_zone", "activations": "protocol", "sightings": "incident"}[
        kind
    ] in headers


def test_exports_import_again_adding_nothing_and_elsewhere_the_same_figures(
    database: Database, files: Path, tmp_path: Path
) -> None:
    from pledge_tracker.bootstrap import open_app_database
    from pledge_tracker.domain.takedown import TakedownFilter
    from pledge_tracker.services import takedown
    from pledge_tracker.services.transfer.exports import export_table
    from tests import takedown_data

    takedown_data.load(database)
    _imported(database, files)  # two more incidents, two activations
    exported = {
        what: export_table(database, files / f"out-{what}.csv", fmt="csv", what=what)
        for what in ("incidents", "activations", "sightings")
    }
    text = exported["sightings"].read_text("utf-8-sig")
    assert "https://" not in text and "hxxps://alpha[.]example/a1" in text  # only defanged
    before = state(database)
    for what, path in exported.items():
        assert import_file(database, path, kind=what).count("add") == 0
    assert state(database) == before

    elsewhere = open_app_database(tmp_path / "elsewhere.db", actor="Test Officer")
    try:
        for what, path in exported.items():
            import_file(elsewhere, path, kind=what)
        at = TakedownFilter(as_of=takedown_data.AS_OF)
        with database.read() as mine, elsewhere.read() as theirs:
            assert takedown.figures(theirs, at) == takedown.figures(mine, at)
            assert takedown.weekly_counts(theirs, at) == takedown.weekly_counts(mine, at)
            assert state(elsewhere)[0]["protocol_activations"] == 2
        assert run_check(elsewhere).ok
    finally:
        elsewhere.dispose()


TCO = "EU Terrorist Content Online Regulation (Regulation (EU) 2021/784)"


def test_a_removal_order_links_the_instrument_it_was_issued_under(
    database: Database, db_path: Path, files: Path
) -> None:
    _imported(database, files)
    text = (
        "platform,url,found_at,incident,found_how,order_at,instrument\n"
        f"VidShare,https://vid.example/9,2024-03-15T02:00Z,Exampletown attack,removal_order,"
        f'2024-03-15T03:00Z,"{TCO.upper()}"\n'
    )
    assert import_file(database, write_csv(files / "ordered.csv", text)).count("add") == 1
    with database.read() as session:
        linked = session.execute(
            select(m.Instrument.name)
            .join(m.Sighting, m.Sighting.instrument_uid == m.Instrument.uid)
            .where(m.Sighting.url == "https://vid.example/9")
        ).scalar_one()
    assert linked == TCO
    export = files / "sightings.csv"
    assert main(["export", "--db", str(db_path), "--format", "csv", "--what", "sightings",
                 "--out", str(export)]) == 0  # fmt: skip
    assert TCO in export.read_text("utf-8")


def test_a_removal_order_naming_an_unknown_instrument_is_refused_whole(
    database: Database, files: Path
) -> None:
    _imported(database, files)
    before = state(database)
    text = (
        "platform,url,found_at,found_how,instrument\n"
        "VidShare,https://vid.example/10,2024-03-15T02:00Z,tip,\n"
        "VidShare,https://vid.example/11,2024-03-15T02:00Z,removal_order,Online Harms Act 2099\n"
    )
    path = write_csv(files / "unknown.csv", text)
    with pytest.raises(ImportRefused) as refused:
        import_file(database, path)
    assert "row 3" in str(refused.value) and "instrument" in str(refused.value)
    assert state(database) == before
