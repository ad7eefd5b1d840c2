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
from pledge_tracker.services import dialog_reads


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
    found = dialog_reads.cell_records(database, stakeholder.id, commitment.id)
    items = sorted(
        [e for e in found.evidence if not e.withdrawn],
        key=lambda e: e.dated or dt.date.min,
        reverse=True,
    )
    open_steps = [
        a for a in found.actions if not a.done and a.commitment_id in (commitment.id, None)
    ]
    return CellDetail(
        stakeholder,
        commitment,
        cell,
        found.history,
        tuple(items),
        tuple(open_steps),
        today or dt.date.today(),
        found.replies,
    )
