"""Importing spreadsheets: every kind, all or nothing, idempotent, with row-numbered errors."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import select

from pledge_tracker.db import models as m
from pledge_tracker.db.uow import Database
from pledge_tracker.domain.errors import ValidationError
from pledge_tracker.services.transfer import import_file
from pledge_tracker.services.transfer.importer import ImportRefused, import_spreadsheet
from pledge_tracker.services.transfer.readers import read_table
from tests.db.team_users import signed
from tests.transfer.conftest import state, write_csv

EVIDENCE = (
    "title,effective,supporters,commitments,source_url,kind,restricted\n"
    "Online safety act,2021-06-30,new zealand; FR,GOV-2,https://example.org/a,legislation,no\n"
    "Crisis drill,2022-03-01,Cote d'Ivoire,JOINT-8,https://example.org/b,Policy change,yes\n"
)


def test_evidence_rows_are_added_with_their_links(database: Database, files: Path) -> None:
    path = write_csv(files / "evidence.csv", EVIDENCE)
    report = import_file(database, path)
    assert (report.kind, report.count("add"), report.applied) == ("evidence", 2, True)
    with database.read() as session:
        item = session.scalars(
            select(m.Evidence).where(m.Evidence.title == "Online safety act")
        ).one()
        assert sorted(s.name for s in item.stakeholders) == ["France", "New Zealand"]
        assert [c.code for c in item.commitments] == ["GOV-2"]
        drill = session.scalars(select(m.Evidence).where(m.Evidence.restricted.is_(True))).one()
        assert drill.kind == "policy_change"
        assert [s.name for s in drill.stakeholders] == ["Côte d'Ivoire"]  # accents ignored


def test_reimporting_the_same_file_adds_nothing(database: Database, files: Path) -> None:
    path = write_csv(files / "evidence.csv", EVIDENCE)
    import_file(database, path)
    before = state(database)
    again = import_file(database, path)
    assert again.count("add") == 0 and again.count("skip") == 2
    assert state(database) == before


def test_dry_run_reports_and_writes_nothing(database: Database, files: Path) -> None:
    path = write_csv(files / "evidence.csv", EVIDENCE)
    before = state(database)
    report = import_file(database, path, dry_run=True)
    assert [o.action for o in report.outcomes] == ["add", "add"]
    assert [o.row for o in report.outcomes] == [2, 3]
    assert not report.applied and "would import 2" in report.summary()
    assert state(database) == before


def test_one_bad_row_among_many_imports_nothing(database: Database, files: Path) -> None:
    lines = [f"Item {i},2020-01-{i % 28 + 1:02d},France,GOV-1" for i in range(60)]
    lines[41] = "Item 41,2020-02-30,France,GOV-1"  # no 30 February: row 43 (header is row 1)
    path = write_csv(
        files / "many.csv", "title,effective,supporters,commitments\n" + "\n".join(lines)
    )
    before = state(database)
    with pytest.raises(ImportRefused) as caught:
        import_file(database, path)
    error = caught.value
    assert (error.file, error.row, error.field) == ("many.csv", 43, "effective")
    assert "many.csv, row 43, field 'effective'" in str(error)
    assert "nothing was imported" in str(error)
    assert state(database) == before


def test_every_bad_row_is_listed(database: Database, files: Path) -> None:
    path = write_csv(
        files / "e.csv",
        "title,effective,supporters\nA,2020-01-01,Atlantis\n,2020-01-01,France\nC,,France\n",
    )
    with pytest.raises(ImportRefused) as caught:
        import_file(database, path)
    problems = [(o.row, o.field) for o in caught.value.report.errors]
    assert problems == [(2, "supporters"), (3, "title"), (4, "effective")]
    assert "no supporter named 'Atlantis'" in caught.value.report.errors[0].detail


def test_missing_required_column_is_named(database: Database, files: Path) -> None:
    path = write_csv(files / "a.csv", "supporter,level,effective\nFrance,complete,2020-01-01\n")
    with pytest.raises(ValidationError) as caught:
        import_file(database, path, kind="assessments")
    assert caught.value.field == "commitment" and "no 'commitment' column" in caught.value.message


def test_supporters_import_and_unknown_kind(database: Database, files: Path) -> None:
    path = write_csv(
        files / "supporters.csv",
        "name,kind,country_code,joined,founding\n"
        "Aotearoa Test Agency,government,,2024-01-01,no\n"
        "new zealand,government,NZ,2019-05-15,yes\n",
    )
    report = import_file(database, path)
    assert [o.action for o in report.outcomes] == ["add", "skip"]  # NZ is already there
    bad = write_csv(files / "bad.csv", "name,kind\nSomeone,alien\n")
    with pytest.raises(ImportRefused) as caught:
        import_file(database, bad, kind="supporters")
    assert caught.value.field == "kind" and caught.value.row == 2


def test_assessments_keep_assessor_and_cite_evidence(database: Database, files: Path) -> None:
    import_file(database, write_csv(files / "evidence.csv", EVIDENCE))
    path = write_csv(
        files / "assessments.csv",
        "supporter,commitment,level,effective,rationale,assessor,evidence\n"
        "NZ,gov-2,Substantial,2022-01-01,Act in force,Hine Reviewer,Online safety act\n"
        "France,GOV-2,no evidence found,2022-01-01,Nothing public,,\n",
    )
    report = import_file(database, path)
    assert report.count("add") == 2
    with database.read() as session:
        rows = session.scalars(select(m.Assessment).order_by(m.Assessment.id)).all()
        assert [(a.level, a.assessor) for a in rows] == [
            ("substantial", "Hine Reviewer"),
            ("no_evidence", signed(database, "Test Officer")),  # no assessor: the importer
        ]
        assert [e.title for e in rows[0].evidence] == ["Online safety act"]
    assert import_file(database, path).count("add") == 0


def test_assessment_on_a_commitment_not_pledged_is_refused(database: Database, files: Path) -> None:
    path = write_csv(
        files / "a.csv",
        "supporter,commitment,level,effective,rationale\nFrance,OSP-1,complete,2022-01-01,x\n",
    )
    with pytest.raises(ImportRefused) as caught:
        import_file(database, path)
    assert caught.value.row == 2 and "not bound by OSP-1" in caught.value.message


def test_actions_and_sightings(database: Database, files: Path) -> None:
    actions = write_csv(
        files / "actions.csv",
        "supporter,commitment,title,due,done,done_on\n"
        "France,GOV-1,Publish a report,2025-06-30,yes,2025-05-01\n"
        "France,,Hold a summit,2026-01-31,,\n",
    )
    assert import_file(database, actions).count("add") == 2
    sightings = write_csv(
        files / "sightings.csv",
        "platform,url,found_at,reported_at,removed_at,views,supporter\n"
        "ExampleTube,https://example.org/v/1,2024-03-15T14:30Z,2024-03-15T15:00,"
        "2024-03-15T15:40+01:00,120,\n",
    )
    assert import_file(database, sightings).count("add") == 1
    with database.read() as session:
        done = session.scalars(select(m.Action).where(m.Action.done.is_(True))).one()
        assert done.done_on == dt.date(2025, 5, 1)
        sighting = session.scalars(select(m.Sighting)).one()
        assert sighting.removed_at == dt.datetime(2024, 3, 15, 14, 40)  # +01:00 made UTC
        assert sighting.views == 120
    assert import_file(database, sightings).count("add") == 0


def test_duplicate_rows_in_one_file_add_once(database: Database, files: Path) -> None:
    path = write_csv(files / "e.csv", EVIDENCE + EVIDENCE.splitlines()[1] + "\n")
    report = import_file(database, path)
    assert [o.action for o in report.outcomes] == ["add", "add", "skip"]
    assert report.outcomes[2].detail == "same as row 2"


def test_column_mapping_chosen_by_the_user(database: Database, files: Path) -> None:
    path = files / "mine.xlsx"
    workbook = openpyxl.Workbook()
    workbook.active.append(["What happened", "When", "Who"])
    workbook.active.append(["Law passed", dt.date(2021, 1, 1), "France"])
    workbook.save(path)
    table = read_table(path)
    with pytest.raises(ValidationError, match="no 'title' column"):
        import_spreadsheet(database, path, kind="evidence")
    report = import_spreadsheet(
        database, path, kind="evidence", mapping={"title": 0, "effective": 1, "supporters": 2}
    )
    assert report.count("add") == 1 and table.headers == ["What happened", "When", "Who"]


def test_csv_apostrophe_escape_is_removed_once(database: Database, files: Path) -> None:
    path = write_csv(files / "e.csv", "title,effective,summary\n'=SUM(A1),2020-01-01,''=literal\n")
    import_file(database, path)
    with database.read() as session:
        item = session.scalars(select(m.Evidence)).one()
        assert (item.title, item.summary) == ("=SUM(A1)", "'=literal")
