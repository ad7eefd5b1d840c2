"""File → Import: choose a file, preview it, match its columns, check every row, import.

Reading, the dry run and the import each run in a worker with their own session. The dry
run is the import itself, rolled back, so the plan it shows is exactly what Import will do;
Import stays disabled while any row has an error. A data package skips the column page and
lists its conflicts instead, each kept as it is here unless the user ticks the package's.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from pledge_tracker.domain.errors import PledgeError, ValidationError
from pledge_tracker.services.transfer.columns import auto_mapping, columns, detect_kind, kinds
from pledge_tracker.services.transfer.importer import (
    ERROR,
    ImportRefused,
    ImportReport,
    import_table,
)
from pledge_tracker.services.transfer.package import read_manifest
from pledge_tracker.services.transfer.package_import import PackageReport, import_package
from pledge_tracker.services.transfer.readers import Table, file_format, read_table
from pledge_tracker.ui import export_actions
from pledge_tracker.ui.context import AppContext
from pledge_tracker.ui.models.import_models import ConflictsModel, OutcomesModel, TextTableModel
from pledge_tracker.ui.widgets.compact_table import compact_table, fit_columns
from pledge_tracker.ui.workers import Worker

PREVIEW_ROWS = 20
CHOOSE, PREVIEW, MAPPING, CHECK, IMPORT = range(5)
# What each kind of import changes, as the views' data_changed signal names it.
ENTITIES = {
    "supporters": "stakeholder",
    "evidence": "evidence",
    "assessments": "assessment",
    "actions": "action",
    "sightings": "sighting",
}
ALL_ENTITIES = frozenset({*ENTITIES.values(), "commitment", "framework"})


def _tr(text: str) -> str:
    return QCoreApplication.translate("ImportWizard", text)


def _message(error: BaseException) -> str:
    return (
        str(error) if isinstance(error, PledgeError) else _tr("Unexpected error: {0}").format(error)
    )


class ImportWizard(QWizard):
    """The import, step by step; `report` holds what the import did once it finished."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.path: Path | None = None
        self.table: Table | None = None
        self.manifest: dict[str, Any] | None = None
        self.kind = ""
        self.mapping: dict[str, int] = {}
        self.report: ImportReport | PackageReport | None = None
        self.setWindowTitle(self.tr("Import"))
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.choose_page = ChooseFilePage(self)
        self.preview_page = PreviewPage(self)
        self.mapping_page = MappingPage(self)
        self.check_page = CheckPage(self)
        self.import_page = ImportPage(self)
        for page_id, page in enumerate(
            (
                self.choose_page,
                self.preview_page,
                self.mapping_page,
                self.check_page,
                self.import_page,
            )
        ):
            self.setPage(page_id, page)
        self.resize(860, 560)

    @property
    def is_package(self) -> bool:
        return self.path is not None and self.path.suffix.lower() == ".zip"

    def start(self, fn, on_success, on_failure) -> Worker:
        """Work in the pool; results come back to bound methods (dropped if the page is gone)."""
        return self.context.run(fn, on_success, on_failure)


class ChooseFilePage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.owner = wizard
        self.setTitle(self.tr("Choose a file"))
        self.setSubTitle(
            self.tr(
                "A CSV or XLSX spreadsheet of supporters, evidence, assessments, actions or "
                "sightings, or a .zip data package exported by Pledge Tracker."
            )
        )
        self.path_edit = QLineEdit()
        self.path_edit.setAccessibleName(self.tr("File to import"))
        self.path_edit.setPlaceholderText(self.tr("path/to/file.csv, .xlsx or .zip"))
        self.path_edit.textChanged.connect(self.completeChanged)
        self.browse_button = QPushButton(self.tr("&Browse…"))
        self.browse_button.clicked.connect(self.browse)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(self.browse_button)
        self.template_kind = QComboBox()
        self.template_kind.setAccessibleName(self.tr("Template kind"))
        for kind in kinds():
            self.template_kind.addItem(_tr(kind.capitalize()), kind)
        self.template_button = QPushButton(self.tr("Save an Empty &Template…"))
        self.template_button.clicked.connect(self.save_template)
        template_row = QHBoxLayout()
        template_row.addWidget(QLabel(self.tr("Starting a new spreadsheet?")))
        template_row.addWidget(self.template_kind)
        template_row.addWidget(self.template_button)
        template_row.addStretch(1)
        hint = QLabel(
            self.tr(
                "Nothing is written until the last step: you will see a preview, match the "
                "columns, and check what every row would do first. An import adds all its "
                "rows or none, and rows already present are skipped."
            )
        )
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(hint)
        layout.addStretch(1)
        layout.addLayout(template_row)

    def browse(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import"),
            self.path_edit.text(),
            self.tr("Spreadsheets and data packages (*.csv *.xlsx *.zip);;All files (*)"),
        )
        if name:
            self.path_edit.setText(name)

    def save_template(self) -> None:
        export_actions.save_template(self.owner.context, self.template_kind.currentData(), self)

    def isComplete(self) -> bool:
        return Path(self.path_edit.text().strip()).is_file()

    def validatePage(self) -> bool:
        path = Path(self.path_edit.text().strip())
        try:
            file_format(path)
        except ValidationError as exc:
            self.setSubTitle(str(exc))
            return False
        self.owner.path = path
        return True


class PreviewPage(QWizardPage):
    """The first rows as read (in a worker), or a package's manifest."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.owner = wizard
        self.setTitle(self.tr("Preview"))
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.model = TextTableModel(parent=self)
        self.view = QTableView()
        self.view.setModel(self.model)
        compact_table(self.view, self.tr("Preview of the file"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.busy)
        layout.addWidget(self.view, 1)
        self._ready = False
        self._token = 0

    def initializePage(self) -> None:
        self._ready = False
        self._token += 1
        token, path = self._token, self.owner.path
        assert path is not None
        self.model.set_rows((), ())
        self.busy.show()
        self.status.setText(self.tr("Reading {0}…").format(path.name))
        is_package = self.owner.is_package

        def load(_worker: Worker) -> tuple[int, object]:
            try:
                return token, read_manifest(path) if is_package else read_table(path)
            except PledgeError as exc:
                return token, exc

        self.owner.start(load, self._loaded, self._failed)
        self.completeChanged.emit()

    def _loaded(self, result: tuple[int, object]) -> None:
        token, value = result
        if token != self._token:
            return  # the user went back and chose another file meanwhile
        self.busy.hide()
        if isinstance(value, BaseException):
            self._failed(value)
            return
        if isinstance(value, Table):
            self._show_table(value)
        else:
            self._show_manifest(value)  # type: ignore[arg-type]
        self._ready = True
        self.completeChanged.emit()

    def _show_table(self, table: Table) -> None:
        self.owner.table, self.owner.manifest = table, None
        self.model.set_rows(table.headers, table.rows[:PREVIEW_ROWS])
        where = self.tr(" (sheet {0})").format(table.sheet) if table.sheet else ""
        self.status.setText(
            self.tr("{0}{1}: {2} rows. The first {3} are shown.").format(
                table.file, where, len(table.rows), min(PREVIEW_ROWS, len(table.rows))
            )
        )
        fit_columns(self.view)

    def _show_manifest(self, manifest: dict[str, Any]) -> None:
        self.owner.manifest, self.owner.table = manifest, None
        counts = manifest.get("counts") if isinstance(manifest.get("counts"), dict) else {}
        rows = [(name.replace("_", " "), count) for name, count in sorted(counts.items())]
        self.model.set_rows((self.tr("Records"), self.tr("How many")), rows)
        self.status.setText(
            self.tr(
                "A data package written by Pledge Tracker {0} on {1}. Into an empty database "
                "it is restored exactly; into this one it is merged, and any record that "
                "differs is listed for you to decide."
            ).format(
                manifest.get("app_version", "?"),
                str(manifest.get("created", "?"))[:16].replace("T", " ") + " UTC",
            )
        )
        fit_columns(self.view)

    def _failed(self, error: BaseException) -> None:
        self.busy.hide()
        self.status.setText(
            "✖ " + _message(error) + "\n" + self.tr("Go back to choose another file.")
        )

    def isComplete(self) -> bool:
        return self._ready

    def nextId(self) -> int:
        return CHECK if self.owner.is_package else MAPPING


class MappingPage(QWizardPage):
    """The kind of records, and which of the file's columns holds each expected column."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.owner = wizard
        self.setTitle(self.tr("Match the columns"))
        self.setSubTitle(
            self.tr("Columns marked * are required. Columns left unmatched are not imported.")
        )
        self.kind_combo = QComboBox()
        self.kind_combo.setAccessibleName(self.tr("What the file holds"))
        for kind in kinds():
            self.kind_combo.addItem(_tr(kind.capitalize()), kind)
        self.kind_combo.currentIndexChanged.connect(self._build_form)
        self.form_host = QWidget()
        self.form = QFormLayout(self.form_host)
        self.combos: dict[str, QComboBox] = {}
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        layout = QVBoxLayout(self)
        top = QFormLayout()
        top.addRow(self.tr("The file holds:"), self.kind_combo)
        layout.addLayout(top)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.form_host)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.problem)

    def initializePage(self) -> None:
        table = self.owner.table
        assert table is not None
        try:
            kind = detect_kind(table.headers, table.sheet or table.file)
        except ValidationError:
            kind = self.kind_combo.currentData()
        self.kind_combo.blockSignals(True)
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(kind))
        self.kind_combo.blockSignals(False)
        self._build_form()

    def _build_form(self) -> None:
        table = self.owner.table
        assert table is not None
        while self.form.rowCount():
            self.form.removeRow(0)
        self.combos = {}
        kind = self.kind_combo.currentData()
        guessed = auto_mapping(kind, table.headers)
        for column in columns(kind):
            combo = QComboBox()
            combo.addItem(self.tr("(not in the file)"), -1)
            for index, header in enumerate(table.headers):
                combo.addItem(header or self.tr("(column {0})").format(index + 1), index)
            combo.setCurrentIndex(combo.findData(guessed.get(column.name, -1)))
            combo.setToolTip(column.help)
            combo.setAccessibleName(column.name)
            combo.currentIndexChanged.connect(self.completeChanged)
            self.combos[column.name] = combo
            self.form.addRow(column.name + (" *" if column.required else ""), combo)
        self.completeChanged.emit()

    def mapping(self) -> dict[str, int]:
        return {
            name: combo.currentData()
            for name, combo in self.combos.items()
            if combo.currentData() >= 0
        }

    def isComplete(self) -> bool:
        chosen = self.mapping()
        kind = self.kind_combo.currentData()
        missing = [c.name for c in columns(kind) if c.required and c.name not in chosen]
        twice = len(set(chosen.values())) != len(chosen)
        if missing:
            self.problem.setText(self.tr("Choose a column for: {0}").format(", ".join(missing)))
        elif twice:
            self.problem.setText(self.tr("A column of the file is matched twice."))
        else:
            self.problem.setText("")
        return not missing and not twice

    def validatePage(self) -> bool:
        self.owner.kind = self.kind_combo.currentData()
        self.owner.mapping = self.mapping()
        return True


class CheckPage(QWizardPage):
    """The dry run: what every row would do, or a package's additions and conflicts."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.owner = wizard
        self.setTitle(self.tr("Check"))
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Import"))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.outcomes = OutcomesModel(parent=self)
        self.outcomes_view = QTableView()
        self.outcomes_view.setModel(self.outcomes)
        compact_table(self.outcomes_view, self.tr("What each row would do"))
        self.errors_only = QCheckBox(self.tr("Show only rows with &errors"))
        self.errors_only.toggled.connect(self._filter)
        self.conflicts = ConflictsModel(parent=self)
        self.conflicts_view = QTableView()
        self.conflicts_view.setModel(self.conflicts)
        compact_table(self.conflicts_view, self.tr("Records that differ"))
        self.keep_all = QPushButton(self.tr("&Keep All as Here"))
        self.keep_all.clicked.connect(lambda: self.conflicts.set_all(False))
        self.take_all = QPushButton(self.tr("&Take All from the Package"))
        self.take_all.clicked.connect(lambda: self.conflicts.set_all(True))
        self.stack = QStackedWidget()
        self.stack.addWidget(self._panel(self.outcomes_view, self.errors_only))
        self.stack.addWidget(self._panel(self.conflicts_view, self.keep_all, self.take_all))
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.busy)
        layout.addWidget(self.stack, 1)
        self.plan: ImportReport | PackageReport | None = None
        self._token = 0

    @staticmethod
    def _panel(view: QTableView, *controls: QWidget) -> QWidget:
        panel = QWidget()
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(view, 1)
        row = QHBoxLayout()
        for control in controls:
            row.addWidget(control)
        row.addStretch(1)
        layout.addLayout(row)
        return panel

    def initializePage(self) -> None:
        self.plan = None
        self._token += 1
        token, owner = self._token, self.owner
        database, path, table = owner.context.database, owner.path, owner.table
        kind, mapping, package = owner.kind, dict(owner.mapping), owner.is_package
        self.stack.setCurrentIndex(1 if package else 0)
        self.outcomes.set_outcomes(())
        self.conflicts.set_conflicts(())
        self.busy.show()
        self.summary.setText(self.tr("Checking every row (nothing is written)…"))

        def dry_run(_worker: Worker) -> tuple[int, object]:
            try:
                if package:
                    return token, import_package(database, path, dry_run=True)
                return token, import_table(database, table, kind, mapping=mapping, dry_run=True)
            except ImportRefused as exc:
                return token, exc.report
            except PledgeError as exc:
                return token, exc

        self.owner.start(dry_run, self._checked, self._failed)
        self.completeChanged.emit()

    def _checked(self, result: tuple[int, object]) -> None:
        token, plan = result
        if token != self._token:
            return
        self.busy.hide()
        if isinstance(plan, BaseException):
            self._failed(plan)
            return
        self.plan = plan  # type: ignore[assignment]
        if isinstance(plan, ImportReport):
            self._filter(self.errors_only.isChecked())
            self.summary.setText(self._spreadsheet_summary(plan))
        elif isinstance(plan, PackageReport):
            self.conflicts.set_conflicts(plan.conflicts)
            fit_columns(self.conflicts_view, stretch=2)
            self.summary.setText(self._package_summary(plan))
        self.completeChanged.emit()

    def _spreadsheet_summary(self, plan: ImportReport) -> str:
        added, skipped, errors = plan.count("add"), plan.count("skip"), plan.count(ERROR)
        text = self.tr(
            "{0} rows will be added; {1} are already present and will be skipped."
        ).format(added, skipped)
        if errors:
            first = plan.errors[0]
            text = self.tr(
                "✖ {0} rows have errors, so nothing can be imported (the first: row {1}, {2}). "
                "Correct the file, then go back and choose it again."
            ).format(errors, first.row, first.detail)
        return text

    def _package_summary(self, plan: PackageReport) -> str:
        added = ", ".join(f"{n} {k}" for k, n in plan.added.items() if n) or self.tr("nothing new")
        if plan.mode == "restore":
            return self.tr(
                "This database is empty: the package will be restored exactly ({0})."
            ).format(added)
        if not plan.conflicts:
            return self.tr("The package will add {0}. Nothing differs.").format(added)
        return self.tr(
            "The package will add {0}. {1} records differ here and in the package: each is "
            "kept as it is here unless you tick the package's version."
        ).format(added, len(plan.conflicts))

    def _filter(self, errors_only: bool) -> None:
        if isinstance(self.plan, ImportReport):
            rows = self.plan.errors if errors_only else self.plan.outcomes
            self.outcomes.set_outcomes(rows)
            fit_columns(self.outcomes_view, stretch=4)

    def _failed(self, error: BaseException) -> None:
        self.busy.hide()
        self.summary.setText("✖ " + _message(error))

    def isComplete(self) -> bool:
        if isinstance(self.plan, ImportReport):
            return not self.plan.errors
        return isinstance(self.plan, PackageReport)

    def validatePage(self) -> bool:
        return self.isComplete()


class ImportPage(QWizardPage):
    """The import itself, with a progress bar; the window refreshes when it lands."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.owner = wizard
        self.setTitle(self.tr("Import"))
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Import progress"))
        self.result = QLabel()
        self.result.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.progress)
        layout.addWidget(self.result)
        layout.addStretch(1)
        self._done = False
        self.worker: Worker | None = None

    def initializePage(self) -> None:
        self._done = False
        owner = self.owner
        database, path, table = owner.context.database, owner.path, owner.table
        kind, mapping = owner.kind, dict(owner.mapping)
        resolutions = owner.check_page.conflicts.resolutions()
        package = owner.is_package
        self.progress.setRange(0, 0)
        self.result.setText(self.tr("Importing…"))

        def run(worker: Worker) -> ImportReport | PackageReport:
            if package:
                return import_package(
                    database, path, resolutions=resolutions, progress=worker.report
                )
            return import_table(database, table, kind, mapping=mapping, progress=worker.report)

        self.worker = owner.start(run, self._finished, self._failed)
        self.worker.signals.progress.connect(self._progressed)
        self.completeChanged.emit()

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _finished(self, report: ImportReport | PackageReport) -> None:
        self.owner.report = report
        self.progress.setRange(0, 1)
        self.progress.setValue(1)
        self.result.setText("✔ " + report.summary())
        changed = (
            frozenset({ENTITIES[report.kind]}) if isinstance(report, ImportReport) else ALL_ENTITIES
        )
        self.owner.context.data_changed.emit(changed)
        self._end()

    def _failed(self, error: BaseException) -> None:
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.result.setText("✖ " + _message(error) + "\n" + self.tr("Nothing was imported."))
        self._end()

    def _end(self) -> None:
        self._done = True
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self._done
