"""Evidence a report counts and lists: live items, counts per supporter, the newest few."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Iterator

from sqlalchemy import ColumnElement, case, func, select
from sqlalchemy.orm import Session

from pledge_tracker.db import models as m
from pledge_tracker.services.report_data.records import EvidenceLine, ReportOptions

CHUNK = 900  # below SQLite's bound-parameter limit

_DATED = func.coalesce(m.Evidence.effective, m.Evidence.published, m.Evidence.retrieved)
# Only the effective date may be known to the month or year; the others are days.
_DATED_PRECISION = case(
    (m.Evidence.effective.is_not(None), m.Evidence.effective_precision), else_="day"
)


def _live(as_of: dt.date) -> tuple[ColumnElement[bool], ...]:
    """Evidence a report may count: not withdrawn, and dated on or before as_of."""
    return (m.Evidence.withdrawn.is_(False), _DATED <= as_of)


def linked_evidence(
    session: Session, ids: set[int], options: ReportOptions
) -> tuple[set[int], set[int], set[int]]:
    """Evidence linked to the chosen supporters: ids shown, restricted ids withheld or shown."""
    rows = session.execute(
        select(
            m.evidence_stakeholders.c.evidence_id,
            m.evidence_stakeholders.c.stakeholder_id,
            m.Evidence.restricted,
        )
        .join(m.Evidence, m.Evidence.id == m.evidence_stakeholders.c.evidence_id)
        .where(*_live(options.as_of))
    ).all()
    shown: set[int] = set()
    withheld: set[int] = set()
    restricted_shown: set[int] = set()
    for evidence_id, person, restricted in rows:
        if person not in ids:
            continue
        (withheld if options.public and restricted else shown).add(evidence_id)
        if restricted and not options.public:
            restricted_shown.add(evidence_id)
    return shown, withheld, restricted_shown


class EvidenceCounts:
    """Evidence items per supporter and per supporter-commitment pair."""

    def __init__(self, session: Session, shown: set[int], options: ReportOptions) -> None:
        person = m.evidence_stakeholders.c.stakeholder_id
        commitment = m.evidence_commitments.c.commitment_id
        link = m.evidence_stakeholders.c.evidence_id
        query = (
            select(person, commitment, func.count())
            .join(m.evidence_commitments, m.evidence_commitments.c.evidence_id == link)
            .join(m.Evidence, m.Evidence.id == link)
            .where(*_live(options.as_of))
            .group_by(person, commitment)
        )
        person_query = (
            select(person, func.count())
            .join(m.Evidence, m.Evidence.id == link)
            .where(*_live(options.as_of))
            .group_by(person)
        )
        withheld: dict[int, int] = {}
        if options.public:
            hidden = person_query.where(m.Evidence.restricted.is_(True))
            withheld = dict(session.execute(hidden).all())
            query = query.where(m.Evidence.restricted.is_(False))
            person_query = person_query.where(m.Evidence.restricted.is_(False))
        self.withheld = withheld
        self.pairs = {(s, c): n for s, c, n in session.execute(query).all()}
        self.people: dict[int, int] = dict(session.execute(person_query).all())


def recent_evidence(
    session: Session, ids: set[int], options: ReportOptions
) -> dict[int, list[EvidenceLine]]:
    """Each supporter's newest few evidence items dated on or before as_of."""
    person = m.evidence_stakeholders.c.stakeholder_id
    rank = func.row_number().over(
        partition_by=person, order_by=(_DATED.desc(), m.Evidence.id.desc())
    )
    inner = (
        select(person.label("person"), m.Evidence.id.label("id"), rank.label("rank"))
        .join(m.Evidence, m.Evidence.id == m.evidence_stakeholders.c.evidence_id)
        .where(*_live(options.as_of))
    )
    if options.public:
        inner = inner.where(m.Evidence.restricted.is_(False))
    ranked = inner.subquery()
    pairs = [
        (p, e)
        for p, e in session.execute(
            select(ranked.c.person, ranked.c.id).where(ranked.c.rank <= options.recent_evidence)
        ).all()
        if p in ids
    ]
    lines = evidence_lines(session, {e for _, e in pairs})
    recent: dict[int, list[EvidenceLine]] = defaultdict(list)
    for p, e in pairs:
        recent[p].append(lines[e])
    for items in recent.values():
        items.sort(key=lambda e: (e.dated or dt.date.min, e.id), reverse=True)
    return recent


def evidence_lines(session: Session, evidence_ids: Iterable[int]) -> dict[int, EvidenceLine]:
    """Each evidence item as printed, by id."""
    columns = (
        m.Evidence.id,
        m.Evidence.title,
        m.Evidence.kind,
        m.Evidence.source_name,
        m.Evidence.source_url,
        _DATED,
        m.Evidence.published,
        m.Evidence.retrieved,
        m.Evidence.reliability,
        m.Evidence.demo,
        _DATED_PRECISION,
    )
    result: dict[int, EvidenceLine] = {}
    for chunk in chunks(sorted(evidence_ids)):
        query = select(*columns, m.Evidence.restricted).where(m.Evidence.id.in_(chunk))
        for row in session.execute(query).all():
            result[row[0]] = EvidenceLine(
                id=row[0],
                title=row[1],
                kind=row[2],
                source_name=row[3],
                source_url=row[4],
                dated=_as_date(row[5]),
                published=row[6],
                retrieved=row[7],
                reliability=row[8],
                demo=row[9],
                dated_precision=row[10] or "day",
                restricted=bool(row[11]),
            )
    return result


def _as_date(value: object) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value))


def chunks(items: list[int]) -> Iterator[list[int]]:
    """The ids in slices small enough for one IN (...) query."""
    for start in range(0, len(items), CHUNK):
        yield items[start : start + CHUNK]


def restricted_ids(session: Session, evidence_ids: set[int]) -> set[int]:
    """Which of these evidence items are restricted."""
    result: set[int] = set()
    for chunk in chunks(sorted(evidence_ids)):
        result.update(
            session.scalars(
                select(m.Evidence.id).where(m.Evidence.id.in_(chunk), m.Evidence.restricted)
            )
        )
    return result
