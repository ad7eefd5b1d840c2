"""What the window's dialogs, panels and lists read, each in its own read session.

Like services/window_reads.py: the caller passes the Database and gets frozen DTOs back,
never a session, so the same call serves the GUI thread (a few rows) and a worker.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from pledge_tracker.db.uow import Database
from pledge_tracker.domain.dto import ActionDTO, AssessmentDTO, EvidenceDTO, ReplyDTO
from pledge_tracker.domain.takedown import IncidentTimes
from pledge_tracker.services import (
    actions,
    assessments,
    attachments,
    events,
    evidence,
    evidence_search,
    indicators,
    protocols,
    replies,
)
from pledge_tracker.services.evidence_search import EvidenceQuery, EvidenceRow
from pledge_tracker.services.indicators import SourceChoice


@dataclass(frozen=True)
class CellRecords:
    """What is recorded about one supporter on one commitment, read in one session."""

    history: tuple[AssessmentDTO, ...]  # newest first
    evidence: tuple[EvidenceDTO, ...]  # linked to both, then cited by a judgement
    actions: tuple[ActionDTO, ...]  # every action of the supporter
    replies: tuple[ReplyDTO, ...]  # the supporter's replies to the judgements in history


def cell_records(database: Database, stakeholder_id: int, commitment_id: int) -> CellRecords:
    """A cell's history, the evidence linked to both or cited, its actions and replies."""
    with database.read() as session:
        history = assessments.history(session, stakeholder_id, commitment_id)
        linked = evidence.list_for(
            session, stakeholder_id=stakeholder_id, commitment_id=commitment_id
        )
        known = {item.id for item in linked}
        cited = sorted({i for a in history for i in a.evidence_ids} - known)
        extra = [evidence.get_dto(session, i) for i in cited]
        steps = actions.list_actions(session, stakeholder_id=stakeholder_id)
        answers = [r for a in history for r in replies.replies_of(session, a.id)]
    return CellRecords(tuple(history), (*linked, *extra), tuple(steps), tuple(answers))


def pickable_evidence(
    database: Database, stakeholder_id: int, commitment_id: int, cited: tuple[int, ...]
) -> list[EvidenceDTO]:
    """Evidence linked to the supporter or the commitment (both first), plus any cited."""
    with database.read() as session:
        by_supporter = evidence.list_for(session, stakeholder_id=stakeholder_id)
        by_commitment = evidence.list_for(session, commitment_id=commitment_id)
        items = {e.id: e for e in [*by_supporter, *by_commitment]}
        for missing in set(cited) - set(items):
            items[missing] = evidence.get_dto(session, missing)
    both = {e.id for e in by_supporter} & {e.id for e in by_commitment}
    return sorted(
        (e for e in items.values() if not e.withdrawn),
        key=lambda e: (e.id not in both, -(e.dated or dt.date.min).toordinal(), e.title),
    )


def evidence_titles(database: Database) -> list[tuple[int, str]]:
    """(id, title) of every live evidence item, by title: what an event or response cites."""
    with database.read() as session:
        return events.evidence_choices(session)


def figure_sources(database: Database) -> list[SourceChoice]:
    """The evidence items a published figure may come from."""
    with database.read() as session:
        return indicators.source_choices(session)


def incident_times(database: Database, incident_uid: str) -> IncidentTimes:
    with database.read() as session:
        return protocols.incident_times(session, incident_uid)


def attachment(database: Database, digest: str) -> bytes:
    """An attachment's bytes, verified against their hash (raises if they are damaged)."""
    with database.read() as session:
        return attachments.load(session, digest)


def search_evidence(
    database: Database, query: EvidenceQuery, first: int
) -> tuple[list[int], list[EvidenceRow]]:
    """The ids of every evidence item matching, in order, and the rows of the first few."""
    with database.read() as session:
        ids = evidence_search.search_ids(session, query)
        return ids, evidence_search.load_rows(session, ids[:first])


def evidence_rows(database: Database, ids: Sequence[int]) -> list[EvidenceRow]:
    """The list rows of these evidence items (those since deleted are left out)."""
    with database.read() as session:
        return evidence_search.load_rows(session, ids)
