"""The import wizard's first two pages: choosing the file, and a preview of what it holds."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWizardPage,
)

from pledge_tracker.domain.errors import PledgeError, ValidationError
from pledge_tracker.safe_files import check_input
from pledge_tracker.services.transfer.columns import kinds
from pledge_tracker.services.transfer.package import read_manifest
from pledge_tracker.services.transfer.readers import Table, file_format, read_table
from pledge_tracker.ui import export_actions, file_dialogs
from pledge_tracker.ui.dialogs.import_wizard.common import (
    CHECK,
    MAPPING,
    PREVIEW_ROWS,
    error_message,
)
from pledge_tracker.ui.error_text import error_text
from pledge_tracker.ui.labels import kind_name
from pledge_tracker.ui.models.import_models import TextTableModel
from pledge_tracker.ui.widgets.compact_table import compact_table, fit_columns
from pledge_tracker.ui.workers import Worker

if TYPE_CHECKING:
    from pledge_tracker.ui.dialogs.import_wizard.wizard import ImportWizard


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
            self.template_kind.addItem(kind_name(kind), kind)
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
        name = file_dialogs.open_file(
            self.owner.context.settings,
            self,
            self.tr("Import"),
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
            self.setSubTitle(error_text(exc))
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
                check_input(path)  # a FIFO or device would hang the worker forever
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
        count = len(table.rows)
        self.status.setText(
            self.tr("{0}{1}: %n row(s).", "", count).format(table.file, where)
            if count <= PREVIEW_ROWS
            else self.tr("{0}{1}: %n rows. The first {2} are shown.", "", count).format(
                table.file, where, PREVIEW_ROWS
            )
        )
        fit_columns(self.view)

    def _show_manifest(self, manifest: dict[str, Any]) -> None:
        self.owner.manifest, self.owner.table = manifest, None
        found = manifest.get("counts")
        counts: dict[str, Any] = found if isinstance(found, dict) else {}
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
            "✖ " + error_message(error) + "\n" + self.tr("Go back to choose another file.")
        )

    def isComplete(self) -> bool:
        return self._ready

    def nextId(self) -> int:
        return CHECK if self.owner.is_package else MAPPING
