"""The import wizard's check page: the dry run, row by row or conflict by conflict."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from pledge_tracker.domain.errors import PledgeError
from pledge_tracker.services.transfer.importer import (
    ERROR,
    ImportRefused,
    ImportReport,
    import_table,
)
from pledge_tracker.services.transfer.package_import import PackageReport, import_package
from pledge_tracker.ui.dialogs.import_wizard.common import error_message
from pledge_tracker.ui.dialogs.import_wizard.counts import added_text
from pledge_tracker.ui.error_text import reason_text
from pledge_tracker.ui.models.import_models import ConflictsModel, OutcomesModel
from pledge_tracker.ui.widgets.compact_table import compact_table, fit_columns
from pledge_tracker.ui.workers import Worker

if TYPE_CHECKING:
    from pledge_tracker.ui.dialogs.import_wizard.wizard import ImportWizard


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
                    assert path is not None  # chosen on the file page
                    return token, import_package(database, path, dry_run=True)
                assert table is not None  # read on the file page
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
        text = self.tr("%n row(s) will be added;", "", added) + " "
        text += self.tr("%n (is/are) already present and will be skipped.", "", skipped)
        if errors:
            first = plan.errors[0]
            text = self.tr(
                "✖ %n row(s) have errors, so nothing can be imported (the first: row {0}, {1}). "
                "Correct the file, then go back and choose it again.",
                "",
                errors,
            ).format(first.row, reason_text(first.reason, dict(first.values), first.detail))
        return text

    def _package_summary(self, plan: PackageReport) -> str:
        added = added_text(plan.added)
        if plan.mode == "restore":
            return self.tr(
                "This database is empty: the package will be restored exactly ({0})."
            ).format(added)
        if not plan.conflicts:
            return self.tr("The package will add {0}. Nothing differs.").format(added)
        return self.tr(
            "The package will add {0}. %n record(s) differ here and in the package: each is "
            "kept as it is here unless you tick the package's version.",
            "",
            len(plan.conflicts),
        ).format(added)

    def _filter(self, errors_only: bool) -> None:
        if isinstance(self.plan, ImportReport):
            rows = self.plan.errors if errors_only else self.plan.outcomes
            self.outcomes.set_outcomes(rows)
            fit_columns(self.outcomes_view, stretch=4)

    def _failed(self, error: BaseException) -> None:
        self.busy.hide()
        self.summary.setText("✖ " + error_message(error))

    def isComplete(self) -> bool:
        if isinstance(self.plan, ImportReport):
            return not self.plan.errors
        return isinstance(self.plan, PackageReport)

    def validatePage(self) -> bool:
        return self.isComplete()
