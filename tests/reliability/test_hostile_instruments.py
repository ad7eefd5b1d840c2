"""Hostile instruments: any text in any field of the form or an import is stored as typed
or refused naming its field (and file and row), with nothing half-written; what is stored
prints on a scorecard as typed, never as markup."""

from __future__ import annotations

import csv
import io

import pypdf
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pledge_tracker.domain.errors import PledgeError, ValidationError
from pledge_tracker.domain.instruments import InstrumentInput
from pledge_tracker.reports.build import options_for, render_report
from pledge_tracker.services import instruments, stakeholders
from pledge_tracker.services.report_data import load_report_data
from pledge_tracker.services.transfer.importer import ImportRefused, import_spreadsheet
from tests.reliability import tally
from tests.reliability.hostile import hostile_text, hostile_urls, spreadsheet_text
from tests.reports.conftest import options
from tests.transfer.conftest import state

FIELDS = ("name", "kind", "jurisdictions", "adopted", "obligations", "sources", "commitments")


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(name=hostile_text, obligations=hostile_text, source=hostile_urls)
def test_hostile_form_input_is_stored_as_typed_and_printed_as_text_or_refused(
    database, name: str, obligations: str, source: str
) -> None:
    before = state(database)
    try:
        with database.write() as tx:
            france = stakeholders.find(tx.session, "France")
            made = instruments.add(
                tx,
                InstrumentInput(
                    name=name,
                    kind="law",
                    in_force="2020-01-01",
                    obligations=obligations,
                    sources=(source,),
                    stakeholder_ids=(france.id,),
                ),
            )
    except ValidationError as exc:
        assert exc.field and "\n" not in str(exc)
        assert state(database) == before
        tally.refused("instrument form: hostile field")
        return
    data = load_report_data(database, options_for("scorecard", options(stakeholders=("France",))))
    buffer = io.BytesIO()
    render_report("scorecard", data, buffer)
    text = " ".join("".join(p.extract_text() for p in pypdf.PdfReader(buffer).pages).split())
    if "<b>" in made.name:
        assert "<b>" in text  # markup is printed as typed, not obeyed
    with database.write() as tx:
        instruments.delete(tx, made.id)
    tally.accepted("instrument form: hostile text stored and printed")


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(field=st.sampled_from(FIELDS), value=spreadsheet_text)
def test_a_hostile_cell_in_an_instrument_import_is_refused_naming_its_row_or_imported_whole(
    database, tmp_path_factory, field: str, value: str
) -> None:
    good = {
        "name": "Good Act",
        "kind": "law",
        "jurisdictions": "Australia",
        "adopted": "2020-01-01",
        "obligations": "",
        "sources": "",
        "commitments": "GOV-2",
    }
    hostile = {**good, "name": "Second Act", field: value}
    path = tmp_path_factory.mktemp("hostile") / "instruments.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, FIELDS)
        writer.writeheader()
        writer.writerows([good, hostile])
    before = state(database)
    try:
        report = import_spreadsheet(database, path, kind="instruments")
    except ImportRefused as exc:
        assert "instruments.csv" in str(exc) and "row " in str(exc)
        assert state(database) == before
        tally.refused(f"instrument import: hostile {field}")
        return
    except PledgeError as exc:  # a file the reader refuses whole
        assert "\n" not in str(exc)
        assert state(database) == before
        tally.refused(f"instrument import: unreadable {field}")
        return
    assert report.count("add") + report.count("skip") == 2
    with database.write() as tx:
        for item in instruments.list_instruments(tx.session):
            if item.name in ("Good Act", "Second Act") or item.name == hostile["name"]:
                instruments.delete(tx, item.id)
    tally.accepted(f"instrument import: {field} stored")
