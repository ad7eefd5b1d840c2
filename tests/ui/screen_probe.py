"""Open the main window and every dialog on the screen this process was given; print what fits.

    QT_QPA_PLATFORM=offscreen:configfile=SCREEN.json [QT_SCALE_FACTOR=1.5] \
        python -m tests.ui.screen_probe

Run in its own process by tests/ui/test_small_screens.py, one screen size each. Prints one
JSON object: the available area and, per window, its frame and every visible button that
lies outside the window or the screen (a list that must be empty).
"""

from __future__ import annotations

import datetime as dt
import json
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QRect, QSettings
from PySide6.QtWidgets import QAbstractButton, QApplication, QScrollArea, QWidget

from pledge_tracker.bootstrap import open_app_database
from pledge_tracker.services import commitments, incidents, seed, stakeholders
from pledge_tracker.services.convert import commitment_dto, stakeholder_dto
from pledge_tracker.ui.app import make_application
from pledge_tracker.ui.context import AppContext
from pledge_tracker.ui.dialogs.action_dialog import ActionDialog
from pledge_tracker.ui.dialogs.assessment_dialog import AssessmentDialog
from pledge_tracker.ui.dialogs.crisis_dialogs import ActivationDialog, ResponseDialog
from pledge_tracker.ui.dialogs.crisis_response_dialog import CrisisResponseDialog
from pledge_tracker.ui.dialogs.display_name_dialog import DisplayNameDialog
from pledge_tracker.ui.dialogs.evidence_dialog import EvidenceDialog
from pledge_tracker.ui.dialogs.import_wizard import ImportWizard
from pledge_tracker.ui.dialogs.incident_dialog import IncidentDialog
from pledge_tracker.ui.dialogs.instrument_dialog import InstrumentDialog
from pledge_tracker.ui.dialogs.restore_dialog import RestoreDialog
from pledge_tracker.ui.dialogs.settings_dialog import SettingsDialog
from pledge_tracker.ui.dialogs.supporter_dialog import SupporterDialog
from pledge_tracker.ui.dialogs.wording_dialog import WordingDialog
from pledge_tracker.ui.main_window import MainWindow
from pledge_tracker.ui.screen_fit import available_area
from pledge_tracker.ui.settings import Settings

_PROBE_MOMENT = dt.datetime(2026, 3, 15, 9, 30)


def _rect(rect: QRect) -> list[int]:
    return [rect.x(), rect.y(), rect.width(), rect.height()]


def _on_screen(widget: QWidget) -> QRect:
    return QRect(widget.mapToGlobal(widget.rect().topLeft()), widget.size())


def _outside(window: QWidget, area: QRect) -> list[str]:
    """Visible buttons of `window` that cannot be reached: outside it or off the screen.

    A button inside a scroll area counts where its scroll area is: scrolling reaches it.
    """
    frame = window.geometry()
    problems = []
    for button in window.findChildren(QAbstractButton):
        if not button.isVisibleTo(window) or button.width() == 0:
            continue
        holder: QWidget = button
        parent = button.parentWidget()
        while parent is not None and parent is not window:
            if isinstance(parent, QScrollArea):
                holder = parent
            parent = parent.parentWidget()
        where = _on_screen(holder) if holder is not button else _on_screen(button)
        if not (frame.contains(where) and area.contains(where)):
            problems.append(f"{button.text() or button.objectName() or 'button'} at {_rect(where)}")
    return problems


def _settle(app: QApplication) -> None:
    for _ in range(5):
        app.processEvents()


def probe() -> dict[str, object]:
    app = make_application()
    folder = Path(tempfile.mkdtemp())
    os.environ["PLEDGE_TRACKER_DATA_DIR"] = str(folder / "appdata")
    database = open_app_database(folder / "probe.db", actor="probe")
    with database.write() as tx:
        seed.load_demo(tx)
    settings = Settings(QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat))
    settings.display_name = "Probe"
    context = AppContext(database, settings)
    window = MainWindow(context)
    window.show()
    _settle(app)
    area = available_area(window)
    found: dict[str, object] = {}

    def check(name: str, widget: QWidget) -> None:
        _settle(app)
        frame = widget.frameGeometry()
        found[name] = {
            "frame": _rect(frame),
            "inside": area.contains(widget.geometry()),
            "buttons_outside": _outside(widget, area),
        }

    for key in window.page_keys():
        window.show_page(key)
        check(f"main window: {key}", window)
    with database.read() as session:
        nz = stakeholder_dto(stakeholders.find(session, "New Zealand"))
        gov1 = commitment_dto(commitments.find(session, "GOV-1"))
    with database.write() as tx:
        attack = incidents.add(tx, name="Probe incident", occurred_at=_PROBE_MOMENT)
    dialogs: dict[str, Callable[[], QWidget]] = {
        "assessment": lambda: AssessmentDialog(context, nz, gov1, parent=window),
        "evidence": lambda: EvidenceDialog(context, window),
        "supporter": lambda: SupporterDialog(context, window),
        "action": lambda: ActionDialog(context, window),
        "settings": lambda: SettingsDialog(context, window),
        "wording": lambda: WordingDialog(context, gov1, window),
        "restore": lambda: RestoreDialog(context, window),
        "import wizard": lambda: ImportWizard(context, window),
        "display name": lambda: DisplayNameDialog("Probe", window),
        "instrument": lambda: InstrumentDialog(context, window),
        "incident": lambda: IncidentDialog(context, window, incident=attack),
        "crisis response": lambda: CrisisResponseDialog(context, attack, window),
        "activation": lambda: ActivationDialog(context, attack, window),
        "response": lambda: ResponseDialog(context, attack, window),
    }
    for name, make in dialogs.items():
        dialog = make()
        dialog.show()
        check(name, dialog)
        dialog.close()
    window.close()
    database.dispose()
    return {"area": _rect(area), "windows": found}


if __name__ == "__main__":
    json.dump(probe(), sys.stdout)
    sys.stdout.flush()
    os._exit(0)  # skip Qt's teardown: the probe's answer is already out
