"""A form dialog whose fields are checked as you type and whose Save says why it is disabled."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pledge_tracker.domain.changes import Changes
from pledge_tracker.domain.errors import ConflictError, PledgeError, ValidationError
from pledge_tracker.ui.context import AppContext
from pledge_tracker.ui.dialogs.conflict_dialog import Choice, ConflictDialog
from pledge_tracker.ui.error_text import error_text, validation_text, with_subject
from pledge_tracker.ui.keys import bind_save
from pledge_tracker.ui.screen_fit import scrolling
from pledge_tracker.ui.widgets.inline_errors import InlineErrors


class ValidatedDialog(QDialog):
    """Base of the supporter, evidence and wording dialogs.

    Subclasses add rows with `add_field()`, list their checks in `checks()` and do the
    write in `submit()`; a refusal from the service is shown next to the field it names
    and the dialog stays open with the user's input.

    A dialog editing a versioned record names its kind in `stale_entity` and reads it again
    in `reload_stored()`: a save made from a stale copy then shows both versions side by
    side (conflict_dialog.py) for the user to keep theirs or their own.
    """

    stale_entity = ""  # the edited record's kind, as change notices name it

    def __init__(self, context: AppContext, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(title)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button: QPushButton = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setAccessibleName(self.tr("Save"))
        self.errors = InlineErrors(self.save_button)
        content = QWidget()
        self.body = QHBoxLayout(content)  # the form on the left; subclasses may add panels
        self.body.setContentsMargins(0, 0, 0, 0)
        left = QVBoxLayout()
        left.addLayout(self.form)
        left.addStretch(1)  # spare height goes below the form, not between its rows
        self.body.addLayout(left, 1)
        self.layout_ = QVBoxLayout(self)
        # On a short screen the fields scroll; the message and the buttons stay in view.
        self.layout_.addWidget(scrolling(content), 1)
        self.layout_.addWidget(self.errors.general_label())
        self.layout_.addWidget(self.buttons)
        self._first_field: QWidget | None = None
        self._shown_once = False
        self.buttons.accepted.connect(self._on_save_clicked)
        self.buttons.rejected.connect(self.reject)
        bind_save(self, self._on_save_clicked)

    def add_field(self, label: str, control: QWidget, field: str, accessible: str) -> QLabel:
        """A labelled row with its error message underneath; returns the error label."""
        control.setAccessibleName(accessible)
        self._first_field = self._first_field or control
        caption = QLabel(label)
        caption.setBuddy(control)
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(control)
        error = self.errors.label_for(field, control)
        column.addWidget(error)
        self.form.addRow(caption, holder)
        return error

    def showEvent(self, event: QShowEvent) -> None:
        """On first show: the cursor in the first field, Save and Cancel last in Tab order."""
        super().showEvent(event)
        if self._shown_once:
            return
        self._shown_once = True
        chain: list[QWidget] = []
        widget = self.nextInFocusChain()
        while widget is not None and widget is not self and len(chain) < 500:
            chain.append(widget)
            widget = widget.nextInFocusChain()
        buttons = [w for w in chain if self.buttons.isAncestorOf(w)]
        others = [w for w in chain if w not in buttons and self.isAncestorOf(w)]
        previous = others[-1] if others else None
        for button in buttons:
            if previous is not None:
                QWidget.setTabOrder(previous, button)
            previous = button
        if self._first_field is not None:
            self._first_field.setFocus(Qt.FocusReason.OtherFocusReason)

    def checks(self) -> dict[str, Callable[[], str | None]]:
        """Per field, a function returning its problem or None (overridden)."""
        return {}

    def revalidate(self) -> None:
        """Run every check; Save is enabled only when all pass."""
        self.errors.clear_general()
        for field, check in self.checks().items():
            self.errors.check(field, check())

    def submit(self) -> None:
        """Write the change (overridden); raise PledgeError to refuse it."""
        raise NotImplementedError

    def _on_save_clicked(self) -> None:
        self.revalidate()
        if not self.errors.valid:
            return
        try:
            self.submit()
        except ValidationError as exc:
            self.errors.show_error(exc.field, validation_text(exc))
            return
        except ConflictError as exc:
            self._resolve(exc)
            return
        except PledgeError as exc:
            self.errors.show_error("__general__", error_text(exc))
            return
        self.accept()

    def reload_stored(self) -> bool:
        """Take the edited record as stored now as the form's copy (overridden)."""
        return False

    def conflict_names(self) -> dict[str, Mapping[object, str]]:
        """How the conflict dialog names linked records (supporters, commitments) by id."""
        directory = self.context.directory()
        supporters: dict[object, str] = {s.id: s.name for s in directory.supporters}
        codes: dict[object, str] = {c.id: c.code for c in directory.commitments}
        return {
            "stakeholder_ids": supporters,
            "stakeholder_id": supporters,
            "commitment_ids": codes,
            "commitment_id": codes,
        }

    def _resolve(self, conflict: ConflictError) -> None:
        """Show both versions; save mine over theirs, or keep theirs and close."""
        if not (self.stale_entity and conflict.both_known):
            self.errors.show_error("__general__", error_text(conflict))
            return
        chooser = ConflictDialog(conflict, self, self.conflict_names())
        chooser.exec()
        if chooser.choice is None:  # neither: the user's input stays in the form
            self.errors.show_error(
                "__general__",
                self.tr("Not saved: someone else changed this record. Save again to compare."),
            )
            return
        if not self.reload_stored():
            self.errors.show_error("__general__", error_text(conflict))
            return
        # The other change was made elsewhere: the views showing this record read it again.
        self.context.data_changed.emit(Changes.of({self.stale_entity}, elsewhere=True))
        if chooser.choice is Choice.MINE:
            self._on_save_clicked()  # against the version now stored
        else:
            self.reject()  # theirs stays; this form's edit is discarded


def problem(check: Callable[[], object], subject: str = "") -> str | None:
    """Run a domain check; its ValidationError message, or None when it passes.

    The domain's short messages ("is required") get their subject ("The name is required").
    """
    try:
        check()
    except ValidationError as exc:
        return with_subject(subject, exc)
    return None
