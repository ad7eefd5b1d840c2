"""Validation messages shown next to the fields they are about, with Save kept disabled."""

from __future__ import annotations

from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QLabel, QPushButton, QWidget


def error_colour(palette: QPalette | None = None) -> QColor:
    """Red that reads on the current palette: deep on light windows, soft on dark ones."""
    window = (palette or QGuiApplication.palette()).color(QPalette.ColorRole.Window)
    return QColor("#FF8A80" if window.lightness() < 128 else "#B00020")


def error_style() -> str:
    """A style sheet for message labels (always shown with a ⚠ glyph: not colour alone)."""
    return f"color: {error_colour().name()};"


class InlineErrors:
    """One error label per field; the Save button is enabled only when none shows.

    A dialog calls `check(field, message_or_None)` for each field on every edit and
    `show_error(field, message)` for a refusal that came back from the service.
    """

    def __init__(self, save_button: QPushButton | None = None) -> None:
        self._labels: dict[str, QLabel] = {}
        self._messages: dict[str, str] = {}
        self._fields: dict[str, QWidget] = {}
        self._save = save_button
        self._general: QLabel | None = None

    def label_for(self, field: str, control: QWidget | None = None) -> QLabel:
        """The (initially hidden) label that will show `field`'s error."""
        label = QLabel()
        label.setObjectName(f"error_{field}")
        label.setWordWrap(True)
        label.setStyleSheet(error_style())
        label.hide()
        self._labels[field] = label
        if control is not None:
            self._fields[field] = control
            label.setBuddy(control)
        return label

    def general_label(self) -> QLabel:
        """A label for refusals that name no field shown in the dialog."""
        self._general = self.label_for("__general__")
        return self._general

    def set_save_button(self, button: QPushButton) -> None:
        self._save = button
        self._update_save()

    def check(self, field: str, message: str | None) -> None:
        """Show or clear `field`'s message and re-enable Save when nothing is wrong."""
        label = self._labels.get(field)
        if message:
            self._messages[field] = message
        else:
            self._messages.pop(field, None)
        if label is not None:
            label.setText(f"⚠ {message}" if message else "")
            label.setVisible(bool(message))
            control = self._fields.get(field)
            if control is not None:
                control.setAccessibleDescription(message or "")
        self._update_save()

    def show_error(self, field: str, message: str) -> None:
        """A refusal from the service: next to its field if the dialog has one."""
        target = field if field in self._labels else "__general__"
        if target not in self._labels:
            return
        self.check(target, message)
        control = self._fields.get(target)
        if control is not None:
            control.setFocus()

    def clear_general(self) -> None:
        if "__general__" in self._labels:
            self.check("__general__", None)

    def message(self, field: str) -> str | None:
        return self._messages.get(field)

    @property
    def valid(self) -> bool:
        return not any(key != "__general__" for key in self._messages)

    def _update_save(self) -> None:
        if self._save is not None:
            self._save.setEnabled(self.valid)
