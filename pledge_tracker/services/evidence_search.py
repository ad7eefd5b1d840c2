"""The evidence library's read side: a filtered, sorted search paged over 100,000+ items.

A search runs in two steps so that the screen never waits on a big query:
`search_ids()` (in a worker) returns every matching id in display order, and
`load_rows()` turns one page of those ids into rows with a primary-key lookup, which
stays fast however deep the user scrolls (no OFFSET scans).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import StrEnum

from sqlalchemy import ColumnElement, Select, false, func, select
from sqlalchemy.orm import Session

from pledge_tracker.db import models as m
from pledge_tracker.db import search_index
from pledge_tracker.domain.dto import AttachmentRef, EvidenceDTO
from pledge_tracker.domain.search import EVIDENCE_SEARCH_FIELDS, search_words
from pledge_tracker.domain.validate import collation_key
from pledge_tracker.services.convert import evidence_dto

SEARCH_FIELDS = EVIDENCE_SEARCH_FIELDS
_CHUNK = 900  # SQLite's bound-parameter limit, with room to spare


class SortKey(StrEnum):
    """The columns the library can be sorted by."""

    DATE = "date"
    TITLE = "title"
    KIND = "kind"
    SOURCE = "source"
    SUPPORTERS = "supporters"
    COMMITMENTS = "commitments"
    RELIABILITY = "reliability"
    ACCESS = "access"
    ATTACHMENTS = "attachments"


@dataclass(frozen=True)
class EvidenceQuery:
    """What the user asked the library for; empty fields do not filter."""

    text: str = ""
    kinds: frozenset[str] = field(default_factory=frozenset)
    stakeholder_id: int | None = None
    commitment_id: int | None = None
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    restricted: bool | None = None  # None: both; True: restricted only; False: public only
    sort: SortKey = SortKey.DATE
    descending: bool = True


@dataclass(frozen=True)
class EvidenceRow(EvidenceDTO):
    """One line of the library: the item, plus the names of what it is linked to."""

    stakeholders: tuple[str, ...] = ()  # supporters' names, sorted
    commitments: tuple[str, ...] = ()  # commitment codes, sorted


def search_terms(text: str) -> list[str]:
    """The folded words of a search; each must appear in one of the searched fields.

    Folded as the stored search text is (domain/search.py): case and accents never matter.
    """
    return search_words(text)


def _like_pattern(word: str) -> str:
    escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _dated() -> ColumnElement[dt.date]:
    return func.coalesce(m.Evidence.effective, m.Evidence.published, m.Evidence.retrieved)


def _joins_index(session: Session, indexed: bool | None = None) -> bool:
    """Whether long words join SQLite's FTS5 index (unless `indexed=False` asks for LIKE
    only). A server's pg_trgm index answers the LIKE query itself (db/search_index.py)."""
    sqlite = session.get_bind().dialect.name == "sqlite"
    return sqlite and indexed is not False


def _filtered(query: EvidenceQuery, fts: bool) -> Select[int]:
    """The matching ids; with `fts`, words of three characters or more go through the
    trigram index (the same hits as LIKE on the folded text: db/search_index.py)."""
    stmt = select(m.Evidence.id).where(m.Evidence.withdrawn.is_(False))
    words = search_terms(query.text)
    if any("\x00" in word for word in words):
        # Stored text never holds a NUL (control characters are cleaned out), and a
        # server refuses one in a parameter: such a word matches nothing, on either engine.
        return stmt.where(false())
    long = [word for word in words if fts and search_index.indexable(word)]
    if long:
        stmt = search_index.restrict(stmt, long, m.Evidence.id)
    for word in (word for word in words if word not in long):  # both sides folded: no lower()
        stmt = stmt.where(m.Evidence.search_text.like(_like_pattern(word), escape="\\"))
    if query.kinds:
        stmt = stmt.where(m.Evidence.kind.in_(sorted(query.kinds)))
    if query.stakeholder_id is not None:
        link = m.evidence_stakeholders.c
        stmt = stmt.where(
            m.Evidence.id.in_(
                select(link.evidence_id).where(link.stakeholder_id == query.stakeholder_id)
            )
        )
    if query.commitment_id is not None:
        link = m.evidence_commitments.c
        stmt = stmt.where(
            m.Evidence.id.in_(
                select(link.evidence_id).where(link.commitment_id == query.commitment_id)
            )
        )
    if query.date_from is not None:
        stmt = stmt.where(_dated() >= query.date_from)
    if query.date_to is not None:
        stmt = stmt.where(_dated() <= query.date_to)
    if query.restricted is not None:
        stmt = stmt.where(m.Evidence.restricted.is_(query.restricted))
    return stmt


def _sort_expression(key: SortKey) -> object:
    """What a column sorts by; linked names sort by the first one alphabetically."""
    simple = {
        SortKey.DATE: _dated(),
        SortKey.TITLE: func.lower(m.Evidence.title),
        SortKey.KIND: m.Evidence.kind,
        SortKey.SOURCE: func.lower(func.coalesce(m.Evidence.source_name, m.Evidence.source_url)),
        SortKey.RELIABILITY: m.Evidence.reliability,
        SortKey.ACCESS: m.Evidence.restricted,
    }
    if key in simple:
        return simple[key]
    if key is SortKey.SUPPORTERS:
        link = m.evidence_stakeholders
        return (
            select(func.min(m.Stakeholder.name_key))
            .join(link, link.c.stakeholder_id == m.Stakeholder.id)
            .where(link.c.evidence_id == m.Evidence.id)
            .scalar_subquery()
        )
    if key is SortKey.COMMITMENTS:
        link = m.evidence_commitments
        return (
            select(func.min(m.Commitment.code))
            .join(link, link.c.commitment_id == m.Commitment.id)
            .where(link.c.evidence_id == m.Evidence.id)
            .scalar_subquery()
        )
    files = m.EvidenceAttachment
    return (
        select(func.count()).select_from(files).where(files.evidence_id == m.Evidence.id)
    ).scalar_subquery()


def search_ids(session: Session, query: EvidenceQuery, *, indexed: bool | None = None) -> list[int]:
    """Every matching, not withdrawn item's id, in the order the query asks for.

    Items without a value in the sort column come last either way; ties fall to the id
    so the order is stable between pages. `indexed=False` searches with LIKE only (the
    plain path the index must agree with; on a server that is the only path).
    """
    key = _sort_expression(query.sort)
    ordered = key.desc() if query.descending else key.asc()  # type: ignore[attr-defined]
    tie = m.Evidence.id.desc() if query.descending else m.Evidence.id.asc()
    stmt = _filtered(query, _joins_index(session, indexed)).order_by(key.is_(None), ordered, tie)  # type: ignore[attr-defined]
    return list(session.scalars(stmt))


def count(session: Session, query: EvidenceQuery) -> int:
    """How many items match (without sorting them)."""
    return (
        session.scalar(
            select(func.count()).select_from(_filtered(query, _joins_index(session)).subquery())
        )
        or 0
    )


def load_rows(session: Session, ids: Sequence[int]) -> list[EvidenceRow]:
    """The rows for `ids`, in the same order (ids no longer present are skipped)."""
    if not ids:
        return []
    found: dict[int, m.Evidence] = {}
    for start in range(0, len(ids), _CHUNK):
        chunk = list(ids[start : start + _CHUNK])
        found.update(
            (row.id, row)
            for row in session.scalars(select(m.Evidence).where(m.Evidence.id.in_(chunk)))
        )
    present = [i for i in ids if i in found]
    supporters = _links(session, present, m.evidence_stakeholders, m.Stakeholder, "name")
    codes = _links(session, present, m.evidence_commitments, m.Commitment, "code")
    files = _attachments(session, present)
    return [
        _row(found[i], supporters.get(i, ()), codes.get(i, ()), files.get(i, ())) for i in present
    ]


def _links(
    session: Session, ids: list[int], link: object, model: type, attr: str
) -> dict[int, list[tuple[int, str]]]:
    """For each evidence id, the (id, name) of the supporters or commitments it is linked to."""
    found: dict[int, list[tuple[int, str]]] = defaultdict(list)
    other_id = "stakeholder_id" if model is m.Stakeholder else "commitment_id"
    columns = link.c  # type: ignore[attr-defined]
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start : start + _CHUNK]
        rows = session.execute(
            select(columns.evidence_id, model.id, getattr(model, attr))  # type: ignore[attr-defined]
            .join(model, getattr(columns, other_id) == model.id)  # type: ignore[attr-defined]
            .where(columns.evidence_id.in_(chunk))
        ).all()
        for evidence_id, other, name in rows:
            found[evidence_id].append((other, name))
    return found


def _attachments(session: Session, ids: list[int]) -> dict[int, tuple[AttachmentRef, ...]]:
    files: dict[int, list[AttachmentRef]] = defaultdict(list)
    ea = m.EvidenceAttachment
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start : start + _CHUNK]
        rows = session.execute(
            select(ea.evidence_id, m.Attachment.sha256, ea.filename, m.Attachment.size)
            .join(m.Attachment, m.Attachment.id == ea.attachment_id)
            .where(ea.evidence_id.in_(chunk))
            .order_by(ea.id)
        ).all()
        for evidence_id, digest, filename, size in rows:
            files[evidence_id].append(AttachmentRef(digest, filename, size))
    return {key: tuple(value) for key, value in files.items()}


def _row(
    row: m.Evidence,
    supporters: list[tuple[int, str]] | tuple[()],
    commitments: list[tuple[int, str]] | tuple[()],
    files: tuple[AttachmentRef, ...],
) -> EvidenceRow:
    item = evidence_dto(
        row,
        stakeholder_ids=tuple(sorted(i for i, _ in supporters)),
        commitment_ids=tuple(sorted(i for i, _ in commitments)),
        attachments=files,
    )
    return EvidenceRow(
        **vars(item),
        stakeholders=tuple(sorted((name for _, name in supporters), key=collation_key)),
        commitments=tuple(sorted((code for _, code in commitments), key=str.casefold)),
    )
