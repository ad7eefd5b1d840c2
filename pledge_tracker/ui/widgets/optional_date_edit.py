"""A date field that may be left empty: typed as YYYY-MM-DD or picked from a calendar."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QCalendarWidget, QLineEdit, QMenu, QWidget, QWidgetAction

from pledge_tracker.domain.dates import parse_date
from pledge_tracker.domain.errors import ValidationError
from pledge_tracker.domain.validate import check_value


class OptionalDateEdit(QLineEdit):
    """A line edit for an optional ISO date, with a calendar button.

    Signals
    -------
    sig_date_edited
        Emitted after every edit (typed or picked), valid or not.
    """

    sig_date_edited = Signal()

    def __init__(
        self, parent: QWidget | None = None, field: str = "date", entity: str | None = None
    ) -> None:
        super().__init__(parent)
        self._field = field
        self._entity = entity  # its row in the field limits table, for the date range
        self.setPlaceholderText(self.tr("YYYY-MM-DD"))
        self.setClearButtonEnabled(True)
        self.setMaxLength(10)
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
        self.textChanged.connect(lambda _text: self.sig_date_edited.emit())

    def date(self) -> dt.date | None:
        """The date typed, None if empty; ValidationError if not a date or out of range."""
        value = parse_date(self.text(), self._field)
        if self._entity is not None:
            check_value(self._entity, self._field, value)
        return value

    def set_date(self, value: dt.date | None) -> None:
        self.setText(value.isoformat() if value else "")

    def error(self) -> str | None:
        """Why the text is not a date, or None when it is one (or is empty)."""
        try:
            self.date()
        except ValidationError as exc:
            return exc.message
        return None

    def _on_pick_triggered(self) -> None:
        current = None if self.error() else self.date()
        day = current or dt.date.today()
        self._calendar.setSelectedDate(QDate(day.year, day.month, day.day))
        self._menu.popup(self.mapToGlobal(self.rect().bottomLeft()))
        self._calendar.setFocus()

    def _on_calendar_clicked(self, day: QDate) -> None:
        self.setText(dt.date(day.year(), day.month(), day.day()).isoformat())
        self._menu.close()
