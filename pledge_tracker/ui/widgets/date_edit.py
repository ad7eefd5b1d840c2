"""Date fields: a whole date typed as YYYY-MM-DD (or picked), never altered behind the user.

Qt's QDateEdit edits a date section by section: with the whole field selected, typing
"2021-01-01" keeps the month and day but drops the year keystrokes, and nothing says so.
These fields are line edits instead: what is typed or pasted is exactly what is read,
checked by the one date parser (`domain.dates.parse_date`), and an impossible or
out-of-range date is refused visibly ("30 February 2024 does not exist"), never adjusted.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QCalendarWidget, QLabel, QLineEdit, QMenu, QWidget, QWidgetAction

from pledge_tracker.domain.dates import parse_date
from pledge_tracker.domain.errors import ValidationError
from pledge_tracker.domain.validate import check_value
from pledge_tracker.ui.error_text import validation_text

INVALID_STYLE = "QLineEdit { border: 2px solid #C0392B; }"


def to_qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def to_date(day: QDate) -> dt.date:
    return dt.date(day.year(), day.month(), day.day())


class OptionalDateEdit(QLineEdit):
    """A line edit for an optional ISO date, with a calendar button and a visible error.

    Signals
    -------
    sig_date_edited
        Emitted after every edit (typed or picked), valid or not.
    """

    sig_date_edited = Signal()

    def __init__(
        self,
        parent: QWidget | None = None,
        field: str = "date",
        *,
        minimum: dt.date | None = None,
        maximum: dt.date | None = None,
        entity: str | None = None,
    ) -> None:
        super().__init__(parent)
        self._field = field
        self._entity = entity  # its row in the field limits table, for the date range
        self._minimum, self._maximum = minimum, maximum
        self._error_label: QLabel | None = None
        self.setPlaceholderText(self.tr("YYYY-MM-DD"))
        self.setMaxLength(10)
        # The whole date stays readable beside the calendar button, however tight the row.
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("0000-00-00") + 48)
        self._calendar = QCalendarWidget()
        self._calendar.setAccessibleName(self.tr("Calendar"))
        menu = QMenu(self)
        holder = QWidgetAction(menu)
        holder.setDefaultWidget(self._calendar)
        menu.addAction(holder)
        self._menu = menu
        pick = self.addAction(
            self.style().standardIcon(self.style().StandardPixmap.SP_FileDialogDetailedView),
            QLineEdit.ActionPosition.TrailingPosition,
        )
        pick.setToolTip(self.tr("Pick a date from a calendar"))
        pick.triggered.connect(self._on_pick_triggered)
        self._calendar.clicked.connect(self._on_calendar_clicked)
        self.textChanged.connect(self._on_text_changed)

    # -- reading and writing ---------------------------------------------------------
    def date(self) -> dt.date | None:
        """The date typed, None if empty; raises ValidationError if it is not allowed."""
        day = parse_date(self.text(), self._field)
        if self._entity is not None:
            check_value(self._entity, self._field, day)
        if day is not None and self._minimum is not None and day < self._minimum:
            raise ValidationError(
                self._field,
                self.tr("{0} is before {1}, the earliest date allowed here").format(
                    day.isoformat(), self._minimum.isoformat()
                ),
            )
        if day is not None and self._maximum is not None and day > self._maximum:
            raise ValidationError(
                self._field,
                self.tr("{0} is after {1}, the latest date allowed here").format(
                    day.isoformat(), self._maximum.isoformat()
                ),
            )
        return day

    def set_date(self, value: dt.date | None) -> None:
        self.setText(value.isoformat() if value else "")

    def set_range(self, minimum: dt.date | None, maximum: dt.date | None) -> None:
        self._minimum, self._maximum = minimum, maximum
        self._show_error()

    def error(self) -> str | None:
        """Why the text is not an allowed date, or None when it is one (or is empty)."""
        try:
            self.date()
        except ValidationError as exc:
            return validation_text(exc)
        return None

    def error_label(self) -> QLabel:
        """A label under the field that says what is wrong with the typed date."""
        if self._error_label is None:
            self._error_label = QLabel()
            self._error_label.setStyleSheet("color: #C0392B;")
            self._error_label.setWordWrap(True)
            self._show_error()
        return self._error_label

    # -- reactions -------------------------------------------------------------------
    def _on_text_changed(self, _text: str) -> None:
        self._show_error()
        self.sig_date_edited.emit()

    def _show_error(self) -> None:
        problem = self.error()
        self.setStyleSheet(INVALID_STYLE if problem else "")
        self.setToolTip(problem or "")
        if self._error_label is not None:
            self._error_label.setText(problem or "")
            self._error_label.setVisible(bool(problem))

    def _on_pick_triggered(self) -> None:
        current = None if self.error() else self.date()
        day = current or dt.date.today()
        self._calendar.setSelectedDate(to_qdate(day))
        if self._minimum is not None:
            self._calendar.setMinimumDate(to_qdate(self._minimum))
        if self._maximum is not None:
            self._calendar.setMaximumDate(to_qdate(self._maximum))
        self._menu.popup(self.mapToGlobal(self.rect().bottomLeft()))
        self._calendar.setFocus()

    def _on_calendar_clicked(self, day: QDate) -> None:
        self.setText(to_date(day).isoformat())
        self._menu.close()


class DateEdit(OptionalDateEdit):
    """A date that must be given: `current()` is the last allowed date typed or picked.

    Signals
    -------
    sig_date_changed(object)
        A new allowed date (a datetime.date) was typed, pasted or picked.
    """

    sig_date_changed = Signal(object)

    def __init__(
        self,
        day: dt.date,
        parent: QWidget | None = None,
        field: str = "date",
        *,
        minimum: dt.date | None = None,
        maximum: dt.date | None = None,
    ) -> None:
        super().__init__(parent, field, minimum=minimum, maximum=maximum)
        self._current = day
        self.set_date(day)
        # Connected after the first date is shown: like QDateEdit.setDate, a later set_date
        # that changes the date emits sig_date_changed.
        self.sig_date_edited.connect(self._on_edited)

    def current(self) -> dt.date:
        """The date shown if it is allowed; while the text is wrong, the last allowed one."""
        day = self.date() if self.is_valid() else None
        return day or self._current

    def is_valid(self) -> bool:
        return bool(self.text().strip()) and self.error() is None

    def error(self) -> str | None:
        if not self.text().strip():
            return self.tr("A date is required (YYYY-MM-DD).")
        return super().error()

    def _on_edited(self) -> None:
        if not self.is_valid():
            return
        day = self.current()
        if day != self._current:
            self._current = day
            self.sig_date_changed.emit(day)
