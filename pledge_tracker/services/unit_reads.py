"""Reads made inside a write unit (an undo step checking a version, a re-attached file).

They take the unit's `Tx`, so the window's undo commands and dialogs hand service functions
the unit, never its session.
"""

from __future__ import annotations

from pledge_tracker.db.uow import Tx
from pledge_tracker.domain.dto import ActionDTO
from pledge_tracker.services import actions, attachments, evidence, stakeholders


def supporter_version(tx: Tx, stakeholder_id: int) -> int:
    """The supporter's version as this unit sees it (after its own changes)."""
    tx.flush()
    return stakeholders.get(tx.session, stakeholder_id).version


def evidence_version(tx: Tx, evidence_id: int) -> int:
    tx.flush()
    return evidence.get(tx.session, evidence_id).version


def action_now(tx: Tx, action_id: int) -> ActionDTO:
    """The action as this unit sees it (actions have no version: undo compares states)."""
    tx.flush()
    return actions.get(tx.session, action_id)


def attachment(tx: Tx, digest: str) -> bytes:
    return attachments.load(tx.session, digest)
