"""The Published figures page: figures supporters published, recorded, listed and charted.

The table and the chart (one panel per metric, one line per supporter) load together in a
worker, for one chosen supporter or for all; the chart is the registry's "indicators" chart,
the same the `chart` command and the reports draw.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from pledge_tracker.charts.registry import CHARTS
from pledge_tracker.domain.changes import Changes
from pledge_tracker.domain.errors import PledgeError
from pledge_tracker.domain.indicators import IndicatorDTO
from pledge_tracker.services import window_reads
from pledge_tracker.services.chart_data import IndicatorsOverTime
from pledge_tracker.ui.context import AppContext
from pledge_tracker.ui.dialogs.indicator_dialog import IndicatorDialog, delete_command
from pledge_tracker.ui.models.indicators_model import Column, IndicatorsModel, IndicatorsProxy
from pledge_tracker.ui.undo import push
from pledge_tracker.ui.views.dashboard_view import ChartCanvas
from pledge_tracker.ui.widgets.background_loader import BackgroundLoader, busy_indicator
from pledge_tracker.ui.widgets.compact_table import compact_table, fit_columns
from pledge_tracker.ui.widgets.list_view import LoadedListView, search_box
from pledge_tracker.ui.widgets.searchable_combo import make_searchable
from pledge_tracker.ui.widgets.table_select import select_source_row, selected_row


@dataclass(frozen=True)
class Loaded:
    """What one load brings: the figures listed and the chart's data."""

    figures: tuple[IndicatorDTO, ...]
    chart: IndicatorsOverTime


def load_figures(context: AppContext, stakeholder_id: int | None) -> Loaded:
    """The chosen supporter's figures (or everyone's) and their chart as of the app's date."""
    figures, chart = window_reads.figures_and_chart(context.database, stakeholder_id, context.as_of)
    return Loaded(figures, chart)


class IndicatorsView(LoadedListView):
    """Lists published figures, charts them over time, and adds, edits or deletes them."""

    RELEVANT = frozenset({"indicator", "stakeholder", "evidence"})

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.model = IndicatorsModel(self)
        self.proxy = IndicatorsProxy(self)
        self.proxy.setSourceModel(self.model)
        self.loader = BackgroundLoader(
            context, self, lambda ctx: load_figures(ctx, self._chosen_id)
        )
        self._chosen_id: int | None = None
        self._keep_id: int | None = None
        self._build()
        self._fill_supporters()
        self._connect_signals()
        self.loader.load()

    def _build(self) -> None:
        self.supporter = make_searchable(QComboBox())
        self.supporter.setAccessibleName(self.tr("Supporter whose figures are shown"))
        caption = QLabel(self.tr("Su&pporter:"))
        caption.setBuddy(self.supporter)
        self.search, find = search_box(
            self.tr("Search metric, unit or source"), self.tr("Search published figures")
        )
        self.summary = QLabel()
        self.busy = busy_indicator(self)
        top = QHBoxLayout()
        for widget in (caption, self.supporter, find, self.search):
            top.addWidget(widget)
        top.addStretch(1)
        top.addWidget(self.busy)
        top.addWidget(self.summary)
        self.table = QTableView()
        compact_table(self.table, self.tr("Published figures"))
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(Column.PERIOD, Qt.SortOrder.DescendingOrder)
        self.canvas = ChartCanvas(CHARTS["indicators"])
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.canvas)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(scroll)
        splitter.setStretchFactor(1, 2)
        self.add_button = QPushButton(self.tr("&Add figure…"))
        self.add_button.setAccessibleName(self.tr("Add a published figure"))
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.edit_button.setAccessibleName(self.tr("Edit the selected figure"))
        self.delete_button = QPushButton(self.tr("&Delete"))
        self.delete_button.setAccessibleName(self.tr("Delete the selected figure"))
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)

    def _fill_supporters(self) -> None:
        keep = self._chosen_id
        self.supporter.blockSignals(True)
        self.supporter.clear()
        self.supporter.addItem(self.tr("All supporters"), None)
        for person in self.context.directory().supporters:
            self.supporter.addItem(person.name, person.id)
        self.supporter.setCurrentIndex(max(self.supporter.findData(keep), 0))
        self.supporter.blockSignals(False)

    def _connect_signals(self) -> None:
        self.search.textChanged.connect(self.proxy.set_text)
        self.supporter.currentIndexChanged.connect(self._on_supporter_changed)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.add_button.clicked.connect(self._on_add_clicked)
        self.edit_button.clicked.connect(self._on_edit_clicked)
        self.table.doubleClicked.connect(lambda _index: self._on_edit_clicked())
        self.delete_button.clicked.connect(self._on_delete_clicked)
        self.loader.sig_loaded.connect(self._on_loader_loaded)
        self.loader.sig_busy_changed.connect(self.busy.setVisible)
        self.context.data_changed.connect(self._on_data_changed)
        self.context.as_of_changed.connect(lambda _day: self.loader.request())
        self.context.database_replaced.connect(self.loader.request)

    def show_supporter(self, stakeholder_id: int | None) -> None:
        """Show one supporter's figures (None: everyone's)."""
        self.supporter.setCurrentIndex(max(self.supporter.findData(stakeholder_id), 0))

    def selected(self) -> IndicatorDTO | None:
        return selected_row(self.table)

    def _on_data_changed(self, changed: Changes) -> None:
        if changed.touches({"stakeholder"}):
            self._fill_supporters()
        self._on_context_data_changed(changed)

    def _on_supporter_changed(self, _index: int) -> None:
        self._chosen_id = self.supporter.currentData()
        self.loader.load()

    def _on_loader_loaded(self, loaded: Loaded, _seconds: float) -> None:
        chosen = self.selected()
        keep = self._keep_id or (chosen.id if chosen else None)
        self._keep_id = None
        first = self.model.rowCount() == 0
        self.model.set_rows(loaded.figures)
        if first and loaded.figures:
            fit_columns(self.table, stretch=Column.SOURCE)
        self.canvas.show_data(loaded.chart)
        self.summary.setText(self.tr("%n published figure(s)", "", len(loaded.figures)))
        if keep is not None:
            select_source_row(self.table, self.model.row_of(keep))
        self._update_buttons()

    def _update_buttons(self) -> None:
        chosen = self.selected() is not None
        self.edit_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

    def _on_add_clicked(self) -> None:
        dialog = IndicatorDialog(self.context, self, preset_stakeholder_id=self._chosen_id)
        if dialog.exec() and dialog.result_dto is not None:
            self._keep_id = dialog.result_dto.id

    def _on_edit_clicked(self) -> None:
        figure = self.selected()
        if figure is None:
            return
        self._keep_id = figure.id
        IndicatorDialog(self.context, self, figure=figure).exec()

    def _on_delete_clicked(self) -> None:
        figure = self.selected()
        if figure is None:
            return
        try:
            push(self.context, delete_command(self.context, figure))
        except PledgeError as exc:
            self.context.error_raised.emit(exc)
