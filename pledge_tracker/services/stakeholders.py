"""Supporters: add, edit, deactivate (never delete), and their pledges."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from pledge_tracker.db import models as m
from pledge_tracker.db.uow import Database, Tx
from pledge_tracker.domain.dates import parse_date, parse_precision
from pledge_tracker.domain.dto import StakeholderDTO, StakeholderInput
from pledge_tracker.domain.errors import NotFoundError, ValidationError
from pledge_tracker.domain.kinds import PLEDGED_GROUPS, StakeholderKind
from pledge_tracker.domain.validate import (
    check_record,
    choice,
    clean_field,
    collation_key,
    name_key,
)
from pledge_tracker.services.convert import snapshot, stakeholder_dto
from pledge_tracker.services.stale import check_version


def list_stakeholders(session: Session, *, include_inactive: bool = True) -> list[StakeholderDTO]:
    query = select(m.Stakeholder).order_by(m.Stakeholder.name_key)
    if not include_inactive:
        query = query.where(m.Stakeholder.active.is_(True))
    rows = sorted(session.scalars(query), key=lambda row: collation_key(row.name))
    return [stakeholder_dto(row) for row in rows]


def get(session: Session, stakeholder_id: int) -> m.Stakeholder:
    row = session.get(m.Stakeholder, stakeholder_id)
    if row is None:
        raise NotFoundError("stakeholder", f"no supporter with id {stakeholder_id}")
    return row


def read_one(database: Database, stakeholder_id: int) -> StakeholderDTO:
    """A supporter as stored now (a form's fresh copy after a save from a stale one)."""
    with database.read() as session:
        return stakeholder_dto(get(session, stakeholder_id))


def find(session: Session, name_or_code: str, field: str = "stakeholder") -> m.Stakeholder:
    """A supporter by name or country code, ignoring case and accents."""
    key = name_key(name_or_code)
    row = session.scalars(select(m.Stakeholder).where(m.Stakeholder.name_key == key)).first()
    if row is None and len(key) == 2:
        row = session.scalars(
            select(m.Stakeholder).where(m.Stakeholder.country_code == key.upper())
        ).first()
    if row is None:
        raise NotFoundError(field, f"no supporter named '{name_or_code}'")
    return row


def _validated(
    session: Session, data: StakeholderInput, current_id: int | None
) -> dict[str, object]:
    name = clean_field("stakeholders", "name", data.name)
    key = name_key(name)
    clash = session.scalars(select(m.Stakeholder).where(m.Stakeholder.name_key == key)).first()
    if clash is not None and clash.id != current_id:
        raise ValidationError("name", f"a supporter named '{clash.name}' already exists")
    joined, precision = parse_precision(
        data.joined_precision, parse_date(data.joined, "joined"), "joined_precision"
    )
    values: dict[str, object] = {
        "name": name,
        "name_key": key,
        "kind": choice(data.kind, StakeholderKind, "kind").value,
        "country_code": clean_field("stakeholders", "country_code", data.country_code) or None,
        "joined": joined,
        "joined_precision": precision,
        "founding": bool(data.founding),
        "notes": clean_field("stakeholders", "notes", data.notes) or None,
        "source_url": clean_field("stakeholders", "source_url", data.source_url) or None,
    }
    check_record("stakeholders", values)
    return values


def add(
    tx: Tx,
    data: StakeholderInput,
    *,
    joined_verified: bool = True,
    joined_basis: str | None = None,
    membership_verified: bool = True,
) -> StakeholderDTO:
    """Add a supporter and the pledges its kind brings."""
    values = _validated(tx.session, data, None)
    joined_basis = clean_field("stakeholders", "joined_basis", joined_basis) or None
    row = m.Stakeholder(
        **values,
        joined_verified=joined_verified,
        joined_basis=joined_basis,
        membership_verified=membership_verified,
    )
    tx.session.add(row)
    tx.session.flush()
    tx.audit("add", "stakeholder", row.uid, None, snapshot(row))
    derive_pledges(tx, row)
    return stakeholder_dto(row)


def edit(
    tx: Tx, stakeholder_id: int, data: StakeholderInput, *, expected_version: int | None = None
) -> StakeholderDTO:
    """Change a supporter's details; refused if someone else changed it since it was read."""
    row = get(tx.session, stakeholder_id)
    check_version(
        row.version,
        expected_version,
        mine=data,
        theirs=lambda: StakeholderInput.of(stakeholder_dto(row)),
    )
    values = _validated(tx.session, data, row.id)
    before = snapshot(row)
    kind_changed = values["kind"] != row.kind
    for key, value in values.items():
        setattr(row, key, value)
    if snapshot(row)["joined"] != before["joined"]:
        row.joined_verified, row.joined_basis = True, None  # a user typed it: no longer inferred
    tx.session.flush()
    tx.audit("edit", "stakeholder", row.uid, before, snapshot(row))
    if kind_changed:
        derive_pledges(tx, row)
    return stakeholder_dto(row)


def set_active(tx: Tx, stakeholder_id: int, active: bool) -> StakeholderDTO:
    """Deactivate (or reactivate) a supporter; its history is kept whole."""
    row = get(tx.session, stakeholder_id)
    if row.active == active:
        return stakeholder_dto(row)
    before = snapshot(row)
    row.active = active
    tx.session.flush()
    tx.audit(
        "reactivate" if active else "deactivate", "stakeholder", row.uid, before, snapshot(row)
    )
    return stakeholder_dto(row)


def derive_pledges(tx: Tx, row: m.Stakeholder) -> None:
    """Make the supporter's pledges follow its kind (existing overrides are kept)."""
    groups = {group.value for group in PLEDGED_GROUPS[StakeholderKind(row.kind)]}
    existing = {
        p.commitment_id: p
        for p in tx.session.scalars(select(m.Pledge).where(m.Pledge.stakeholder_id == row.id))
    }
    for commitment in tx.session.scalars(select(m.Commitment)):
        should = commitment.group in groups
        pledge = existing.get(commitment.id)
        if pledge is None and should:
            tx.session.add(
                m.Pledge(stakeholder_id=row.id, commitment_id=commitment.id, applicable=True)
            )
        elif pledge is not None and not should:
            tx.session.delete(pledge)
    tx.session.flush()
