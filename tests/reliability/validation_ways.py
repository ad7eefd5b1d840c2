"""Helpers for test_hostile_validation: values just outside each limit, and the ways in.

`outside(rule)` derives, from a field's rule in domain/limits.py, the values that break it;
`via_service` and `csv_row` feed one field's value through the services and a CSV import
with every other field valid, so a new field in the table is covered by the same tests.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import json
from dataclasses import replace
from pathlib import Path
from typing import Any

from sqlalchemy import select

from pledge_tracker.db.uow import Database, Tx
from pledge_tracker.domain.dto import AssessmentInput, EvidenceInput, StakeholderInput
from pledge_tracker.domain.indicators import IndicatorInput
from pledge_tracker.domain.limits import Kind, Limit
from pledge_tracker.domain.validate import check_value
from pledge_tracker.services import (
    actions,
    assessments,
    commitments,
    evidence,
    incidents,
    indicators,
    protocols,
    report_notes,
    sightings,
    stakeholders,
)
from pledge_tracker.services.transfer.package import dump_tables
from pledge_tracker.services.transfer.schema import BY_NAME

TODAY = dt.date.today()
TEXT_KINDS = (Kind.TEXT, Kind.LONG_TEXT, Kind.LINK, Kind.LINKS, Kind.COUNTRY)
# Values that typed input cleans rather than refuses (see domain/validate.clean_field).
CLEANED = ("control character", "line break in one-line text", "lone surrogate")


def outside(rule: Limit) -> list[tuple[str, Any]]:
    """(case, value) pairs that each break `rule`, derived from the rule alone."""
    cases: list[tuple[str, Any]] = []
    if rule.required:
        cases.append(("missing", None))
    if rule.kind in TEXT_KINDS:
        cases += _text_cases(rule)
    elif rule.kind in (Kind.DATE, Kind.MOMENT):
        cases += _date_cases(rule)
    elif rule.kind is Kind.DECIMAL:
        cases += [
            ("not a number", "villain"),
            ("float noise", "0.30000000000000004"),
            ("16 digits", "1" * 16),
        ]
    elif rule.kind is Kind.COUNT:
        cases += [
            ("below minimum", rule.minimum - 1),
            ("above maximum", rule.maximum + 1),
            ("10**30", 10**30),
        ]
    else:
        cases.append(("unknown choice", "villain"))
    return cases


def _text_cases(rule: Limit) -> list[tuple[str, Any]]:
    links = rule.kind in (Kind.LINK, Kind.LINKS)
    prefix = "https://example.org/" if links else ""
    cases: list[tuple[str, Any]] = [
        ("too long", prefix + "x" * (rule.max_length + 1 - len(prefix))),
        ("control character", "NZ\x07" if rule.kind is Kind.COUNTRY else prefix + "a\x1b[31mb"),
        ("lone surrogate", prefix + "a\ud800b"),
    ]
    if rule.kind is Kind.TEXT:
        cases.append(("line break in one-line text", "one\ntwo"))
    if links:
        cases += [("javascript link", "javascript:alert(1)"), ("file link", "file:///etc/passwd")]
    if rule.kind is Kind.COUNTRY:
        cases += [("three letters", "ZZZ"), ("digit", "1x")]
    return cases


def _date_cases(rule: Limit) -> list[tuple[str, Any]]:
    days: list[tuple[str, dt.date]] = []
    if rule.earliest is not None:
        days.append(("before earliest", rule.earliest - dt.timedelta(days=1)))
    latest = rule.latest(TODAY)
    if latest is not None:
        days += [
            ("after latest", latest + dt.timedelta(days=2)),
            ("year 2999", dt.date(2999, 1, 1)),
        ]
    if rule.kind is Kind.MOMENT:
        return [(case, dt.datetime.combine(day, dt.time(12, 0))) for case, day in days]
    return days


def digest(database: Database) -> str:
    """SHA-256 of every row of every table: equal before and after means nothing changed."""
    with database.read() as session:
        tables = dump_tables(session)
    return hashlib.sha256(json.dumps(tables, sort_keys=True).encode()).hexdigest()


def json_value(value: Any) -> Any:
    return value.isoformat() if isinstance(value, dt.date) else value


# ---- the services -----------------------------------------------------------------------

_SUPPORTER = StakeholderInput(name="Hostile Test Agency", kind="government")
_EVIDENCE = EvidenceInput(title="Hostile item", effective="2021-06-30")


class _Undo(Exception):
    """Rolls back a write whose stored values the test has checked."""


def via_service(database: Database, entity: str, field: str, value: Any) -> bool:
    """One record through its service with `field` = `value`; False if no service takes it.

    A refusal propagates. An accepted value is checked as stored (it must meet the limits
    table, e.g. control characters dropped) and then rolled back, so the database never
    changes.
    """
    try:
        with database.write() as tx:
            if not _write(tx, entity, field, value):
                return False
            column = BY_NAME[entity].c[field]
            for stored in tx.session.scalars(select(column)):
                check_value(entity, field, stored)
            raise _Undo
    except _Undo:
        return True


def _write(tx: Tx, entity: str, field: str, value: Any) -> bool:
    nz = stakeholders.find(tx.session, "New Zealand").id
    gov1 = commitments.find(tx.session, "GOV-1").id
    if entity == "stakeholders" and field == "joined_basis":
        stakeholders.add(tx, _SUPPORTER, joined_basis=value)
    elif entity == "stakeholders" and field in StakeholderInput.__dataclass_fields__:
        stakeholders.add(tx, replace(_SUPPORTER, **{field: value}))
    elif entity == "evidence" and field in EvidenceInput.__dataclass_fields__:
        evidence.add(tx, replace(_EVIDENCE, **{field: value}))
    elif entity == "evidence_attachments" and field == "filename":
        item = evidence.add(tx, _EVIDENCE)
        evidence.attach(tx, item.id, value, b"bytes")
    elif entity == "assessments" and field in (*AssessmentInput.__dataclass_fields__, "assessor"):
        data = AssessmentInput(nz, gov1, "substantial", "2024-03-31", "Because")
        if field == "assessor":
            assessments.record(tx, data, assessor=value)
        else:
            assessments.record(tx, replace(data, **{field: value}))
    elif entity == "actions" and field in ("title", "due", "notes", "done_on"):
        base: dict[str, Any] = {"stakeholder_id": nz, "title": "Publish a report"}
        if field == "done_on":
            actions.set_done(tx, actions.add(tx, **base).id, True, value)
        else:
            actions.add(tx, **{**base, field: value})
    elif entity in CRISIS_ENTITIES and field != "uid":
        _write_crisis(tx, entity, field, value, nz)
    elif entity == "sightings" and field != "uid":
        base = {"platform": "ExampleTube", "url": "https://v.example/1"}
        base["found_at"] = dt.datetime(2024, 3, 15, 14, 30)
        sightings.add(tx, **{**base, field: value})
    elif entity == "commitments" and field in ("wording", "wording_fr", "verified_source"):
        values: dict[str, Any] = {"wording": "A wording", "verified": True, "source": "Text"}
        values[{"verified_source": "source"}.get(field, field)] = value
        commitments.correct_wording(tx, gov1, **values)
    elif entity == "indicators" and field in IndicatorInput.__dataclass_fields__:
        source = evidence.add(tx, _EVIDENCE).id
        figure = IndicatorInput(
            nz, "Items actioned", "12.5", "items", dt.date(2024, 1, 1), dt.date(2024, 6, 30), source
        )
        indicators.add(tx, replace(figure, **{field: value}))
    elif entity == "report_notes" and field in ("key", "text"):
        values = {"key": "en|2024-06-30|2025-06-30|all|internal", "text": "A finding."}
        report_notes.save(tx, **{**values, field: value})
    else:
        return False
    return True


HOSTILE_INCIDENT = "Hostile incident"
CRISIS_ENTITIES = ("incidents", "protocol_activations", "supporter_responses")
_WHEN = dt.datetime(2024, 3, 15, 14, 30)


def _write_crisis(tx: Tx, entity: str, field: str, value: Any, nz: int) -> None:
    """An incident, an activation or a response with `field` = `value`, the rest valid."""
    if entity == "incidents":
        values: dict[str, Any] = {"name": "Another incident", "occurred_at": _WHEN}
        incidents.add(tx, **{**values, field: value})
        return
    attack = incidents.add(tx, name="Another incident", occurred_at=_WHEN).id
    if entity == "protocol_activations":
        values = {"incident_id": attack, "protocol": "other", "activated_at": _WHEN}
        protocols.add_activation(tx, **{**values, field: value})
        return
    values = {"incident_id": attack, "stakeholder_id": nz, "first_action_at": _WHEN}
    protocols.add_response(tx, **{**values, "action": "Hashes shared", field: value})


# ---- CSV imports ------------------------------------------------------------------------

CSV_BASE: dict[str, tuple[str, dict[str, str]]] = {
    "stakeholders": ("supporters", {"name": "Hostile Test Agency", "kind": "government"}),
    "evidence": ("evidence", {"title": "Hostile item", "effective": "2021-06-30"}),
    "assessments": (
        "assessments",
        {
            "supporter": "New Zealand",
            "commitment": "GOV-1",
            "level": "substantial",
            "effective": "2024-03-31",
            "rationale": "Because",
        },
    ),
    "actions": ("actions", {"supporter": "New Zealand", "title": "Publish a report"}),
    "sightings": (
        "sightings",
        {"platform": "ExampleTube", "url": "https://v.example/1", "found_at": "2024-03-15T14:30"},
    ),
    "indicators": (
        "indicators",
        {
            "supporter": "New Zealand",
            "metric": "Items actioned",
            "value": "12.5",
            "unit": "items",
            "period_start": "2024-01-01",
            "period_end": "2024-06-30",
            "evidence": "An act",
        },
    ),
    "incidents": ("incidents", {"name": "Another incident", "occurred_at": "2024-03-15T14:30"}),
    "protocol_activations": (
        "activations",
        {"incident": HOSTILE_INCIDENT, "protocol": "other", "activated_at": "2024-03-15T14:30"},
    ),
}


def csv_row(folder: Path, entity: str, field: str, value: Any, columns: set[str]) -> Path | None:
    """A one-row CSV of `entity` with `field` set to `value`, or None if no such column."""
    if entity not in CSV_BASE or field not in columns:
        return None
    kind, base = CSV_BASE[entity]
    if isinstance(value, dt.datetime):
        text = value.isoformat(timespec="minutes")
    else:
        text = "" if value is None else str(json_value(value))
    row = {**base, field: text}
    path = folder / f"{kind}.csv"
    with path.open("w", encoding="utf-8", newline="") as out:
        writer = csv.DictWriter(out, fieldnames=list(row))
        writer.writeheader()
        writer.writerow(row)
    return path
