"""The catalogue of commitments: made from the reference data, and kept up to its revision.

The commitments, their groups and their order are data (resources/christchurch_call.json);
no count of them is written here. A database seeded from an earlier revision is brought up to
the shipped one when it is opened: commitments it lacks are added, with the pledges each
supporter's kind brings, and an unverified draft that a later revision replaced (listed in
resources/catalogue_history.json) gives way to the new draft. Wording a user has verified or
changed is never touched. Every change is audited with its reason.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Row, select
from sqlalchemy.orm import Session

from pledge_tracker.db import models as m
from pledge_tracker.db.uow import Tx
from pledge_tracker.domain.kinds import PLEDGED_GROUPS, StakeholderKind
from pledge_tracker.paths import resource_path
from pledge_tracker.services.convert import snapshot

FRAMEWORK_CODE = "christchurch-call-2019"
# The fields a superseded draft may still hold, by column: replaced one by one.
_DRAFT_FIELDS = ("wording", "short_title")
# All the upgrade reads of a stored commitment (other columns are not its business).
_STORED = (
    m.Commitment.code,
    m.Commitment.wording,
    m.Commitment.short_title,
    m.Commitment.wording_verified,
)


@dataclass(frozen=True)
class CatalogueChange:
    """One change an upgrade makes (or would make) to a database's catalogue."""

    code: str
    change: str  # "add" (a commitment the database lacks) or "revise" (a superseded draft)
    fields: tuple[str, ...]  # the columns a revision replaces; empty for an addition
    reason: str


def load_history(path: Path | None = None) -> list[dict[str, Any]]:
    """The superseded drafts of earlier reference revisions (resources/catalogue_history.json)."""
    data = json.loads((path or resource_path("catalogue_history.json")).read_text("utf-8"))
    return list(data["superseded"])


def revision(reference: dict[str, Any]) -> str:
    """The reference's revision as the audit log names it, e.g. "1.1 (2026-12-01)"."""
    revised = reference.get("meta", {}).get("revised")
    number = str(reference.get("schema_version", "?"))
    return f"{number} ({revised})" if revised else number


def wording_of(item: dict[str, Any]) -> str:
    """A reference commitment's wording as stored: its text (or draft), then its sub-items."""
    lines = [item.get("text") or item["text_unverified_draft"]]
    for sub in item.get("sub_items", []):
        lines.append(f"({sub['label']}) {sub.get('text') or sub['text_unverified_draft']}")
    return "\n".join(lines)


def _columns(item: dict[str, Any]) -> dict[str, Any]:
    return {"wording": wording_of(item), "short_title": item["short_title"]}


def new_commitment(framework_id: int, item: dict[str, Any]) -> m.Commitment:
    """A commitment row made from one reference entry (not yet added to a session)."""
    return m.Commitment(
        framework_id=framework_id,
        code=item["id"],
        group=item["group"],
        number=item["number"],
        short_title=item["short_title"],
        wording=wording_of(item),
        wording_fr=item.get("text_fr"),
        wording_verified=item.get("text") is not None,
        version=1,
    )


def pending_changes(
    session: Session, reference: dict[str, Any], history: list[dict[str, Any]] | None = None
) -> list[CatalogueChange]:
    """What `upgrade_catalogue` would change, read without writing (empty when up to date).

    A database without the Call's framework (made without seeding) has no catalogue to upgrade.
    """
    if _framework_id(session) is None:
        return []
    history = load_history() if history is None else history
    rows = {row.code: row for row in session.execute(select(*_STORED)).all()}
    where = revision(reference)
    changes: list[CatalogueChange] = []
    for item in reference["commitments"]:
        row = rows.get(item["id"])
        if row is None:
            reason = f"reference revision {where} adds {item['id']}, which this database lacked"
            changes.append(CatalogueChange(item["id"], "add", (), reason))
            continue
        fields = _superseded_fields(row, item, history)
        if fields:
            reason = (
                f"reference revision {where} replaces the unverified draft of {item['id']} "
                f"({', '.join(fields)}) from revision {_replaced_revisions(row, history)}"
            )
            changes.append(CatalogueChange(item["id"], "revise", fields, reason))
    return changes


def upgrade_catalogue(
    tx: Tx, reference: dict[str, Any], history: list[dict[str, Any]] | None = None
) -> list[CatalogueChange]:
    """Bring the database's commitments up to `reference`; idempotent, every change audited.

    Added commitments get their default pledges (each supporter's kind, PLEDGED_GROUPS), and
    each supporter whose pledges grow is audited too, so `check` still agrees with the log.
    """
    changes = pending_changes(tx.session, reference, history)
    framework_id = _framework_id(tx.session)
    if not changes or framework_id is None:
        return []
    items = {item["id"]: item for item in reference["commitments"]}
    added: list[tuple[m.Commitment, str]] = []
    for change in changes:
        item = items[change.code]
        if change.change == "add":
            row = new_commitment(framework_id, item)
            tx.session.add(row)
            tx.session.flush()
            tx.audit("add", "commitment", row.uid, None, _with(snapshot(row), change.reason))
            added.append((row, change.reason))
        else:
            _revise(tx, item, change)
    _add_pledges(tx, added)
    return changes


def _revise(tx: Tx, item: dict[str, Any], change: CatalogueChange) -> None:
    row = tx.session.scalars(select(m.Commitment).where(m.Commitment.code == change.code)).one()
    before = snapshot(row)
    new = _columns(item)
    for field in change.fields:
        setattr(row, field, new[field])
    tx.session.flush()
    tx.audit("revise", "commitment", row.uid, before, _with(snapshot(row), change.reason))


def _add_pledges(tx: Tx, added: list[tuple[m.Commitment, str]]) -> None:
    """Each supporter gains the new commitments its kind pledges; one audit entry each."""
    gained: dict[int, list[m.Commitment]] = defaultdict(list)
    people = tx.session.scalars(select(m.Stakeholder).order_by(m.Stakeholder.id)).all()
    for person in people:
        groups = {group.value for group in PLEDGED_GROUPS[StakeholderKind(person.kind)]}
        for commitment, _reason in added:
            if commitment.group in groups:
                tx.session.add(
                    m.Pledge(stakeholder_id=person.id, commitment_id=commitment.id, applicable=True)
                )
                gained[person.id].append(commitment)
    tx.session.flush()
    reasons = {commitment.code: reason for commitment, reason in added}
    for person in people:
        if person.id not in gained:
            continue
        codes = [commitment.code for commitment in gained[person.id]]
        state = snapshot(person)
        after = state | {"pledges_added": codes, "reason": "; ".join(reasons[c] for c in codes)}
        tx.audit("revise", "stakeholder", person.uid, state, after)


def _superseded_fields(
    row: Row[str, str, str, bool], item: dict[str, Any], history: list[dict[str, Any]]
) -> tuple[str, ...]:
    """The columns of an unverified commitment still holding a superseded draft of its own."""
    if row.wording_verified:
        return ()
    current = _columns(item)
    stale: list[str] = []
    for field in _DRAFT_FIELDS:
        value = getattr(row, field)
        if value == current[field]:
            continue
        if any(value == _columns(old)[field] for old in _drafts(row.code, history)):
            stale.append(field)
    return tuple(stale)


def _drafts(code: str, history: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [entry["commitment"] for entry in history if entry["commitment"]["id"] == code]


def _replaced_revisions(row: Row[str, str, str, bool], history: list[dict[str, Any]]) -> str:
    revisions = [
        str(entry["revision"])
        for entry in history
        if entry["commitment"]["id"] == row.code
        and any(getattr(row, f) == _columns(entry["commitment"])[f] for f in _DRAFT_FIELDS)
    ]
    return ", ".join(revisions)


def _with(state: dict[str, Any], reason: str) -> dict[str, Any]:
    return state | {"reason": reason}


def _framework_id(session: Session) -> int | None:
    """The Call's framework, by id only: its other columns are not this step's to read."""
    query = select(m.Framework.id).where(m.Framework.code == FRAMEWORK_CODE)
    return session.scalars(query).first()
