"""Exports to CSV and XLSX: the evidence, the assessments as of a date, the matrix, the audit log.

The evidence and assessment sheets use the import column names, so an exported file can be
imported again (into this database, adding nothing, or into another one).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from itertools import chain
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from pledge_tracker.db import models as m
from pledge_tracker.db.uow import Database
from pledge_tracker.domain.errors import ValidationError
from pledge_tracker.domain.validate import collation_key
from pledge_tracker.services import events, indicators, queries
from pledge_tracker.services.crosswalk import crosswalk_sheet
from pledge_tracker.services.transfer.cells import join_list
from pledge_tracker.services.transfer.exports_crisis import (
    CRISIS_SHEETS,
    activations_sheet,
    incidents_sheet,
    sightings_sheet,
)
from pledge_tracker.services.transfer.instrument_rows import instruments_sheet
from pledge_tracker.services.transfer.writers import PERCENT, Sheet, write_csv, write_xlsx

WHAT = (
    "evidence",
    "assessments",
    "matrix",
    "indicators",
    "audit",
    "events",
    "instruments",
    "crosswalk",
    *CRISIS_SHEETS,
)
EVIDENCE_HEADERS = (
    "uid", "title", "summary", "kind", "source_url", "source_name", "effective", "published",
    "retrieved", "reliability", "restricted", "notes", "supporters", "commitments",
    "attachments", "demo", "effective_precision",
)  # fmt: skip
ASSESSMENT_HEADERS = (
    "uid", "supporter", "commitment", "level", "effective", "rationale", "confidence",
    "origin", "assessor", "evidence", "recorded_at", "method_version", "glyph", "label",
    "needs_review", "demo", "effective_precision",
)  # fmt: skip
EVENT_HEADERS = (
    "uid", "date", "date_precision", "end_date", "category", "title", "summary", "sources",
    "verified", "note", "supporters",
)  # fmt: skip
INDICATOR_HEADERS = (
    "uid", "supporter", "metric", "value", "unit", "period_start", "period_end",
    "period_precision", "published", "evidence", "notes", "evidence_title",
)  # fmt: skip
AUDIT_HEADERS = (
    "id", "at", "actor", "action", "entity", "record", "before", "after", "prev_hash", "hash",
)  # fmt: skip


def evidence_sheet(session: Session) -> Sheet:
    """Every evidence item not withdrawn, oldest first."""
    items = session.scalars(
        select(m.Evidence)
        .where(m.Evidence.withdrawn.is_(False))
        .options(
            selectinload(m.Evidence.stakeholders),
            selectinload(m.Evidence.commitments),
            selectinload(m.Evidence.attachments).selectinload(m.EvidenceAttachment.attachment),
        )
        .order_by(m.Evidence.id)
    ).all()
    rows = [
        (
            e.uid,
            e.title,
            e.summary,
            e.kind,
            e.source_url,
            e.source_name,
            e.effective,
            e.published,
            e.retrieved,
            e.reliability,
            e.restricted,
            e.notes,
            join_list(sorted((s.name for s in e.stakeholders), key=collation_key)),
            join_list(sorted(c.code for c in e.commitments)),
            join_list([f"{a.filename} (sha256 {a.attachment.sha256})" for a in e.attachments]),
            e.demo,
            e.effective_precision,
        )
        for e in items
    ]
    return Sheet("evidence", EVIDENCE_HEADERS, rows)


def assessments_sheet(session: Session, as_of: dt.date) -> Sheet:
    """Each supporter's latest judgement on each commitment as of `as_of` (the matrix's)."""
    grid = queries.matrix(session, as_of, include_inactive=True)
    names = {row.stakeholder.id: row.stakeholder.name for row in grid.rows}
    codes = {c.id: c.code for c in grid.commitments}
    cells = {cell.assessment_id: cell for cell in grid.cells.values() if cell.assessment_id}
    found = session.scalars(
        select(m.Assessment)
        .where(m.Assessment.id.in_(list(cells)))
        .options(selectinload(m.Assessment.evidence))
    ).all()
    order = {c.id: i for i, c in enumerate(grid.commitments)}
    found = sorted(found, key=lambda a: (names[a.stakeholder_id], order[a.commitment_id]))
    rows = []
    for a in found:
        level = cells[a.id].level
        rows.append(
            (
                a.uid,
                names[a.stakeholder_id],
                codes[a.commitment_id],
                a.level,
                a.effective,
                a.rationale,
                a.confidence,
                a.origin,
                a.assessor,
                join_list(sorted(e.uid for e in a.evidence)),
                a.recorded_at,
                a.method_version,
                level.glyph,
                level.label,
                cells[a.id].needs_review,
                a.demo,
                a.effective_precision,
            )
        )
    return Sheet(f"assessments {as_of.isoformat()}", ASSESSMENT_HEADERS, rows)


def matrix_sheet(session: Session, as_of: dt.date) -> Sheet:
    """Active supporters × commitments as of a date, ready to filter and count.

    Each commitment has three columns, so a filter or a count works on one thing: its
    level ("Complete"), the level's glyph, and whether the judgement needs review. Score
    is out of 100; coverage is a fraction shown as a percentage.
    """
    grid = queries.matrix(session, as_of)
    per_commitment = [
        (c.code, f"{c.code} glyph", f"{c.code} needs review") for c in grid.commitments
    ]
    headers = ("supporter", "kind", "score", "coverage", *chain.from_iterable(per_commitment))
    rows = []
    for row in grid.rows:
        marks: list[object] = []
        for commitment in grid.commitments:
            cell = grid.cell(row.stakeholder.id, commitment.id)
            marks += [cell.level.label, cell.level.glyph, cell.needs_review]
        rows.append(
            (
                row.stakeholder.name,
                row.stakeholder.kind.label,
                row.summary.score,
                row.summary.coverage,
                *marks,
            )
        )
    formats = {"score": "0.0", "coverage": PERCENT}
    return Sheet(f"matrix {as_of.isoformat()}", headers, rows, formats)


def indicators_sheet(session: Session) -> Sheet:
    """Every published figure, with the import's columns (evidence by uid, value as text)."""
    rows = [
        (
            item.uid,
            item.stakeholder,
            item.metric,
            item.value,  # text: exact as recorded, never a float
            item.unit,
            item.period_start,
            item.period_end,
            item.period_precision,
            item.published,
            item.evidence_uid,
            item.notes,
            item.evidence_title,
        )
        for item in indicators.list_indicators(session)
    ]
    return Sheet("indicators", INDICATOR_HEADERS, rows)


def audit_sheet(session: Session) -> Sheet:
    """The audit log, oldest first, with its chain hashes."""
    entries = session.execute(
        select(
            m.AuditEntry.id, m.AuditEntry.at, m.AuditEntry.actor, m.AuditEntry.action,
            m.AuditEntry.entity, m.AuditEntry.record_uid, m.AuditEntry.before,
            m.AuditEntry.after, m.AuditEntry.prev_hash, m.AuditEntry.hash,
        ).order_by(m.AuditEntry.id)
    ).all()  # fmt: skip
    return Sheet("audit", AUDIT_HEADERS, [tuple(entry) for entry in entries])


def events_sheet(session: Session) -> Sheet:
    """The timeline's events by date, each date written as far as it is known (2019-06)."""
    found = events.list_events(session)
    rows = [
        (
            e.uid,
            e.date_text,
            e.dated_precision,
            e.end_date,
            e.category.value,
            e.title,
            e.summary,
            join_list(list(e.sources)),
            e.verified,
            e.note,
            join_list(sorted(e.stakeholder_names, key=collation_key)),
        )
        for e in found
    ]
    return Sheet("events", EVENT_HEADERS, rows)


def build_sheet(session: Session, what: str, as_of: dt.date) -> Sheet:
    if what == "evidence":
        return evidence_sheet(session)
    if what == "assessments":
        return assessments_sheet(session, as_of)
    if what == "matrix":
        return matrix_sheet(session, as_of)
    if what == "indicators":
        return indicators_sheet(session)
    if what == "audit":
        return audit_sheet(session)
    if what == "events":
        return events_sheet(session)
    if what == "instruments":
        return instruments_sheet(session)
    if what == "crosswalk":
        return crosswalk_sheet(session, as_of)
    crisis = {"incidents": incidents_sheet, "activations": activations_sheet}
    if what in crisis:
        return crisis[what](session)
    if what == "sightings":
        return sightings_sheet(session)
    raise ValidationError.because("what", "not_one_of", value=what, allowed=", ".join(WHAT))


def export_table(
    database: Database,
    path: Path,
    *,
    fmt: str,
    what: str | None = None,
    as_of: dt.date | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> Path:
    """Write one table as CSV, or one (or, without `what`, every) table as XLSX sheets."""
    as_of = as_of or dt.date.today()
    chosen = [what] if what else (["evidence"] if fmt == "csv" else list(WHAT))
    with database.read() as session:  # one snapshot for every sheet
        sheets = [build_sheet(session, name, as_of) for name in chosen]
    if fmt == "csv":
        return write_csv(path, sheets[0])
    if fmt == "xlsx":
        return write_xlsx(path, sheets, progress)
    raise ValidationError.because("format", "not_csv_or_xlsx", value=fmt)
