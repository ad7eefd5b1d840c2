"""Recording a judgement of one supporter on one commitment: saved at once, undoable."""

from __future__ import annotations

import datetime as dt
from html import escape as _esc

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pledge_tracker.domain.dto import (
    AssessmentInput,
    Cell,
    CommitmentDTO,
    EvidenceDTO,
    StakeholderDTO,
)
from pledge_tracker.domain.errors import PledgeError
from pledge_tracker.domain.kinds import Confidence, Origin
from pledge_tracker.domain.levels import LEVEL_ORDER, Level
from pledge_tracker.domain.limits import CALL_ADOPTED, limit
from pledge_tracker.services import dialog_reads
from pledge_tracker.ui import locale_text, undo
from pledge_tracker.ui.context import AppContext
from pledge_tracker.ui.dialogs.evidence_dialog import EvidenceDialog
from pledge_tracker.ui.error_text import error_text
from pledge_tracker.ui.keys import bind_save
from pledge_tracker.ui.labels import label, level_label
from pledge_tracker.ui.models.evidence_pick_model import EvidencePickModel, EvidenceSearchProxy
from pledge_tracker.ui.screen_fit import room, scrolling
from pledge_tracker.ui.widgets.date_edit import DateEdit
from pledge_tracker.ui.widgets.level_style import level_icon


class AssessmentDialog(QDialog):
    """Level, effective date, origin, confidence, rationale and the evidence cited.

    Save stays disabled while the form is incomplete and the line above it says why.

    Signals
    -------
    evidence_loaded: the evidence picker has been filled (it loads in a worker).
    """

    evidence_loaded = Signal()

    def __init__(
        self,
        context: AppContext,
        stakeholder: StakeholderDTO,
        commitment: CommitmentDTO,
        current: Cell | None = None,
        *,
        preselected: tuple[int, ...] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._stakeholder, self._commitment = stakeholder, commitment
        self._preselected = preselected
        self.saved_id: int | None = None
        self.setWindowTitle(self.tr("Record Assessment"))
        self.setMinimumWidth(min(640, room().width()))
        self._build(current)
        self._validate()
        self._load_evidence()

    # -- building ------------------------------------------------------------------------
    def _build(self, current: Cell | None) -> None:
        heading = QLabel(
            f"<b>{_esc(self._stakeholder.name)}</b> — <b>{_esc(self._commitment.code)}</b>: "
            f"{_esc(locale_text.title(self._commitment))}"
        )
        heading.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&Level:"), self._build_level(current))
        form.addRow(self.tr("Effective &date:"), self._build_date())
        self.origin = _choice(Origin, Origin.INDEPENDENT_REVIEW, self.tr("Origin"))
        self.confidence = _choice(Confidence, Confidence.MEDIUM, self.tr("Confidence"))
        form.addRow(self.tr("&Origin:"), self.origin)
        form.addRow(self.tr("&Confidence:"), self.confidence)
        self.rationale = QPlainTextEdit()
        self.rationale.setTabChangesFocus(True)
        self.rationale.setPlaceholderText(self.tr("Why this level? Cite what you relied on."))
        self.rationale.setAccessibleName(self.tr("Rationale"))
        self.rationale.setMinimumHeight(90)
        form.addRow(self.tr("&Rationale:"), self.rationale)
        form.addRow(self.tr("E&vidence:"), self._build_picker())
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Why the assessment cannot be saved yet"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        bind_save(self, self.save)
        content = QWidget()
        column = QVBoxLayout(content)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(heading)
        column.addLayout(form)
        layout = QVBoxLayout(self)
        layout.addWidget(scrolling(content), 1)  # a short screen scrolls the form,
        layout.addWidget(self.message)  # never the message and the buttons
        layout.addWidget(self.buttons)
        for signal in (
            self.level.currentIndexChanged,
            self.rationale.textChanged,
            self.effective.sig_date_edited,
        ):
            signal.connect(self._validate)

    def _build_level(self, current: Cell | None) -> QComboBox:
        self.level = QComboBox()
        self.level.setAccessibleName(self.tr("Level"))
        self.level.setPlaceholderText(self.tr("Choose a level…"))
        for level in LEVEL_ORDER:
            self.level.addItem(level_icon(level), level_label(level), level.value)
        keep = current.level if current and current.level is not Level.NOT_ASSESSED else None
        self.level.setCurrentIndex(self.level.findData(keep.value) if keep else -1)
        return self.level

    def _build_date(self) -> QWidget:
        today = dt.date.today()
        rule = limit("assessments", "effective")  # the same range the service applies
        self.effective = DateEdit(
            today, field="effective", minimum=rule.earliest or CALL_ADOPTED, maximum=today
        )
        self.effective.setAccessibleName(
            self.tr("Effective date: the date the judgement describes")
        )
        self.effective.setToolTip(self.tr("The date this judgement describes (not today's date)"))
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.effective)
        column.addWidget(self.effective.error_label())
        return holder

    def _build_picker(self) -> QWidget:
        self.evidence_search = QLineEdit()
        self.evidence_search.setPlaceholderText(self.tr("Search the evidence listed below"))
        self.evidence_search.setClearButtonEnabled(True)
        self.evidence_search.setAccessibleName(self.tr("Search evidence to cite"))
        self.evidence_model = EvidencePickModel(self)
        self.evidence_proxy = EvidenceSearchProxy(self)
        self.evidence_proxy.setSourceModel(self.evidence_model)
        self.evidence_list = QListView()
        self.evidence_list.setModel(self.evidence_proxy)
        self.evidence_list.setAccessibleName(self.tr("Evidence to cite: press Space to tick"))
        self.evidence_list.setMinimumHeight(120)
        self.evidence_list.setTextElideMode(Qt.TextElideMode.ElideRight)  # date and title lead
        self.evidence_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.evidence_count = QLabel(self.tr("Loading the evidence…"))
        self.new_evidence_button = QPushButton(self.tr("&New evidence…"))
        self.new_evidence_button.setToolTip(
            self.tr("Record a new evidence item for this supporter and commitment, and cite it")
        )
        self.new_evidence_button.clicked.connect(self.add_new_evidence)
        self.evidence_search.textChanged.connect(self.evidence_proxy.set_text)
        self.evidence_model.checked_changed.connect(self._show_count)
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.evidence_search)
        layout.addWidget(self.evidence_list)
        below = QHBoxLayout()
        below.addWidget(self.evidence_count, 1)
        below.addWidget(self.new_evidence_button)
        layout.addLayout(below)
        return box

    def add_new_evidence(self) -> None:
        """Record new evidence (pre-filled with this pair) and tick it in the picker."""
        dialog = EvidenceDialog(
            self._context,
            self,
            preset_stakeholder_ids=(self._stakeholder.id,),
            preset_commitment_ids=(self._commitment.id,),
        )
        if not dialog.exec() or dialog.result_dto is None:
            return
        # Reload the picker with what was ticked plus the new item, ticked.
        self._preselected = (*self.evidence_model.checked_ids(), dialog.result_dto.id)
        self._load_evidence()

    # -- evidence ------------------------------------------------------------------------
    def _load_evidence(self) -> None:
        database, cited = self._context.database, self._preselected
        sid, cid = self._stakeholder.id, self._commitment.id
        self._context.run(
            lambda _w: dialog_reads.pickable_evidence(database, sid, cid, cited),
            self._on_evidence,
            owner=self,
        )

    def _on_evidence(self, items: list[EvidenceDTO]) -> None:
        self.evidence_model.set_items(items, checked=self._preselected)
        self.evidence_loaded.emit()

    def _show_count(self) -> None:
        total, ticked = self.evidence_model.rowCount(), len(self.evidence_model.checked_ids())
        if total == 0:
            text = self.tr("No evidence is linked to this supporter or commitment yet.")
        else:
            text = self.tr("{0} of %n item(s) cited", "", total).format(ticked)
        self.evidence_count.setText(text)

    # -- validation and saving -----------------------------------------------------------
    def chosen_level(self) -> Level | None:
        if self.level.currentIndex() < 0:  # nothing chosen yet
            return None
        return Level(self.level.currentData())  # Qt hands a StrEnum back as a plain str

    def problem(self) -> str | None:
        """Why the form cannot be saved yet, or None when it can."""
        level = self.chosen_level()
        if level is None:
            return self.tr("Choose a level.")
        if not self.effective.is_valid():
            return self.tr("Effective date: {0}").format(self.effective.error())
        if level is not Level.NOT_ASSESSED and not self.rationale.toPlainText().strip():
            return self.tr(
                "Write a rationale: say why you chose this level "
                "(required for every level but Not assessed)."
            )
        return None

    def _validate(self) -> None:
        problem = self.problem()
        self.save_button.setEnabled(problem is None)
        self.save_button.setToolTip(problem or "")
        self._show_message(problem or "", error=False)

    def _show_message(self, text: str, *, error: bool) -> None:
        self.message.setText(text)
        self.message.setStyleSheet("color: #C0392B; font-weight: bold;" if error else "")
        self.message.setVisible(bool(text))

    def save(self) -> None:
        """Record the judgement now (one audited unit of work) and put it on the undo stack."""
        level = self.chosen_level()
        if self.problem() is not None or level is None:
            return
        data = AssessmentInput(
            stakeholder_id=self._stakeholder.id,
            commitment_id=self._commitment.id,
            level=level,
            effective=self.effective.current(),
            rationale=self.rationale.toPlainText().strip(),
            confidence=self.confidence.currentData(),
            origin=self.origin.currentData(),
            evidence_ids=self.evidence_model.checked_ids(),
        )
        label = f"{self._stakeholder.name} · {self._commitment.code} → {level_label(level)}"
        try:
            saved = undo.push(self._context, undo.record_assessment(self._context, data, label))
        except PledgeError as exc:  # refused: the form keeps what the user typed
            self._show_message(error_text(exc), error=True)
            return
        self.saved_id = saved.id
        self.accept()


def _choice(choices: type[Origin] | type[Confidence], default: object, name: str) -> QComboBox:
    combo = QComboBox()
    combo.setAccessibleName(name)
    for choice in choices:
        combo.addItem(label(choices, choice), choice.value)
    combo.setCurrentIndex(combo.findData(getattr(default, "value", default)))
    return combo
