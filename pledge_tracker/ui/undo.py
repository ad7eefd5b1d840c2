"""Undoable edits: each is a QUndoCommand whose redo/undo run one audited unit of work."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QUndoCommand

from pledge_tracker.db.uow import Tx
from pledge_tracker.domain.dto import (
    AssessmentInput,
    EvidenceDTO,
    EvidenceInput,
    ReplyInput,
    StakeholderDTO,
    StakeholderInput,
)
from pledge_tracker.domain.errors import ConflictError, PledgeError
from pledge_tracker.domain.words import shorten
from pledge_tracker.services import assessments, evidence, replies, stakeholders, unit_reads
from pledge_tracker.services.attachments import PendingFile
from pledge_tracker.ui.context import AppContext


class ServiceCommand(QUndoCommand):
    """An edit made through the services, undone and redone as audited units of work.

    `push()` runs it at once; if that first run is refused the error propagates to the
    caller (the dialog stays open with the user's input) and nothing goes on the stack.
    """

    def __init__(
        self,
        context: AppContext,
        text: str,
        do: Callable[[Tx], Any],
        undo: Callable[[Tx, Any], Any],
        redo_again: Callable[[Tx, Any], Any],
        version: Callable[[Tx], int] | None = None,
    ) -> None:
        super().__init__(text)
        self._context = context
        self._do, self._undo, self._redo_again = do, undo, redo_again
        self.result: Any = None
        self._skip_next_redo = False
        # With `version` (the edited record's version), undo and redo refuse to run over a
        # change someone else made after this command's last step: nothing is overwritten
        # silently.
        self._version = version
        self._left_version: int | None = None

    def run_first(self) -> Any:
        """Do the edit now; returns its result (raises, pushing nothing, if refused)."""
        self.result = self._context.write(lambda tx: self._step(tx, self._do))
        self._skip_next_redo = True  # QUndoStack.push() calls redo() straight after
        return self.result

    def _step(self, tx: Tx, fn: Callable[[Tx], Any]) -> Any:
        if self._version is not None and self._left_version is not None:
            if self._version(tx) != self._left_version:
                raise ConflictError(
                    "Someone else changed this record after your edit, so undoing or redoing "
                    "it would overwrite their change. Reload it and edit it again."
                )
        result = fn(tx)
        if self._version is not None:
            tx.flush()
            self._left_version = self._version(tx)
        return result

    def redo(self) -> None:
        if self._skip_next_redo:
            self._skip_next_redo = False
            return
        self._run(lambda tx: self._step(tx, lambda t: self._redo_again(t, self.result)))

    def undo(self) -> None:
        self._run(lambda tx: self._step(tx, lambda t: self._undo(t, self.result)))

    def _run(self, fn: Callable[[Tx], Any]) -> None:
        """Undo or redo; if refused, the stack drops this command rather than lie.

        The unit of work rolled back, so the database still holds the state before the
        attempt; marked obsolete, the command leaves the stack (Qt deletes it) instead of
        claiming a change that did not happen.
        """
        try:
            self._context.write(fn)
        except PledgeError as error:
            self.setObsolete(True)
            refused = error  # shown after the stack has finished, not from inside undo()
            QTimer.singleShot(0, lambda: self._context.error_raised.emit(refused))
        except Exception:
            self.setObsolete(True)
            raise


def push(context: AppContext, command: ServiceCommand) -> Any:
    """Run `command` and, if it succeeded, put it on the undo stack."""
    result = command.run_first()
    context.undo_stack.push(command)
    return result


def record_assessment(context: AppContext, data: AssessmentInput, label: str) -> ServiceCommand:
    """Undo retracts the judgement (kept in the audit), redo restores it."""
    return ServiceCommand(
        context,
        QCoreApplication.translate("UndoCommand", "Record assessment: {0}").format(label),
        do=lambda tx: assessments.record(tx, data),
        undo=lambda tx, a: assessments.set_retracted(tx, a.id, True),
        redo_again=lambda tx, a: assessments.set_retracted(tx, a.id, False),
    )


def mark_reviewed(context: AppContext, assessment_id: int, label: str) -> ServiceCommand:
    """Undo takes the review back, redo records it again under the same reviewer (audited)."""
    return ServiceCommand(
        context,
        QCoreApplication.translate("UndoCommand", "Mark reviewed: {0}").format(label),
        do=lambda tx: assessments.mark_reviewed(tx, assessment_id),
        undo=lambda tx, _a: assessments.clear_review(tx, assessment_id),
        redo_again=lambda tx, a: assessments.mark_reviewed(tx, assessment_id, a.reviewed_by),
    )


def record_reply(context: AppContext, data: ReplyInput, label: str) -> ServiceCommand:
    """Undo withdraws the reply (kept for the audit), redo restores it."""
    return ServiceCommand(
        context,
        QCoreApplication.translate("UndoCommand", "Record reply: {0}").format(label),
        do=lambda tx: replies.record(tx, data),
        undo=lambda tx, r: replies.set_withdrawn(tx, r.id, True),
        redo_again=lambda tx, r: replies.set_withdrawn(tx, r.id, False),
    )


def add_stakeholder(context: AppContext, data: StakeholderInput) -> ServiceCommand:
    """Undo deactivates the new supporter (history is never deleted), redo reactivates it."""
    return ServiceCommand(
        context,
        QCoreApplication.translate("UndoCommand", "Add supporter {0}").format(data.name),
        do=lambda tx: stakeholders.add(tx, data),
        undo=lambda tx, s: stakeholders.set_active(tx, s.id, False),
        redo_again=lambda tx, s: stakeholders.set_active(tx, s.id, True),
    )


def edit_stakeholder(
    context: AppContext, old: StakeholderDTO, data: StakeholderInput
) -> ServiceCommand:
    """Undo puts the previous details back (refused if someone changed them since)."""
    previous = StakeholderInput.of(old)
    return ServiceCommand(
        context,
        QCoreApplication.translate("UndoCommand", "Edit supporter {0}").format(old.name),
        do=lambda tx: stakeholders.edit(tx, old.id, data, expected_version=old.version),
        undo=lambda tx, _s: stakeholders.edit(tx, old.id, previous),
        redo_again=lambda tx, _s: stakeholders.edit(tx, old.id, data),
        version=lambda tx: unit_reads.supporter_version(tx, old.id),
    )


def set_stakeholder_active(
    context: AppContext, old: StakeholderDTO, active: bool
) -> ServiceCommand:
    text = (
        QCoreApplication.translate("UndoCommand", "Reactivate {0}")
        if active
        else QCoreApplication.translate("UndoCommand", "Deactivate {0}")
    )
    return ServiceCommand(
        context,
        text.format(old.name),
        do=lambda tx: stakeholders.set_active(tx, old.id, active),
        undo=lambda tx, _s: stakeholders.set_active(tx, old.id, not active),
        redo_again=lambda tx, _s: stakeholders.set_active(tx, old.id, active),
    )


def add_evidence(
    context: AppContext, data: EvidenceInput, files: Sequence[str | Path | PendingFile]
) -> ServiceCommand:
    """Undo withdraws the new item (kept for the audit), redo restores it."""
    return ServiceCommand(
        context,
        QCoreApplication.translate("UndoCommand", "Add evidence {0}").format(
            shorten(data.title, 40)
        ),
        do=lambda tx: evidence.add(tx, data, list(files)),
        undo=lambda tx, e: evidence.set_withdrawn(tx, e.id, True),
        redo_again=lambda tx, e: evidence.set_withdrawn(tx, e.id, False),
    )


def edit_evidence(context: AppContext, old: EvidenceDTO, data: EvidenceInput) -> ServiceCommand:
    """Undo puts the previous details back (refused if someone changed them since)."""
    previous = EvidenceInput.of(old)
    return ServiceCommand(
        context,
        QCoreApplication.translate("UndoCommand", "Edit evidence {0}").format(
            shorten(old.title, 40)
        ),
        do=lambda tx: evidence.edit(tx, old.id, data, expected_version=old.version),
        undo=lambda tx, _e: evidence.edit(tx, old.id, previous),
        redo_again=lambda tx, _e: evidence.edit(tx, old.id, data),
        version=lambda tx: unit_reads.evidence_version(tx, old.id),
    )
