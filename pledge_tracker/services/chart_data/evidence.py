"""Evidence per quarter by kind (by the date each item speaks for, or when it was recorded)."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from pledge_tracker.db import models as m
from pledge_tracker.domain.errors import ValidationError
from pledge_tracker.domain.scoring import quarter_ends
from pledge_tracker.services.chart_data.scope import ChartOptions, scope


@dataclass(frozen=True)
class EvidenceByQuarter:
    """Live (not withdrawn) evidence items counted per quarter and kind.

    `counts` holds only kinds with at least one item; `stakeholders[(kind, i)]` names the
    chosen supporters linked to the items of that kind in quarter `i`.
    """

    as_of: dt.date
    quarters: tuple[dt.date, ...]
    counts: dict[str, tuple[int, ...]]
    stakeholders: dict[tuple[str, int], frozenset[int]]
    basis: str = "dated"
    restricted_included: bool = True
    filtered: bool = False

    @property
    def total(self) -> int:
        return sum(sum(values) for values in self.counts.values())


def build_evidence_by_quarter(session: Session, options: ChartOptions) -> EvidenceByQuarter:
    """Evidence per quarter by kind, up to `as_of` (from `since`, else the earliest item).

    With a supporter filter only evidence linked to a chosen supporter counts; with a
    commitment filter, only evidence linked to a chosen commitment.
    """
    if options.evidence_basis not in ("dated", "recorded"):
        raise ValidationError("evidence_basis", "choose 'dated' or 'recorded'")
    where = scope(session, options)
    links = _links(session)
    people = {p.id for p in where.people}
    commitments = {c.id for c in where.commitments}
    lower = options.since or dt.date.min
    dated: list[tuple[str, dt.date, set[int]]] = []
    for eid, kind, day in _rows(session, options):
        linked_people, linked_commitments = links.get(eid, (set(), set()))
        if not lower <= day <= options.as_of:
            continue
        if where.filtered and not linked_people & people:
            continue
        if options.commitment_ids and not linked_commitments & commitments:
            continue
        dated.append((kind, day, linked_people & people))
    start = options.since or min((day for _, day, _ in dated), default=options.as_of)
    quarters = tuple(quarter_ends(min(start, options.as_of), options.as_of))
    counts: dict[str, list[int]] = {}
    who: dict[tuple[str, int], set[int]] = defaultdict(set)
    for kind, day, linked in dated:
        index = quarter_index(quarters, day)
        counts.setdefault(kind, [0] * len(quarters))[index] += 1
        who[(kind, index)] |= linked
    return EvidenceByQuarter(
        options.as_of,
        quarters,
        {kind: tuple(values) for kind, values in sorted(counts.items())},
        {key: frozenset(ids) for key, ids in who.items()},
        options.evidence_basis,
        options.include_restricted,
        where.filtered,
    )


def _rows(session: Session, options: ChartOptions) -> list[tuple[int, str, dt.date]]:
    query = select(
        m.Evidence.id,
        m.Evidence.kind,
        m.Evidence.effective,
        m.Evidence.published,
        m.Evidence.retrieved,
        m.Evidence.created_at,
    ).where(m.Evidence.withdrawn.is_(False))
    if not options.include_restricted:
        query = query.where(m.Evidence.restricted.is_(False))
    rows = []
    for eid, kind, effective, published, retrieved, created in session.execute(query):
        recorded = created.date()
        day = recorded if options.evidence_basis == "recorded" else None
        rows.append((eid, kind, day or effective or published or retrieved or recorded))
    return rows


def _links(session: Session) -> dict[int, tuple[set[int], set[int]]]:
    """Each evidence item's linked supporters and commitments."""
    links: dict[int, tuple[set[int], set[int]]] = defaultdict(lambda: (set(), set()))
    for eid, sid in session.execute(select(m.evidence_stakeholders)):
        links[eid][0].add(sid)
    for eid, cid in session.execute(select(m.evidence_commitments)):
        links[eid][1].add(cid)
    return dict(links)


def quarter_index(quarters: tuple[dt.date, ...], day: dt.date) -> int:
    """The index of the first quarter end on or after `day` (`day` lies within the range)."""
    for index, end in enumerate(quarters):
        if day <= end:
            return index
    return len(quarters) - 1
