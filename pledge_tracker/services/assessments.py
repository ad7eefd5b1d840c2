"""Assessments: append-only judgements; undo retracts one, redo restores it."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import ColumnElement, and_, or_, select, text
from sqlalchemy.orm import Session, selectinload

from pledge_tracker.db import models as m
from pledge_tracker.db.uow import Tx
from pledge_tracker.domain.dates import CALL_ADOPTED, parse_date, parse_precision
from pledge_tracker.domain.dto import AssessmentDTO, AssessmentInput
from pledge_tracker.domain.errors import NotFoundError, ValidationError
from pledge_tracker.domain.kinds import Confidence, Origin
from pledge_tracker.domain.levels import METHOD_VERSION, Level
from pledge_tracker.domain.validate import check_record, choice, clean_field, name_key
from pledge_tracker.services import commitments, stakeholders
from pledge_tracker.services.convert import assessment_dto, snapshot

# The neutral assessor of every demonstration judgement: never a user's name or login.
DEMO_ASSESSOR = "Demonstration data"


def _audit_view(row: m.Assessment) -> dict[str, object]:
    data = snapshot(row)
    data["evidence"] = sorted(e.uid for e in row.evidence)
    return data


def record(
    tx: Tx,
    data: AssessmentInput,
    *,
    demo: bool = False,
    today: dt.date | None = None,
    uid: str | None = None,
    assessor: str | None = None,
) -> AssessmentDTO:
    """Record a new judgement; earlier ones stay in the history untouched.

    `uid` and `assessor` keep an imported judgement's identity and author.
    """
    stakeholder = stakeholders.get(tx.session, data.stakeholder_id)
    commitment = commitments.get(tx.session, data.commitment_id)
    level = choice(data.level, Level, "level")
    effective = parse_date(data.effective, "effective") or (today or dt.date.today())
    if effective > (today or dt.date.today()) + dt.timedelta(days=1):
        raise ValidationError.because("effective", "assessment_in_future")
    cut, precision = parse_precision(data.effective_precision, effective, "effective_precision")
    effective = cut or effective
    check_record("assessments", {"effective": effective}, today=today)
    rationale = clean_field("assessments", "rationale", data.rationale)
    if assessor is not None:
        assessor = clean_field("assessments", "assessor", assessor)
    if level is not Level.NOT_ASSESSED and not rationale:
        raise ValidationError.because("rationale", "rationale_required")
    pledged = tx.session.scalars(
        select(m.Pledge).where(
            m.Pledge.stakeholder_id == stakeholder.id, m.Pledge.commitment_id == commitment.id
        )
    ).first()
    if pledged is None and level is not Level.NOT_APPLICABLE:
        raise ValidationError.because(
            "commitment", "not_bound", supporter=stakeholder.name, code=commitment.code
        )
    evidence = []
    for evidence_id in sorted(set(data.evidence_ids)):
        item = tx.session.get(m.Evidence, evidence_id)
        if item is None:
            raise NotFoundError.because("evidence", "no_evidence_id", id=str(evidence_id))
        evidence.append(item)
    row = m.Assessment(
        stakeholder_id=stakeholder.id,
        commitment_id=commitment.id,
        level=level.value,
        effective=effective,
        effective_precision=precision,
        recorded_at=tx.now,
        assessor=assessor or tx.actor,
        rationale=rationale,
        confidence=choice(data.confidence, Confidence, "confidence").value,
        origin=choice(data.origin, Origin, "origin").value,
        method_version=METHOD_VERSION,
        demo=demo,
        retracted=False,
        evidence=evidence,
    )
    if uid:
        row.uid = uid
    tx.session.add(row)
    tx.session.flush()
    tx.audit("record", "assessment", row.uid, None, _audit_view(row))
    return assessment_dto(row)


def set_retracted(tx: Tx, assessment_id: int, retracted: bool) -> AssessmentDTO:
    """Withdraw a judgement from every view (undo), or put it back (redo); both audited."""
    row = tx.session.get(m.Assessment, assessment_id)
    if row is None:
        raise NotFoundError.because("assessment", "no_assessment_id", id=str(assessment_id))
    if row.retracted != retracted:
        before = _audit_view(row)
        row.retracted = retracted
        tx.session.flush()
        tx.audit(
            "retract" if retracted else "restore", "assessment", row.uid, before, _audit_view(row)
        )
    return assessment_dto(row)


def same_person(a: str, b: str) -> bool:
    """Whether two recorded names are one person's (case, accents and spacing aside)."""
    return name_key(a) == name_key(b)


def mark_reviewed(tx: Tx, assessment_id: int, reviewer: str | None = None) -> AssessmentDTO:
    """Record that a second officer checked this judgement (audited); never its own assessor.

    The reviewer is the writer of the transaction (the display name on a desktop database,
    the database user on a team server) unless `reviewer` names one (imports).
    """
    row = _live(tx, assessment_id)
    who = clean_field("assessments", "reviewed_by", reviewer or _reviewer(tx))
    if same_person(who, row.assessor):
        raise ValidationError.because("reviewed_by", "needs_second_officer", who=who)
    if row.reviewed_by is not None:
        raise ValidationError.because("reviewed_by", "already_reviewed", who=row.reviewed_by)
    before = _audit_view(row)
    row.reviewed_by, row.reviewed_at = who, tx.now
    tx.session.flush()
    tx.audit("review", "assessment", row.uid, before, _audit_view(row))
    return assessment_dto(row)


def _reviewer(tx: Tx) -> str:
    """Who is reviewing: the database user on a team server, else the writer's display name."""
    if tx.session.get_bind().dialect.name == "postgresql":
        return str(tx.session.execute(text("SELECT current_user")).scalar_one())
    return tx.actor


def clear_review(tx: Tx, assessment_id: int) -> AssessmentDTO:
    """Take a review back (undo of mark_reviewed); audited."""
    row = _live(tx, assessment_id)
    if row.reviewed_by is not None:
        before = _audit_view(row)
        row.reviewed_by, row.reviewed_at = None, None
        tx.session.flush()
        tx.audit("unreview", "assessment", row.uid, before, _audit_view(row))
    return assessment_dto(row)


def _live(tx: Tx, assessment_id: int) -> m.Assessment:
    row = tx.session.get(m.Assessment, assessment_id)
    if row is None or row.retracted:
        raise NotFoundError.because("assessment", "no_assessment_id", id=str(assessment_id))
    return row


def _demo_to_correct() -> ColumnElement[bool]:
    """Demonstration judgements as version 0.1 left them: under a person's name, or dated
    the day before the Call was adopted."""
    return and_(
        m.Assessment.demo.is_(True),
        or_(m.Assessment.assessor != DEMO_ASSESSOR, m.Assessment.effective < CALL_ADOPTED),
    )


def named_demo_judgements(session: Session) -> bool:
    """Whether any demonstration judgement still needs the upgrade's correction."""
    query = select(m.Assessment.id).where(_demo_to_correct())
    return session.execute(query.limit(1)).first() is not None


def neutral_demo_assessor(tx: Tx) -> int:
    """Correct demonstration judgements as version 0.1 left them; returns how many changed.

    Each moves to the neutral DEMO_ASSESSOR, and one dated the day before the Call (0.1's seed
    did so) to the Call's adoption date: one audit entry per corrected judgement. Nothing
    else about a judgement changes, and no real judgement is touched.
    """
    rows = tx.session.scalars(
        select(m.Assessment)
        .options(selectinload(m.Assessment.evidence))
        .where(_demo_to_correct())
        .order_by(m.Assessment.id)
    ).all()
    for row in rows:
        before = _audit_view(row)
        row.assessor = DEMO_ASSESSOR
        row.effective = max(row.effective, CALL_ADOPTED)
        tx.session.flush()
        tx.audit("edit", "assessment", row.uid, before, _audit_view(row))
    return len(rows)


def history(session: Session, stakeholder_id: int, commitment_id: int) -> list[AssessmentDTO]:
    """Every judgement of one supporter on one commitment, newest effective first."""
    rows = session.scalars(
        select(m.Assessment)
        .options(selectinload(m.Assessment.evidence))
        .where(
            m.Assessment.stakeholder_id == stakeholder_id,
            m.Assessment.commitment_id == commitment_id,
            m.Assessment.retracted.is_(False),
        )
        .order_by(
            m.Assessment.effective.desc(), m.Assessment.recorded_at.desc(), m.Assessment.id.desc()
        )
    ).all()
    return [assessment_dto(row) for row in rows]
