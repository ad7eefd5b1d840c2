"""The Takedown view: how fast copies of terrorist content came down, per platform.

Filters (incident, platform, period, how found) choose the sightings; the figures load in a
worker from the metrics service (services/takedown.py, computed in SQL) while a busy bar
shows. The page holds the per-platform table on both clocks, the cumulative time-to-removal
chart with its 1-hour and 24-hour lines, the weekly chart, and the copies still online,
oldest first, their addresses defanged. Copying a live address is an explicit, warned
action; every table exports to CSV or XLSX with the addresses defanged. The figures are as
of the end of the window's as-of date (as `stats --json --as-of` and the reports take them),
or now when that is sooner.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.figure import Figure
from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from pledge_tracker.charts import takedown as charts
from pledge_tracker.charts.palette import SCREEN_DPI
from pledge_tracker.domain.changes import Changes
from pledge_tracker.domain.dates import utcnow
from pledge_tracker.domain.takedown import TakedownFilter
from pledge_tracker.services.takedown_screen import TakedownScreen, load_screen
from pledge_tracker.ui.context import AppContext
from pledge_tracker.ui.models import takedown_models as tm
from pledge_tracker.ui.views import takedown_actions
from pledge_tracker.ui.views.takedown_incidents import IncidentMenu
from pledge_tracker.ui.widgets.background_loader import BackgroundLoader, busy_indicator
from pledge_tracker.ui.widgets.compact_table import fit_columns
from pledge_tracker.ui.widgets.takedown_filters import TakedownFilters

_RELEVANT = {"sighting", "incident"}


class ChartPane(FigureCanvasQTAgg):
    """One takedown chart on screen, drawn with the same code as the incident report's."""

    def __init__(self, height: float) -> None:
        super().__init__(Figure(figsize=(6.7, height), dpi=SCREEN_DPI, layout="constrained"))
        self.setMinimumHeight(round(height * SCREEN_DPI))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def show_chart(self, draw: charts.Draw, data: object) -> None:
        charts.draw_on(self.figure, draw, data)
        self.draw_idle()

    def texts(self) -> list[str]:
        return charts.chart_texts(self.figure)


class TakedownView(QWidget):
    """Per-platform takedown figures, charts and the still-online list for a filter.

    Signals
    -------
    sig_loaded: freshly loaded figures are on screen (tests wait for it).
    sig_exported: (path) a table was written to a file.
    """

    sig_loaded = Signal()
    sig_exported = Signal(str)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.loaded: TakedownScreen | None = None
        self._wanted = TakedownFilter()
        self._build()
        self.loader = BackgroundLoader(
            context, self, lambda ctx: load_screen(ctx.database, self._wanted)
        )
        self._connect_signals()
        self.reload()

    # -- building ------------------------------------------------------------------------
    def _build(self) -> None:
        self.filters = TakedownFilters()
        self.incident_menu = IncidentMenu(
            self._context, lambda: self.filters.current().incident_uid, self
        )
        self.busy = busy_indicator(self)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.demo_note = QLabel(
            self.tr("Includes a demonstration incident: fictional data, not a real event.")
        )
        self.demo_note.setStyleSheet("color: #9A3B00; font-weight: bold;")
        self.demo_note.hide()
        self.platforms = tm.TextTable(tm.platform_headers(), tm.PLATFORM_NUMERIC, self)
        self.platform_table = self._table(self.platforms, self.tr("Takedown figures per platform"))
        self.online = tm.TextTable(tm.online_headers(), (3, 5), self)
        self.online_table = self._table(self.online, self.tr("Copies still online, oldest first"))
        self.online_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.online_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.curve = ChartPane(3.6)
        self.weekly = ChartPane(3.2)
        self.copy_button = QPushButton(self.tr("&Copy Live Address…"))
        self.copy_button.setToolTip(
            self.tr("Copy the chosen copy's live address, after a warning (never opened)")
        )
        self.export_button = QPushButton(self.tr("E&xport…"))
        self.export_button.setMenu(self._export_menu())
        self._lay_out()

    def _table(self, model: tm.TextTable, name: str) -> QTableView:
        table = QTableView()
        table.setModel(model)
        table.setAccessibleName(name)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.verticalHeader().hide()
        table.setWordWrap(False)
        # Each refill sizes the columns to their texts, so that no heading is cut (the
        # French ones are longer).
        model.modelReset.connect(lambda: fit_columns(table))
        fit_columns(table)
        return table

    def _export_menu(self) -> QMenu:
        menu = QMenu(self)
        for table, text in (
            ("platforms", self.tr("Figures per platform as CSV…")),
            ("weekly", self.tr("Weekly counts as CSV…")),
            ("online", self.tr("Copies still online as CSV…")),
        ):
            action = menu.addAction(text)
            action.triggered.connect(lambda _c=False, t=table: self.export("csv", t))
        menu.addSeparator()
        every = menu.addAction(self.tr("Every table as an Excel workbook…"))
        every.triggered.connect(lambda: self.export("xlsx"))
        return menu

    def _lay_out(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.filters, 1)
        top.addWidget(self.incident_menu)
        top.addWidget(self.busy)
        top.addWidget(self.export_button)
        charts_row = QHBoxLayout()
        charts_row.addWidget(self.curve)
        charts_row.addWidget(self.weekly)
        charts_box = QWidget()
        charts_box.setLayout(charts_row)
        online_box = QWidget()
        online_layout = QVBoxLayout(online_box)
        online_layout.setContentsMargins(0, 0, 0, 0)
        self.online_label = QLabel()
        head = QHBoxLayout()
        head.addWidget(self.online_label, 1)
        head.addWidget(self.copy_button)
        online_layout.addLayout(head)
        online_layout.addWidget(self.online_table)
        splitter = QSplitter()
        splitter.setOrientation(splitter.orientation().Vertical)
        splitter.addWidget(self.platform_table)
        splitter.addWidget(charts_box)
        splitter.addWidget(online_box)
        splitter.setSizes([260, 380, 240])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.demo_note)
        layout.addWidget(self.summary)
        layout.addWidget(splitter, 1)

    def _connect_signals(self) -> None:
        ctx = self._context
        self.filters.sig_changed.connect(self.reload)
        ctx.as_of_changed.connect(lambda _day: self.reload())
        ctx.data_changed.connect(self._on_data_changed)
        ctx.database_replaced.connect(self.reload)
        self.loader.sig_loaded.connect(self._on_loaded)
        self.loader.sig_busy_changed.connect(self.busy.setVisible)
        self.copy_button.clicked.connect(self.copy_live_address)

    # -- loading -------------------------------------------------------------------------
    def reload(self) -> None:
        """Load the figures for the chosen filter (now, or when the page is next shown)."""
        self._wanted = replace(self.filters.current(), as_of=self.moment())
        self.summary.setText(self.tr("Loading the figures…"))
        self.loader.request()

    def moment(self) -> dt.datetime:
        """The figures' moment: the end of the window's as-of date (UTC), or now if sooner."""
        end = dt.datetime.combine(self._context.as_of + dt.timedelta(days=1), dt.time())
        return min(end, utcnow().replace(tzinfo=None, microsecond=0))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.loader.shown()

    def _on_data_changed(self, changed: Changes) -> None:
        if changed.touches(_RELEVANT):
            self.reload()

    def _on_loaded(self, screen: TakedownScreen, _seconds: float) -> None:
        self.loaded = screen
        self.filters.set_choices(screen.incidents, screen.platforms)
        figures = screen.figures
        self.platforms.set_rows(tm.platform_rows(figures.rows, figures.total))
        self.platform_table.resizeColumnsToContents()
        self.online.set_rows(tm.online_rows(screen.online), [i.uid for i in screen.online])
        self.online_table.resizeColumnsToContents()
        day = figures.as_of.date()
        curves = charts.RemovalCurves(
            day, figures.total.sightings, screen.found_curve, screen.reported_curve
        )
        self.curve.show_chart(charts.draw_removal_curve, curves)
        self.weekly.show_chart(charts.draw_weekly, charts.WeeklyCounts(day, screen.weeks))
        chosen = screen.filter.incident_uid
        self.demo_note.setVisible(any(i.demo and chosen in (None, i.uid) for i in screen.incidents))
        self.summary.setText(
            self.tr("%n sighting(s) as of {0} UTC.", "", figures.total.sightings).format(
                figures.as_of.strftime("%Y-%m-%d %H:%M")
            )
        )
        shown = len(screen.online)
        self.online_label.setText(
            self.tr(
                "Still online, oldest first (addresses defanged): %n cop(ies)",
                "",
                screen.online_total,
            )
            + (
                ""
                if shown == screen.online_total
                else self.tr(" (the oldest {0} listed)").format(shown)
            )
        )
        self.sig_loaded.emit()

    # -- actions -------------------------------------------------------------------------
    def selected_uid(self) -> str | None:
        rows = self.online_table.selectionModel().selectedRows()
        return self.online.uid_at(rows[0].row()) if rows else None

    def copy_live_address(self) -> bool:
        """Copy the chosen copy's live address to the clipboard, after a warning."""
        uid = self.selected_uid()
        if uid is None:
            self.online_label.setText(self.tr("Choose a copy in the list first."))
            return False
        done = self.tr("Live address copied to the clipboard. Do not open it.")
        return takedown_actions.copy_live_address(
            self._context, uid, self, lambda: self.online_label.setText(done)
        )

    def export(self, fmt: str, table: str = "platforms") -> None:
        if self.loaded is None:
            return
        takedown_actions.export_screen(
            self._context, self.loaded, fmt, table, self, lambda p: self.sig_exported.emit(str(p))
        )
