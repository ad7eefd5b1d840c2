"""The Commitments view: every commitment's wording with its verification mark, and how
its supporters' levels are distributed as of the chosen date."""

from __future__ import annotations

import datetime as dt
import html
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from pledge_tracker.domain.errors import PledgeError
from pledge_tracker.domain.levels import Level
from pledge_tracker.services import commitments, window_reads
from pledge_tracker.services.levels_distribution import LevelCounts
from pledge_tracker.ui import file_dialogs, locale_text
from pledge_tracker.ui.context import AppContext
from pledge_tracker.ui.dialogs.wording_dialog import WordingDialog
from pledge_tracker.ui.error_text import error_text
from pledge_tracker.ui.labels import group_label, level_label
from pledge_tracker.ui.models.commitments_model import (
    Column,
    CommitmentsModel,
    status_text,
)
from pledge_tracker.ui.widgets.background_loader import BackgroundLoader, busy_indicator
from pledge_tracker.ui.widgets.compact_table import compact_table, fit_columns
from pledge_tracker.ui.widgets.level_bar_delegate import LevelBarDelegate
from pledge_tracker.ui.widgets.list_view import LoadedListView, search_box
from pledge_tracker.ui.widgets.table_select import select_source_row, selected_row


def load_distribution(context: AppContext) -> list[LevelCounts]:
    """Each commitment's level counts over the active supporters, as of the context's date."""
    return window_reads.level_counts(
        context.database, context.as_of, context.settings.freshness_months
    )


def _verification(item: LevelCounts) -> str:
    c = item.commitment
    if not c.wording_verified:
        return QCoreApplication.translate(
            "CommitmentsView", "a reconstruction, not yet compared with the official text"
        )
    when = locale_text.written_date(c.verified_at.date()) if c.verified_at else "?"
    return QCoreApplication.translate("CommitmentsView", "by {0} on {1}, against: {2}").format(
        c.verified_by or "?", when, c.verified_source or "?"
    )


def detail_html(item: LevelCounts, as_of: dt.date) -> str:
    """The commitment in full, its verification record and its level counts in words."""
    e = html.escape
    c = item.commitment
    bound = QCoreApplication.translate(
        "CommitmentsView", "%n supporter(s) bound by it, as of {0}:", None, item.bound
    ).format(locale_text.written_date(as_of))
    rows = "".join(
        f"<tr><td>{e(level.glyph)}</td><td>{e(level_label(level))}</td>"
        f"<td align='right'>{count}</td></tr>"
        for level, count in item.ordered()
        if level is not Level.NOT_APPLICABLE
    )
    parts = [
        f"<h3>{e(locale_text.code_and_title(c))}</h3>",
        f"<p><i>{e(group_label(c.group))}</i></p>",
        f"<p><b>{e(status_text(c.wording_verified))}</b> — {e(_verification(item))}</p>",
        f"<blockquote>{e(c.wording)}</blockquote>",
        f"<p><b>{e(bound)}</b></p>",
        f"<table cellspacing='4'>{rows}</table>",
    ]
    if item.needs_review:
        text = QCoreApplication.translate(
            "CommitmentsView",
            "⚑ %n of these judgements need(s) review (stale evidence).",
            None,
            item.needs_review,
        )
        parts.append(f"<p>{e(text)}</p>")
    return "".join(parts)


class _TextFilter(QSortFilterProxyModel):
    """Keeps rows whose code, title or wording contains the search text."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._text = ""

    def set_text(self, text: str) -> None:
        self.beginFilterChange()
        self._text = text.casefold().strip()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: object) -> bool:
        model = self.sourceModel()
        item = model.row_at(source_row) if isinstance(model, CommitmentsModel) else None
        if item is None:
            return False
        c = item.commitment
        return (
            not self._text
            or self._text
            in f"{c.code} {locale_text.title(c)} {c.short_title} {c.wording}".casefold()
        )


class CommitmentsView(LoadedListView):
    """Lists the commitments; correct a wording and mark it verified (audited)."""

    RELEVANT = frozenset({"commitment", "assessment", "stakeholder", "pledge", "evidence"})

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.model = CommitmentsModel(self)
        self.proxy = _TextFilter(self)
        self.proxy.setSourceModel(self.model)
        self.loader = BackgroundLoader(context, self, load_distribution)
        self._build()
        self._connect_signals()
        self.loader.load()

    def _build(self) -> None:
        self.search, find = search_box(
            self.tr("Search code, title or wording"), self.tr("Search commitments")
        )
        self.as_of_label = QLabel()
        self.busy = busy_indicator(self)
        top = QHBoxLayout()
        for widget in (find, self.search):
            top.addWidget(widget)
        top.addStretch(1)
        top.addWidget(self.busy)
        top.addWidget(self.as_of_label)
        self.table = QTableView()
        compact_table(self.table, self.tr("Commitments"))
        self.table.setModel(self.proxy)
        self.table.setItemDelegateForColumn(Column.LEVELS, LevelBarDelegate(self.table))
        self.detail = QTextBrowser()
        self.detail.setAccessibleName(self.tr("Selected commitment"))
        self.detail.setPlaceholderText(self.tr("Select a commitment to read its wording."))
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.detail)
        self.splitter.setSizes([480, 220])
        self.wording_button = QPushButton(self.tr("Correct &wording / verify…"))
        self.wording_button.setAccessibleName(
            self.tr("Correct the selected commitment's wording or mark it verified")
        )
        self.load_button = QPushButton(self.tr("&Load official text from a file…"))
        self.load_button.setAccessibleName(
            self.tr("Load every commitment's official wording from a CSV or Excel file")
        )
        buttons = QHBoxLayout()
        buttons.addWidget(self.wording_button)
        buttons.addWidget(self.load_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)
        layout.addLayout(buttons)

    def _connect_signals(self) -> None:
        self.search.textChanged.connect(self.proxy.set_text)
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.table.activated.connect(lambda _index: self._on_wording_clicked())
        self.wording_button.clicked.connect(self._on_wording_clicked)
        self.load_button.clicked.connect(self._on_load_clicked)
        self.loader.sig_loaded.connect(self._on_loader_loaded)
        self.loader.sig_busy_changed.connect(self.busy.setVisible)
        self.context.data_changed.connect(self._on_context_data_changed)
        self.context.as_of_changed.connect(lambda _day: self.loader.request())
        self.context.database_replaced.connect(self.loader.request)
        settings_changed = getattr(self.context, "settings_changed", None)
        if settings_changed is not None:  # the freshness age changes "needs review"
            settings_changed.connect(self.loader.request)

    def selected(self) -> LevelCounts | None:
        return selected_row(self.table)

    def select_commitment(self, commitment_id: int) -> bool:
        return select_source_row(self.table, self.model.row_of(commitment_id))

    def _on_loader_loaded(self, rows: list[LevelCounts], _seconds: float) -> None:
        chosen = self.selected()
        first = self.model.rowCount() == 0
        self.model.set_rows(rows)
        if first:
            fit_columns(self.table, stretch=Column.WORDING)
            self.table.setColumnWidth(Column.LEVELS, 300)
        self.as_of_label.setText(
            self.tr("Levels as of {0}").format(locale_text.written_date(self.context.as_of))
        )
        if chosen is not None:
            self.select_commitment(chosen.commitment.id)
        elif first and rows:  # open on the first commitment so its wording is in view
            self.table.selectRow(0)
        self._on_selection_changed()

    def _on_selection_changed(self) -> None:
        item = self.selected()
        self.wording_button.setEnabled(item is not None)
        if item is None:
            self.detail.clear()
        else:
            self.detail.setHtml(detail_html(item, self.context.as_of))

    def _on_wording_clicked(self) -> None:
        item = self.selected()
        if item is not None:
            WordingDialog(self.context, item.commitment, self).exec()

    def _on_load_clicked(self) -> None:
        """Ask for a file of official text and the source it came from, then load it."""
        path = file_dialogs.open_file(
            self.context.settings,
            self,
            self.tr("Load Official Text"),
            self.tr("Spreadsheets with columns code and wording (*.csv *.xlsx)"),
        )
        if not path:
            return
        source, accepted = QInputDialog.getText(
            self,
            self.tr("Verified Against"),
            self.tr("Which official text is this (site or document, and date)?"),
        )
        if not accepted or not source.strip():
            return
        try:
            changed = self.context.write(
                lambda tx: commitments.load_official_text(tx, Path(path), source)
            )
        except PledgeError as exc:
            QMessageBox.warning(self, self.tr("Official Text Not Loaded"), error_text(exc))
            return
        QMessageBox.information(
            self,
            self.tr("Official Text Loaded"),
            self.tr("The wording of %n commitment(s) is now marked verified.", "", len(changed)),
        )
