"""Published figures (indicators): add, edit, delete (audited), list, and series over time.

An observation is one supporter's figure for one metric over one period, traced to the
evidence item it was read from. The same supporter, metric (case and accents ignored) and
period is the same observation: recording it twice is refused, and an import skips it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from pledge_tracker.db import models as m
from pledge_tracker.db.uow import Database, Tx
from pledge_tracker.domain.dates import parse_precision
from pledge_tracker.domain.errors import NotFoundError, ValidationError
from pledge_tracker.domain.indicators import IndicatorDTO, IndicatorInput, parse_value
from pledge_tracker.domain.validate import check_record, clean_field, collation_key, name_key
from pledge_tracker.services import evidence, stakeholders
from pledge_tracker.services.convert import snapshot
from pledge_tracker.services.stale import check_state, state_hash

Key = tuple[object, ...]


def identity(stakeholder_id: int, metric: str, start: dt.date, end: dt.date) -> Key:
    """What makes two figures the same observation: supporter, metric and period."""
    return ("indicator", stakeholder_id, name_key(metric), start, end)


def existing_keys(session: Session) -> set[Key]:
    """The identities of every recorded figure (for imports: already present)."""
    rows = session.execute(
        select(
            m.Indicator.stakeholder_id,
            m.Indicator.metric,
            m.Indicator.period_start,
            m.Indicator.period_end,
        )
    )
    return {identity(*row) for row in rows}


@dataclass(frozen=True)
class _Clean:
    """An input checked and made canonical, ready to store."""

    metric: str
    value: str
    unit: str
    start: dt.date
    end: dt.date
    precision: str
    published: dt.date | None
    notes: str | None


def _clean(session: Session, data: IndicatorInput) -> _Clean:
    stakeholders.get(session, data.stakeholder_id)
    source = evidence.get(session, data.evidence_id)
    if source.withdrawn:
        raise NotFoundError.because("evidence", "no_evidence_id", id=str(data.evidence_id))
    if data.period_start is None:
        raise ValidationError.because("period_start", "period_start_required")
    if data.period_end is None:
        raise ValidationError.because("period_end", "period_end_required")
    start, precision = parse_precision(data.period_precision, data.period_start, "period_precision")
    end, _ = parse_precision(precision, data.period_end, "period_end")
    assert start is not None and end is not None
    value = parse_value(data.value)
    record = {"period_start": start, "period_end": end, "published": data.published}
    check_record("indicators", {**record, "value": value, "period_precision": precision})
    if end < start:
        raise ValidationError.because("period_end", "period_end_before_start")
    return _Clean(
        metric=clean_field("indicators", "metric", data.metric),
        value=value,
        unit=clean_field("indicators", "unit", data.unit),
        start=start,
        end=end,
        precision=precision,
        published=data.published,
        notes=clean_field("indicators", "notes", data.notes) or None,
    )


def _refuse_duplicate(session: Session, data: IndicatorInput, clean: _Clean, own: int) -> None:
    wanted = identity(data.stakeholder_id, clean.metric, clean.start, clean.end)
    rows = session.scalars(
        select(m.Indicator).where(
            m.Indicator.stakeholder_id == data.stakeholder_id,
            m.Indicator.period_start == clean.start,
            m.Indicator.period_end == clean.end,
            m.Indicator.id != own,
        )
    )
    for row in rows:
        if identity(row.stakeholder_id, row.metric, row.period_start, row.period_end) == wanted:
            raise ValidationError.because("metric", "figure_already_recorded", metric=clean.metric)


def add(tx: Tx, data: IndicatorInput, *, uid: str | None = None) -> IndicatorDTO:
    """Record one published figure (audited)."""
    clean = _clean(tx.session, data)
    _refuse_duplicate(tx.session, data, clean, own=0)
    row = m.Indicator(stakeholder_id=data.stakeholder_id, evidence_id=data.evidence_id)
    if uid:
        row.uid = uid
    _fill(row, clean)
    tx.session.add(row)
    tx.session.flush()
    tx.audit("add", "indicator", row.uid, None, _view(tx.session, row))
    return _dto(tx.session, row)


def edit(
    tx: Tx, indicator_id: int, data: IndicatorInput, *, expected_state: str | None = None
) -> IndicatorDTO:
    """Change one figure (audited, with its state before and after).

    With `expected_state` (the hash of the figure's state when the form read it) a save
    from a stale copy is refused with both versions.
    """
    row = _get(tx.session, indicator_id)
    check_state(
        tx.session,
        "indicator",
        row.uid,
        expected_state,
        mine=data,
        theirs=lambda: _dto(tx.session, row),
    )
    clean = _clean(tx.session, data)
    _refuse_duplicate(tx.session, data, clean, own=row.id)
    before = _view(tx.session, row)
    row.stakeholder_id, row.evidence_id = data.stakeholder_id, data.evidence_id
    _fill(row, clean)
    tx.session.flush()
    after = _view(tx.session, row)
    if after != before:
        tx.audit("edit", "indicator", row.uid, before, after)
    return _dto(tx.session, row)


def read_with_state(database: Database, indicator_id: int) -> tuple[IndicatorDTO, str]:
    """A figure as stored now and the hash of its state (a form's copy, to save against)."""
    with database.read() as session:
        row = _get(session, indicator_id)
        return _dto(session, row), state_hash(session, "indicator", row.uid)


def delete(tx: Tx, indicator_id: int) -> None:
    """Remove one figure; the audit log keeps what it was."""
    row = _get(tx.session, indicator_id)
    uid, before = row.uid, _view(tx.session, row)
    tx.session.delete(row)
    tx.session.flush()
    tx.audit("delete", "indicator", uid, before, None)


def get(session: Session, indicator_id: int) -> IndicatorDTO:
    return _dto(session, _get(session, indicator_id))


def list_indicators(
    session: Session, stakeholder_id: int | None = None, metric: str | None = None
) -> list[IndicatorDTO]:
    """Figures, by supporter name, metric, then period (oldest first)."""
    query = select(m.Indicator)
    if stakeholder_id is not None:
        query = query.where(m.Indicator.stakeholder_id == stakeholder_id)
    rows = list(session.scalars(query))
    if metric is not None:
        rows = [row for row in rows if name_key(row.metric) == name_key(metric)]
    found = [_dto(session, row) for row in rows]
    return sorted(found, key=_order)


def _order(item: IndicatorDTO) -> tuple[object, ...]:
    return (
        collation_key(item.stakeholder),
        collation_key(item.metric),
        item.period_end,
        item.period_start,
    )


@dataclass(frozen=True)
class MetricSeries:
    """One supporter's figures for one metric and unit, oldest period first."""

    stakeholder: str
    metric: str
    unit: str
    points: tuple[IndicatorDTO, ...]


def series(items: Iterable[IndicatorDTO]) -> list[MetricSeries]:
    """Figures grouped by supporter, metric and unit (a change of unit starts a new series)."""
    grouped: dict[tuple[int, str, str], list[IndicatorDTO]] = {}
    for item in items:
        key = (item.stakeholder_id, name_key(item.metric), name_key(item.unit))
        grouped.setdefault(key, []).append(item)
    found = [
        MetricSeries(points[0].stakeholder, points[0].metric, points[0].unit, tuple(points))
        for points in (
            sorted(g, key=lambda i: (i.period_end, i.period_start)) for g in grouped.values()
        )
    ]
    return sorted(
        found, key=lambda s: (collation_key(s.metric), collation_key(s.stakeholder), s.unit)
    )


def latest_per_metric(items: Iterable[IndicatorDTO], as_of: dt.date) -> list[IndicatorDTO]:
    """Each metric's most recent figure whose period ended by `as_of` (and published by then)."""
    latest: dict[tuple[int, str], IndicatorDTO] = {}
    for item in items:
        if item.period_end > as_of or (item.published is not None and item.published > as_of):
            continue
        key = (item.stakeholder_id, name_key(item.metric))
        kept = latest.get(key)
        if kept is None or (item.period_end, item.period_start) > (
            kept.period_end,
            kept.period_start,
        ):
            latest[key] = item
    return sorted(latest.values(), key=_order)


def _get(session: Session, indicator_id: int) -> m.Indicator:
    row = session.get(m.Indicator, indicator_id)
    if row is None:
        raise NotFoundError.because("indicator", "no_figure_id", id=str(indicator_id))
    return row


def _fill(row: m.Indicator, clean: _Clean) -> None:
    row.metric, row.value, row.unit = clean.metric, clean.value, clean.unit
    row.period_start, row.period_end = clean.start, clean.end
    row.period_precision, row.published, row.notes = clean.precision, clean.published, clean.notes


def _view(session: Session, row: m.Indicator) -> dict[str, object]:
    """The figure as the audit log records it (supporter and evidence by uid, not id)."""
    data = snapshot(row)
    data.pop("stakeholder_id", None)
    data.pop("evidence_id", None)
    data["stakeholder"] = stakeholders.get(session, row.stakeholder_id).uid
    data["evidence"] = evidence.get(session, row.evidence_id).uid
    return data


def _dto(session: Session, row: m.Indicator) -> IndicatorDTO:
    supporter = stakeholders.get(session, row.stakeholder_id)
    source = evidence.get(session, row.evidence_id)
    return IndicatorDTO(
        id=row.id,
        uid=row.uid,
        stakeholder_id=row.stakeholder_id,
        stakeholder=supporter.name,
        metric=row.metric,
        value=row.value,
        unit=row.unit,
        period_start=row.period_start,
        period_end=row.period_end,
        period_precision=row.period_precision,
        published=row.published,
        evidence_id=row.evidence_id,
        evidence_uid=source.uid,
        evidence_title=source.title,
        notes=row.notes,
        evidence_restricted=source.restricted,
    )


@dataclass(frozen=True)
class SourceChoice:
    """An evidence item a figure may come from, as a chooser lists it."""

    id: int
    label: str


def source_choices(session: Session) -> list[SourceChoice]:
    """Every live evidence item, newest first, labelled with its date and title."""
    rows = session.execute(
        select(m.Evidence.id, m.Evidence.title, m.Evidence.effective)
        .where(m.Evidence.withdrawn.is_(False))
        .order_by(m.Evidence.effective.desc().nulls_last(), m.Evidence.id.desc())
    )
    return [
        SourceChoice(
            row.id, f"{row.effective.isoformat()} · {row.title}" if row.effective else row.title
        )
        for row in rows
    ]
