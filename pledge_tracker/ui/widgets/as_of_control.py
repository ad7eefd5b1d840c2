"""The as-of date control: every figure on screen is computed for the date it shows."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from pledge_tracker.ui.context import AppContext
from pledge_tracker.ui.widgets.date_edit import DateEdit

EARLIEST = dt.date(2019, 1, 1)  # the Call was adopted on 15 May 2019


class AsOfControl(QWidget):
    """A date edit with a calendar and a Today button, bound to the context's as-of date.

    Typing a date waits a moment before applying it, so "2021-06-30" typed digit by digit
    recomputes the matrix once, not eight times.
    """

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.date_edit = DateEdit(
            context.as_of, field="as_of", minimum=EARLIEST, maximum=dt.date.today()
        )
        self.date_edit.setMaximumWidth(self.date_edit.fontMetrics().horizontalAdvance("0") * 16)
        self.date_edit.setAccessibleName(self.tr("As-of date"))
        self.date_edit.setToolTip(self.tr("Show every supporter's standing as it was on this date"))
        label = QLabel(self.tr("As &of"))
        label.setBuddy(self.date_edit)
        self.today_button = QPushButton(self.tr("Today"))
        self.today_button.setAccessibleName(self.tr("Show today's standing"))
        self.today_button.setToolTip(self.tr("Show today's standing (Ctrl+T)"))
        self.today_button.clicked.connect(self.go_today)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(label)
        layout.addWidget(self.date_edit)
        layout.addWidget(self.today_button)
        layout.addWidget(self.date_edit.error_label())
        self._debounce = QTimer(self, singleShot=True, interval=250)
        self._debounce.timeout.connect(self.apply)
        self.date_edit.sig_date_changed.connect(lambda _d: self._debounce.start())
        context.as_of_changed.connect(self._on_context_as_of)

    def apply(self) -> None:
        """Make the shown date the context's as-of date (now, without waiting)."""
        self._debounce.stop()
        self._context.set_as_of(self.date_edit.current())

    def set_date(self, day: dt.date) -> None:
        self.date_edit.set_date(day)
        self.apply()

    def go_today(self) -> None:
        today = dt.date.today()
        self.date_edit.set_range(EARLIEST, today)  # the app may stay open past midnight
        self.set_date(today)

    def focus(self) -> None:
        self.date_edit.setFocus()
        self.date_edit.selectAll()

    def _on_context_as_of(self, day: dt.date) -> None:
        if self.date_edit.current() != day:
            self.date_edit.blockSignals(True)
            self.date_edit.set_date(day)
            self.date_edit.blockSignals(False)
