"""Add or edit an evidence item: details, dates, links to supporters and commitments, files."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from pledge_tracker.domain.dto import EvidenceDTO, EvidenceInput
from pledge_tracker.domain.kinds import EvidenceKind, Reliability
from pledge_tracker.domain.validate import clean_field
from pledge_tracker.services import evidence as evidence_service
from pledge_tracker.ui import locale_text, undo
from pledge_tracker.ui.context import AppContext
from pledge_tracker.ui.dialogs.evidence_commands import edit_evidence_with_files
from pledge_tracker.ui.dialogs.validated_dialog import ValidatedDialog, problem
from pledge_tracker.ui.labels import evidence_kind_label, reliability_label
from pledge_tracker.ui.widgets.attachment_list import AttachmentList
from pledge_tracker.ui.widgets.check_list_picker import CheckListPicker
from pledge_tracker.ui.widgets.date_edit import OptionalDateEdit
from pledge_tracker.ui.widgets.inline_errors import error_style

DATE_FIELDS = ("effective", "published", "retrieved")


def dropped_files(event: QDropEvent | QDragEnterEvent) -> list[Path]:
    """The local files carried by a drag, if any."""
    mime = event.mimeData()
    if not mime.hasUrls():
        return []
    return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]


class EvidenceDialog(ValidatedDialog):
    """Records a new evidence item or edits one; every save is undoable and audited."""

    stale_entity = "evidence"

    def __init__(
        self,
        context: AppContext,
        parent: QWidget | None = None,
        evidence: EvidenceDTO | None = None,
        preset_stakeholder_ids: Iterable[int] = (),
        preset_commitment_ids: Iterable[int] = (),
    ) -> None:
        title = (
            QCoreApplication.translate("EvidenceDialog", "Edit evidence")
            if evidence
            else QCoreApplication.translate("EvidenceDialog", "Add evidence")
        )
        super().__init__(context, title, parent)
        self.evidence = evidence
        # The attachments the form showed: only those the user removed are detached, even
        # after a reload brings attachments someone else added meanwhile.
        self._shown_attachments = evidence.attachments if evidence else ()
        self.result_dto: EvidenceDTO | None = None
        self.setAcceptDrops(True)
        self._build_fields()
        self._build_links_panel()
        self._fill_links(
            evidence.stakeholder_ids if evidence else tuple(preset_stakeholder_ids),
            evidence.commitment_ids if evidence else tuple(preset_commitment_ids),
        )
        if evidence is not None:
            self._fill(evidence)
        self._connect_checks()
        self.resize(1040, 680)
        self.revalidate()

    def _build_fields(self) -> None:
        self.title = QLineEdit()
        self.kind = QComboBox()
        for kind in EvidenceKind:
            self.kind.addItem(evidence_kind_label(kind), kind.value)
        self.summary = QPlainTextEdit()
        self.summary.setTabChangesFocus(True)
        self.summary.setFixedHeight(90)
        self.source_name = QLineEdit()
        self.source_url = QLineEdit()
        self.source_url.setPlaceholderText("https://…")
        self.dates = {name: OptionalDateEdit(field=name, entity="evidence") for name in DATE_FIELDS}
        self.reliability = QComboBox()
        for level in Reliability:
            self.reliability.addItem(reliability_label(level), level.value)
        self.reliability.setCurrentIndex(self.reliability.findData(Reliability.REPUTABLE.value))
        self.restricted = QCheckBox(self.tr("Restricte&d: leave out of public reports"))
        self.restricted.setAccessibleName(self.tr("Restricted"))
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(70)
        self.add_field(self.tr("T&itle:"), self.title, "title", self.tr("Title"))
        self.add_field(self.tr("&Kind:"), self.kind, "kind", self.tr("Kind of evidence"))
        self.add_field(self.tr("Summ&ary:"), self.summary, "summary", self.tr("Summary"))
        self.add_field(
            self.tr("Source &name:"), self.source_name, "source_name", self.tr("Source name")
        )
        self.add_field(
            self.tr("Source &link:"), self.source_url, "source_url", self.tr("Source link")
        )
        captions = {
            "effective": (self.tr("&Effective:"), self.tr("Effective date")),
            "published": (self.tr("&Published:"), self.tr("Published date")),
            "retrieved": (self.tr("&Retrieved:"), self.tr("Retrieved date")),
        }
        for name, (caption, accessible) in captions.items():
            self.add_field(caption, self.dates[name], name, accessible)
        self.add_field(
            self.tr("Relia&bility:"), self.reliability, "reliability", self.tr("Source reliability")
        )
        self.form.addRow("", self.restricted)
        self.add_field(self.tr("No&tes:"), self.notes, "notes", self.tr("Notes"))

    def _build_links_panel(self) -> None:
        self.supporters = CheckListPicker(self.tr("S&upporters"))
        self.commitments = CheckListPicker(self.tr("Co&mmitments"))
        self.attachments = AttachmentList(self.context)
        self.drop_hint = QLabel(self.tr("Drop files anywhere on this dialog to attach them."))
        self.drop_hint.setWordWrap(True)
        self.attach_error = QLabel()
        self.attach_error.setWordWrap(True)
        self.attach_error.setStyleSheet(error_style())
        self.attach_error.hide()
        pickers = QHBoxLayout()
        pickers.addWidget(self.supporters)
        pickers.addWidget(self.commitments)
        panel = QVBoxLayout()
        panel.addLayout(pickers, 3)
        files = QLabel(self.tr("Attachments (stored inside the database, named by SHA-256):"))
        files.setWordWrap(True)  # the French is longer than the pickers above it
        panel.addWidget(files)
        panel.addWidget(self.attachments, 2)
        panel.addWidget(self.drop_hint)
        panel.addWidget(self.attach_error)
        self.body.addLayout(panel, 1)

    def _fill_links(self, supporter_ids: Iterable[int], commitment_ids: Iterable[int]) -> None:
        directory = self.context.directory()
        people, pledges = directory.supporters, directory.commitments
        wanted = set(supporter_ids)
        self.supporters.set_items(
            [(p.id, p.name) for p in people if p.active or p.id in wanted], wanted
        )
        self.commitments.set_items(
            [(c.id, locale_text.code_and_title(c)) for c in pledges], commitment_ids
        )

    def _fill(self, item: EvidenceDTO) -> None:
        self.title.setText(item.title)
        self.kind.setCurrentIndex(max(self.kind.findData(item.kind), 0))
        self.summary.setPlainText(item.summary)
        self.source_name.setText(item.source_name or "")
        self.source_url.setText(item.source_url or "")
        self.dates["effective"].set_date(item.effective)
        self.dates["published"].set_date(item.published)
        self.dates["retrieved"].set_date(item.retrieved)
        self.reliability.setCurrentIndex(max(self.reliability.findData(item.reliability), 0))
        self.restricted.setChecked(item.restricted)
        self.notes.setPlainText(item.notes or "")
        self.attachments.set_stored(item.attachments)

    def _connect_checks(self) -> None:
        self.title.textChanged.connect(self.revalidate)
        self.source_url.textChanged.connect(self.revalidate)
        for edit in self.dates.values():
            edit.sig_date_edited.connect(self.revalidate)
        self.attachments.sig_add_failed.connect(self._on_attachments_add_failed)
        self.attachments.sig_changed.connect(self.attach_error.hide)

    def checks(self) -> dict[str, Callable[[], str | None]]:
        result: dict[str, Callable[[], str | None]] = {
            "title": lambda: problem(
                lambda: clean_field("evidence", "title", self.title.text()), self.tr("The title")
            ),
            "source_url": lambda: problem(
                lambda: clean_field("evidence", "source_url", self.source_url.text())
            ),
        }
        for name in DATE_FIELDS:
            result[name] = self.dates[name].error
        result["effective"] = self._effective_problem
        return result

    def _effective_problem(self) -> str | None:
        own = self.dates["effective"].error()
        if own:
            return own
        if not any(edit.text().strip() for edit in self.dates.values()):
            return self.tr("give at least one date (effective, published or retrieved)")
        return None

    def input_data(self) -> EvidenceInput:
        """What the user entered, for the service."""
        return EvidenceInput(
            title=self.title.text(),
            summary=self.summary.toPlainText(),
            kind=str(self.kind.currentData()),
            source_url=self.source_url.text() or None,
            source_name=self.source_name.text() or None,
            effective=self.dates["effective"].date(),
            published=self.dates["published"].date(),
            retrieved=self.dates["retrieved"].date(),
            reliability=str(self.reliability.currentData()),
            restricted=self.restricted.isChecked(),
            notes=self.notes.toPlainText() or None,
            stakeholder_ids=self.supporters.checked_ids(),
            commitment_ids=self.commitments.checked_ids(),
        )

    def submit(self) -> None:
        data = self.input_data()
        added = self.attachments.pending_files()  # each re-checked against the hash shown
        if self.evidence is None:
            command = undo.add_evidence(self.context, data, added)
        else:
            kept = {entry.sha256 for entry in self.attachments.entries()}
            removed = [ref for ref in self._shown_attachments if ref.sha256 not in kept]
            if added or removed:
                command = edit_evidence_with_files(
                    self.context, self.evidence, data, added, removed
                )
            else:
                command = undo.edit_evidence(self.context, self.evidence, data)
        self.result_dto = undo.push(self.context, command)

    def reload_stored(self) -> bool:
        """The item as stored now: a save kept as mine goes against its version."""
        if self.evidence is None:
            return False
        self.evidence = evidence_service.read_one(self.context.database, self.evidence.id)
        return True

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if dropped_files(event):
            event.acceptProposedAction()
        else:
            super().dragEnterEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        files = dropped_files(event)
        if not files:
            super().dropEvent(event)
            return
        self.attachments.add_files(files)
        event.acceptProposedAction()

    def _on_attachments_add_failed(self, message: str) -> None:
        self.attach_error.setText(f"⚠ {message}")
        self.attach_error.show()
