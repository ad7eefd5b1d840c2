"""Seeding: the Christchurch Call from resources/, and the public demonstration evidence."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from sqlalchemy import select
from sqlalchemy.orm import Session

from pledge_tracker.db import models as m
from pledge_tracker.db.uow import Tx
from pledge_tracker.domain.dto import AssessmentInput, EvidenceInput, StakeholderInput
from pledge_tracker.domain.kinds import EvidenceKind
from pledge_tracker.domain.levels import Level
from pledge_tracker.domain.limits import CALL_ADOPTED
from pledge_tracker.paths import resource_path
from pledge_tracker.services import (
    assessments,
    catalogue,
    demo_incident,
    evidence,
    reference_events,
    reference_instruments,
    stakeholders,
)
from pledge_tracker.services.catalogue import FRAMEWORK_CODE
from pledge_tracker.services.convert import snapshot

DEMO_NOTE = "Demonstration data: a public example from the reference file, not a formal assessment."

# A demonstration level per kind of evidence: what such a fact usually shows. Every demo
# assessment says it is demonstration data, so none of these is mistaken for a judgement.
_DEMO_LEVEL = {
    "legislation": Level.SUBSTANTIAL,
    "policy_change": Level.SUBSTANTIAL,
    "technical_measure": Level.SUBSTANTIAL,
    "transparency_report": Level.SUBSTANTIAL,
    "independent_assessment": Level.LIMITED,
    "self_report": Level.LIMITED,
    "news_report": Level.LIMITED,
    "other": Level.LIMITED,
}


def load_reference(path: Path | None = None) -> dict[str, Any]:
    return json.loads((path or resource_path("christchurch_call.json")).read_text("utf-8"))


def seed_call(tx: Tx, reference: dict[str, Any] | None = None) -> None:
    """Load the Call, its commitments as the reference lists them, its supporters and events."""
    data = reference or load_reference()
    call = data["call"]
    framework = m.Framework(
        code=FRAMEWORK_CODE,
        name=call["name"],
        name_fr=call.get("name_fr"),
        adopted=dt.date.fromisoformat(call["adopted"]),
        source_url="https://www.christchurchcall.com/",
    )
    tx.session.add(framework)
    tx.session.flush()
    tx.audit("seed", "framework", framework.uid, None, snapshot(framework))
    for item in data["commitments"]:
        row = catalogue.new_commitment(framework.id, item)
        tx.session.add(row)
        tx.session.flush()
        tx.audit("seed", "commitment", row.uid, None, snapshot(row))
    for supporter in data["supporters"]:
        _seed_supporter(tx, supporter)
    reference_events.add_missing(tx, data, seeding=True)
    reference_instruments.load(tx, data)


def _seed_supporter(tx: Tx, supporter: dict[str, Any]) -> None:
    notes = supporter.get("notes")
    if not supporter.get("membership_verified", True):
        notes = "Membership not verified in the reference sources." + (f" {notes}" if notes else "")
    joined = _precise(supporter["joined"]) if supporter.get("joined") else None
    precision = supporter.get("joined_precision") or "day"
    stakeholders.add(
        tx,
        StakeholderInput(
            name=supporter["name"],
            kind=supporter["kind"],
            country_code=supporter.get("iso2"),
            joined=joined,
            founding=bool(supporter.get("founding")),
            notes=notes,
            source_url=supporter.get("source"),
            joined_precision=precision,
        ),
        joined_verified=bool(supporter.get("joined_verified")),
        membership_verified=bool(supporter.get("membership_verified", True)),
        joined_basis=supporter.get("joined_basis"),
    )


def load_demo(tx: Tx, reference: dict[str, Any] | None = None) -> int:
    """Load the public example evidence and demonstration assessments that cite it."""
    data = reference or load_reference()
    people = {row.name: row for row in tx.session.scalars(select(m.Stakeholder))}
    codes = {row.code: row for row in tx.session.scalars(select(m.Commitment))}
    pledged = {(p.stakeholder_id, p.commitment_id) for p in tx.session.scalars(select(m.Pledge))}
    added = 0
    for example in data["evidence_examples"]:
        linked = [people[name] for name in example["stakeholders"] if name in people]
        outside = [name for name in example["stakeholders"] if name not in people]
        when = _precise(example["date"])
        precision = example.get("date_precision") or "day"
        item = evidence.add(
            tx,
            EvidenceInput(
                title=_title(example),
                summary=example["summary"],
                kind=example.get("evidence_type")
                if example.get("evidence_type") in set(EvidenceKind)
                else "other",
                source_url=example["source"],
                source_name=", ".join(outside) or urlsplit(example["source"]).hostname,
                effective=when,
                effective_precision=precision,
                reliability="reputable" if example.get("verified") else "unverified",
                notes=_demo_notes(example),
                stakeholder_ids=tuple(p.id for p in linked),
                commitment_ids=tuple(codes[c].id for c in example["commitment_ids"] if c in codes),
            ),
            demo=True,
        )
        for person in linked:
            for code in example["commitment_ids"]:
                commitment = codes.get(code)
                if commitment is None or (person.id, commitment.id) not in pledged:
                    continue
                assessments.record(
                    tx,
                    AssessmentInput(
                        stakeholder_id=person.id,
                        commitment_id=commitment.id,
                        level=_DEMO_LEVEL.get(item.kind, Level.LIMITED),
                        # Judged as of the Call at the earliest: assessments may not
                        # precede it (domain/limits.py), though the evidence may.
                        effective=max(when, CALL_ADOPTED.isoformat()),
                        # As precise as the evidence, unless moved to the Call's adoption.
                        effective_precision=precision
                        if when >= CALL_ADOPTED.isoformat()
                        else "day",
                        rationale=f"{DEMO_NOTE} Based on {example['id']}: {example['summary']}",
                        confidence="low",
                        origin="self_report"
                        if item.kind == "self_report"
                        else "independent_review",
                        evidence_ids=(item.id,),
                    ),
                    demo=True,
                    assessor=assessments.DEMO_ASSESSOR,
                )
        added += 1
    demo_incident.load(tx)
    return added


def _demo_notes(example: dict[str, Any]) -> str:
    precision = example["date_precision"]
    extra = f" {example['note']}" if example.get("note") else ""
    return f"{DEMO_NOTE} Reference id {example['id']}; date precision: {precision}.{extra}"


def _precise(date: str) -> str:
    """A full date from a month- or year-precision one (its first day)."""
    parts = date.split("-")
    return "-".join(parts + ["01"] * (3 - len(parts)))


def _title(example: dict[str, Any], limit: int = 90) -> str:
    """Who, and the gist of what they did: the summary's first sentence, shortened."""
    names = example["stakeholders"]
    who = names[0] + (" and others" if len(names) > 1 else "")
    gist = re.split(r"(?<=[a-z0-9)])\.\s+(?=[A-Z])", example["summary"])[0].rstrip(".")
    if len(gist) > limit:
        gist = gist[:limit].rsplit(" ", 1)[0] + "…"
    return f"{who}: {gist}"


def has_demo(session: Session) -> bool:
    """Whether the demonstration evidence is already loaded."""
    query = select(m.Evidence.id).where(m.Evidence.demo.is_(True)).limit(1)
    return session.execute(query).first() is not None


def demo_in_use(session: Session) -> bool:
    """Whether any live demonstration judgement or evidence item is in the database."""
    judged = select(m.Assessment.id).where(
        m.Assessment.demo.is_(True), m.Assessment.retracted.is_(False)
    )
    listed = select(m.Evidence.id).where(m.Evidence.demo.is_(True), m.Evidence.withdrawn.is_(False))
    return any(session.execute(q.limit(1)).first() is not None for q in (judged, listed))


def load_demo_once(tx: Tx) -> int:
    """Load the demonstration evidence unless it is there already; returns items added."""
    return 0 if has_demo(tx.session) else load_demo(tx)
