"""Record a supporter's reply to one judgement of it: text, date and source (undoable)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit, QWidget

from pledge_tracker.domain.dates import CALL_ADOPTED
from pledge_tracker.domain.dto import ReplyDTO, ReplyInput
from pledge_tracker.domain.validate import clean_field
from pledge_tracker.ui import undo
from pledge_tracker.ui.context import AppContext
from pledge_tracker.ui.dialogs.validated_dialog import ValidatedDialog, problem
from pledge_tracker.ui.widgets.date_edit import DateEdit


class ReplyDialog(ValidatedDialog):
    """The reply is its own record linked to the judgement; the judgement is unchanged."""

    def __init__(
        self,
        context: AppContext,
        assessment_id: int,
        label: str,
        parent: QWidget | None = None,
        today: dt.date | None = None,
    ) -> None:
        title = QCoreApplication.translate("ReplyDialog", "Supporter's reply: {0}").format(label)
        super().__init__(context, title, parent)
        self.assessment_id, self.label = assessment_id, label
        self.result_dto: ReplyDTO | None = None
        heading = QLabel(label)
        heading.setTextFormat(Qt.TextFormat.PlainText)
        self.text = QPlainTextEdit()
        self.text.setTabChangesFocus(True)
        self.text.setMinimumHeight(110)
        day = today or dt.date.today()
        self.dated = DateEdit(day, field="dated", minimum=CALL_ADOPTED, maximum=day)
        self.source = QLineEdit()
        self.source.setPlaceholderText(self.tr("https://… (where the supporter said it)"))
        self.form.addRow(heading)
        self.add_field(self.tr("&Reply:"), self.text, "text", self.tr("Reply text"))
        self.add_field(self.tr("&Date:"), self.dated, "dated", self.tr("Date of the reply"))
        self.add_field(self.tr("&Source:"), self.source, "source_url", self.tr("Source link"))
        self.text.textChanged.connect(self.revalidate)
        self.dated.textChanged.connect(self.revalidate)
        self.source.textChanged.connect(self.revalidate)
        self.resize(560, self.sizeHint().height())
        self.revalidate()

    def checks(self) -> dict[str, Callable[[], str | None]]:
        return {
            "text": lambda: problem(
                lambda: clean_field("assessment_replies", "text", self.text.toPlainText()),
                self.tr("The reply"),
            ),
            "dated": self.dated.error,
            "source_url": lambda: problem(
                lambda: clean_field("assessment_replies", "source_url", self.source.text()),
                self.tr("The source"),
            ),
        }

    def submit(self) -> None:
        data = ReplyInput(
            assessment_id=self.assessment_id,
            text=self.text.toPlainText(),
            dated=self.dated.current(),
            source_url=self.source.text() or None,
        )
        command = undo.record_reply(self.context, data, self.label)
        self.result_dto = undo.push(self.context, command)
