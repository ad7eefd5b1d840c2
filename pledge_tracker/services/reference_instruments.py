"""The reference's memberships and instruments: seeded on new databases, added to older ones.

Memberships come from the supporters' `memberships` in resources/christchurch_call.json;
instruments from resources/instruments.json (drawn from the reference events only). Each is
loaded once: a database whose log already records a membership (or an instrument) is left
alone, so that a record a user deleted or changed does not come back at the next open.
Every record added is audited; the upgrade's entries carry the reason.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from pledge_tracker.db import models as m
from pledge_tracker.db.uow import Tx
from pledge_tracker.domain.instruments import DATE_FIELDS, InstrumentInput
from pledge_tracker.paths import resource_path
from pledge_tracker.services import bindings, catalogue, instruments


def load_instruments(path: Path | None = None) -> dict[str, Any]:
    return json.loads((path or resource_path("instruments.json")).read_text("utf-8"))


def pending(session: Session) -> tuple[bool, bool]:
    """(memberships, instruments): which of the two the database has never held."""
    if session.scalars(select(m.Framework.id).limit(1)).first() is None:
        return (False, False)  # not seeded with the Call: nothing to bring up to date
    return (not _ever(session, "membership"), not _ever(session, "instrument"))


def reason(reference: dict[str, Any]) -> str:
    """Why the upgrade adds them, as the audit log records it."""
    where = catalogue.revision(reference)
    return f"reference revision {where} adds memberships and instruments this database lacked"


def _ever(session: Session, entity: str) -> bool:
    query = select(m.AuditEntry.id).where(m.AuditEntry.entity == entity).limit(1)
    return session.scalars(query).first() is not None


def load(tx: Tx, reference: dict[str, Any], *, reason: str | None = None) -> tuple[int, int]:
    """Add what `pending` says is missing; returns (memberships, instruments) added."""
    want_members, want_instruments = pending(tx.session)
    members = _memberships(tx, reference, reason) if want_members else 0
    laws = _instruments(tx, load_instruments(), reason) if want_instruments else 0
    return members, laws


def _people(session: Session) -> dict[str, int]:
    return {
        row.name: row.id for row in session.execute(select(m.Stakeholder.name, m.Stakeholder.id))
    }


def _memberships(tx: Tx, reference: dict[str, Any], reason: str | None) -> int:
    people = _people(tx.session)
    added = 0
    for supporter in reference["supporters"]:
        person = people.get(supporter["name"])
        for item in supporter.get("memberships", []):
            if person is None:
                continue  # a supporter the user removed or renamed: nothing to attach to
            bindings.add_membership(
                tx,
                member_id=person,
                body=item["body"],
                since=item.get("since"),
                since_precision=item.get("since_precision") or "day",
                until=item.get("until"),
                until_precision=item.get("until_precision") or "day",
                verified=bool(item.get("verified")),
                source_url=item.get("source"),
                note=item.get("note"),
                reason=reason,
            )
            added += 1
    return added


def _instruments(tx: Tx, data: dict[str, Any], reason: str | None) -> int:
    people = _people(tx.session)
    codes = set(tx.session.scalars(select(m.Commitment.code)))
    uids: dict[str, str] = {}
    # Decisions first: a law names the decision that struck it down.
    ordered = sorted(data["instruments"], key=lambda item: "struck_down_by" in item)
    for item in ordered:
        decision = uids.get(item["struck_down_by"]) if item.get("struck_down_by") else None
        why = f"{reason} ({item['key']})" if reason else None
        made = instruments.add(tx, _input(item, people, codes, decision), reason=why)
        uids[item["key"]] = made.uid
    return len(ordered)


def _input(
    item: dict[str, Any], people: dict[str, int], codes: set[str], decision: str | None
) -> InstrumentInput:
    dates: dict[str, Any] = {}
    for field in DATE_FIELDS:
        if item.get(field):
            dates[field] = item[field]["date"]
            dates[f"{field}_precision"] = item[field]["precision"]
    return InstrumentInput(
        name=item["name"],
        kind=item["kind"],
        jurisdictions=tuple(item["jurisdictions"]),
        struck_down_by=decision,
        struck_down_extent=item.get("struck_down_extent") or "",
        obligations=item.get("obligations") or "",
        penalties=item.get("penalties") or "",
        sources=tuple(item.get("sources", [])),
        summary=item.get("summary") or "",
        verified=bool(item.get("verified")),
        note=item.get("note") or "",
        commitment_codes=tuple(code for code in item.get("commitments", []) if code in codes),
        stakeholder_ids=tuple(people[name] for name in item.get("binds", []) if name in people),
        **dates,
    )
