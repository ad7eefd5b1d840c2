"""The matrix's review steps: mark the shown judgement reviewed, record the supporter's reply.

Both are undoable edits (ui/undo.py) and audited; the service refuses a review by the
judgement's own assessor, and the refusal is explained by the window.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from pledge_tracker.domain.dto import Cell, CommitmentDTO, StakeholderDTO
from pledge_tracker.domain.errors import PledgeError
from pledge_tracker.ui import undo
from pledge_tracker.ui.context import AppContext
from pledge_tracker.ui.dialogs.reply_dialog import ReplyDialog

# The cell under the cursor: its supporter, commitment and cell (None: no cell).
Current = Callable[[], tuple[StakeholderDTO, CommitmentDTO, Cell] | None]


class ReviewActions(QObject):
    """The "Mark Reviewed" and "Record Reply…" actions of the Assess menu and detail panel."""

    def __init__(self, context: AppContext, current: Current, parent: QWidget) -> None:
        super().__init__(parent)
        self._context, self._current, self._parent = context, current, parent
        self.dialog: ReplyDialog | None = None
        self.review_action = QAction(self.tr("Mark &Reviewed"), parent)
        self.review_action.setShortcut(QKeySequence("Ctrl+Shift+R"))
        self.review_action.setStatusTip(
            self.tr("Record that you, a second officer, checked the judgement shown")
        )
        self.review_action.triggered.connect(self.mark_reviewed)
        self.reply_action = QAction(self.tr("Record Supporter's Re&ply…"), parent)
        self.reply_action.setStatusTip(self.tr("Record the supporter's reply to the judgement"))
        self.reply_action.triggered.connect(self.record_reply)

    def update(self, cell: Cell | None) -> tuple[bool, bool]:
        """Enable both when the cell shows a judgement and the database is writable."""
        ready = bool(
            cell and cell.assessment_id is not None and not self._context.database.read_only
        )
        self.review_action.setEnabled(ready)
        self.reply_action.setEnabled(ready)
        return ready, ready

    def _target(self) -> tuple[int, str] | None:
        found = self._current()
        if found is None or found[2].assessment_id is None:
            return None
        person, commitment, cell = found
        return cell.assessment_id or 0, f"{person.name} · {commitment.code}"

    def mark_reviewed(self) -> None:
        target = self._target()
        if target is None or not self.review_action.isEnabled():
            return
        assessment_id, label = target
        try:
            undo.push(self._context, undo.mark_reviewed(self._context, assessment_id, label))
        except PledgeError as exc:  # e.g. the assessor's own judgement: explained, no trace
            self._context.error_raised.emit(exc)

    def record_reply(self) -> None:
        target = self._target()
        if target is None or not self.reply_action.isEnabled():
            return
        assessment_id, label = target
        self.dialog = ReplyDialog(self._context, assessment_id, label, parent=self._parent)
        self.dialog.open()
