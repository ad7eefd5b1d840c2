"""The main dialogs, opened one by one on a main window: for screenshots and the i18n tests.

One list, so that the French screenshots (`make screenshots`) and the test that no
English is left in them (tests/ui/test_i18n_french.py) look at the same dialogs. Each
entry builds its dialog unshown; the caller shows it, looks, and rejects it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog

from pledge_tracker.ui.dialogs.action_dialog import ActionDialog
from pledge_tracker.ui.dialogs.connect_dialog import ConnectDialog
from pledge_tracker.ui.dialogs.display_name_dialog import DisplayNameDialog
from pledge_tracker.ui.dialogs.event_dialog import EventDialog
from pledge_tracker.ui.dialogs.evidence_dialog import EvidenceDialog
from pledge_tracker.ui.dialogs.import_wizard.wizard import ImportWizard
from pledge_tracker.ui.dialogs.incident_dialog import IncidentDialog
from pledge_tracker.ui.dialogs.indicator_dialog import IndicatorDialog
from pledge_tracker.ui.dialogs.instrument_dialog import InstrumentDialog
from pledge_tracker.ui.dialogs.restore_dialog import RestoreDialog
from pledge_tracker.ui.dialogs.settings_dialog import SettingsDialog
from pledge_tracker.ui.dialogs.supporter_dialog import SupporterDialog
from pledge_tracker.ui.dialogs.wording_dialog import WordingDialog
from pledge_tracker.ui.main_window import MainWindow

DialogMaker = Callable[[MainWindow], QDialog | None]


def _assessment(window: MainWindow) -> QDialog | None:
    """Record Assessment on the matrix's current cell, as a user opens it (None: no cell)."""
    window.show_page("matrix")
    matrix = window.matrix
    if not matrix.record_action.isEnabled():  # no cell chosen: the first one open to judge
        model = matrix.model
        cells = (
            model.index(r, c) for r in range(model.rowCount()) for c in range(model.columnCount())
        )
        for index in cells:
            cell = model.cell_at(index)
            if cell is not None and cell.applicable:
                matrix.table.setCurrentIndex(index)
                break
    matrix.record_assessment()
    return matrix.dialog


def _wording(window: MainWindow) -> QDialog | None:
    commitments = window.context.directory().commitments
    return WordingDialog(window.context, commitments[0], window) if commitments else None


DIALOGS: dict[str, DialogMaker] = {
    "assessment-dialog": _assessment,
    "evidence-dialog": lambda w: EvidenceDialog(w.context, w),
    "supporter-dialog": lambda w: SupporterDialog(w.context, w),
    "action-dialog": lambda w: ActionDialog(w.context, w),
    "event-dialog": lambda w: EventDialog(w.context, w),
    "indicator-dialog": lambda w: IndicatorDialog(w.context, w),
    "instrument-dialog": lambda w: InstrumentDialog(w.context, w),
    "incident-dialog": lambda w: IncidentDialog(w.context, w),
    "wording-dialog": _wording,
    "import-wizard": lambda w: ImportWizard(w.context, w),
    "settings-dialog": lambda w: SettingsDialog(w.context, w),
    "connect-dialog": lambda w: ConnectDialog(w.context, w),
    "restore-dialog": lambda w: RestoreDialog(w.context, w),
    "display-name-dialog": lambda w: DisplayNameDialog("", w),
}
