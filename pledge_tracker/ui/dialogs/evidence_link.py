"""Opening the evidence dialog from the matrix, with the selected cell's links filled in."""

from __future__ import annotations

import inspect
from typing import Any

from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from pledge_tracker.ui.context import AppContext


def open_evidence_dialog(
    context: AppContext, parent: QWidget, *, stakeholder_id: int, commitment_id: int
) -> QDialog | None:
    """Open the evidence library's add dialog (window-modal) linked to one cell."""
    try:
        from pledge_tracker.ui.dialogs.evidence_dialog import EvidenceDialog
    except ImportError:  # built by another part of the app; say so rather than fail
        QMessageBox.information(
            parent,
            parent.tr("Add evidence"),
            parent.tr("The evidence dialog is not available in this build."),
        )
        return None
    kwargs: dict[str, Any] = {"parent": parent}
    accepted = inspect.signature(EvidenceDialog).parameters
    if "stakeholder_ids" in accepted:
        kwargs["stakeholder_ids"] = (stakeholder_id,)
    if "commitment_ids" in accepted:
        kwargs["commitment_ids"] = (commitment_id,)
    dialog = EvidenceDialog(context, **kwargs)
    dialog.open()
    return dialog
