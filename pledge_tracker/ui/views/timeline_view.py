"""The Timeline view: the Call's dated events by date, filtered, searched, added, exported."""

from __future__ import annotations

import datetime as dt
import html

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from pledge_tracker.domain.events import EventDTO, EventFilter
from pledge_tracker.domain.kinds import EventCategory
from pledge_tracker.domain.limits import LAWS_FROM
from pledge_tracker.domain.takedown import IncidentDTO
from pledge_tracker.services import events, window_reads
from pledge_tracker.services.timeline import TimelineEntry
from pledge_tracker.ui import export_actions
from pledge_tracker.ui.context import AppContext
from pledge_tracker.ui.dialogs.event_dialog import EventDialog
from pledge_tracker.ui.dialogs.incident_dialog import IncidentDialog, confirm_delete_incident
from pledge_tracker.ui.labels import category_label
from pledge_tracker.ui.models.row_table import EmptyLastProxy
from pledge_tracker.ui.models.timeline_model import (
    Column,
    TimelineModel,
    date_text,
    unverified_key,
)
from pledge_tracker.ui.widgets.background_loader import BackgroundLoader, busy_indicator
from pledge_tracker.ui.widgets.compact_table import compact_table, fit_columns
from pledge_tracker.ui.widgets.list_view import LoadedListView, search_box
from pledge_tracker.ui.widgets.table_select import select_source_row, selected_row

ANY_YEAR = LAWS_FROM.year - 1  # the spin boxes' "any" value
SEARCH_DELAY_MS = 250


def load_entries(context: AppContext, where: EventFilter) -> list[TimelineEntry]:
    """The timeline's entries matching the filter (run in a worker)."""
    return window_reads.timeline_entries(context.database, where)


class TimelineView(LoadedListView):
    """Lists timeline entries by date; the selected one's detail shows below the table."""

    RELEVANT = frozenset({"event", "stakeholder", "evidence", "incident"})
    EDITABLE = frozenset({"event", "incident"})  # incidents open the incident dialog

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.model = TimelineModel(self)
        self.proxy = EmptyLastProxy(self)
        self.proxy.setSourceModel(self.model)
        # The filter is read from the widgets on the GUI thread (`_reload`), never in the worker.
        self._where = EventFilter()
        self.loader = BackgroundLoader(context, self, lambda ctx: load_entries(ctx, self._where))
        self._keep_id: int | None = None
        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(SEARCH_DELAY_MS)
        self._build()
        self._connect_signals()
        self.loader.load()

    def _build(self) -> None:
        self.search, find = search_box(
            self.tr("Search titles, summaries, notes, links"), self.tr("Search the timeline")
        )
        self.category = QComboBox()
        self.category.addItem(self.tr("All categories"), None)
        for category in EventCategory:
            self.category.addItem(category_label(category.value), category.value)
        self.category.setAccessibleName(self.tr("Category"))
        category_caption = QLabel(self.tr("&Category:"))
        category_caption.setBuddy(self.category)
        self.year_from, from_caption = self._year_box(self.tr("F&rom:"), self.tr("From year"))
        self.year_to, to_caption = self._year_box(self.tr("&To:"), self.tr("To year"))
        self.summary = QLabel()
        self.busy = busy_indicator(self)
        top = QHBoxLayout()
        row: list[QWidget] = [find, self.search, category_caption, self.category]
        for widget in [*row, from_caption, self.year_from, to_caption, self.year_to]:
            top.addWidget(widget)
        top.addStretch(1)
        top.addWidget(self.busy)
        top.addWidget(self.summary)
        self.table = QTableView()
        compact_table(self.table, self.tr("Timeline"))
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(Column.DATE, Qt.SortOrder.AscendingOrder)
        self.detail = QTextBrowser()
        self.detail.setAccessibleName(self.tr("Event detail"))
        self.detail.setOpenLinks(False)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        self.key = QLabel(unverified_key())
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.key)
        layout.addLayout(self._buttons())

    def _year_box(self, caption: str, accessible: str) -> tuple[QSpinBox, QLabel]:
        box = QSpinBox()
        box.setRange(ANY_YEAR, dt.date.today().year + 10)
        box.setSpecialValueText(self.tr("any"))
        box.setValue(ANY_YEAR)
        box.setAccessibleName(accessible)
        label = QLabel(caption)
        label.setBuddy(box)
        return box, label

    def _buttons(self) -> QHBoxLayout:
        self.add_button = QPushButton(self.tr("&Add event…"))
        self.add_button.setAccessibleName(self.tr("Add an event"))
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.edit_button.setAccessibleName(self.tr("Edit the selected event"))
        self.delete_button = QPushButton(self.tr("De&lete"))
        self.delete_button.setAccessibleName(self.tr("Delete the selected event"))
        self.export_button = QPushButton(self.tr("E&xport"))
        menu = QMenu(self.export_button)
        menu.addAction(self.tr("CSV…"), lambda: self._export("csv"))
        menu.addAction(self.tr("Excel workbook…"), lambda: self._export("xlsx"))
        self.export_button.setMenu(menu)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.export_button)
        return buttons

    def _connect_signals(self) -> None:
        self.search.textChanged.connect(lambda _text: self._typing.start())
        self._typing.timeout.connect(self._reload)
        self.category.currentIndexChanged.connect(lambda _i: self._reload())
        self.year_from.valueChanged.connect(lambda _v: self._reload())
        self.year_to.valueChanged.connect(lambda _v: self._reload())
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.add_button.clicked.connect(self._on_add_clicked)
        self.edit_button.clicked.connect(self._on_edit_clicked)
        self.table.doubleClicked.connect(lambda _index: self._on_edit_clicked())
        self.delete_button.clicked.connect(self._on_delete_clicked)
        self.loader.sig_loaded.connect(self._on_loader_loaded)
        self.loader.sig_busy_changed.connect(self.busy.setVisible)
        self.context.data_changed.connect(self._on_context_data_changed)
        self.context.database_replaced.connect(self.loader.request)

    def _reload(self) -> None:
        """Load again with the filter the controls show now."""
        self._where = self.where()
        self.loader.load()

    def where(self) -> EventFilter:
        """The filter the controls describe."""
        chosen = self.category.currentData()
        first, last = self.year_from.value(), self.year_to.value()
        return EventFilter(
            categories=(str(chosen),) if chosen else (),
            since=dt.date(first, 1, 1) if first > ANY_YEAR else None,
            until=dt.date(last, 12, 31) if last > ANY_YEAR else None,
            text=self.search.text(),
        )

    def selected(self) -> TimelineEntry | None:
        return selected_row(self.table)

    def _on_loader_loaded(self, rows: list[TimelineEntry], _seconds: float) -> None:
        chosen = self.selected()
        keep = self._keep_id or (chosen.record_id if chosen else None)
        self._keep_id = None
        first = self.model.rowCount() == 0
        self.model.set_rows(rows)
        if first and rows:
            fit_columns(self.table, stretch=Column.TITLE)
        self.summary.setText(self.tr("%n event(s)", "", len(rows)))
        if keep is not None:
            select_source_row(self.table, self.model.row_of(keep))
        self._on_selection_changed()

    def _selected_event(self) -> EventDTO | None:
        entry = self.selected()
        if entry is None or entry.kind != "event":
            return None
        return window_reads.event(self.context.database, entry.record_id)

    def _on_selection_changed(self) -> None:
        entry = self.selected()
        self.edit_button.setEnabled(entry is not None and entry.kind in self.EDITABLE)
        self.delete_button.setEnabled(entry is not None and entry.kind in self.EDITABLE)
        event = self._selected_event()
        self.detail.setHtml(self._detail_html(entry, event) if entry else "")

    def _detail_html(self, entry: TimelineEntry, event: EventDTO | None) -> str:
        escape = html.escape
        parts = [
            f"<p><b>{escape(date_text(entry))} · {escape(entry.title)}</b>"
            f" — {escape(category_label(entry.category))}</p>",
            f"<p>{escape(entry.summary)}</p>" if entry.summary else "",
        ]
        if not entry.verified:
            parts.append(f"<p><i>{escape(unverified_key())}</i></p>")
        if entry.note:
            note = self.tr("Note: {0}").format(entry.note)
            parts.append(f"<p>{escape(note)}</p>")
        if entry.supporters:
            line = self.tr("Supporters: {0}").format("; ".join(entry.supporters))
            parts.append(f"<p>{escape(line)}</p>")
        if entry.sources:
            links = "".join(f"<li>{escape(link)}</li>" for link in entry.sources)
            sources = self.tr("Sources:")
            parts.append(f"<p>{escape(sources)}</p><ul>{links}</ul>")
        if event is not None and event.evidence:
            cited = "".join(f"<li>{escape(title)}</li>" for _id, title in event.evidence)
            citing = self.tr("Evidence citing it:")
            parts.append(f"<p>{escape(citing)}</p><ul>{cited}</ul>")
        return "".join(parts)

    def _on_add_clicked(self) -> None:
        dialog = EventDialog(self.context, self)
        if dialog.exec() and dialog.result_dto is not None:
            self._keep_id = dialog.result_dto.id

    def _selected_incident(self) -> IncidentDTO | None:
        entry = self.selected()
        if entry is None or entry.kind != "incident":
            return None
        return window_reads.incident(self.context.database, entry.record_id)

    def _on_edit_clicked(self) -> None:
        incident = self._selected_incident()
        if incident is not None:
            self._keep_id = incident.id
            IncidentDialog(self.context, self, incident=incident).exec()
            return
        event = self._selected_event()
        if event is None:
            return
        self._keep_id = event.id
        EventDialog(self.context, self, event=event).exec()

    def _on_delete_clicked(self) -> None:
        incident = self._selected_incident()
        if incident is not None:
            confirm_delete_incident(self.context, incident, self)
            return
        event = self._selected_event()
        if event is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete event"),
            self.tr("Delete “{0}” from the timeline? The audit log keeps what it said.").format(
                event.title
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        # Nothing waits for it: the view refreshes when the change is announced, and a
        # refusal is shown by the window, as every view's is.
        self.context.submit(
            lambda tx: events.delete(tx, event.id, expected_version=event.version), owner=self
        )

    def _export(self, fmt: str) -> None:
        export_actions.export_what(self.context, "events", fmt, self)
