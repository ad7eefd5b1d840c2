"""Correct a commitment's wording and, once compared with the official text, mark it verified."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QCheckBox, QLabel, QLineEdit, QPlainTextEdit, QWidget

from pledge_tracker.domain.dto import CommitmentDTO
from pledge_tracker.domain.validate import clean_field
from pledge_tracker.services import commitments
from pledge_tracker.ui import locale_text
from pledge_tracker.ui.context import AppContext
from pledge_tracker.ui.dialogs.validated_dialog import ValidatedDialog, problem
from pledge_tracker.ui.models.commitments_model import status_text
from pledge_tracker.ui.translatable import QT_TRANSLATE_NOOP

OFFICIAL_SOURCE_HINT = QT_TRANSLATE_NOOP(
    "WordingDialog", "e.g. christchurchcall.com, the Call's text as published, read 2025-03-01"
)


class WordingDialog(ValidatedDialog):
    """Edits the wording; marking it verified needs the source it was compared with.

    The save is one audited action that records who verified the wording, when, and
    against which source.
    """

    stale_entity = "commitment"

    def __init__(
        self, context: AppContext, commitment: CommitmentDTO, parent: QWidget | None = None
    ) -> None:
        title = QCoreApplication.translate("WordingDialog", "Wording of {0}").format(
            commitment.code
        )
        super().__init__(context, title, parent)
        self.commitment = commitment
        self.result_dto: CommitmentDTO | None = None
        heading = QLabel(locale_text.code_and_title(commitment))
        heading.setTextFormat(Qt.TextFormat.PlainText)
        self.current = QLabel(self.tr("Now: {0}").format(status_text(commitment.wording_verified)))
        self.wording = QPlainTextEdit(commitment.wording)
        self.wording.setTabChangesFocus(True)
        self.wording.setMinimumHeight(140)
        self.verified = QCheckBox(
            self.tr("I compared this wording with the official text: mark it &verified")
        )
        self.verified.setAccessibleName(self.tr("Mark the wording verified"))
        self.verified.setChecked(commitment.wording_verified)
        self.source = QLineEdit(commitment.verified_source or "")
        self.source.setPlaceholderText(
            QCoreApplication.translate("WordingDialog", OFFICIAL_SOURCE_HINT)
        )
        self.form.addRow(heading)
        self.form.addRow("", self.current)
        self.add_field(self.tr("&Wording:"), self.wording, "wording", self.tr("Wording"))
        self.form.addRow("", self.verified)
        self.add_field(
            self.tr("Verified &against:"),
            self.source,
            "verified_source",
            self.tr("Verified against"),
        )
        self.wording.textChanged.connect(self.revalidate)
        self.source.textChanged.connect(self.revalidate)
        self.verified.toggled.connect(self._on_verified_toggled)
        self._on_verified_toggled(self.verified.isChecked())
        self.resize(640, self.sizeHint().height())

    def checks(self) -> dict[str, Callable[[], str | None]]:
        return {
            "wording": lambda: problem(
                lambda: clean_field("commitments", "wording", self.wording.toPlainText()),
                self.tr("The wording"),
            ),
            "verified_source": self._source_problem,
        }

    def _source_problem(self) -> str | None:
        if self.verified.isChecked() and not self.source.text().strip():
            return self.tr("say which official text you compared the wording with")
        return None

    def _on_verified_toggled(self, checked: bool) -> None:
        self.source.setEnabled(checked)
        self.revalidate()

    def reload_stored(self) -> bool:
        """The record as stored now: a save kept as mine goes against its version."""
        self.commitment = commitments.read_one(self.context.database, self.commitment.id)
        return True

    def submit(self) -> None:
        verified = self.verified.isChecked()
        wording = self.wording.toPlainText()
        source = self.source.text() if verified else None
        self.result_dto = self.context.write(
            lambda tx: commitments.correct_wording(
                tx,
                self.commitment.id,
                wording=wording,
                verified=verified,
                source=source,
                expected_version=self.commitment.version,
            )
        )
