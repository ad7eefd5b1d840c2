"""Everything the detail panel shows about one supporter on one commitment (no Qt here)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from pledge_tracker.db.uow import Database
from pledge_tracker.domain.dto import (
    ActionDTO,
    AssessmentDTO,
    Cell,
    CommitmentDTO,
    EvidenceDTO,
    ReplyDTO,
    StakeholderDTO,
)
from pledge_tracker.services import actions, assessments, evidence, replies


@dataclass(frozen=True)
class CellDetail:
    """One matrix cell with its history, evidence and open actions, read in one session."""

    stakeholder: StakeholderDTO
    commitment: CommitmentDTO
    cell: Cell
    history: tuple[AssessmentDTO, ...]
    evidence: tuple[EvidenceDTO, ...]
    open_actions: tuple[ActionDTO, ...]
    today: dt.date
    replies: tuple[ReplyDTO, ...] = ()  # supporters' replies to the judgements in history

    @property
    def cited_ids(self) -> tuple[int, ...]:
        """Evidence the newest judgement rests on (a new judgement starts from it)."""
        return self.history[0].evidence_ids if self.history else ()

    def overdue(self) -> list[ActionDTO]:
        return [a for a in self.open_actions if a.overdue(self.today)]


def load_cell_detail(
    database: Database,
    stakeholder: StakeholderDTO,
    commitment: CommitmentDTO,
    cell: Cell,
    today: dt.date | None = None,
) -> CellDetail:
    """Read a cell's history, the evidence linked to both or cited, and its open actions."""
    with database.read() as session:
        history = assessments.history(session, stakeholder.id, commitment.id)
        linked = evidence.list_for(
            session, stakeholder_id=stakeholder.id, commitment_id=commitment.id
        )
        known = {item.id for item in linked}
        cited = sorted({i for a in history for i in a.evidence_ids} - known)
        extra = [evidence.get_dto(session, i) for i in cited]
        steps = actions.list_actions(session, stakeholder_id=stakeholder.id)
        answers = [r for a in history for r in replies.replies_of(session, a.id)]
    items = sorted(
        [e for e in [*linked, *extra] if not e.withdrawn],
        key=lambda e: e.dated or dt.date.min,
        reverse=True,
    )
    open_steps = [a for a in steps if not a.done and a.commitment_id in (commitment.id, None)]
    return CellDetail(
        stakeholder,
        commitment,
        cell,
        tuple(history),
        tuple(items),
        tuple(open_steps),
        today or dt.date.today(),
        tuple(answers),
    )
