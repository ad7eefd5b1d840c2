"""The evidence library: search as you type, filter, sort, and open sources and attachments."""

from __future__ import annotations

import html
from urllib.parse import urlsplit

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from pledge_tracker.domain.changes import Changes
from pledge_tracker.domain.words import shorten
from pledge_tracker.services.evidence_search import EvidenceQuery, EvidenceRow
from pledge_tracker.ui.context import AppContext
from pledge_tracker.ui.dialogs.evidence_dialog import EvidenceDialog
from pledge_tracker.ui.models.evidence_model import Column, EvidenceModel, RowRole, kind_text
from pledge_tracker.ui.open_external import open_link
from pledge_tracker.ui.widgets.attachment_list import human_size, open_stored
from pledge_tracker.ui.widgets.background_loader import busy_indicator
from pledge_tracker.ui.widgets.compact_table import compact_table
from pledge_tracker.ui.widgets.evidence_filters import EvidenceFilterBar
from pledge_tracker.ui.widgets.list_view import focus_line_edit
from pledge_tracker.ui.widgets.table_select import select_source_row

_RELEVANT = {"evidence", "stakeholder", "commitment"}
BROWSER_SCHEMES = ("http", "https")


def is_browser_link(url: str | None) -> bool:
    """True for a well-formed http or https link (mailto and others are never opened)."""
    text = (url or "").strip()
    if not text or any(ch.isspace() for ch in text):
        return False
    try:
        parts = urlsplit(text)
    except ValueError:
        return False
    return parts.scheme.lower() in BROWSER_SCHEMES and bool(parts.hostname)


def open_source_link(url: str | None, parent: QWidget | None) -> bool:
    """Open a source in the browser only if it is an http or https link; warn otherwise."""
    if is_browser_link(url):  # a failure says so and offers to copy the address
        return open_link(str(url).strip(), parent)
    shown = shorten(url, 300) or QCoreApplication.translate("EvidenceView", "(no link)")
    QMessageBox.warning(
        parent,
        QCoreApplication.translate("EvidenceView", "Link not opened"),
        QCoreApplication.translate(
            "EvidenceView",
            "Only http and https source links open in the browser. This one was not opened:",
        )
        + f"\n\n{shown}",
    )
    return False


def preview_html(row: EvidenceRow) -> str:
    """The selected item in full; every user-supplied text is escaped."""
    e = html.escape
    dates = [
        (QCoreApplication.translate("EvidenceView", "Effective"), row.effective),
        (QCoreApplication.translate("EvidenceView", "Published"), row.published),
        (QCoreApplication.translate("EvidenceView", "Retrieved"), row.retrieved),
    ]
    parts = [f"<h3>{e(row.title)}</h3>"]
    meta = [kind_text(row.kind)] + [f"{label} {day}" for label, day in dates if day]
    if row.restricted:
        meta.append(
            QCoreApplication.translate("EvidenceView", "🔒 Restricted: left out of public reports")
        )
    if row.demo:
        meta.append(QCoreApplication.translate("EvidenceView", "Demonstration data"))
    parts.append(f"<p><i>{e(' · '.join(meta))}</i></p>")
    if row.summary:
        parts.append(f"<p>{e(row.summary)}</p>")
    source = e(
        row.source_name
        or row.source_url
        or QCoreApplication.translate("EvidenceView", "no source recorded")
    )
    source_word = QCoreApplication.translate("EvidenceView", "Source:")
    if row.source_url:
        parts.append(f'<p><b>{e(source_word)}</b> <a href="source:">{source}</a>')
        parts.append(f" <small>{e(row.source_url)}</small></p>")
    else:
        parts.append(f"<p><b>{e(source_word)}</b> {source}</p>")
    supporters = QCoreApplication.translate("EvidenceView", "Supporters:")
    commitments = QCoreApplication.translate("EvidenceView", "Commitments:")
    parts.append(f"<p><b>{e(supporters)}</b> {e(', '.join(row.stakeholders) or '—')}<br>")
    parts.append(f"<b>{e(commitments)}</b> {e(', '.join(row.commitments) or '—')}</p>")
    if row.notes:
        notes = QCoreApplication.translate("EvidenceView", "Notes:")
        parts.append(f"<p><b>{e(notes)}</b> {e(row.notes)}</p>")
    if row.attachments:
        items = "".join(
            f'<li><a href="attachment:{a.sha256}">{e(a.filename)}</a> ({human_size(a.size)})'
            f"<br><small>SHA-256 {a.sha256}</small></li>"
            for a in row.attachments
        )
        attachments = QCoreApplication.translate("EvidenceView", "Attachments:")
        parts.append(f"<p><b>{e(attachments)}</b></p><ul>{items}</ul>")
    return "".join(parts)


class EvidenceView(QWidget):
    """Every evidence item, paged from the database; add, edit and open sources."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.model = EvidenceModel(context, self)
        self._keep_id: int | None = None
        self._stale = False
        self._build()
        self._connect_signals()
        self.model.set_query(self.filters.query())

    def _build(self) -> None:
        self.filters = EvidenceFilterBar(self.context)
        self.count_label = QLabel()
        self.busy = busy_indicator(self)
        status = QHBoxLayout()
        status.addWidget(self.count_label)
        status.addWidget(self.busy)
        status.addStretch(1)
        self.table = QTableView()
        compact_table(self.table, self.tr("Evidence items"))
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(Column.DATE, Qt.SortOrder.DescendingOrder)
        widths = (90, 330, 125, 160, 160, 120, 85, 95, 45)
        header = self.table.horizontalHeader()
        for column, width in enumerate(widths):  # never narrower than its (translated) heading
            self.table.setColumnWidth(column, max(width, header.sectionSizeHint(column)))
        # The title takes whatever room the window has beyond the other columns.
        self.table.horizontalHeader().setSectionResizeMode(
            Column.TITLE, QHeaderView.ResizeMode.Stretch
        )
        self.preview = QTextBrowser()
        self.preview.setAccessibleName(self.tr("Selected evidence"))
        self.preview.setOpenLinks(False)
        self.preview.setPlaceholderText(self.tr("Select an item to see it in full."))
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.preview)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([520, 170])
        self.add_button = QPushButton(self.tr("&Add evidence…"))
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.source_button = QPushButton(self.tr("Open &source"))
        self.add_button.setAccessibleName(self.tr("Add an evidence item"))
        self.edit_button.setAccessibleName(self.tr("Edit the selected evidence item"))
        self.source_button.setAccessibleName(self.tr("Open the selected item's source link"))
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.source_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filters)
        layout.addLayout(status)
        layout.addWidget(self.splitter, 1)
        layout.addLayout(buttons)

    def _connect_signals(self) -> None:
        self.filters.sig_query_changed.connect(self._on_filters_query_changed)
        self.model.sig_search_started.connect(self.busy.show)
        self.model.sig_search_finished.connect(self._on_model_search_finished)
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.table.activated.connect(lambda _index: self._on_edit_clicked())
        self.preview.anchorClicked.connect(self._on_preview_anchor_clicked)
        self.add_button.clicked.connect(self._on_add_clicked)
        self.edit_button.clicked.connect(self._on_edit_clicked)
        self.source_button.clicked.connect(self._on_source_clicked)
        self.context.data_changed.connect(self._on_context_data_changed)
        self.context.database_replaced.connect(self._on_context_database_replaced)

    def focus_search(self) -> None:
        """Put the cursor in the search box (the window's Find shortcut)."""
        focus_line_edit(self.filters.search)

    def selected(self) -> EvidenceRow | None:
        index = self.table.currentIndex()
        if not index.isValid() or not self.table.selectionModel().isRowSelected(index.row()):
            return None
        return index.siblingAtColumn(0).data(RowRole)

    def select_evidence(self, evidence_id: int) -> bool:
        return select_source_row(self.table, self.model.row_of(evidence_id), Column.TITLE)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self._refresh()

    def _refresh(self) -> None:
        self._stale = False
        chosen = self.selected()
        if self._keep_id is None and chosen is not None:
            self._keep_id = chosen.id
        self.model.refresh()

    def _on_context_data_changed(self, changed: Changes) -> None:
        if not changed.touches(_RELEVANT):
            return
        if changed.touches({"stakeholder", "commitment"}):
            self.filters.reload_choices()
        if self.isVisible():
            self._refresh()
        else:
            self._stale = True

    def _on_context_database_replaced(self) -> None:
        self.filters.reload_choices()
        self.filters.clear()  # a new search on the new database

    def _on_filters_query_changed(self, query: EvidenceQuery) -> None:
        self.model.set_query(query)

    def _on_model_search_finished(self, total: int, seconds: float) -> None:
        self.busy.hide()
        self.count_label.setText(
            self.tr("{0:,} items match · searched in {1:.2f} s").format(total, seconds)
        )
        keep, self._keep_id = self._keep_id, None
        found = keep is not None and self.select_evidence(keep)
        if not found and self.model.rowCount():  # the first item, so the panel shows one
            self.table.selectRow(0)
        elif not found:
            self.preview.clear()
        self._update_buttons()

    def _on_selection_changed(self) -> None:
        row = self.selected()
        if row is None:
            self.preview.clear()
        else:
            self.preview.setHtml(preview_html(row))
        self._update_buttons()

    def _update_buttons(self) -> None:
        row = self.selected()
        self.edit_button.setEnabled(row is not None)
        self.source_button.setEnabled(row is not None and bool(row.source_url))

    def _on_preview_anchor_clicked(self, url: QUrl) -> None:
        row = self.selected()
        if row is None:
            return
        if url.scheme() == "source":
            open_source_link(row.source_url, self)
        elif url.scheme() == "attachment":
            wanted = url.path()
            for ref in row.attachments:
                if ref.sha256 == wanted:
                    open_stored(self.context, ref, self)

    def _on_source_clicked(self) -> None:
        row = self.selected()
        if row is not None:
            open_source_link(row.source_url, self)

    def _on_add_clicked(self) -> None:
        dialog = EvidenceDialog(self.context, self)
        if dialog.exec() and dialog.result_dto is not None:
            self._keep_id = dialog.result_dto.id

    def _on_edit_clicked(self) -> None:
        row = self.selected()
        if row is None:
            return
        self._keep_id = row.id
        # The row is the item as last loaded; a save over a newer version is refused.
        EvidenceDialog(self.context, self, row).exec()
