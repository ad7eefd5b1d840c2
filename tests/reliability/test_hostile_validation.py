"""One validation for every way in: each field's limit, broken, is refused everywhere.

For every field of the limits table (domain/limits.py) hypothesis draws values just
outside its rule (one character too long, a day too late, a count too large, a
`javascript:` link, a control character...), derived from the rule itself, so a field
added to the table is covered here without a new test. Each value is planted in a real
data package and must be refused by a restore into an empty database and by a merge into a
seeded one, naming the record and the field, with every row unchanged; then fed through
the services and a CSV import, which refuse it too (typed input drops control characters
and lone surrogates instead: the stored value is checked against the same table).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pledge_tracker.bootstrap import open_app_database
from pledge_tracker.db.uow import Database
from pledge_tracker.domain.dto import AssessmentInput, EvidenceInput, ReplyInput
from pledge_tracker.domain.errors import PledgeError
from pledge_tracker.domain.indicators import IndicatorInput
from pledge_tracker.domain.limits import LIMITS, Kind
from pledge_tracker.domain.validate import name_key
from pledge_tracker.services import (
    actions,
    assessments,
    commitments,
    evidence,
    incidents,
    indicators,
    protocols,
    replies,
    report_notes,
    sightings,
    stakeholders,
)
from pledge_tracker.services.transfer import import_file
from pledge_tracker.services.transfer.columns import KINDS
from pledge_tracker.services.transfer.package import export_package
from tests.reliability import tally
from tests.reliability.validation_ways import (
    CLEANED,
    CSV_BASE,
    HOSTILE_INCIDENT,
    csv_row,
    digest,
    json_value,
    outside,
    via_service,
)

FIELDS = [(entity, field) for entity, fields in LIMITS.items() for field in fields]
CASES = settings(
    max_examples=4,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
# Blank typed input that the services and imports fill with a documented default.
DEFAULTED = {
    ("assessments", "effective"),
    ("assessments", "assessor"),
    # A date's precision left out is a whole day, as for every date typed before it existed.
    ("stakeholders", "joined_precision"),
    ("evidence", "effective_precision"),
    ("assessments", "effective_precision"),
    ("indicators", "period_precision"),
    # A sighting's way of being found left out is the officer's own search.
    ("sightings", "found_how"),
}


class World(dict):
    """The module's package and databases (a short repr for hypothesis' reports)."""

    def __repr__(self) -> str:
        return "World(...)"


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[World]:
    """A package holding a record of every kind, an empty and a seeded database."""
    folder = tmp_path_factory.mktemp("validation")
    source = open_app_database(folder / "source.db", actor="Source")
    _one_of_everything(source)
    package = export_package(source, folder / "source.zip").path
    source.dispose()
    with zipfile.ZipFile(package) as zipped:
        entries = {name: zipped.read(name) for name in zipped.namelist()}
    empty = open_app_database(folder / "empty.db", seed_new=False, actor="Empty")
    seeded = open_app_database(folder / "seeded.db", actor="Seeded")
    with seeded.write() as tx:  # for the activations a CSV row names
        incidents.add(tx, name=HOSTILE_INCIDENT, occurred_at=dt.datetime(2024, 3, 15))
    yield World(entries=entries, empty=empty, seeded=seeded, folder=folder)
    empty.dispose()
    seeded.dispose()


def _one_of_everything(database: Database) -> None:
    with database.write() as tx:
        nz = stakeholders.find(tx.session, "New Zealand").id
        gov1 = commitments.find(tx.session, "GOV-1").id
        item = evidence.add(
            tx,
            EvidenceInput("An act", effective="2021-06-30", stakeholder_ids=(nz,)),
        )
        evidence.attach(tx, item.id, "act.txt", b"the act")
        data = AssessmentInput(nz, gov1, "substantial", "2024-03-31", "Because", evidence_ids=())
        judged = assessments.record(tx, data)
        assessments.mark_reviewed(tx, judged.id, "Second Officer")
        replies.record(tx, ReplyInput(judged.id, "We disagree", "2024-04-02", "https://r.example"))
        report_notes.save(tx, "en|2024-06-30|2025-06-30|all|internal", "A finding.")
        action = actions.add(tx, stakeholder_id=nz, title="Publish", due="2025-06-30")
        actions.set_done(tx, action.id, True, dt.date(2025, 6, 1))
        attack = incidents.add(tx, name=HOSTILE_INCIDENT, occurred_at=dt.datetime(2024, 3, 15))
        protocols.add_activation(
            tx, incident_id=attack.id, protocol="gifct_cip", activated_at=dt.datetime(2024, 3, 15)
        )
        protocols.add_response(
            tx,
            incident_id=attack.id,
            stakeholder_id=nz,
            first_action_at=dt.datetime(2024, 3, 15, 1),
            action="Hashes shared",
            evidence_id=item.id,
        )
        sightings.add(
            tx,
            platform="ExampleTube",
            url="https://v.example/1",
            found_at=dt.datetime(2024, 3, 15, 14, 30),
            views=12,
            incident_id=attack.id,
        )
        figure = IndicatorInput(
            nz,
            "Items actioned",
            "12.5",
            "items",
            dt.date(2024, 1, 1),
            dt.date(2024, 6, 30),
            item.id,
        )
        indicators.add(tx, figure)


def _hostile_package(world: World, entity: str, field: str, value: Any) -> Path:
    """The valid package with `field` of the first `entity` record set to `value`."""
    entries = dict(world["entries"])
    data = json.loads(entries["data.json"])
    row = data["tables"][entity][0]
    row[field] = json_value(value)
    if (entity, field) == ("stakeholders", "name") and isinstance(value, str):
        row["name_key"] = name_key(value)  # as a careful forger would
    entries["data.json"] = json.dumps(data).encode("utf-8", "surrogatepass")
    manifest = json.loads(entries["manifest.json"])
    manifest["files"]["data.json"] = hashlib.sha256(entries["data.json"]).hexdigest()
    entries["manifest.json"] = json.dumps(manifest).encode()
    path = world["folder"] / "hostile.zip"
    with zipfile.ZipFile(path, "w") as zipped:
        for name, content in entries.items():
            zipped.writestr(name, content)
    return path


def _names_record_and_field(message: str, entity: str, field: str) -> bool:
    where = f"{entity} record" in message or f"{entity} row 1" in message
    return where and (f"field '{field}'" in message or f"column {field}" in message)


def _value(entity: str, field: str) -> st.SearchStrategy[tuple[str, Any]]:
    rule = LIMITS[entity][field]
    fixed = st.sampled_from(outside(rule))
    if rule.kind not in (Kind.TEXT, Kind.LONG_TEXT):
        return fixed
    longer = st.integers(1, 40).map(lambda n: ("too long", "y" * (rule.max_length + n)))
    return st.one_of(fixed, longer)


@pytest.mark.parametrize(("entity", "field"), FIELDS)
@CASES
@given(data=st.data())
def test_a_package_breaking_a_limit_is_refused_by_restore_and_merge(
    world: World, entity: str, field: str, data: st.DataObject
) -> None:
    case, value = data.draw(_value(entity, field))
    path = _hostile_package(world, entity, field, value)
    for way, database in (("restore", world["empty"]), ("merge", world["seeded"])):
        before = digest(database)
        with pytest.raises(PledgeError) as caught:
            import_file(database, path)
        message = str(caught.value)
        assert _names_record_and_field(message, entity, field), message
        assert "\n" not in message and "hostile.zip" in message
        assert digest(database) == before
        tally.refused(f"package {way}: {entity}.{field} {case}")


@pytest.mark.parametrize(("entity", "field"), FIELDS)
@CASES
@given(data=st.data())
def test_typed_input_breaking_a_limit_is_refused_by_the_services(
    world: World, entity: str, field: str, data: st.DataObject
) -> None:
    case, value = data.draw(_value(entity, field))
    if case == "missing" and (entity, field) in DEFAULTED:
        return
    database = world["seeded"]
    before = digest(database)
    if case in CLEANED:  # dropped from typed input; via_service checks what was stored
        try:
            accepted = via_service(database, entity, field, value)
        except PledgeError as exc:  # cleaned, and still no valid value (e.g. a time zone)
            assert getattr(exc, "field", None) == field or field in str(exc), str(exc)
            tally.refused(f"service: {entity}.{field} {case} cleaned, then refused")
        else:
            if accepted:
                tally.accepted(f"service: {entity}.{field} {case} cleaned")
    else:
        try:
            taken = via_service(database, entity, field, value)
        except PledgeError as exc:
            assert getattr(exc, "field", None) == field or field in str(exc), str(exc)
            tally.refused(f"service: {entity}.{field} {case}")
        else:
            assert not taken, f"{entity}.{field} = {value!r:.80} was accepted"
    assert digest(database) == before


@pytest.mark.parametrize(("entity", "field"), FIELDS)
@CASES
@given(data=st.data())
def test_a_csv_row_breaking_a_limit_is_refused_naming_file_row_and_field(
    world: World, entity: str, field: str, data: st.DataObject, tmp_path: Path
) -> None:
    case, value = data.draw(_value(entity, field))
    kind = CSV_BASE.get(entity, ("", {}))[0]
    columns = {c.name: c for c in KINDS.get(kind, ())}
    if case in CLEANED or (case == "missing" and not getattr(columns.get(field), "required", 0)):
        return  # cleaned or defaulted by design, as the services do
    path = csv_row(tmp_path, entity, field, value, set(columns))
    if path is None:
        return
    database = world["seeded"]
    before = digest(database)
    with pytest.raises(PledgeError) as caught:
        import_file(database, path)
    assert f"{path.name}, row 2, field '{field}'" in str(caught.value), str(caught.value)
    assert digest(database) == before
    tally.refused(f"csv import: {entity}.{field} {case}")


NAMED = [
    ("stakeholders", "source_url", "javascript:alert(1)"),
    ("evidence", "source_url", "javascript:alert(document.cookie)"),
    ("stakeholders", "name", "N" * 1_000_000),
    ("stakeholders", "name", "Bell\x07and \x1b[31mred"),
    ("evidence", "summary", "ESC\x1b[2J clears the screen"),
    ("stakeholders", "country_code", "ZZZ"),
    ("stakeholders", "country_code", "1x"),
    ("assessments", "effective", "2999-01-01"),
    ("sightings", "views", -1),
    ("sightings", "views", 10**30),
]


@pytest.mark.parametrize(("entity", "field", "value"), NAMED, ids=lambda v: repr(v)[:24])
def test_the_values_the_issue_names_are_refused_by_restore_and_merge(
    world: World, entity: str, field: str, value: Any
) -> None:
    path = _hostile_package(world, entity, field, value)
    for way, database in (("restore", world["empty"]), ("merge", world["seeded"])):
        before = digest(database)
        with pytest.raises(PledgeError) as caught:
            import_file(database, path)
        assert _names_record_and_field(str(caught.value), entity, field), str(caught.value)
        assert digest(database) == before
        tally.refused(f"package {way}: {entity}.{field} = {repr(value)[:20]}")
