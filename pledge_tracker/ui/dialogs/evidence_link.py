"""Opening the evidence dialog from the matrix, with the selected cell's links filled in."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QWidget

from pledge_tracker.ui.context import AppContext
from pledge_tracker.ui.dialogs.evidence_dialog import EvidenceDialog


def open_evidence_dialog(
    context: AppContext, parent: QWidget, *, stakeholder_id: int, commitment_id: int
) -> QDialog:
    """Open the evidence library's add dialog (window-modal) linked to one cell."""
    dialog = EvidenceDialog(
        context,
        parent,
        preset_stakeholder_ids=(stakeholder_id,),
        preset_commitment_ids=(commitment_id,),
    )
    dialog.open()
    return dialog
