"""The home view: every supporter on every commitment as of a date, with the detail beside it."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QSizePolicy,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from pledge_tracker.domain.changes import Changes
from pledge_tracker.domain.dto import Cell, CommitmentDTO, Matrix, StakeholderDTO
from pledge_tracker.domain.scoring import summarise
from pledge_tracker.ui.context import AppContext
from pledge_tracker.ui.dialogs import evidence_link
from pledge_tracker.ui.dialogs.assessment_dialog import AssessmentDialog
from pledge_tracker.ui.models.matrix_model import MatrixModel
from pledge_tracker.ui.models.matrix_rows import (
    SortKey,
    combined,
    format_coverage,
    format_score,
)
from pledge_tracker.ui.views.matrix_loading import MatrixLoader
from pledge_tracker.ui.views.matrix_review import ReviewActions
from pledge_tracker.ui.widgets.as_of_control import AsOfControl
from pledge_tracker.ui.widgets.banner import DemoBanner
from pledge_tracker.ui.widgets.detail_panel import DetailPanel
from pledge_tracker.ui.widgets.filter_bar import FilterBar
from pledge_tracker.ui.widgets.level_legend import LevelLegend
from pledge_tracker.ui.widgets.matrix_table import MatrixTable


class MatrixView(QWidget):
    """The accountability matrix: filters, as-of date, the table and the detail panel.

    Signals
    -------
    matrix_loaded: a freshly computed matrix is on screen (tests wait for it).
    rows_updated: the rows of these supporter ids were read again and are on screen.
    """

    matrix_loaded = Signal()
    rows_updated = Signal(object)  # frozenset[int]

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.dialog: QDialog | None = None  # the open assessment or evidence dialog
        self.model = MatrixModel(self)
        self.loader = MatrixLoader(context, lambda: self.model.matrix, self)
        self._build()
        self._build_actions()
        self._connect_signals()
        self._restore_choices()
        self.reload()

    # -- building ------------------------------------------------------------------------
    def _build(self) -> None:
        self.as_of = AsOfControl(self._context)
        self.filters = FilterBar(self._context)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)  # an indeterminate "working" bar
        self.busy.setMaximumWidth(90)
        self.busy.setAccessibleName(self.tr("Updating the matrix"))
        self.busy.setToolTip(self.tr("Updating the matrix…"))
        self.busy.hide()
        self.summary = QLabel()
        self.summary.setAccessibleName(self.tr("Summary of the supporters shown"))
        # On a narrow screen the summary gives way (whole in its tooltip), not the matrix.
        self.summary.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.summary.setMinimumWidth(1)  # below its text's width when the row is tight
        top = QHBoxLayout()
        top.addWidget(self.as_of)
        top.addSpacing(16)
        top.addWidget(self.filters, 1)
        top.addSpacing(16)
        top.addWidget(self.summary)
        top.addWidget(self.busy)
        key = QHBoxLayout()
        key.addWidget(self.filters.sort_box)
        key.addSpacing(16)
        key.addWidget(LevelLegend(), 1)
        self.table = MatrixTable(self.model)
        self.columns_header = self.table.columns_header
        self.detail = DetailPanel(self._context)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([1060, 360])
        self.demo_banner = DemoBanner(self._context)
        layout = QVBoxLayout(self)
        layout.addWidget(self.demo_banner)
        layout.addLayout(top)
        layout.addLayout(key)
        layout.addWidget(self.splitter, 1)

    def _build_actions(self) -> None:
        self.record_action = QAction(self.tr("&Record Assessment…"), self)
        self.record_action.setShortcut(QKeySequence("Ctrl+E"))
        self.record_action.setStatusTip(self.tr("Record a judgement for the selected cell"))
        self.record_action.triggered.connect(self.record_assessment)
        self.evidence_action = QAction(self.tr("Add &Evidence…"), self)
        self.evidence_action.setShortcut(QKeySequence("Ctrl+Shift+E"))
        self.evidence_action.setStatusTip(self.tr("Add evidence for the selected cell"))
        self.evidence_action.triggered.connect(self.add_evidence)
        self.as_of_action = QAction(self.tr("Go to &As-of Date"), self)
        self.as_of_action.setShortcut(QKeySequence("Ctrl+D"))
        self.as_of_action.triggered.connect(self.as_of.focus)
        self.today_action = QAction(self.tr("Show &Today"), self)
        self.today_action.setShortcut(QKeySequence("Ctrl+T"))
        self.today_action.triggered.connect(self.as_of.go_today)
        self.table_action = QAction(self.tr("Go to the &Matrix"), self)
        self.table_action.setShortcut(QKeySequence("Ctrl+M"))
        self.table_action.triggered.connect(self.table.setFocus)
        self.review = ReviewActions(self._context, self._current_target, self)
        self._update_actions()

    def menu_actions(self) -> list[QAction | None]:
        """The actions the window lists in its Assess menu (None: a separator)."""
        return [
            self.record_action,
            self.evidence_action,
            self.review.review_action,
            self.review.reply_action,
            None,
            self.as_of_action,
            self.today_action,
            self.table_action,
        ]

    def _connect_signals(self) -> None:
        ctx = self._context
        ctx.as_of_changed.connect(lambda _day: self.reload())
        ctx.settings_changed.connect(self.reload)
        ctx.data_changed.connect(self._on_data_changed)
        self.loader.started.connect(self.busy.show)
        self.loader.loaded.connect(self._on_loaded)
        self.loader.rows_loaded.connect(self._on_rows_loaded)
        self.loader.failed.connect(self._on_failed)
        ctx.database_replaced.connect(self._on_database_replaced)
        ctx.filter_changed.connect(lambda _f: self._apply_view())
        self.filters.sort_changed.connect(lambda _k, _r: self._apply_view())
        self.table.selectionModel().currentChanged.connect(self._on_current_changed)
        self.table.activated.connect(lambda _index: self.record_assessment())
        self.detail.record_requested.connect(self.record_assessment)
        self.detail.add_evidence_requested.connect(self.add_evidence)
        self.detail.review_requested.connect(self.review.mark_reviewed)
        self.detail.reply_requested.connect(self.review.record_reply)
        self.detail.loaded.connect(self._update_actions)

    # -- loading -------------------------------------------------------------------------
    @property
    def is_busy(self) -> bool:
        return self.busy.isVisibleTo(self)

    def reload(self) -> None:
        """Recompute the matrix for the as-of date in a worker; stale answers are dropped."""
        self.model.rank_threshold = self._context.settings.rank_threshold / 100  # on load
        self.loader.reload()

    def _on_loaded(self, matrix: Matrix) -> None:
        keep = self._current_pair()
        self.model.set_matrix(matrix)
        self._after_reset(keep)
        self.busy.hide()
        self.matrix_loaded.emit()

    def _on_rows_loaded(self, matrix: Matrix, supporters: frozenset[int]) -> None:
        """Some supporters' rows were read again: repaint those rows, keep the cursor."""
        keep = self._current_pair()
        self.model.update_rows(matrix, supporters)
        self._after_reset(keep)  # the cursor stays on its cell, whose detail shows the change
        self.busy.hide()
        self.rows_updated.emit(supporters)

    def _on_failed(self, error: BaseException) -> None:
        self.busy.hide()
        self._context.error_raised.emit(error)

    def _apply_view(self) -> None:
        keep = self._current_pair()
        self.model.set_view(
            self._context.filter, self.filters.sort_key(), self.filters.reverse.isChecked()
        )
        self._after_reset(keep)

    def _after_reset(self, keep: tuple[int, int] | None) -> None:
        """Put the cursor back on the cell the user was on, and refresh what depends on it."""
        self.table.apply_widths()
        index = self.model.index_of(*keep) if keep else QModelIndex()
        if index.isValid():
            self.table.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            )
            self._on_current_changed(index)
        else:
            self._on_current_changed(QModelIndex())
        self._update_summary()

    def _on_data_changed(self, changed: Changes) -> None:
        self.loader.follow(changed)  # some rows, the whole matrix, or nothing
        self.detail.reload()

    def _on_database_replaced(self) -> None:
        self.detail.clear()
        self.model.set_matrix(None)
        self.reload()

    # -- the current cell ----------------------------------------------------------------
    def _current_pair(self) -> tuple[int, int] | None:
        cell = self.model.cell_at(self.table.currentIndex())
        return (cell.stakeholder_id, cell.commitment_id) if cell else None

    def _current_target(self) -> tuple[StakeholderDTO, CommitmentDTO, Cell] | None:
        index = self.table.currentIndex()
        cell = self.model.cell_at(index)
        if cell is None:
            return None
        row, commitment = self.model.row_at(index.row()), self.model.commitment_at(index.column())
        return row.stakeholder, commitment, cell

    def select_cell(self, stakeholder_id: int, commitment_id: int) -> bool:
        """Move the cursor to one supporter on one commitment (False if filtered out)."""
        index = self.model.index_of(stakeholder_id, commitment_id)
        if index.isValid():
            self.table.setCurrentIndex(index)
            self.table.scrollTo(index)
        return index.isValid()

    def _on_current_changed(self, index: QModelIndex, _previous: QModelIndex | None = None) -> None:
        cell = self.model.cell_at(index)
        self.table.mark_current(index if cell else QModelIndex())
        if cell is None:
            self.detail.clear()
        else:
            row, commitment = (
                self.model.row_at(index.row()),
                self.model.commitment_at(index.column()),
            )
            self.detail.show_cell(row.stakeholder, commitment, cell)
        self._update_actions()

    def _update_actions(self) -> None:
        cell = self.model.cell_at(self.table.currentIndex())
        writable = not self._context.database.read_only
        can_record = bool(cell and cell.applicable and writable)
        can_add = bool(cell and writable)
        self.record_action.setEnabled(can_record)
        self.evidence_action.setEnabled(can_add)
        self.detail.set_actions_enabled(can_record, can_add, *self.review.update(cell))

    def _update_summary(self) -> None:
        matrix = self.model.matrix
        if matrix is None:
            self.summary.clear()
            return
        rows = self.model.visible_rows()
        if self._context.filter.commitment_ids:  # some columns only: count their cells
            ids = [self.model.commitment_at(c).id for c in range(self.model.columnCount())]
            totals = summarise(matrix.cell(r.stakeholder.id, c).level for r in rows for c in ids)
            score, coverage = totals.score, totals.coverage
        else:
            score, coverage = combined(rows)
        self.summary.setText(
            self.tr("%n supporter(s) · score {0} · coverage {1}", "", len(rows)).format(
                format_score(score), format_coverage(coverage)
            )
        )
        self.summary.setToolTip(self.summary.text())

    # -- actions -------------------------------------------------------------------------
    def record_first_assessment(self) -> None:
        """Open the assessment dialog on the current cell, or on the first pledged one."""
        if self.model.cell_at(self.table.currentIndex()) is None:
            pledged = (
                self.model.index(row, column)
                for row in range(self.model.rowCount())
                for column in range(self.model.columnCount())
            )
            for index in pledged:
                cell = self.model.cell_at(index)
                if cell is not None and cell.applicable:
                    self.table.setCurrentIndex(index)
                    break
        self.table.setFocus()
        self.record_assessment()

    def record_assessment(self) -> None:
        """Open the assessment dialog for the current cell (window-modal, not blocking)."""
        index = self.table.currentIndex()
        cell = self.model.cell_at(index)
        if cell is None or not self.record_action.isEnabled():
            return
        row, commitment = self.model.row_at(index.row()), self.model.commitment_at(index.column())
        detail = self.detail.detail
        cited: tuple[int, ...] = ()
        if detail and (detail.stakeholder.id, detail.commitment.id) == (
            row.stakeholder.id,
            commitment.id,
        ):
            cited = detail.cited_ids
        self.dialog = AssessmentDialog(
            self._context, row.stakeholder, commitment, cell, preselected=cited, parent=self
        )
        self.dialog.finished.connect(self._on_dialog_finished)
        self.dialog.open()

    def _on_dialog_finished(self, _result: int) -> None:
        """Give the window and the matrix the keyboard back (Ctrl+Z works at once)."""
        self.window().activateWindow()
        self.table.setFocus()

    def add_evidence(self) -> None:
        cell = self.model.cell_at(self.table.currentIndex())
        if cell is None or not self.evidence_action.isEnabled():
            return
        self.dialog = evidence_link.open_evidence_dialog(
            self._context,
            self,
            stakeholder_id=cell.stakeholder_id,
            commitment_id=cell.commitment_id,
        )
        self.dialog.finished.connect(self._on_dialog_finished)

    def focus_search(self) -> None:
        """Find (Ctrl+F) lands in the supporter search box."""
        self.filters.search.setFocus()
        self.filters.search.selectAll()

    # -- remembered state ----------------------------------------------------------------
    def _restore_choices(self) -> None:
        settings = self._context.settings
        state = settings.state("matrix/splitter")
        if state is not None:
            self.splitter.restoreState(state)
        self.table.load_widths(settings.remembered("matrix/column_widths", "{}"))
        key = settings.remembered("matrix/sort", SortKey.NAME.value)
        reverse = settings.remembered("matrix/sort_reverse", "0") == "1"
        self.filters.set_sort(SortKey(key) if key in set(SortKey) else SortKey.NAME, reverse)
        self.model.set_view(self._context.filter, self.filters.sort_key(), reverse)

    def save_state(self) -> None:
        """Remember the splitter, column widths and sort order (the window calls this on close)."""
        settings = self._context.settings
        settings.save_state("matrix/splitter", self.splitter.saveState())
        settings.remember("matrix/column_widths", self.table.widths_text())
        settings.remember("matrix/sort", self.filters.sort_key().value)
        settings.remember("matrix/sort_reverse", "1" if self.filters.reverse.isChecked() else "0")
