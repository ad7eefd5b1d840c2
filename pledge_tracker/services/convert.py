"""ORM rows to DTOs, and to the plain dicts the audit log records."""

from __future__ import annotations

import datetime as dt
from typing import Any

from pledge_tracker.db import models as m
from pledge_tracker.domain.dto import (
    ActionDTO,
    AssessmentDTO,
    AttachmentRef,
    CommitmentDTO,
    EvidenceDTO,
    ReplyDTO,
    SightingDTO,
    StakeholderDTO,
)
from pledge_tracker.domain.kinds import CommitmentGroup, StakeholderKind
from pledge_tracker.domain.levels import Level


def snapshot(row: Any, *, skip: tuple[str, ...] = ("content",)) -> dict[str, Any]:
    """A row's column values as JSON-ready data, for an audit entry's before/after."""
    data: dict[str, Any] = {}
    derived = m.DERIVED_COLUMNS.get(row.__table__.name, frozenset())
    for column in row.__table__.columns:
        if column.key in skip or column.key in derived:
            continue
        value = getattr(row, column.key)
        if isinstance(value, dt.date | dt.datetime):
            value = value.isoformat()
        data[column.key] = value
    return data


def commitment_dto(row: m.Commitment) -> CommitmentDTO:
    return CommitmentDTO(
        id=row.id,
        uid=row.uid,
        code=row.code,
        group=CommitmentGroup(row.group),
        number=row.number,
        short_title=row.short_title,
        wording=row.wording,
        wording_verified=row.wording_verified,
        wording_fr=row.wording_fr,
        short_title_fr=row.short_title_fr,
        verified_by=row.verified_by,
        verified_at=row.verified_at,
        verified_source=row.verified_source,
        version=row.version,
    )


def stakeholder_dto(row: m.Stakeholder) -> StakeholderDTO:
    return StakeholderDTO(
        id=row.id,
        uid=row.uid,
        name=row.name,
        kind=StakeholderKind(row.kind),
        country_code=row.country_code,
        joined=row.joined,
        joined_verified=row.joined_verified,
        joined_basis=row.joined_basis,
        joined_precision=row.joined_precision or "day",
        membership_verified=row.membership_verified is not False,
        founding=row.founding,
        active=row.active,
        notes=row.notes,
        source_url=row.source_url,
        version=row.version,
    )


def evidence_dto(
    row: m.Evidence,
    stakeholder_ids: tuple[int, ...] | None = None,
    commitment_ids: tuple[int, ...] | None = None,
    attachments: tuple[AttachmentRef, ...] | None = None,
) -> EvidenceDTO:
    """An evidence DTO; pass the links when already loaded in bulk, else they are read."""
    if stakeholder_ids is None:
        stakeholder_ids = tuple(sorted(s.id for s in row.stakeholders))
    if commitment_ids is None:
        commitment_ids = tuple(sorted(c.id for c in row.commitments))
    if attachments is None:
        attachments = tuple(
            AttachmentRef(link.attachment.sha256, link.filename, link.attachment.size)
            for link in row.attachments
        )
    return EvidenceDTO(
        id=row.id,
        uid=row.uid,
        title=row.title,
        summary=row.summary,
        kind=row.kind,
        source_url=row.source_url,
        source_name=row.source_name,
        effective=row.effective,
        effective_precision=row.effective_precision or "day",
        published=row.published,
        retrieved=row.retrieved,
        reliability=row.reliability,
        restricted=row.restricted,
        notes=row.notes,
        demo=row.demo,
        stakeholder_ids=stakeholder_ids,
        commitment_ids=commitment_ids,
        attachments=attachments,
        withdrawn=row.withdrawn,
        version=row.version,
    )


def assessment_dto(row: m.Assessment, evidence_ids: tuple[int, ...] | None = None) -> AssessmentDTO:
    if evidence_ids is None:
        evidence_ids = tuple(sorted(e.id for e in row.evidence))
    return AssessmentDTO(
        id=row.id,
        uid=row.uid,
        stakeholder_id=row.stakeholder_id,
        commitment_id=row.commitment_id,
        level=Level(row.level),
        effective=row.effective,
        effective_precision=row.effective_precision or "day",
        recorded_at=row.recorded_at,
        assessor=row.assessor,
        rationale=row.rationale,
        confidence=row.confidence,
        origin=row.origin,
        method_version=row.method_version,
        demo=row.demo,
        retracted=row.retracted,
        evidence_ids=evidence_ids,
        reviewed_by=row.reviewed_by,
        reviewed_at=row.reviewed_at,
    )


def reply_dto(row: m.Reply) -> ReplyDTO:
    return ReplyDTO(
        id=row.id,
        uid=row.uid,
        assessment_id=row.assessment_id,
        text=row.text,
        dated=row.dated,
        source_url=row.source_url,
        recorded_at=row.recorded_at,
        recorded_by=row.recorded_by,
        withdrawn=row.withdrawn,
    )


def action_dto(row: m.Action) -> ActionDTO:
    return ActionDTO(
        id=row.id,
        uid=row.uid,
        stakeholder_id=row.stakeholder_id,
        commitment_id=row.commitment_id,
        title=row.title,
        due=row.due,
        done=row.done,
        done_on=row.done_on,
        notes=row.notes,
    )


def sighting_dto(row: m.Sighting) -> SightingDTO:
    return SightingDTO(
        id=row.id,
        uid=row.uid,
        stakeholder_id=row.stakeholder_id,
        platform=row.platform,
        url=row.url,
        found_at=row.found_at,
        reported_at=row.reported_at,
        removed_at=row.removed_at,
        views=row.views,
        notes=row.notes,
        incident_id=row.incident_id,
        found_how=row.found_how or "own_search",
        order_at=row.order_at,
        order_law=row.order_law,
        instrument_uid=row.instrument_uid,
        content_ref=row.content_ref,
        restricted=bool(row.restricted),
    )
