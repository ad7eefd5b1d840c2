"""The import wizard itself: the state its pages share, and the pages in order."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QWidget, QWizard

from pledge_tracker.services.transfer.importer import ImportReport
from pledge_tracker.services.transfer.package_import import PackageReport
from pledge_tracker.services.transfer.readers import Table
from pledge_tracker.ui.context import AppContext
from pledge_tracker.ui.dialogs.import_wizard.check_page import CheckPage
from pledge_tracker.ui.dialogs.import_wizard.file_pages import ChooseFilePage, PreviewPage
from pledge_tracker.ui.dialogs.import_wizard.import_page import ImportPage
from pledge_tracker.ui.dialogs.import_wizard.mapping_page import MappingPage
from pledge_tracker.ui.workers import Worker


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
