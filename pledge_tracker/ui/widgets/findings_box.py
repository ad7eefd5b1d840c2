"""The briefing's key findings on the Reports page: drafted from the data, edited, saved.

Saved findings belong to one language, period and scope (services/report_notes), with an
audit entry each time they change; the briefing prints them on its Key findings page.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from pledge_tracker.domain.errors import PledgeError
from pledge_tracker.reports import changes
from pledge_tracker.reports.build import options_for
from pledge_tracker.reports.text import Text
from pledge_tracker.services import report_notes
from pledge_tracker.services.report_data import ReportOptions, load_report_data
from pledge_tracker.ui.context import AppContext
from pledge_tracker.ui.error_text import error_text
from pledge_tracker.ui.workers import Worker


class FindingsBox(QWidget):
    """A label, the findings text (one per paragraph) and a Draft button.

    Signals
    -------
    sig_status(str)
        A line for the page's status label (drafting, drafted).
    """

    sig_status = Signal(str)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.text = QPlainTextEdit()
        self.text.setTabChangesFocus(True)
        self.text.setPlaceholderText(
            self.tr("The briefing's key findings, one per paragraph (blank line between them).")
        )
        self.text.setAccessibleName(self.tr("Key findings"))
        self.draft = QPushButton(self.tr("&Draft findings"))
        self.draft.setToolTip(
            self.tr("Show the findings saved for this language, period and scope, or a draft")
        )
        label = QLabel(self.tr("Key &findings (briefing):"))
        label.setBuddy(self.text)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(label)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.draft)

    def request_draft(
        self, options: ReportOptions, on_failure: Callable[[BaseException], None]
    ) -> None:
        """Fill the box (in a worker) with the saved findings for `options`, or a draft."""
        database = self.context.database

        def work(_worker: Worker) -> str:
            data = load_report_data(database, options_for("briefing", options))
            found = (
                data.findings
                if data.findings is not None
                else changes.draft(data, Text(options.lang))
            )
            return "\n\n".join(found)

        self.sig_status.emit(self.tr("Drafting the key findings…"))
        self.context.run(work, self._on_drafted, on_failure, owner=self)

    def _on_drafted(self, text: str) -> None:
        self.text.setPlainText(text)
        self.text.document().setModified(False)
        self.sig_status.emit(self.tr("Edit the findings, then generate the briefing."))

    def save(self, options: ReportOptions) -> str | None:
        """Keep edited findings for `options` (audited); why they were refused, or None."""
        text = self.text.toPlainText()
        if not self.text.document().isModified() or not text.strip():
            return None
        key = report_notes.notes_key(options)
        try:
            self.context.write(lambda tx: report_notes.save(tx, key, text))
        except PledgeError as error:
            return error_text(error)
        self.text.document().setModified(False)
        return None
