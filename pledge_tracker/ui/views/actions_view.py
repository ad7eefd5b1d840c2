"""The Actions view: promised or expected steps; overdue ones stand out; add, mark done."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from pledge_tracker.domain.errors import PledgeError
from pledge_tracker.domain.words import shorten
from pledge_tracker.services import actions, window_reads
from pledge_tracker.ui.context import AppContext
from pledge_tracker.ui.dialogs.action_dialog import ActionDialog
from pledge_tracker.ui.models.actions_model import (
    ActionRow,
    ActionsModel,
    ActionsProxy,
    Column,
)
from pledge_tracker.ui.undo import ServiceCommand, push
from pledge_tracker.ui.widgets.background_loader import BackgroundLoader, busy_indicator
from pledge_tracker.ui.widgets.compact_table import compact_table, fit_columns
from pledge_tracker.ui.widgets.list_view import LoadedListView, search_box
from pledge_tracker.ui.widgets.table_select import select_source_row, selected_row


def load_actions(context: AppContext) -> list[ActionRow]:
    """Every action with its supporter's name and its commitment's code."""
    return [ActionRow(*item) for item in window_reads.actions_with_names(context.database)]


def set_done_command(context: AppContext, row: ActionRow, done: bool) -> ServiceCommand:
    """Marking done (or reopening) as an undoable, audited step."""
    action = row.action
    text = (
        QCoreApplication.translate("UndoCommand", "Mark done: {0}")
        if done
        else QCoreApplication.translate("UndoCommand", "Reopen: {0}")
    )
    return ServiceCommand(
        context,
        text.format(shorten(action.title, 40)),
        do=lambda tx: actions.set_done(tx, action.id, done),
        undo=lambda tx, _a: actions.set_done(tx, action.id, not done, action.done_on),
        redo_again=lambda tx, _a: actions.set_done(tx, action.id, done),
    )


class ActionsView(LoadedListView):
    """Lists actions, soonest due first; overdue ones are bold, flagged ⚠ and coloured."""

    RELEVANT = frozenset({"action", "stakeholder", "commitment"})

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.model = ActionsModel(self)
        self.proxy = ActionsProxy(self)
        self.proxy.setSourceModel(self.model)
        self.loader = BackgroundLoader(context, self, load_actions)
        self._keep_id: int | None = None
        self._build()
        self._connect_signals()
        self.loader.load()

    def _build(self) -> None:
        self.search, find = search_box(
            self.tr("Search supporter, commitment or action"), self.tr("Search actions")
        )
        self.hide_done = QCheckBox(self.tr("&Hide done"))
        self.hide_done.setAccessibleName(self.tr("Hide actions that are done"))
        self.summary = QLabel()
        self.busy = busy_indicator(self)
        top = QHBoxLayout()
        for widget in (find, self.search, self.hide_done):
            top.addWidget(widget)
        top.addStretch(1)
        top.addWidget(self.busy)
        top.addWidget(self.summary)
        self.table = QTableView()
        compact_table(self.table, self.tr("Actions"))
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(Column.DUE, Qt.SortOrder.AscendingOrder)
        self.add_button = QPushButton(self.tr("&Add action…"))
        self.add_button.setAccessibleName(self.tr("Add an action"))
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.edit_button.setAccessibleName(self.tr("Edit the selected action"))
        self.done_button = QPushButton(self.tr("Mark &done"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.done_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

    def _connect_signals(self) -> None:
        self.search.textChanged.connect(self.proxy.set_text)
        self.hide_done.toggled.connect(self.proxy.set_hide_done)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.add_button.clicked.connect(self._on_add_clicked)
        self.edit_button.clicked.connect(self._on_edit_clicked)
        self.table.doubleClicked.connect(lambda _index: self._on_edit_clicked())
        self.done_button.clicked.connect(self._on_done_clicked)
        self.loader.sig_loaded.connect(self._on_loader_loaded)
        self.loader.sig_busy_changed.connect(self.busy.setVisible)
        self.context.data_changed.connect(self._on_context_data_changed)
        self.context.database_replaced.connect(self.loader.request)

    def selected(self) -> ActionRow | None:
        return selected_row(self.table)

    def select_action(self, action_id: int) -> bool:
        return select_source_row(self.table, self.model.row_of(action_id))

    def _on_loader_loaded(self, rows: list[ActionRow], _seconds: float) -> None:
        chosen = self.selected()
        keep = self._keep_id or (chosen.action.id if chosen else None)
        self._keep_id = None
        first = self.model.rowCount() == 0
        self.model.set_rows(rows, dt.date.today())
        if first and rows:
            fit_columns(self.table, stretch=Column.TITLE)
        overdue = self.model.overdue_count()
        self.summary.setText(
            self.tr("%n action(s) · ⚠ {0} overdue", "", len(rows)).format(overdue)
            if overdue
            else self.tr("%n action(s) · none overdue", "", len(rows))
        )
        if keep is not None:
            self.select_action(keep)
        self._update_buttons()

    def _update_buttons(self) -> None:
        row = self.selected()
        self.done_button.setEnabled(row is not None)
        self.edit_button.setEnabled(row is not None)
        done = row is not None and row.action.done
        self.done_button.setText(self.tr("&Reopen") if done else self.tr("Mark &done"))
        self.done_button.setAccessibleName(
            self.tr("Reopen the selected action")
            if done
            else self.tr("Mark the selected action done")
        )

    def _on_add_clicked(self) -> None:
        dialog = ActionDialog(self.context, self)
        if dialog.exec() and dialog.result_dto is not None:
            self._keep_id = dialog.result_dto.id

    def _on_edit_clicked(self) -> None:
        row = self.selected()
        if row is None:
            return
        self._keep_id = row.action.id
        ActionDialog(self.context, self, action=row.action).exec()

    def _on_done_clicked(self) -> None:
        row = self.selected()
        if row is None:
            return
        self._keep_id = row.action.id
        try:
            push(self.context, set_done_command(self.context, row, not row.action.done))
        except PledgeError as exc:
            self.context.error_raised.emit(exc)
