"""Evidence: dated, sourced facts linked to supporters and commitments, with attachments."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from pledge_tracker.db import models as m
from pledge_tracker.db.uow import Database, Tx
from pledge_tracker.domain.dates import parse_date, parse_precision
from pledge_tracker.domain.dto import EvidenceDTO, EvidenceInput
from pledge_tracker.domain.errors import NotFoundError, ValidationError
from pledge_tracker.domain.kinds import EvidenceKind, Reliability
from pledge_tracker.domain.validate import check_record, choice, clean_field
from pledge_tracker.services import attachments
from pledge_tracker.services.convert import evidence_dto, snapshot
from pledge_tracker.services.stale import check_version

T = TypeVar("T")


def get(session: Session, evidence_id: int) -> m.Evidence:
    row = session.get(m.Evidence, evidence_id)
    if row is None:
        raise NotFoundError("evidence", f"no evidence item with id {evidence_id}")
    return row


def get_dto(session: Session, evidence_id: int) -> EvidenceDTO:
    return evidence_dto(get(session, evidence_id))


def _apply(session: Session, row: m.Evidence, data: EvidenceInput) -> None:
    dates = {
        "effective": parse_date(data.effective, "effective"),
        "published": parse_date(data.published, "published"),
        "retrieved": parse_date(data.retrieved, "retrieved"),
    }
    dates["effective"], precision = parse_precision(
        data.effective_precision, dates["effective"], "effective_precision"
    )
    check_record("evidence", {**dates, "effective_precision": precision})
    row.effective_precision = precision
    row.title = clean_field("evidence", "title", data.title)
    row.summary = clean_field("evidence", "summary", data.summary)
    row.kind = choice(data.kind, EvidenceKind, "kind").value
    row.source_url = clean_field("evidence", "source_url", data.source_url) or None
    row.source_name = clean_field("evidence", "source_name", data.source_name) or None
    row.effective, row.published, row.retrieved = dates.values()
    if not (row.effective or row.published or row.retrieved):
        raise ValidationError(
            "effective", "give at least one date (effective, published or retrieved)"
        )
    row.reliability = choice(data.reliability, Reliability, "reliability").value
    row.restricted = bool(data.restricted)
    row.notes = clean_field("evidence", "notes", data.notes) or None
    row.stakeholders = [
        _load(session, m.Stakeholder, i, "stakeholders") for i in sorted(set(data.stakeholder_ids))
    ]
    row.commitments = [
        _load(session, m.Commitment, i, "commitments") for i in sorted(set(data.commitment_ids))
    ]


def _load(session: Session, model: type[T], ident: int, field: str) -> T:
    row = session.get(model, ident)
    if row is None:
        raise NotFoundError(field, f"no record with id {ident}")
    return row


def _audit_view(row: m.Evidence) -> dict[str, object]:
    data = snapshot(row)
    data["stakeholders"] = sorted(s.uid for s in row.stakeholders)
    data["commitments"] = sorted(c.code for c in row.commitments)
    data["attachments"] = [[a.filename, a.attachment.sha256] for a in row.attachments]
    return data


def add(
    tx: Tx,
    data: EvidenceInput,
    files: list[str | Path | attachments.PendingFile] | None = None,
    *,
    demo: bool = False,
    uid: str | None = None,
) -> EvidenceDTO:
    """Record an evidence item, with any attached files (`uid`: kept from an import)."""
    row = m.Evidence(created_at=tx.now, demo=demo, withdrawn=False, version=1)
    if uid:
        row.uid = uid
    _apply(tx.session, row, data)
    for path in files or []:
        name, content = attachments.read_file(path)
        _attach(tx.session, row, name, content)
    tx.session.add(row)
    tx.session.flush()
    tx.audit("add", "evidence", row.uid, None, _audit_view(row))
    return evidence_dto(row)


def read_one(database: Database, evidence_id: int) -> EvidenceDTO:
    """An evidence item as stored now (a form's fresh copy after a save from a stale one)."""
    with database.read() as session:
        return evidence_dto(get(session, evidence_id))


def edit(
    tx: Tx, evidence_id: int, data: EvidenceInput, *, expected_version: int | None = None
) -> EvidenceDTO:
    row = get(tx.session, evidence_id)
    check_version(
        row.version,
        expected_version,
        mine=data,
        theirs=lambda: EvidenceInput.of(evidence_dto(row)),
    )
    before = _audit_view(row)
    _apply(tx.session, row, data)
    tx.session.flush()
    tx.audit("edit", "evidence", row.uid, before, _audit_view(row))
    return evidence_dto(row)


def set_withdrawn(tx: Tx, evidence_id: int, withdrawn: bool) -> EvidenceDTO:
    """Hide an evidence item everywhere (undo of its addition) or bring it back; audited."""
    row = get(tx.session, evidence_id)
    if row.withdrawn != withdrawn:
        before = _audit_view(row)
        row.withdrawn = withdrawn
        tx.session.flush()
        tx.audit(
            "withdraw" if withdrawn else "restore", "evidence", row.uid, before, _audit_view(row)
        )
    return evidence_dto(row)


def attach(tx: Tx, evidence_id: int, filename: str, content: bytes) -> EvidenceDTO:
    """Attach bytes to an evidence item (stored once however often attached)."""
    row = get(tx.session, evidence_id)
    before = _audit_view(row)
    _attach(tx.session, row, clean_field("evidence_attachments", "filename", filename), content)
    row.version += 1  # a new attachment is a change to the item
    tx.session.flush()
    tx.audit("attach", "evidence", row.uid, before, _audit_view(row))
    return evidence_dto(row)


def detach(tx: Tx, evidence_id: int, sha256: str) -> EvidenceDTO:
    """Remove an attachment link (the bytes stay while anything else uses them)."""
    row = get(tx.session, evidence_id)
    before = _audit_view(row)
    row.attachments = [link for link in row.attachments if link.attachment.sha256 != sha256]
    tx.session.flush()
    tx.audit("detach", "evidence", row.uid, before, _audit_view(row))
    return evidence_dto(row)


def _attach(session: Session, row: m.Evidence, filename: str, content: bytes) -> None:
    if len(content) > attachments.MAX_ATTACHMENT_BYTES:
        raise ValidationError("attachment", f"{filename} is larger than 200 MB")
    stored = attachments.store(session, content)
    if any(link.attachment.sha256 == stored.sha256 for link in row.attachments):
        return
    row.attachments.append(m.EvidenceAttachment(attachment=stored, filename=filename))


def list_for(
    session: Session, *, stakeholder_id: int | None = None, commitment_id: int | None = None
) -> list[EvidenceDTO]:
    """Evidence linked to a supporter and/or a commitment, newest first."""
    query = select(m.Evidence).options(
        selectinload(m.Evidence.stakeholders),
        selectinload(m.Evidence.commitments),
        selectinload(m.Evidence.attachments).selectinload(m.EvidenceAttachment.attachment),
    )
    query = query.where(m.Evidence.withdrawn.is_(False))
    if stakeholder_id is not None:
        query = query.where(m.Evidence.stakeholders.any(m.Stakeholder.id == stakeholder_id))
    if commitment_id is not None:
        query = query.where(m.Evidence.commitments.any(m.Commitment.id == commitment_id))
    rows = session.scalars(query).all()
    items = [evidence_dto(row) for row in rows]
    return sorted(items, key=lambda e: e.dated or dt.date.min, reverse=True)
