"""A moment typed as a date and a time on some clock: `OptionalDateEdit` plus a time box."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QTime
from PySide6.QtWidgets import QHBoxLayout, QTimeEdit, QWidget

from pledge_tracker.ui.widgets.date_edit import OptionalDateEdit


class MomentEdit(QWidget):
    """Date (YYYY-MM-DD, may be empty) and time (HH:mm); `moment()` is naive."""

    def __init__(self, field: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.day = OptionalDateEdit(field=field)
        self.time = QTimeEdit()
        self.time.setDisplayFormat("HH:mm")
        self.time.setAccessibleName(self.tr("Time"))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.day, 1)
        row.addWidget(self.time)

    def moment(self) -> dt.datetime | None:
        """The date and time shown, None without a date (check `error()` first)."""
        day = self.day.date()
        if day is None:
            return None
        clock = self.time.time()
        return dt.datetime.combine(day, dt.time(clock.hour(), clock.minute()))

    def set_moment(self, value: dt.datetime | None) -> None:
        self.day.set_date(value.date() if value else None)
        self.time.setTime(QTime(value.hour, value.minute) if value else QTime(0, 0))

    def error(self, required: bool) -> str | None:
        if required and not self.day.text().strip():
            return self.tr("A date is required (YYYY-MM-DD).")
        return self.day.error()
