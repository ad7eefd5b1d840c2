"""The panel beside the matrix: everything about the selected supporter on one commitment."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QTimer, QUrl, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from pledge_tracker.domain.dto import Cell, CommitmentDTO, StakeholderDTO
from pledge_tracker.ui.context import AppContext
from pledge_tracker.ui.models.cell_detail import CellDetail, load_cell_detail
from pledge_tracker.ui.open_external import open_link
from pledge_tracker.ui.widgets import detail_html
from pledge_tracker.ui.widgets.level_style import is_dark


class DetailPanel(QWidget):
    """Shows one cell's wording, history, evidence and actions; loads them off the GUI thread.

    Signals
    -------
    record_requested, add_evidence_requested: the user pressed the panel's buttons.
    loaded: the panel shows a freshly loaded cell (tests wait for it).
    """

    record_requested = Signal()
    add_evidence_requested = Signal()
    review_requested = Signal()
    reply_requested = Signal()
    loaded = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._target: tuple[StakeholderDTO, CommitmentDTO, Cell] | None = None
        self._token = 0
        self._shown: tuple[int, int] | None = None  # the pair on screen
        self.detail: CellDetail | None = None
        self._debounce = QTimer(self, singleShot=True, interval=120)
        self._debounce.timeout.connect(self._load)
        self._build()
        self.clear()

    def _build(self) -> None:
        self.record_button = QPushButton(self.tr("Record assessment…"))
        self.record_button.setToolTip(self.tr("Record a judgement for this cell (Ctrl+E)"))
        self.record_button.setAccessibleName(self.tr("Record an assessment for this cell"))
        self.record_button.clicked.connect(self.record_requested)
        self.evidence_button = QPushButton(self.tr("Add evidence…"))
        self.evidence_button.setToolTip(self.tr("Add evidence linked to this cell (Ctrl+Shift+E)"))
        self.evidence_button.setAccessibleName(self.tr("Add evidence for this cell"))
        self.evidence_button.clicked.connect(self.add_evidence_requested)
        self.review_button = QPushButton(self.tr("Mark reviewed"))
        self.review_button.setToolTip(
            self.tr("Record that you, a second officer, checked this judgement")
        )
        self.review_button.setAccessibleName(self.tr("Mark the shown judgement reviewed"))
        self.review_button.clicked.connect(self.review_requested)
        self.reply_button = QPushButton(self.tr("Record reply…"))
        self.reply_button.setToolTip(self.tr("Record the supporter's reply to this judgement"))
        self.reply_button.setAccessibleName(self.tr("Record the supporter's reply"))
        self.reply_button.clicked.connect(self.reply_requested)
        buttons = QHBoxLayout()
        buttons.addWidget(self.record_button)
        buttons.addWidget(self.evidence_button)
        buttons.addStretch(1)
        checks = QHBoxLayout()
        checks.addWidget(self.review_button)
        checks.addWidget(self.reply_button)
        checks.addStretch(1)
        self.browser = QTextBrowser()
        self.browser.setOpenLinks(False)  # links are checked before anything opens them
        self.browser.anchorClicked.connect(self._on_link)
        self.browser.setAccessibleName(self.tr("Details of the selected cell"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addLayout(checks)
        layout.addWidget(self.browser, 1)

    def clear(self) -> None:
        self._target, self.detail, self._shown = None, None, None
        self._token += 1
        self.browser.setHtml(
            "<p style='margin:12px'>"
            + self.tr(
                "Select a cell of the matrix to see the commitment's wording, the assessment "
                "history and the evidence behind it."
            )
            + "</p>"
        )
        self.set_actions_enabled(False, False)

    def set_actions_enabled(
        self, record: bool, evidence: bool, review: bool = False, reply: bool = False
    ) -> None:
        self.record_button.setEnabled(record)
        self.evidence_button.setEnabled(evidence)
        self.review_button.setEnabled(review)
        self.reply_button.setEnabled(reply)

    def show_cell(self, stakeholder: StakeholderDTO, commitment: CommitmentDTO, cell: Cell) -> None:
        """Load a cell after a short pause, so arrowing across the matrix stays fluid."""
        self._target = (stakeholder, commitment, cell)
        self._debounce.start()

    def reload(self) -> None:
        if self._target is not None:
            self._debounce.start()

    def _load(self) -> None:
        if self._target is None:
            return
        self._token += 1
        token, (stakeholder, commitment, cell) = self._token, self._target
        database = self._context.database
        self._context.run(
            lambda _w: load_cell_detail(database, stakeholder, commitment, cell),
            lambda detail: self._on_loaded(token, detail),
            owner=self,
        )

    def _on_loaded(self, token: int, detail: CellDetail) -> None:
        if token != self._token:
            return  # the user has moved on since this was asked for
        self.detail = detail
        warn = "#FFB454" if is_dark(self.palette()) else "#9A5B00"
        scroll = self.browser.verticalScrollBar().value()
        pair = (detail.stakeholder.id, detail.commitment.id)
        same, self._shown = self._shown == pair, pair
        self.browser.setHtml(detail_html.render(detail, self._context.as_of, warn=warn))
        if same:  # a refresh of the same cell keeps the reader's place
            self.browser.verticalScrollBar().setValue(scroll)
        self.loaded.emit()

    def _on_link(self, url: QUrl) -> None:
        if detail_html.safe_href(url.toString()):
            open_link(url.toString(), self)  # a failure says so and offers to copy it

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)  # a palette switch (dark mode) re-renders the text
        if event.type() == QEvent.Type.PaletteChange and self.detail is not None:
            self.reload()
