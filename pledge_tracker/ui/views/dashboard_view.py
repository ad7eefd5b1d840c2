"""The dashboard: every chart of the registry, following the matrix's as-of date and filter.

The data of all charts is computed in one worker (its own session) and drawn on the GUI
thread with the same draw functions the reports and `pledge-tracker chart` use. A click on
a bar, point or cell narrows the matrix filter to what it stands for and asks the window to
show the matrix; a right-click saves that chart as PNG, SVG or PDF at print size.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from matplotlib.backend_bases import MouseButton, MouseEvent
from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.figure import Figure
from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from pledge_tracker.charts.common import ChartTarget
from pledge_tracker.charts.palette import PRINT_WIDTH, SCREEN_DPI
from pledge_tracker.charts.registry import CHARTS, ChartSpec, draw_into, render
from pledge_tracker.domain.changes import Changes
from pledge_tracker.domain.errors import PledgeError
from pledge_tracker.domain.scoring import months_before
from pledge_tracker.services import window_reads
from pledge_tracker.services.chart_data import ChartOptions
from pledge_tracker.ui import file_dialogs
from pledge_tracker.ui.context import AppContext, MatrixFilter
from pledge_tracker.ui.widgets.background_loader import BackgroundLoader, busy_indicator
from pledge_tracker.ui.widgets.banner import DemoBanner
from pledge_tracker.ui.widgets.date_edit import DateEdit

# Where each chart sits: (row, column, columns spanned).
LAYOUT: dict[str, tuple[int, int, int]] = {
    "levels_by_group": (0, 0, 1),
    "changes": (0, 1, 1),
    "score_over_time": (1, 0, 1),
    "coverage_over_time": (1, 1, 1),
    "evidence_by_quarter": (2, 0, 2),
    "heatmap": (3, 0, 2),
}
_RELEVANT = {"assessment", "stakeholder", "pledge", "evidence", "commitment"}


@dataclass(frozen=True)
class Request:
    """What one load computes: the options of each chart, fixed when it was asked for."""

    options: ChartOptions
    since: dt.date  # the earlier date of "what changed"


def chart_options(as_of: dt.date, wanted: MatrixFilter, freshness_months: int) -> ChartOptions:
    """The chart options that show what the matrix shows under `wanted`."""
    return ChartOptions(
        as_of=as_of,
        stakeholder_ids=wanted.stakeholder_ids,
        kinds=wanted.kinds,
        commitment_ids=wanted.commitment_ids,
        founding_only=wanted.founding_only,
        text=wanted.text,
        include_inactive=wanted.include_inactive,
        freshness_months=freshness_months,
    )


def load_charts(request: Request, context: AppContext) -> dict[str, Any]:
    """Every chart's data, in one read session (runs in a worker thread)."""
    options = request.options
    shared = context.shared_matrix(options.as_of, options.freshness_months)  # the heatmap's
    wanted = {
        name: replace(options, since=request.since) if name == "changes" else options
        for name in CHARTS
    }
    return window_reads.charts_data(context.database, wanted, shared)


def filter_for(target: ChartTarget, current: MatrixFilter) -> MatrixFilter:
    """The matrix filter narrowed to what a clicked bar, point or cell stands for."""
    return replace(
        current,
        stakeholder_ids=target.stakeholder_ids,
        commitment_ids=target.commitment_ids,
        kinds=target.kinds or current.kinds,
        text="" if target.stakeholder_ids else current.text,
    )


class ChartCanvas(FigureCanvasQTAgg):
    """One chart of the registry on screen; it keeps the data it last drew."""

    def __init__(self, chart: ChartSpec, parent: QWidget | None = None) -> None:
        super().__init__(Figure(dpi=SCREEN_DPI, layout="constrained"))
        self.setParent(parent)
        self.chart = chart
        self.data: Any = None
        self.setMinimumWidth(420)
        if chart.name == "heatmap":  # wider cells would only stretch the grid
            self.setMaximumWidth(round(1.4 * PRINT_WIDTH * SCREEN_DPI))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)

    def draw_idle(self) -> None:
        """Render on the next paint, i.e. only once the chart is scrolled into view.

        matplotlib's own draw_idle renders at once on a timer, even off screen; the heatmap
        below the fold would then cost a second of GUI time on every reload.
        """
        self._draw_pending = True  # paintEvent renders when this is set (backend_qtagg)
        self.update()

    def show_data(self, data: Any) -> None:
        self.data = data
        draw_into(self.figure, self.chart, data)
        height = self.chart.figsize(data)[1] * SCREEN_DPI
        self.setFixedHeight(round(height))
        self.setAccessibleName(self.chart.heading(data))
        self.draw_idle()


class DashboardView(QWidget):
    """The charts of the Call's progress, as of the context's date, for the matrix's filter.

    Signals
    -------
    open_matrix_requested: a chart was clicked and the filter narrowed; show the matrix.
    charts_updated: freshly computed charts are on screen (tests wait for it).
    chart_saved: (path) a chart was written to a file.
    """

    open_matrix_requested = Signal()
    charts_updated = Signal()
    chart_saved = Signal(str)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._since_chosen = False  # until the user picks a date, it follows the as-of date
        self.canvases: dict[str, ChartCanvas] = {}
        self._build()
        self._request = self._make_request()
        self.loader = BackgroundLoader(context, self, lambda ctx: load_charts(self._request, ctx))
        self._connect_signals()
        self.reload()

    # -- building ------------------------------------------------------------------------
    def _build(self) -> None:
        self.heading = QLabel()
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.since_edit = DateEdit(
            months_before(self._context.as_of, 12),
            field="since",
            minimum=dt.date(2000, 1, 1),
        )
        self.since_edit.setMaximumWidth(self.since_edit.fontMetrics().horizontalAdvance("0") * 16)
        self.since_edit.setAccessibleName(self.tr("Compare with the standing on"))
        self.since_edit.setToolTip(self.tr("The earlier date of the chart of what changed"))
        since_label = QLabel(self.tr("&Changes since"))
        since_label.setBuddy(self.since_edit)
        self.clear_button = QPushButton(self.tr("Show &everyone"))
        self.clear_button.setToolTip(self.tr("Clear the filter shared with the matrix"))
        self.busy = busy_indicator(self)
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.busy)
        top.addWidget(self.clear_button)
        top.addSpacing(12)
        top.addWidget(since_label)
        top.addWidget(self.since_edit)
        top.addWidget(self.since_edit.error_label())
        grid = QGridLayout()
        grid.setSpacing(12)
        for name, chart in CHARTS.items():
            canvas = ChartCanvas(chart)
            canvas.setToolTip(
                self.tr(
                    "Click a bar, line or cell to open the matrix narrowed to it; "
                    "right-click to save the chart."
                )
            )
            row, column, span = LAYOUT.get(name, (len(self.canvases) + 4, 0, 2))
            grid.addWidget(canvas, row, column, 1, span, Qt.AlignmentFlag.AlignTop)
            self.canvases[name] = canvas
        sheet = QWidget()
        sheet.setLayout(grid)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(sheet)
        self.demo_banner = DemoBanner(self._context)
        layout = QVBoxLayout(self)
        layout.addWidget(self.demo_banner)
        layout.addLayout(top)
        layout.addWidget(scroll, 1)

    def _connect_signals(self) -> None:
        ctx = self._context
        ctx.as_of_changed.connect(self._on_as_of_changed)
        ctx.filter_changed.connect(lambda _wanted: self.reload())
        ctx.data_changed.connect(self._on_data_changed)
        ctx.database_replaced.connect(self.reload)
        self.since_edit.sig_date_changed.connect(self._on_since_changed)
        self.clear_button.clicked.connect(self._clear_filter)
        self.loader.sig_loaded.connect(self._on_loaded)
        self.loader.sig_busy_changed.connect(self.busy.setVisible)
        for name, canvas in self.canvases.items():
            canvas.mpl_connect(
                "button_press_event",
                lambda e, n=name: self._on_click(n, e),  # type: ignore[call-overload]
            )
            canvas.customContextMenuRequested.connect(
                lambda pos, n=name: self._on_context_menu(n, pos)
            )

    # -- loading -------------------------------------------------------------------------
    def _make_request(self) -> Request:
        ctx = self._context
        options = chart_options(ctx.as_of, ctx.filter, ctx.settings.freshness_months)
        return Request(options, min(self.since_edit.current(), ctx.as_of))

    def reload(self) -> None:
        """Recompute every chart for the current date and filter (now, or when next shown)."""
        self._request = self._make_request()
        self._update_heading()
        self.loader.request()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.loader.shown()

    def _on_as_of_changed(self, day: dt.date) -> None:
        if not self._since_chosen:
            self.since_edit.blockSignals(True)
            self.since_edit.set_date(months_before(day, 12))
            self.since_edit.blockSignals(False)
        self.reload()

    def _on_since_changed(self, _day: dt.date) -> None:
        self._since_chosen = True
        self.reload()

    def _on_data_changed(self, changed: Changes) -> None:
        if changed.touches(_RELEVANT):
            self.reload()

    def _on_loaded(self, results: dict[str, Any], _seconds: float) -> None:
        for name, data in results.items():
            self.canvases[name].show_data(data)
        self.charts_updated.emit()

    def _update_heading(self) -> None:
        wanted = self._context.filter
        narrowed = wanted != MatrixFilter(include_inactive=wanted.include_inactive)
        day = self._context.as_of.isoformat()
        if narrowed:
            text = self.tr("As of %1, for the supporters the matrix filter shows").replace(
                "%1", day
            )
        else:
            text = self.tr("As of %1, for every active supporter").replace("%1", day)
        self.heading.setText(text)
        self.clear_button.setEnabled(narrowed)

    def _clear_filter(self) -> None:
        self._context.set_filter(
            MatrixFilter(include_inactive=self._context.filter.include_inactive)
        )

    # -- clicks and saving ---------------------------------------------------------------
    def _on_click(self, name: str, event: MouseEvent) -> None:
        canvas = self.canvases[name]
        if event.button is not MouseButton.LEFT or event.inaxes is None or canvas.data is None:
            return
        if event.xdata is None or event.ydata is None:
            return
        target = canvas.chart.locate(canvas.data, float(event.xdata), float(event.ydata))
        if target is not None:
            self.open_target(target)

    def open_target(self, target: ChartTarget) -> None:
        """Narrow the matrix to what a chart element stands for, and ask to show it."""
        self._context.set_filter(filter_for(target, self._context.filter))
        self.open_matrix_requested.emit()

    def _on_context_menu(self, name: str, position: QPoint) -> None:
        menu = self.context_menu(name)
        menu.exec(self.canvases[name].mapToGlobal(position))

    def context_menu(self, name: str) -> QMenu:
        """The right-click menu of one chart."""
        menu = QMenu(self)
        save = menu.addAction(self.tr("Save chart as…"))
        save.triggered.connect(lambda: self.save_chart(name))
        save.setEnabled(self.canvases[name].data is not None)
        return menu

    def save_chart(self, name: str) -> None:
        """Ask where, then write the chart at print size (PNG 200 dpi, SVG or PDF)."""
        canvas = self.canvases[name]
        if canvas.data is None:
            return
        suggested = f"{name}-{self._context.as_of.isoformat()}.png"
        kinds = {
            "png": self.tr("PNG image, 200 dpi (*.png)"),
            "svg": self.tr("SVG vector image (*.svg)"),
            "pdf": self.tr("PDF document (*.pdf)"),
        }
        answer = file_dialogs.save_file(
            self._context.settings,
            self,
            self.tr("Save chart as"),
            suggested,
            ";;".join(kinds.values()),
        )
        if answer is None:
            return
        path, chosen = answer
        target = Path(path)
        if target.suffix.lower().lstrip(".") not in kinds:  # no or another extension typed
            fmt = next((key for key, text in kinds.items() if text == chosen), "png")
            target = target.with_name(f"{target.name}.{fmt}")
        data = canvas.data

        def write(_worker: object) -> str:
            try:
                render(name, data, target)
            except OSError as exc:
                raise PledgeError(f"Could not save the chart to {target}: {exc.strerror}") from exc
            return str(target)

        self._context.run(write, self.chart_saved.emit)
