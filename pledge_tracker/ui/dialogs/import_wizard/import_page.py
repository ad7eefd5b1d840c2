"""The import wizard's last page: the import itself, with its progress and outcome."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QLabel, QProgressBar, QVBoxLayout, QWizardPage

from pledge_tracker.domain.changes import Changes
from pledge_tracker.services.transfer.importer import ImportReport, import_table
from pledge_tracker.services.transfer.package_import import PackageReport, import_package
from pledge_tracker.ui.dialogs.import_wizard.common import ENTITIES, error_message
from pledge_tracker.ui.dialogs.import_wizard.counts import finished_text
from pledge_tracker.ui.workers import Worker

if TYPE_CHECKING:
    from pledge_tracker.ui.dialogs.import_wizard.wizard import ImportWizard


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
                assert path is not None
                return import_package(
                    database, path, resolutions=resolutions, progress=worker.report
                )
            assert table is not None  # the file page read it before this page opened
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
        self.result.setText("✔ " + finished_text(report))
        entity = ENTITIES.get(report.kind) if isinstance(report, ImportReport) else None
        # A package, or a kind the table does not name: say "anything may have changed".
        self.owner.context.data_changed.emit(Changes.of([entity] if entity else []))
        self.owner.context.close_undo_history(self.tr("Import of {0}").format(report.file))
        self._end()

    def _failed(self, error: BaseException) -> None:
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.result.setText("✖ " + error_message(error) + "\n" + self.tr("Nothing was imported."))
        self._end()

    def _end(self) -> None:
        self._done = True
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self._done
