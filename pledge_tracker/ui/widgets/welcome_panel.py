"""The first-start panel: what to do with a database that holds no assessments or evidence yet.

Shown above the pages while the database is empty of judgements and evidence, it offers the
three ways to begin, one click each; it hides itself as soon as there is something to show.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from pledge_tracker.services import window_reads
from pledge_tracker.ui.context import AppContext
from pledge_tracker.ui.workers import Worker

_STYLE = "#welcomePanel { background: #EAF2FB; border-bottom: 1px solid #7FA7D1; }"


def is_empty(context: AppContext) -> bool:
    """Whether the open database holds no live assessment and no live evidence (worker)."""
    return window_reads.is_empty(context.database)


class WelcomePanel(QFrame):
    """Three ways to begin on an empty database.

    Signals
    -------
    sig_load_demo, sig_import, sig_first_assessment
        The user chose one of the three (the main window carries it out).
    """

    sig_load_demo = Signal()
    sig_import = Signal()
    sig_first_assessment = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("welcomePanel")
        self.setStyleSheet(_STYLE)
        self.setAccessibleName(self.tr("Getting started"))
        heading = QLabel(self.tr("<b>This database has no assessments or evidence yet.</b>"))
        hint = QLabel(
            self.tr(
                "Start with one of these. Demonstration data is public example evidence with "
                "made-up ratings, marked as demonstration data everywhere it appears."
            )
        )
        hint.setWordWrap(True)
        self.demo_button = QPushButton(self.tr("Load &demonstration data"))
        self.import_button = QPushButton(self.tr("&Import a spreadsheet…"))
        self.assess_button = QPushButton(self.tr("&Record a first assessment…"))
        self.demo_button.clicked.connect(self.sig_load_demo)
        self.import_button.clicked.connect(self.sig_import)
        self.assess_button.clicked.connect(self.sig_first_assessment)
        buttons = QHBoxLayout()
        for button in (self.demo_button, self.import_button, self.assess_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addWidget(heading)
        layout.addWidget(hint)
        layout.addLayout(buttons)
        self.hide()
        context.data_changed.connect(lambda _changed: self.refresh())
        context.database_replaced.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        """Show or hide the panel by what the database holds (counted in a worker)."""
        context = self.context

        def count(_worker: Worker) -> bool:
            return is_empty(context)

        context.run(count, self.setVisible, owner=self)
