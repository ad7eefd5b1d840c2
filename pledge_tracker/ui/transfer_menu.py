"""File-menu entries for import, exports and import templates."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from pledge_tracker.services.transfer.columns import KINDS
from pledge_tracker.ui import export_actions
from pledge_tracker.ui.labels import kind_name

if TYPE_CHECKING:
    from pledge_tracker.ui.main_window import MainWindow


def install(window: MainWindow) -> None:
    """Add Import…, Export and Import Template to the window's File menu."""
    context = window.context
    file_menu = window.menu("file")

    def saved(path: Path) -> None:
        window.statusBar().showMessage(
            QCoreApplication.translate("TransferMenu", "Saved {0}").format(path), 8000
        )

    def run_wizard() -> None:
        # Loaded when first opened: its readers import openpyxl, which the start does not need.
        from pledge_tracker.ui.dialogs.import_wizard import ImportWizard

        ImportWizard(context, window).exec()

    window.import_action = window.add_action(
        "file", QCoreApplication.translate("TransferMenu", "&Import…"), run_wizard, "Ctrl+I"
    )
    export_menu = file_menu.addMenu(QCoreApplication.translate("TransferMenu", "&Export"))
    tables: list[tuple[str, Callable[..., object]]] = [
        (QCoreApplication.translate("TransferMenu", "&Evidence"), export_actions.export_evidence),
        (
            QCoreApplication.translate("TransferMenu", "&Assessments as of the chosen date"),
            export_actions.export_assessments,
        ),
        (
            QCoreApplication.translate("TransferMenu", "&Matrix as of the chosen date"),
            export_actions.export_matrix,
        ),
        (QCoreApplication.translate("TransferMenu", "Audit &log"), export_actions.export_audit),
    ]
    for label, export in tables:
        for fmt, suffix in (("csv", "CSV"), ("xlsx", "Excel")):
            action = export_menu.addAction(f"{label.replace('&', '')} ({suffix})…")
            action.triggered.connect(lambda _=False, e=export, f=fmt: e(context, f, window, saved))
    export_menu.addSeparator()
    package = export_menu.addAction(
        QCoreApplication.translate("TransferMenu", "Data &package (.zip)…")
    )
    package.triggered.connect(lambda _=False: export_actions.export_package(context, window, saved))
    templates = file_menu.addMenu(QCoreApplication.translate("TransferMenu", "Import &Template"))
    for kind in KINDS:
        action = templates.addAction(kind_name(kind) + "…")  # the wizard's own name for it
        action.triggered.connect(
            lambda _=False, k=kind: export_actions.save_template(context, k, window)
        )
