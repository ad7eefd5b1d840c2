"""The Supporters view: every supporter with kind, country, join date, score and coverage."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from pledge_tracker.domain.dto import StakeholderRow
from pledge_tracker.domain.errors import PledgeError
from pledge_tracker.ui import locale_text, undo
from pledge_tracker.ui.context import AppContext
from pledge_tracker.ui.dialogs.supporter_dialog import SupporterDialog
from pledge_tracker.ui.models.supporters_model import (
    Column,
    SupportersModel,
    SupportersProxy,
    unverified_key,
)
from pledge_tracker.ui.widgets.background_loader import BackgroundLoader, busy_indicator
from pledge_tracker.ui.widgets.compact_table import compact_table, fit_columns
from pledge_tracker.ui.widgets.list_view import LoadedListView, search_box
from pledge_tracker.ui.widgets.table_select import select_source_row, selected_row


def load_rows(context: AppContext) -> list[StakeholderRow]:
    """Every supporter (active or not) with score and coverage as of the context's date."""
    grid = context.shared_matrix(context.as_of, context.settings.freshness_months)
    return list(grid.rows)


class SupportersView(LoadedListView):
    """Lists supporters; add, edit, deactivate or reactivate them (never delete)."""

    RELEVANT = frozenset({"stakeholder", "assessment", "evidence", "pledge", "commitment"})

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.model = SupportersModel(self)
        self.proxy = SupportersProxy(self)
        self.proxy.setSourceModel(self.model)
        self._build()
        self.loader = BackgroundLoader(context, self, load_rows)
        self._keep_id: int | None = None
        self._connect_signals()
        self.loader.load()

    def _build(self) -> None:
        self.search, find = search_box(
            self.tr("Search name or country code"), self.tr("Search supporters")
        )
        self.show_inactive = QCheckBox(self.tr("Show &inactive"))
        self.show_inactive.setAccessibleName(self.tr("Show inactive supporters"))
        self.as_of_label = QLabel()
        self.count_label = QLabel()
        self.busy = busy_indicator(self)
        top = QHBoxLayout()
        for widget in (find, self.search, self.show_inactive):
            top.addWidget(widget)
        top.addStretch(1)
        for part in (self.as_of_label, self.busy, self.count_label):
            top.addWidget(part)
        self.table = QTableView()
        compact_table(self.table, self.tr("Supporters"))
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(Column.NAME, Qt.SortOrder.AscendingOrder)
        self.add_button = QPushButton(self.tr("&Add supporter…"))
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.active_button = QPushButton(self.tr("&Deactivate"))
        self.add_button.setAccessibleName(self.tr("Add a supporter"))
        self.edit_button.setAccessibleName(self.tr("Edit the selected supporter"))
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.active_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        self.key_label = QLabel(unverified_key())  # the key to the † beside some names
        self.key_label.setWordWrap(True)
        layout.addWidget(self.key_label)
        layout.addLayout(buttons)

    def _connect_signals(self) -> None:
        self.search.textChanged.connect(self._on_search_text_changed)
        self.show_inactive.toggled.connect(self._on_show_inactive_toggled)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.table.activated.connect(lambda _index: self._on_edit_clicked())
        self.add_button.clicked.connect(self._on_add_clicked)
        self.edit_button.clicked.connect(self._on_edit_clicked)
        self.active_button.clicked.connect(self._on_active_clicked)
        self.loader.sig_loaded.connect(self._on_loader_loaded)
        self.loader.sig_busy_changed.connect(self.busy.setVisible)
        self.context.data_changed.connect(self._on_context_data_changed)
        self.context.as_of_changed.connect(lambda _day: self.loader.request())
        self.context.database_replaced.connect(self.loader.request)

    def selected(self) -> StakeholderRow | None:
        return selected_row(self.table)

    def select_supporter(self, stakeholder_id: int) -> bool:
        return select_source_row(self.table, self.model.row_of(stakeholder_id))

    def _on_loader_loaded(self, rows: list[StakeholderRow], _seconds: float) -> None:
        chosen = self.selected()
        keep = self._keep_id or (chosen.stakeholder.id if chosen else None)
        self._keep_id = None
        first = self.model.rowCount() == 0
        self.model.set_rows(rows)
        if first:
            fit_columns(self.table, stretch=Column.NAME)
        self.as_of_label.setText(
            self.tr("Scores as of {0} ·").format(locale_text.written_date(self.context.as_of))
        )
        self._update_count()
        if keep is not None:
            self.select_supporter(keep)
        self._update_buttons()

    def _update_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        self.count_label.setText(self.tr("{0} of %n supporter(s)", "", total).format(shown))

    def _on_search_text_changed(self, text: str) -> None:
        self.proxy.set_text(text)
        self._update_count()

    def _on_show_inactive_toggled(self, show: bool) -> None:
        self.proxy.set_show_inactive(show)
        self._update_count()

    def _update_buttons(self) -> None:
        chosen = self.selected()
        self.edit_button.setEnabled(chosen is not None)
        self.active_button.setEnabled(chosen is not None)
        active = chosen is None or chosen.stakeholder.active
        self.active_button.setText(self.tr("&Deactivate") if active else self.tr("&Reactivate"))
        self.active_button.setAccessibleName(
            self.tr("Deactivate the selected supporter")
            if active
            else self.tr("Reactivate the selected supporter")
        )

    def _on_add_clicked(self) -> None:
        dialog = SupporterDialog(self.context, self)
        if dialog.exec() and dialog.result_dto is not None:
            self._keep_id = dialog.result_dto.id

    def _on_edit_clicked(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        dialog = SupporterDialog(self.context, self, chosen.stakeholder)
        dialog.exec()

    def _on_active_clicked(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        person = chosen.stakeholder
        if not person.active:
            self.show_inactive.setChecked(True)  # keep the row in sight after reactivating
        self._keep_id = person.id
        try:
            undo.push(
                self.context, undo.set_stakeholder_active(self.context, person, not person.active)
            )
        except PledgeError as exc:  # a refusal is explained by the window, not a traceback
            self.context.error_raised.emit(exc)
