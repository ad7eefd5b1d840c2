"""The Crosswalk page: instruments × commitments, and the instruments binding each government.

Filtered by jurisdiction and by the date their status is read at; instruments are added,
edited and deleted here (audited), and the grid exported as CSV or XLSX.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pledge_tracker.domain.changes import Changes
from pledge_tracker.domain.dates import iso_as_known
from pledge_tracker.domain.errors import PledgeError
from pledge_tracker.domain.instruments import InstrumentDTO, InstrumentKind, InstrumentStatus
from pledge_tracker.services import instruments, window_reads
from pledge_tracker.services.crosswalk import Crosswalk, read_crosswalk, read_sheet
from pledge_tracker.services.transfer.writers import write_csv, write_xlsx
from pledge_tracker.ui import locale_text, workers
from pledge_tracker.ui.context import AppContext
from pledge_tracker.ui.dialogs.instrument_dialog import InstrumentDialog
from pledge_tracker.ui.export_actions import ask_path
from pledge_tracker.ui.labels import instrument_kind_label, instrument_status_label
from pledge_tracker.ui.widgets.date_edit import DateEdit

ALL = None  # the jurisdiction filter's "all" entry
FIXED_COLUMNS = 4  # instrument, kind, jurisdictions, status; then one per commitment


class CrosswalkView(QWidget):
    """Shows the crosswalk on a chosen date; reloads when instruments or supporters change."""

    RELEVANT = frozenset({"instrument", "membership", "stakeholder", "commitment"})

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.data: Crosswalk | None = None
        self._token = 0  # a newer read drops the answers of older ones
        self._loading = False
        self.adopted_words = {
            InstrumentKind.COURT_DECISION: self.tr("Decided"),
            InstrumentKind.PROTOCOL: self.tr("Agreed"),
        }
        self._build()
        self._connect_signals()
        self.reload()

    def _build(self) -> None:
        self.jurisdiction = QComboBox()
        self.jurisdiction.setAccessibleName(self.tr("Jurisdiction"))
        self.on = DateEdit(dt.date.today(), field="on")
        self.on.setAccessibleName(self.tr("Status on date"))
        self.summary = QLabel()
        top = QHBoxLayout()
        for text, widget in (
            (self.tr("&Jurisdiction:"), self.jurisdiction),
            (self.tr("Status &on:"), self.on),
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            top.addWidget(label)
            top.addWidget(widget)
        top.addStretch(1)
        top.addWidget(self.summary)
        self.grid = self._table(self.tr("Instruments and the commitments they implement"))
        self.governments = self._table(self.tr("Instruments binding each government"))
        self.caption = QLabel()
        lower = QWidget()
        column = QVBoxLayout(lower)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.caption)
        column.addWidget(self.governments)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.grid)
        split.addWidget(lower)
        self.add_button = QPushButton(self.tr("&Add instrument…"))
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.delete_button = QPushButton(self.tr("De&lete"))
        self.export_button = QPushButton(self.tr("E&xport crosswalk…"))
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(split, 1)
        layout.addLayout(buttons)

    def _table(self, name: str) -> QTableWidget:
        table = QTableWidget()
        table.setAccessibleName(name)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.verticalHeader().setVisible(False)
        return table

    def _connect_signals(self) -> None:
        self.jurisdiction.currentIndexChanged.connect(lambda _i: self.reload())
        self.on.sig_date_changed.connect(lambda _day: self.reload())
        self.add_button.clicked.connect(self._on_add_clicked)
        self.edit_button.clicked.connect(self._on_edit_clicked)
        self.grid.doubleClicked.connect(lambda _index: self._on_edit_clicked())
        self.delete_button.clicked.connect(self._on_delete_clicked)
        self.export_button.clicked.connect(self._on_export_clicked)
        self.grid.itemSelectionChanged.connect(self._update_buttons)
        self.context.data_changed.connect(self._on_data_changed)
        self.context.database_replaced.connect(self.reload)

    def _on_data_changed(self, changed: Changes) -> None:
        if changed.touches(self.RELEVANT):
            self.reload()

    # -- loading ----------------------------------------------------------------------------
    @property
    def loading(self) -> bool:
        """True while a read of the crosswalk is under way (tests wait for it to end)."""
        return self._loading

    def reload(self) -> None:
        """Read the crosswalk for the chosen date and jurisdiction in a worker (newest wins)."""
        self._token += 1
        token, database = self._token, self.context.database
        place, day = self.jurisdiction.currentData(), self.on.current()
        self._loading = True
        self.context.run(
            lambda _worker: read_crosswalk(database, day, place),
            lambda data: self._on_loaded(token, place, data),
            lambda error: self._on_failed(token, error),
            owner=self,
        )

    def _on_failed(self, token: int, error: BaseException) -> None:
        if token == self._token:
            self._loading = False
            self.context.error_raised.emit(error)

    def _on_loaded(self, token: int, place: str | None, data: Crosswalk) -> None:
        if token != self._token:
            return
        self._loading = False
        keep = self.selected_id()
        self.data = data
        self._fill_filter(self.data.jurisdictions, place)
        self._fill_grid(self.data)
        self._fill_governments(self.data)
        if keep is not None:
            self.select_instrument(keep)
        self._update_buttons()

    def _fill_filter(self, places: tuple[str, ...], chosen: str | None) -> None:
        self.jurisdiction.blockSignals(True)
        self.jurisdiction.clear()
        self.jurisdiction.addItem(self.tr("All jurisdictions"), ALL)
        for place in places:
            self.jurisdiction.addItem(place, place)
        self.jurisdiction.setCurrentIndex(max(self.jurisdiction.findData(chosen), 0))
        self.jurisdiction.blockSignals(False)

    def _fill_grid(self, data: Crosswalk) -> None:
        headers = [self.tr("Instrument"), self.tr("Kind"), self.tr("Jurisdictions")]
        headers += [self.tr("Status on {0}").format(data.on.isoformat()), *data.codes]
        self.grid.clear()
        self.grid.setColumnCount(len(headers))
        self.grid.setHorizontalHeaderLabels(headers)
        self.grid.setRowCount(len(data.rows))
        for number, row in enumerate(data.rows):
            item = row.instrument
            name = item.name if item.verified else f"{item.name} †"
            cells = [
                name,
                instrument_kind_label(item.kind),
                "; ".join(item.jurisdictions),
                self.status_text(row.status, item),
            ]
            cells += ["●" if code in item.commitment_codes else "" for code in data.codes]
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setData(Qt.ItemDataRole.UserRole, item.id)
                if column >= FIXED_COLUMNS:
                    cell.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                    cell.setToolTip(
                        self.tr("Implements {0}").format(data.codes[column - FIXED_COLUMNS])
                        if text
                        else ""
                    )
                self.grid.setItem(number, column, cell)
        self.grid.resizeColumnsToContents()
        self.grid.setColumnWidth(0, min(self.grid.columnWidth(0), 360))
        self.summary.setText(self.tr("%n instrument(s)", "", len(data.rows)))

    def _fill_governments(self, data: Crosswalk) -> None:
        self.caption.setText(
            self.tr("Instruments binding each government on {0}").format(
                locale_text.written_date(data.on)
            )
            + "   "
            + self.tr("† not verified in the reference sources")
        )
        self.governments.clear()
        self.governments.setColumnCount(2)
        self.governments.setHorizontalHeaderLabels([self.tr("Government"), self.tr("Instruments")])
        self.governments.setRowCount(len(data.governments))
        for number, row in enumerate(data.governments):
            lines = []
            for binding in row.bound:
                through = (
                    self.tr(" (as a member of {0})").format(binding.through)
                    if binding.through
                    else ""
                )
                mark = "" if binding.instrument.verified and binding.membership_verified else " †"
                status = self.status_text(binding.status, binding.instrument)
                lines.append(f"{binding.instrument.name}{mark}: {status}{through}")
            name = f"{row.name} †" if row.unverified else row.name
            self.governments.setItem(number, 0, QTableWidgetItem(name))
            self.governments.setItem(number, 1, QTableWidgetItem("\n".join(lines)))
        self.governments.resizeColumnsToContents()
        self.governments.resizeRowsToContents()

    def status_text(self, status: InstrumentStatus, item: InstrumentDTO) -> str:
        """The status in words, with the date that ended it; decisions are decided."""
        if status is InstrumentStatus.ADOPTED and item.kind in self.adopted_words:
            return self.adopted_words[item.kind]
        ended = {
            InstrumentStatus.STRUCK_DOWN: item.dates.struck_down,
            InstrumentStatus.REPEALED: item.dates.repealed,
        }.get(status)
        words = instrument_status_label(status)
        return f"{words} ({iso_as_known(ended.day, ended.precision)})" if ended else words

    # -- selection and actions --------------------------------------------------------------
    def selected_id(self) -> int | None:
        items = self.grid.selectedItems()
        return items[0].data(Qt.ItemDataRole.UserRole) if items else None

    def select_instrument(self, instrument_id: int) -> bool:
        for number in range(self.grid.rowCount()):
            cell = self.grid.item(number, 0)
            if cell is not None and cell.data(Qt.ItemDataRole.UserRole) == instrument_id:
                self.grid.selectRow(number)
                return True
        return False

    def _update_buttons(self) -> None:
        chosen = self.selected_id() is not None
        self.edit_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

    def _on_add_clicked(self) -> None:
        dialog = InstrumentDialog(self.context, self)
        if dialog.exec() and dialog.result_dto is not None:
            self.select_instrument(dialog.result_dto.id)

    def _on_edit_clicked(self) -> None:
        chosen = self.selected_id()
        if chosen is None:
            return
        current = window_reads.instrument(self.context.database, chosen)
        InstrumentDialog(self.context, self, instrument=current).exec()

    def _on_delete_clicked(self) -> None:
        chosen = self.selected_id()
        if chosen is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete instrument"),
            self.tr("Delete the selected instrument? The audit log keeps a record of it."),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        # The view refreshes when the change is announced; the window shows a refusal.
        self.context.submit(lambda tx: instruments.delete(tx, chosen), owner=self)

    def _on_export_clicked(self) -> None:
        day = self.on.current()
        path = ask_path(
            self.context,
            self,
            self.tr("Export Crosswalk"),
            f"crosswalk-{day.isoformat()}",
            "csv",
            "xlsx",
        )
        if path is None:
            return
        self.export_to(path)

    def export_to(self, path: Path) -> Path:
        """Write the crosswalk shown (date and jurisdiction) to a CSV or XLSX file."""
        database, day, place = (
            self.context.database,
            self.on.current(),
            self.jurisdiction.currentData(),
        )
        sheet = workers.wait_for(lambda: read_sheet(database, day, place))
        try:
            return (
                write_xlsx(path, [sheet])
                if path.suffix.lower() == ".xlsx"
                else write_csv(path, sheet)
            )
        except PledgeError as exc:
            self.context.error_raised.emit(exc)
            return path
