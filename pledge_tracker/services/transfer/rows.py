"""One spreadsheet row of each kind: parsed, given an identity, and added through the services.

Identity decides "already present": a supporter by its name (case and accents ignored); an
evidence item by its uid, else by (title, source link, effective date); an assessment by its
uid, else by (supporter, commitment, effective, level, rationale); an action by (supporter,
commitment, title, due); a sighting by (platform, address defanged, time found); an event by
its uid, else by (date as known, title) (services/transfer/event_rows.py); a published figure
by its uid, else by (supporter, metric, period).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from pledge_tracker.db import models as m
from pledge_tracker.db.uow import Tx
from pledge_tracker.domain.dates import parse_precision
from pledge_tracker.domain.defang import defang
from pledge_tracker.domain.dto import AssessmentInput, EvidenceInput, StakeholderInput
from pledge_tracker.domain.errors import ValidationError
from pledge_tracker.domain.indicators import IndicatorInput, parse_value
from pledge_tracker.domain.levels import Level
from pledge_tracker.domain.validate import check_record, choice, clean_field, name_key
from pledge_tracker.services import (
    actions,
    assessments,
    evidence,
    indicators,
    sightings,
    stakeholders,
)
from pledge_tracker.services.transfer import instrument_rows
from pledge_tracker.services.transfer import rows_incidents as crisis
from pledge_tracker.services.transfer.cells import (
    as_text,
    parse_bool,
    parse_day,
    parse_int,
    parse_moment,
    parse_uid,
    split_list,
)

Key = tuple[Any, ...]
Values = dict[str, object]


@dataclass(frozen=True)
class Prepared:
    """A parsed row: how it is recognised, what to call it, and how to add it."""

    keys: tuple[Key, ...]
    label: str
    add: Callable[[Tx], object]
    # The kinds added in bulk (services/transfer/bulk.py): the checked column values.
    stage: Callable[[Session], dict[str, Any]] | None = None


@dataclass
class Lookups:
    """Names and identities of what the database already holds, loaded once per import."""

    supporters: dict[str, int] = field(default_factory=dict)
    commitments: dict[str, int] = field(default_factory=dict)
    evidence: dict[str, int] = field(default_factory=dict)
    evidence_titles: dict[str, list[int]] = field(default_factory=dict)
    # Supporters and commitments held for the whole import: the session keeps only weak
    # references, so without these every row would read them from the database again.
    held: list[object] = field(default_factory=list)
    incidents: crisis.IncidentLookup | None = None
    instruments: dict[str, str] = field(default_factory=dict)  # name key or uid -> uid

    @classmethod
    def load(cls, session: Session) -> Lookups:
        found = cls()
        found.held = [
            *session.scalars(select(m.Stakeholder)),
            *session.scalars(select(m.Commitment)),
        ]
        for row in session.execute(
            select(
                m.Stakeholder.id,
                m.Stakeholder.uid,
                m.Stakeholder.name_key,
                m.Stakeholder.country_code,
            )
        ):
            found.supporters[row.name_key] = row.id
            found.supporters.setdefault(row.uid, row.id)
            if row.country_code:
                found.supporters.setdefault(row.country_code.casefold(), row.id)
        for pledge in session.execute(
            select(m.Commitment.id, m.Commitment.uid, m.Commitment.code, m.Commitment.short_title)
        ):
            found.commitments[name_key(pledge.code)] = pledge.id
            found.commitments.setdefault(name_key(pledge.short_title), pledge.id)
            found.commitments.setdefault(pledge.uid, pledge.id)
        for item in session.execute(select(m.Evidence.id, m.Evidence.uid, m.Evidence.title)):
            found.evidence[item.uid] = item.id
            found.evidence_titles.setdefault(name_key(item.title), []).append(item.id)
        found.incidents = crisis.IncidentLookup(session)
        for uid, name in session.execute(select(m.Instrument.uid, m.Instrument.name)):
            found.instruments[name_key(name)] = uid
            found.instruments.setdefault(uid, uid)
        return found

    def supporter(self, text: object, field: str) -> int:
        found = self.supporters.get(name_key(as_text(text)))
        if found is None:
            raise ValidationError.because(field, "no_supporter", value=as_text(text)[:80])
        return found

    def commitment(self, text: object, field: str) -> int:
        found = self.commitments.get(name_key(as_text(text)))
        if found is None:
            raise ValidationError.because(field, "no_commitment", value=as_text(text)[:80])
        return found

    def evidence_item(self, text: str, field: str) -> int:
        if text in self.evidence:
            return self.evidence[text]
        matches = self.evidence_titles.get(name_key(text), [])
        if len(matches) == 1:
            return matches[0]
        problem = "evidence_ambiguous" if matches else "no_evidence"
        raise ValidationError.because(field, problem, value=text[:80])


def existing_keys(kind: str, session: Session) -> set[Key]:
    """The identities of the records of `kind` already in the database."""
    if kind == "supporters":
        return {("name", key) for key in session.scalars(select(m.Stakeholder.name_key))}
    if kind == "evidence":
        keys: set[Key] = set()
        for row in session.execute(
            select(m.Evidence.uid, m.Evidence.title, m.Evidence.source_url, m.Evidence.effective)
        ):
            keys.add(("uid", row.uid))
            keys.add(_evidence_key(row.title, row.source_url, row.effective))
        return keys
    if kind == "assessments":
        keys = set()
        for judgement in session.execute(
            select(
                m.Assessment.uid,
                m.Assessment.stakeholder_id,
                m.Assessment.commitment_id,
                m.Assessment.effective,
                m.Assessment.level,
                m.Assessment.rationale,
            )
        ):
            keys.add(("uid", judgement.uid))
            keys.add(("judgement", *judgement[1:]))
        return keys
    if kind == "events":
        from pledge_tracker.services.transfer import event_rows  # import cycle: it uses ours

        return event_rows.existing_keys(session)
    if kind == "instruments":
        return set(instrument_rows.existing_keys(session))
    if kind == "actions":
        return {
            ("action", row.stakeholder_id, row.commitment_id, name_key(row.title), row.due)
            for row in session.execute(
                select(
                    m.Action.stakeholder_id, m.Action.commitment_id, m.Action.title, m.Action.due
                )
            )
        }
    if kind == "indicators":
        keys = indicators.existing_keys(session)
        return keys | {("uid", uid) for uid in session.scalars(select(m.Indicator.uid))}
    if kind == "incidents":
        return crisis.incident_keys(session)
    if kind == "activations":
        return crisis.activation_keys(session)
    return {
        ("sighting", name_key(row.platform), defang(row.url), row.found_at)
        for row in session.execute(select(m.Sighting.platform, m.Sighting.url, m.Sighting.found_at))
    }


def _evidence_key(title: str, source_url: str | None, effective: object) -> Key:
    return ("natural", name_key(title), source_url or "", effective)


def prepare(kind: str, values: Values, lookups: Lookups) -> Prepared:
    if kind == "events":
        from pledge_tracker.services.transfer import event_rows  # import cycle: it uses ours

        return event_rows.parse_event(values, lookups)
    return _PARSERS[kind](values, lookups)


def _supporter(values: Values, _lookups: Lookups) -> Prepared:
    data = StakeholderInput(
        name=clean_field("stakeholders", "name", values.get("name")),
        kind=as_text(values.get("kind")),
        country_code=as_text(values.get("country_code")) or None,
        joined=parse_day(values.get("joined"), "joined"),
        founding=parse_bool(values.get("founding"), "founding"),
        notes=as_text(values.get("notes")) or None,
        source_url=as_text(values.get("source_url")) or None,
        joined_precision=as_text(values.get("joined_precision")) or "day",
    )
    if not data.kind:
        raise ValidationError.because("kind", "required")
    return Prepared(
        (("name", name_key(data.name)),), data.name, lambda tx: stakeholders.add(tx, data)
    )


def _refs(values: Values, column: str, resolve: Callable[[object, str], int]) -> tuple[int, ...]:
    return tuple(sorted({resolve(name, column) for name in split_list(values.get(column), column)}))


def _evidence(values: Values, lookups: Lookups) -> Prepared:
    uid = parse_uid(values.get("uid"))
    data = EvidenceInput(
        title=clean_field("evidence", "title", values.get("title")),
        summary=as_text(values.get("summary")),
        kind=as_text(values.get("kind")) or "other",
        source_url=as_text(values.get("source_url")) or None,
        source_name=as_text(values.get("source_name")) or None,
        effective=parse_day(values.get("effective"), "effective"),
        published=parse_day(values.get("published"), "published"),
        retrieved=parse_day(values.get("retrieved"), "retrieved"),
        reliability=as_text(values.get("reliability")) or "reputable",
        restricted=parse_bool(values.get("restricted"), "restricted"),
        notes=as_text(values.get("notes")) or None,
        stakeholder_ids=_refs(values, "supporters", lookups.supporter),
        commitment_ids=_refs(values, "commitments", lookups.commitment),
        effective_precision=as_text(values.get("effective_precision")) or "day",
    )
    keys = [_evidence_key(data.title, data.source_url, data.effective)]
    if uid:
        keys.insert(0, ("uid", uid))
    demo = parse_bool(values.get("demo"), "demo")
    return Prepared(tuple(keys), data.title, lambda tx: evidence.add(tx, data, uid=uid, demo=demo))


def _assessment(values: Values, lookups: Lookups) -> Prepared:
    uid = parse_uid(values.get("uid"))
    supporter = lookups.supporter(values.get("supporter"), "supporter")
    commitment = lookups.commitment(values.get("commitment"), "commitment")
    effective = parse_day(values.get("effective"), "effective", required=True)
    rationale = clean_field("assessments", "rationale", values.get("rationale"))
    data = AssessmentInput(
        stakeholder_id=supporter,
        commitment_id=commitment,
        level=as_text(values.get("level")),
        effective=effective,
        rationale=rationale,
        confidence=as_text(values.get("confidence")) or "medium",
        origin=as_text(values.get("origin")) or "independent_review",
        effective_precision=as_text(values.get("effective_precision")) or "day",
        evidence_ids=tuple(
            sorted(
                {
                    lookups.evidence_item(t, "evidence")
                    for t in split_list(values.get("evidence"), "evidence")
                }
            )
        ),
    )
    level = choice(data.level, Level, "level")
    assessor = as_text(values.get("assessor")) or None  # checked by the service
    demo = parse_bool(values.get("demo"), "demo")
    keys: list[Key] = [("judgement", supporter, commitment, effective, level.value, rationale)]
    if uid:
        keys.insert(0, ("uid", uid))
    label = f"{as_text(values.get('supporter'))} on {as_text(values.get('commitment'))}"
    return Prepared(
        tuple(keys),
        label,
        lambda tx: assessments.record(tx, data, uid=uid, assessor=assessor, demo=demo),
    )


def _action(values: Values, lookups: Lookups) -> Prepared:
    supporter = lookups.supporter(values.get("supporter"), "supporter")
    commitment_text = as_text(values.get("commitment"))
    commitment = lookups.commitment(commitment_text, "commitment") if commitment_text else None
    title = clean_field("actions", "title", values.get("title"))
    due = parse_day(values.get("due"), "due")
    done = parse_bool(values.get("done"), "done")
    done_on = parse_day(values.get("done_on"), "done_on")
    notes = as_text(values.get("notes")) or None

    def add(tx: Tx) -> object:
        added = actions.add(
            tx,
            stakeholder_id=supporter,
            commitment_id=commitment,
            title=title,
            due=due,
            notes=notes,
        )
        if done or done_on:
            return actions.set_done(tx, added.id, True, done_on)
        return added

    return Prepared((("action", supporter, commitment, name_key(title), due),), title, add)


def _sighting(values: Values, lookups: Lookups) -> Prepared:
    platform = clean_field("sightings", "platform", values.get("platform"))
    url = clean_field("sightings", "url", values.get("url"))
    found_at = parse_moment(values.get("found_at"), "found_at", required=True)
    reported_at = parse_moment(values.get("reported_at"), "reported_at")
    removed_at = parse_moment(values.get("removed_at"), "removed_at")
    views = parse_int(values.get("views"), "views")
    supporter_text = as_text(values.get("supporter"))
    supporter = lookups.supporter(supporter_text, "supporter") if supporter_text else None
    notes = as_text(values.get("notes")) or None
    assert found_at is not None and lookups.incidents is not None
    incident_text = as_text(values.get("incident"))
    incident = lookups.incidents.get(incident_text)[0] if incident_text else None
    crisis_fields = {
        "incident_id": incident,
        "found_how": as_text(values.get("found_how")) or "own_search",
        "order_at": parse_moment(values.get("order_at"), "order_at"),
        "order_law": as_text(values.get("order_law")) or None,
        "instrument_uid": _instrument_uid(values.get("instrument"), lookups),
        "content_ref": as_text(values.get("content_ref")) or None,
        "restricted": parse_bool(values.get("restricted"), "restricted"),
    }

    fields: dict[str, Any] = {
        "platform": platform,
        "url": url,
        "found_at": found_at,
        "reported_at": reported_at,
        "removed_at": removed_at,
        "views": views,
        "stakeholder_id": supporter,
        "notes": notes,
        **crisis_fields,
    }
    # An address matches in its defanged form: an exported (defanged) file imports again.
    return Prepared(
        (("sighting", name_key(platform), defang(url), found_at),),
        platform,
        lambda tx: sightings.add(tx, **fields),
        lambda session: sightings.staged(session, **fields),
    )


def _instrument_uid(value: object, lookups: Lookups) -> str | None:
    """The uid of the instrument a removal order was issued under, named by name or uid."""
    text = as_text(value)
    if not text:
        return None
    found = lookups.instruments.get(text) or lookups.instruments.get(name_key(text))
    if found is None:
        raise ValidationError.because("instrument", "no_instrument_here", value=text[:80])
    return found


def _instrument(values: Values, lookups: Lookups) -> Prepared:
    keys, label, add = instrument_rows.parse(values, lookups.supporter, lookups.commitment)
    return Prepared(keys, label, add)


def _indicator(values: Values, lookups: Lookups) -> Prepared:
    uid = parse_uid(values.get("uid"))
    supporter = lookups.supporter(values.get("supporter"), "supporter")
    metric = clean_field("indicators", "metric", values.get("metric"))
    value = parse_value(values.get("value"))
    unit = clean_field("indicators", "unit", values.get("unit"))
    precision = as_text(values.get("period_precision")) or "day"
    day = parse_day(values.get("period_start"), "period_start", required=True)
    start, precision = parse_precision(precision, day, "period_precision")
    day = parse_day(values.get("period_end"), "period_end", required=True)
    end, _ = parse_precision(precision, day, "period_end")
    published = parse_day(values.get("published"), "published")
    check_record("indicators", {"period_start": start, "period_end": end, "published": published})
    notes = clean_field("indicators", "notes", values.get("notes")) or None
    source = as_text(values.get("evidence"))  # last: every field of the figure is named first
    if not source:
        raise ValidationError.because("evidence", "figure_evidence_required")
    assert start is not None and end is not None
    data = IndicatorInput(
        stakeholder_id=supporter,
        metric=metric,
        value=value,
        unit=unit,
        period_start=start,
        period_end=end,
        period_precision=precision,
        published=published,
        evidence_id=lookups.evidence_item(source, "evidence"),
        notes=notes,
    )
    keys: list[Key] = [indicators.identity(supporter, metric, start, end)]
    if uid:
        keys.insert(0, ("uid", uid))
    label = f"{as_text(values.get('supporter'))}: {metric}"
    return Prepared(tuple(keys), label, lambda tx: indicators.add(tx, data, uid=uid))


_PARSERS: dict[str, Callable[[Values, Lookups], Prepared]] = {
    "instruments": _instrument,
    "supporters": _supporter,
    "evidence": _evidence,
    "assessments": _assessment,
    "actions": _action,
    "sightings": _sighting,
    "indicators": _indicator,
    "incidents": lambda values, _lookups: Prepared(*crisis.prepare_incident(values)),
    "activations": lambda values, lookups: Prepared(
        *crisis.prepare_activation(values, _incidents(lookups))
    ),
}


def _incidents(lookups: Lookups) -> crisis.IncidentLookup:
    assert lookups.incidents is not None  # loaded with the others
    return lookups.incidents
