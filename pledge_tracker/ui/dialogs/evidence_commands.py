"""The undoable edit of an evidence item whose attachments changed too."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from pledge_tracker.db.uow import Tx
from pledge_tracker.domain.dto import AttachmentRef, EvidenceDTO, EvidenceInput
from pledge_tracker.domain.words import shorten
from pledge_tracker.services import attachments, evidence, unit_reads
from pledge_tracker.ui.context import AppContext
from pledge_tracker.ui.undo import ServiceCommand


def edit_evidence_with_files(
    context: AppContext,
    old: EvidenceDTO,
    data: EvidenceInput,
    added: Sequence[Path | attachments.PendingFile],
    removed: list[AttachmentRef],
) -> ServiceCommand:
    """Edit details, attach `added` files and detach `removed` ones, as one undoable step.

    Detaching keeps the bytes in the database, so undo and redo re-link them by hash
    without holding file contents in memory.
    """
    previous = EvidenceInput.of(old)
    linked: list[AttachmentRef] = []  # filled by the first run, reused by undo and redo

    def first(tx: Tx) -> EvidenceDTO:
        result = evidence.edit(tx, old.id, data, expected_version=old.version)
        for path in added:
            name, content = attachments.read_file(path)
            result = evidence.attach(tx, old.id, name, content)
            linked.append(AttachmentRef(attachments.sha256(content), name, len(content)))
        return _detach_all(tx, old.id, removed) or result

    def undo(tx: Tx, _result: object) -> None:
        evidence.edit(tx, old.id, previous)
        _detach_all(tx, old.id, linked)
        _relink_all(tx, old.id, removed)

    def redo(tx: Tx, _result: object) -> None:
        evidence.edit(tx, old.id, data)
        _relink_all(tx, old.id, linked)
        _detach_all(tx, old.id, removed)

    text = QCoreApplication.translate("UndoCommand", "Edit evidence {0}").format(
        shorten(old.title, 40)
    )

    def version(tx: Tx) -> int:
        return unit_reads.evidence_version(tx, old.id)

    return ServiceCommand(context, text, do=first, undo=undo, redo_again=redo, version=version)


def _detach_all(tx: Tx, evidence_id: int, refs: list[AttachmentRef]) -> EvidenceDTO | None:
    result = None
    for ref in refs:
        result = evidence.detach(tx, evidence_id, ref.sha256)
    return result


def _relink_all(tx: Tx, evidence_id: int, refs: list[AttachmentRef]) -> None:
    for ref in refs:
        evidence.attach(tx, evidence_id, ref.filename, unit_reads.attachment(tx, ref.sha256))
