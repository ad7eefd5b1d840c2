"""The Reports view: choose a report and its options, generate it, preview, save or print."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import shiboken6
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QLocale, Qt
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from pledge_tracker.domain.dates import CALL_ADOPTED
from pledge_tracker.domain.dto import StakeholderDTO
from pledge_tracker.domain.errors import PledgeError
from pledge_tracker.domain.kinds import StakeholderKind
from pledge_tracker.domain.scoring import months_before
from pledge_tracker.domain.validate import safe_file_stem
from pledge_tracker.reports.build import report_bytes, write_atomically
from pledge_tracker.reports.layout import ReportCancelled
from pledge_tracker.services import window_reads
from pledge_tracker.services.report_data import ReportOptions
from pledge_tracker.services.report_data.incident import IncidentReportOptions
from pledge_tracker.ui import file_dialogs
from pledge_tracker.ui.context import AppContext
from pledge_tracker.ui.error_text import error_text
from pledge_tracker.ui.views.report_jobs import (
    HtmlJob,
    Job,
    html_job,
    incident_file_name,
    incident_html_job,
    incident_job,
)
from pledge_tracker.ui.views.report_printing import (
    QPrintDialog,
    QPrinter,
    make_printer,
    print_document,
)
from pledge_tracker.ui.widgets.background_loader import BackgroundLoader
from pledge_tracker.ui.widgets.check_list_picker import CheckListPicker
from pledge_tracker.ui.widgets.date_edit import DateEdit
from pledge_tracker.ui.widgets.findings_box import FindingsBox
from pledge_tracker.ui.widgets.incident_picker import IncidentPicker
from pledge_tracker.ui.workers import Worker


def load_supporters(context: AppContext) -> list[StakeholderDTO]:
    return window_reads.supporters(context.database)


class ReportsView(QWidget):
    """Builds the PDF reports in a worker and previews them inside the app."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.pdf_bytes: bytes | None = None
        self.pages = 0
        self.worker: Worker | None = None
        self._buffer: QBuffer | None = None
        self._names: dict[int, str] = {}
        self._since_chosen = False  # until the user picks one, "since" follows "as of"
        self._pending_name = self._document_name = ""  # file names of the reports made
        self._pending_html: HtmlJob | None = None  # the HTML edition of the report being made
        self._html: HtmlJob | None = None  # … and of the report shown
        self.document = QPdfDocument(self)
        self.loader = BackgroundLoader(context, self, load_supporters)
        self._build()
        self._connect_signals()
        self.loader.load()

    # -- building the widgets ---------------------------------------------------------------

    def _build(self) -> None:
        self.report = QComboBox()
        for key, label in (
            ("scorecard", self.tr("Supporter scorecards (a page each)")),
            ("briefing", self.tr("Summit briefing")),
            ("full", self.tr("Full accountability report")),
            ("incident", self.tr("Incident report (one incident)")),
        ):
            self.report.addItem(label, key)
        self.as_of = DateEdit(self.context.as_of, field="as_of", minimum=CALL_ADOPTED)
        self.since = DateEdit(
            max(CALL_ADOPTED, months_before(self.context.as_of, 12)),
            field="since",
            minimum=CALL_ADOPTED,
        )
        self.scope = QComboBox()
        self.scope.addItem(self.tr("Every active supporter"), "all")
        self.scope.addItem(self.tr("Supporters of one kind"), "kind")
        self.scope.addItem(self.tr("Chosen supporters"), "named")
        self.kind = QComboBox()
        for kind, label in (
            (StakeholderKind.GOVERNMENT, self.tr("Governments")),
            (StakeholderKind.INTERGOVERNMENTAL, self.tr("Intergovernmental bodies")),
            (StakeholderKind.ONLINE_SERVICE_PROVIDER, self.tr("Online service providers")),
            (StakeholderKind.PARTNER, self.tr("Partners")),
        ):
            self.kind.addItem(label, kind.value)
        self.picker = CheckListPicker(self.tr("&Supporters"))
        self.incident = IncidentPicker(self.context)
        self.paper = QComboBox()
        self.paper.addItem(self.tr("A4"), "a4")
        self.paper.addItem(self.tr("US Letter"), "letter")
        self.paper.setCurrentIndex(max(0, self.paper.findData(self.context.settings.paper_size)))
        self.format = QComboBox()
        self.format.addItem(self.tr("PDF"), "pdf")
        self.format.addItem(self.tr("Accessible HTML"), "html")
        self.format.setToolTip(
            self.tr(
                "What Save writes: the PDF shown, or the same report as one HTML file "
                "for screen readers and reading at any size"
            )
        )
        self.lang = QComboBox()
        self.lang.addItem("English", "en")
        self.lang.addItem("Français", "fr")
        # Reports start in the interface's language (French for a French interface).
        self.lang.setCurrentIndex(max(0, self.lang.findData(QLocale().name()[:2])))
        self.public = QCheckBox(self.tr("&Public edition (leave restricted evidence out)"))
        self.findings_box = FindingsBox(self.context)
        self.findings, self.draft = self.findings_box.text, self.findings_box.draft
        self.reviewed_only = QCheckBox(self.tr("Re&viewed ratings only"))
        self.reviewed_only.setToolTip(
            self.tr("Print only ratings a second officer has reviewed; the others as not assessed")
        )
        self.generate = QPushButton(self.tr("&Generate"))
        self.generate.setDefault(True)
        self.cancel = QPushButton(self.tr("&Cancel"))
        self.save = QPushButton(self.tr("Save &as…"))
        self.print_button = QPushButton(self.tr("&Print…"))
        self.progress = QProgressBar()
        self.progress.setTextVisible(True)
        self.progress.setAccessibleName(self.tr("Report progress"))
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.view = QPdfView()
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setAccessibleName(self.tr("Report preview"))
        for widget, name in (
            (self.report, self.tr("Report")),
            (self.as_of, self.tr("As of")),
            (self.since, self.tr("Changes since")),
            (self.scope, self.tr("Supporters")),
            (self.kind, self.tr("Kind of supporter")),
            (self.paper, self.tr("Paper")),
            (self.lang, self.tr("Language")),
            (self.format, self.tr("Format to save")),
        ):
            widget.setAccessibleName(name)
        self._lay_out()
        self._set_running(False)
        self._on_scope_changed()
        self._on_report_changed()

    def _lay_out(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("&Report:"), self.report)
        form.addRow(self.tr("&Incident:"), self.incident)
        form.addRow(self.tr("&As of:"), self.as_of)
        form.addRow("", self.as_of.error_label())
        form.addRow(self.tr("Changes si&nce:"), self.since)
        form.addRow("", self.since.error_label())
        form.addRow(self.tr("S&upporters:"), self.scope)
        form.addRow(self.tr("&Kind:"), self.kind)
        form.addRow(self.tr("&Paper:"), self.paper)
        form.addRow(self.tr("&Language:"), self.lang)
        form.addRow(self.tr("&Format:"), self.format)
        buttons = QHBoxLayout()
        buttons.addWidget(self.generate)
        buttons.addWidget(self.cancel)
        output = QHBoxLayout()
        output.addWidget(self.save)
        output.addWidget(self.print_button)
        side = QWidget()
        column = QVBoxLayout(side)
        column.addLayout(form)
        column.addWidget(self.picker, 1)
        column.addWidget(self.public)
        column.addWidget(self.findings_box, 1)
        column.addWidget(self.reviewed_only)
        column.addLayout(buttons)
        column.addWidget(self.progress)
        column.addWidget(self.status)
        column.addLayout(output)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(side)
        splitter.addWidget(self.view)
        splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

    def _connect_signals(self) -> None:
        self.scope.currentIndexChanged.connect(self._on_scope_changed)
        self.report.currentIndexChanged.connect(self._on_report_changed)
        self.draft.clicked.connect(self._on_draft_clicked)
        self.findings_box.sig_status.connect(self.status.setText)
        self.as_of.sig_date_changed.connect(self._on_as_of_changed)
        self.since.sig_date_changed.connect(self._on_since_changed)
        # Any change of an option, or of the data, makes the shown document out of date.
        for combo in (self.report, self.scope, self.kind, self.paper, self.lang, self.incident):
            combo.currentIndexChanged.connect(self._mark_out_of_date)
        for edit in (self.as_of, self.since):
            edit.sig_date_edited.connect(self._mark_out_of_date)
        self.picker.sig_checked_changed.connect(self._mark_out_of_date)
        self.public.toggled.connect(self._mark_out_of_date)
        self.reviewed_only.toggled.connect(self._mark_out_of_date)
        self.context.data_changed.connect(self._mark_out_of_date)
        self.context.database_replaced.connect(self._mark_out_of_date)
        self.generate.clicked.connect(self._on_generate_clicked)
        self.cancel.clicked.connect(self._on_cancel_clicked)
        self.save.clicked.connect(self._on_save_clicked)
        self.print_button.clicked.connect(self._on_print_clicked)
        self.loader.sig_loaded.connect(self._on_supporters_loaded)
        self.context.database_replaced.connect(self.loader.load)

    # -- options ------------------------------------------------------------------------------

    def options(self) -> ReportOptions:
        """The report options the form shows (the generation date is today)."""
        scope = self.scope.currentData()
        names = tuple(self._names[i] for i in self.picker.checked_ids()) if scope == "named" else ()
        return ReportOptions(
            as_of=self.as_of.current(),
            since=self.since.current(),
            stakeholders=names,
            kind=self.kind.currentData() if scope == "kind" else None,
            public=self.public.isChecked(),
            reviewed_only=self.reviewed_only.isChecked(),
            lang=self.lang.currentData(),
            generated=dt.date.today(),
            freshness_months=self.context.settings.freshness_months,
            rank_threshold=self.context.settings.rank_threshold / 100,
        )

    def _on_supporters_loaded(self, people: list[StakeholderDTO], _seconds: float) -> None:
        self._names = {person.id: person.name for person in people}
        self.picker.set_items(
            (p.id, p.name if p.active else self.tr("{0} (inactive)").format(p.name)) for p in people
        )

    def _on_as_of_changed(self) -> None:
        if not self._since_chosen:
            self.since.blockSignals(True)
            self.since.set_date(max(CALL_ADOPTED, months_before(self.as_of.current(), 12)))
            self.since.blockSignals(False)

    def _on_since_changed(self) -> None:
        self._since_chosen = True

    def _on_scope_changed(self) -> None:
        scope = self.scope.currentData()
        self.kind.setEnabled(scope == "kind")
        self.picker.setEnabled(scope == "named")

    def _on_report_changed(self) -> None:
        kind = self.report.currentData()
        self.findings_box.setEnabled(kind == "briefing")
        self.incident.setEnabled(kind == "incident")
        for widget in (self.since, self.scope, self.kind, self.picker, self.reviewed_only):
            widget.setEnabled(kind != "incident")  # an incident report covers its incident
        if kind != "incident":
            self._on_scope_changed()

    # -- key findings -------------------------------------------------------------------------

    def _on_draft_clicked(self) -> None:
        """Fill the box with the findings saved for these options, or a draft from the data."""
        self.findings_box.request_draft(self.options(), self._on_report_failed)

    # -- generating ---------------------------------------------------------------------------

    def _on_generate_clicked(self) -> None:
        kind, paper = self.report.currentData(), self.paper.currentData()
        edits = (self.as_of,) if kind == "incident" else (self.as_of, self.since)
        for edit in edits:
            if not edit.is_valid():
                self.status.setText(edit.error() or "")
                edit.setFocus()
                return
        if kind == "incident":
            self._generate_incident(paper)
            return
        options = self.options()
        if self.scope.currentData() == "named" and not options.stakeholders:
            self.status.setText(self.tr("Tick at least one supporter, or choose another scope."))
            return
        refused = self.findings_box.save(options) if kind == "briefing" else None
        if refused is not None:
            self.status.setText(refused)
            return
        database = self.context.database
        self._pending_html = html_job(database, kind, options)

        def work(worker: Worker) -> tuple[bytes, int]:
            return report_bytes(
                kind,
                database,
                options,
                paper=paper,
                progress=worker.report,
                cancelled=lambda: worker.cancelled,
            )

        self._start(work, self.suggested_name())

    def _generate_incident(self, paper: str) -> None:
        """The incident report for the chosen incident (public edition if ticked)."""
        name = self.incident.chosen()
        if name is None:
            self.status.setText(self.tr("Record an incident first: there is none to report on."))
            return
        options = IncidentReportOptions(
            incident=name,
            as_of=self.as_of.current(),
            public=self.public.isChecked(),
            lang=self.lang.currentData(),
            generated=dt.date.today(),
        )
        work = incident_job(self.context.database, options, paper)
        self._pending_html = incident_html_job(self.context.database, options)
        self._start(work, incident_file_name(options))

    def _start(self, work: Job, name: str) -> None:
        """Run the report's work in a worker, with progress, Cancel and the file name to offer."""
        self._set_running(True)
        self._pending_name = name
        self.status.setText(self.tr("Reading the database…"))
        self.worker = self.context.run(work, self._on_report_ready, self._on_report_failed)
        self.worker.signals.progress.connect(self._on_progress)

    def _on_progress(self, done: int, total: int) -> None:
        if not shiboken6.isValid(self):
            return
        self.progress.setRange(0, total)
        self.progress.setValue(done)
        if total:
            self.status.setText(self.tr("Laying out page {0} of about {1}…").format(done, total))

    def _on_cancel_clicked(self) -> None:
        if self.worker is not None:
            self.worker.cancel()
            self.status.setText(self.tr("Cancelling…"))

    def _on_report_ready(self, result: tuple[bytes, int]) -> None:
        if not shiboken6.isValid(self):
            return
        self.worker = None
        self.pdf_bytes, self.pages = result
        self._document_name = self._pending_name
        self._html = self._pending_html  # the HTML edition of the same options, if saved
        self._set_running(False)
        self._show_pdf(self.pdf_bytes)
        self.status.setText(
            self.tr("{0}: %n page(s). Save or print it from here.", "", self.pages).format(
                self.report.currentText()
            )
        )

    def _on_report_failed(self, error: BaseException) -> None:
        if not shiboken6.isValid(self):
            return
        self.worker = None
        self._set_running(False)
        if isinstance(error, ReportCancelled):
            self.status.setText(self.tr("Cancelled: no report was made."))
        elif isinstance(error, PledgeError):
            self.status.setText(error_text(error))
        else:
            self.status.setText(self.tr("The report could not be made."))
            self.context.error_raised.emit(error)

    def _show_pdf(self, content: bytes) -> None:
        self.document.close()
        buffer = QBuffer(self)
        buffer.setData(QByteArray(content))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(buffer)
        if self._buffer is not None:
            self._buffer.deleteLater()
        self._buffer = buffer  # the document reads from it while it is shown

    def _set_running(self, running: bool) -> None:
        self.generate.setEnabled(not running)
        self.cancel.setEnabled(running)
        self.progress.setVisible(running)
        self.progress.setRange(0, 0)
        ready = not running and self.pdf_bytes is not None
        self.save.setEnabled(ready)
        self.print_button.setEnabled(ready and QPrinter is not None)
        if QPrinter is None:
            self.print_button.setToolTip(
                self.tr("Printing is not available in this installation: save the PDF instead.")
            )

    # -- saving and printing --------------------------------------------------------------------

    def suggested_name(self) -> str:
        """The file name for the form's report: its kind, its one supporter if so, its date."""
        parts = [self.report.currentData()]
        options = self.options()
        if len(options.stakeholders) == 1:
            parts.append(safe_file_stem(options.stakeholders[0]))
        parts.append(options.as_of.isoformat())
        return "-".join(parts) + ".pdf"

    def _mark_out_of_date(self) -> None:
        """The shown document no longer matches the form or the data: no saving it now."""
        if self.pdf_bytes is None:
            return
        self.pdf_bytes, self._document_name, self._html = None, "", None
        self._set_running(self.worker is not None)
        self.status.setText(
            self.tr("The preview is out of date: press Generate to make the report again.")
        )

    def _on_save_clicked(self) -> None:
        if self.pdf_bytes is None:
            return
        html = self.format.currentData() == "html"
        suffix = ".html" if html else ".pdf"
        chosen = file_dialogs.save_file(
            self.context.settings,
            self,
            self.tr("Save the report"),
            str(Path(self._document_name).with_suffix(suffix)) if self._document_name else "",
            self.tr("HTML files (*.html)") if html else self.tr("PDF files (*.pdf)"),
        )
        if chosen is None:
            return
        path = Path(chosen[0] if chosen[0].lower().endswith(suffix) else chosen[0] + suffix)
        if not html:
            self._write(self.pdf_bytes, path)
        elif self._html is not None:
            # The same options as the preview, built again as HTML in a worker.
            self.status.setText(self.tr("Writing the accessible edition…"))
            self._set_running(True)
            job: HtmlJob = self._html
            self.worker = self.context.run(
                job, lambda content: self._on_html_ready(content, path), self._on_report_failed
            )

    def _on_html_ready(self, content: bytes, path: Path) -> None:
        if not shiboken6.isValid(self):
            return
        self.worker = None
        self._set_running(False)
        self._write(content, path)

    def _write(self, content: bytes, path: Path) -> None:
        try:
            written = write_atomically(content, path)
        except (PledgeError, OSError) as error:
            self.status.setText(self.tr("Not saved: {0}").format(error))
            return
        self.status.setText(self.tr("Saved to {0}").format(written))

    def _on_print_clicked(self) -> None:
        if self.pdf_bytes is None or QPrinter is None:
            return
        printer = self.make_printer()
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            return
        self.print_to(printer)

    def make_printer(self) -> QPrinter:
        return make_printer(self._document_name or self.suggested_name())

    def print_to(self, printer: QPrinter) -> int:
        """Send every page to `printer` as an image at its resolution; returns pages printed."""
        printed = print_document(self.document, printer)
        if printed is None:
            self.status.setText(self.tr("The printer could not be started."))
            return 0
        self.status.setText(self.tr("Sent %n page(s) to the printer.", "", self.pages))
        return printed
