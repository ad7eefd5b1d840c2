"""Errors in the GUI: the app's own shown plainly, anything else logged whole and explained.

`install()` makes this the handler of every exception that escapes a slot. The unit of work
it interrupted has already rolled back (Database.write() does that on the way out), so the
window can carry on: the dialog says what happened and offers the details to copy.
"""

from __future__ import annotations

import logging
import sys
import traceback
from logging.handlers import RotatingFileHandler
from types import TracebackType

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pledge_tracker.domain.errors import PledgeError
from pledge_tracker.logs import log_failure, setup_logging
from pledge_tracker.ui.error_text import error_text

log = logging.getLogger("pledge_tracker.ui")


class ErrorDialog(QDialog):
    """A message, and for unexpected errors the details with a Copy button."""

    def __init__(self, message: str, details: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("Errors", "Pledge Tracker"))
        self.details = details
        self.message_label = QLabel(message)
        self.message_label.setWordWrap(True)
        self.message_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message_label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        self.copy_button: QPushButton | None = None
        if details:
            text = QPlainTextEdit(details)
            text.setReadOnly(True)
            text.setAccessibleName(QCoreApplication.translate("Errors", "Error details"))
            text.setMinimumSize(560, 180)
            layout.addWidget(text)
            self.copy_button = buttons.addButton(
                QCoreApplication.translate("Errors", "&Copy Details"),
                QDialogButtonBox.ButtonRole.ActionRole,
            )
            self.copy_button.clicked.connect(self.copy_details)
        layout.addWidget(buttons)

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details)


_showing = False  # one dialog at a time: an error repeated in a paint loop must not stack


def log_file() -> str:
    """The log file errors are written to (set up on first use)."""
    setup_logging()
    for handler in logging.getLogger("pledge_tracker").handlers:
        if isinstance(handler, RotatingFileHandler):
            return handler.baseFilename
    return ""


def report(error: BaseException, parent: QWidget | None = None) -> None:
    """Show an error to the user; unexpected ones are logged with their traceback first."""
    global _showing
    if isinstance(error, PledgeError):
        message, details = error_text(error), ""
    else:
        details = getattr(error, "__traceback_text__", None) or "".join(
            traceback.format_exception(type(error), error, error.__traceback__)
        )
        path = log_file()
        log.error("Unexpected error in the desktop app:\n%s", details)
        if path and log_failure() is None:
            where = QCoreApplication.translate("Errors", "The details were written to {0}.").format(
                path
            )
        else:  # the log cannot be written: the details below are the only copy
            where = QCoreApplication.translate(
                "Errors", "The log file could not be written; the details are below."
            )
        message = QCoreApplication.translate(
            "Errors",
            "Something went wrong that Pledge Tracker did not expect: {0}\n\n"
            "Nothing half-done was saved, and you can carry on working. {1}",
        ).format(f"{type(error).__name__}: {error}", where)
    if _showing or QApplication.instance() is None:
        print(f"pledge-tracker: {message}", file=sys.stderr)
        return
    _showing = True
    try:
        ErrorDialog(message, details, parent or QApplication.activeWindow()).exec()
    finally:
        _showing = False


def excepthook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
    """sys.excepthook for the GUI: exceptions that escape a slot end here."""
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, error, tb)
        return
    if error.__traceback__ is None and tb is not None:
        error = error.with_traceback(tb)
    try:
        report(error)
    except Exception:  # never let the error handler itself take the app down
        log.exception("the error dialog failed")
        sys.__excepthook__(kind, error, tb)


def install() -> None:
    setup_logging()
    sys.excepthook = excepthook
