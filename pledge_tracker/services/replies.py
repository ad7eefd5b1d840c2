"""Supporters' replies to judgements of them: recorded, withdrawn by undo, listed (audited)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from pledge_tracker.db import models as m
from pledge_tracker.db.uow import Tx
from pledge_tracker.domain.dates import parse_date
from pledge_tracker.domain.dto import ReplyDTO, ReplyInput
from pledge_tracker.domain.errors import NotFoundError, ValidationError
from pledge_tracker.domain.validate import check_record, clean_field
from pledge_tracker.services.convert import reply_dto, snapshot


def record(tx: Tx, data: ReplyInput, *, today: dt.date | None = None) -> ReplyDTO:
    """Record a supporter's reply to one judgement; the judgement itself is unchanged."""
    assessment = tx.session.get(m.Assessment, data.assessment_id)
    if assessment is None or assessment.retracted:
        raise NotFoundError("assessment", f"no assessment with id {data.assessment_id}")
    text = clean_field("assessment_replies", "text", data.text)
    dated = parse_date(data.dated, "dated") if data.dated else None
    if dated is None:
        raise ValidationError("dated", "is required: the date of the supporter's reply")
    check_record("assessment_replies", {"dated": dated}, today=today)
    source = clean_field("assessment_replies", "source_url", data.source_url or "") or None
    row = m.Reply(
        assessment_id=assessment.id,
        text=text,
        dated=dated,
        source_url=source,
        recorded_at=tx.now,
        recorded_by=clean_field("assessment_replies", "recorded_by", tx.actor),
        withdrawn=False,
    )
    tx.session.add(row)
    tx.session.flush()
    tx.audit("record", "reply", row.uid, None, _view(row, assessment.uid))
    return reply_dto(row)


def set_withdrawn(tx: Tx, reply_id: int, withdrawn: bool) -> ReplyDTO:
    """Hide a reply (undo of its recording) or show it again (redo); both audited."""
    row = tx.session.get(m.Reply, reply_id)
    if row is None:
        raise NotFoundError("reply", f"no reply with id {reply_id}")
    if row.withdrawn != withdrawn:
        assessment_uid = tx.session.get(m.Assessment, row.assessment_id)
        uid = assessment_uid.uid if assessment_uid else None
        before = _view(row, uid)
        row.withdrawn = withdrawn
        tx.session.flush()
        tx.audit("withdraw" if withdrawn else "restore", "reply", row.uid, before, _view(row, uid))
    return reply_dto(row)


def _view(row: m.Reply, assessment_uid: str | None) -> dict[str, object]:
    """The reply as the audit log records it (the judgement by its uid, not its id)."""
    data = snapshot(row)
    data.pop("assessment_id", None)
    data["assessment"] = assessment_uid
    return data


def replies_of(session: Session, assessment_id: int) -> list[ReplyDTO]:
    """The live replies to one judgement, oldest first."""
    rows = session.scalars(
        select(m.Reply)
        .where(m.Reply.assessment_id == assessment_id, m.Reply.withdrawn.is_(False))
        .order_by(m.Reply.dated, m.Reply.id)
    ).all()
    return [reply_dto(row) for row in rows]
